package io.bpflab.cli;

import java.io.ByteArrayOutputStream;

/**
 * Instruction bytes written as hex text. Two spellings, mixed freely: bytes in wire order
 * as llvm-objdump prints them ({@code b7 00 00 00 01 00 00 00}, or run together), and
 * 64-bit words with a {@code 0x} prefix as the conformance suite's {@code -- raw} sections
 * write them ({@code 0x5566778800000018}, the little-endian value of one slot). Comments
 * start with {@code #}, {@code ;} or {@code //}.
 */
final class HexInput {

    private HexInput() {
    }

    /** True when the bytes are printable text (to be read as hex) rather than raw instructions. */
    static boolean looksLikeHex(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        for (byte b : content) {
            int c = b & 0xff;
            if (!(c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7f))) {
                return false;
            }
        }
        return true;
    }

    static byte[] parse(String text, String file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] lines = text.split("\n", -1);
        for (int ln = 0; ln < lines.length; ln++) {
            String line = stripComment(lines[ln]);
            int col = 0;
            while (col < line.length()) {
                char c = line.charAt(col);
                if (Character.isWhitespace(c) || c == ',') {
                    col++;
                    continue;
                }
                int start = col;
                while (col < line.length() && !Character.isWhitespace(line.charAt(col)) && line.charAt(col) != ',') {
                    col++;
                }
                String token = line.substring(start, col);
                try {
                    appendToken(token, out);
                } catch (IllegalArgumentException e) {
                    throw new Cli.BadInput(file + ":" + (ln + 1) + ":" + (start + 1) + ": error: " + e.getMessage());
                }
            }
        }
        return out.toByteArray();
    }

    private static void appendToken(String token, ByteArrayOutputStream out) {
        if (token.startsWith("0x") || token.startsWith("0X")) {
            String digits = token.substring(2);
            if (digits.isEmpty() || digits.length() > 16 || !isHex(digits)) {
                throw new IllegalArgumentException("'" + token + "' is not a 64-bit hex word");
            }
            long word = Long.parseUnsignedLong(digits, 16);
            for (int i = 0; i < 8; i++) {
                out.write((int) (word >>> (8 * i)));
            }
            return;
        }
        if (!isHex(token) || token.length() % 2 != 0) {
            throw new IllegalArgumentException("'" + token + "' is not hex bytes");
        }
        for (int i = 0; i < token.length(); i += 2) {
            out.write(Integer.parseInt(token, i, i + 2, 16));
        }
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String stripComment(String line) {
        int cut = line.length();
        for (String marker : new String[] {"#", ";", "//"}) {
            int i = line.indexOf(marker);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return line.substring(0, cut);
    }
}
