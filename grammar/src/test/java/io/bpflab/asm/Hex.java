package io.bpflab.asm;

import java.util.HexFormat;

/** Hex helpers for golden bytes in tests. */
final class Hex {

    private Hex() {
    }

    static String of(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                sb.append(i % 8 == 0 ? " | " : " ");
            }
            sb.append(HexFormat.of().toHexDigits(b[i]));
        }
        return sb.toString();
    }
}
