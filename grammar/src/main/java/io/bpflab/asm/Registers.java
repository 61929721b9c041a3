package io.bpflab.asm;

import io.bpflab.isa.Reg;
import io.bpflab.isa.Width;

/** LLVM register spellings: {@code r0}..{@code r10} (64-bit use) and {@code w0}..{@code w10} (32-bit). */
final class Registers {

    private Registers() {
    }

    /** {@code r} or {@code w} followed by digits only: a register or a misspelt one such as {@code r11}. */
    static boolean looksLikeRegister(String s) {
        if (s.length() < 2 || (s.charAt(0) != 'r' && s.charAt(0) != 'w')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return s.length() <= 4;
    }

    /** The register, or null when {@code s} names none (r11, r01, x3). */
    static Reg parse(String s) {
        if (!looksLikeRegister(s) || (s.length() > 2 && s.charAt(1) == '0')) {
            return null;
        }
        return Reg.ofOrNull(Integer.parseInt(s, 1, s.length(), 10));
    }

    static Width width(String s) {
        return s.charAt(0) == 'w' ? Width.W32 : Width.W64;
    }
}
