package io.bpflab.isa;

/**
 * Operand width of ALU and conditional-jump instructions: the wire tells them apart by
 * class (ALU vs ALU64, JMP32 vs JMP).
 */
public enum Width {
    W32, W64
}
