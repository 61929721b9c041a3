package io.bpflab.asm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** String literals as the GNU assembler reads them: C escapes, octal and hex bytes. */
final class Strings {

    private Strings() {
    }

    static byte[] unescape(Token t) {
        String s = t.image.substring(1, t.image.length() - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'x', 'X' -> {
                    int v = 0;
                    while (i + 1 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0) {
                        v = v * 16 + Character.digit(s.charAt(++i), 16);
                    }
                    out.write(v);
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7'; k++) {
                            v = v * 8 + (s.charAt(++i) - '0');
                        }
                        out.write(v);
                    } else {
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
