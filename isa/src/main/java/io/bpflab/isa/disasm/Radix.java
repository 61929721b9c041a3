package io.bpflab.isa.disasm;

/**
 * How the LLVM style prints immediates, offsets and jump distances. Both are LLVM's own
 * BPF MCInstPrinter: {@code llvm-mc} and {@code clang -S} print decimal, {@code llvm-objdump}
 * prints hex ({@code --print-imm-hex} is its default).
 */
public enum Radix {
    /** {@code r0 = -1}, {@code (r10 - 8)}, {@code goto +3}: as llvm-mc and clang -S print. */
    DECIMAL,
    /** {@code r0 = -0x1}, {@code (r10 - 0x8)}, {@code goto +0x3}: as llvm-objdump prints. */
    HEX;

    /** LLVM's formatImm: a signed value, hex with a leading minus for negatives ({@code -0x9}). */
    String format(long value) {
        if (this == DECIMAL) {
            return Long.toString(value);
        }
        return value < 0 ? "-0x" + Long.toHexString(-value) : "0x" + Long.toHexString(value);
    }
}
