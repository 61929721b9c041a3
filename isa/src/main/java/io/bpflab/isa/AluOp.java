package io.bpflab.isa;

/**
 * Binary ALU operations. Wider than the wire's 4-bit field: signed division and modulo are
 * distinct values though the wire tells them apart only by {@code off = 1} (RFC 9669 4.1).
 * NEG, END, MOVSX and addr_space_cast have their own instruction records.
 */
public enum AluOp {
    ADD(0x00, 0, "+="),
    SUB(0x10, 0, "-="),
    MUL(0x20, 0, "*="),
    DIV(0x30, 0, "/="),
    SDIV(0x30, 1, "s/="),
    OR(0x40, 0, "|="),
    AND(0x50, 0, "&="),
    LSH(0x60, 0, "<<="),
    RSH(0x70, 0, ">>="),
    MOD(0x90, 0, "%="),
    SMOD(0x90, 1, "s%="),
    XOR(0xa0, 0, "^="),
    MOV(0xb0, 0, "="),
    ARSH(0xc0, 0, "s>>=");

    /** The op bits of the opcode byte. */
    public final int code;
    /** The value of the offset field that selects this variant. */
    public final int offset;
    /** The LLVM operator: {@code r1 += r2}. */
    public final String operator;

    AluOp(int code, int offset, String operator) {
        this.code = code;
        this.offset = offset;
        this.operator = operator;
    }

    public boolean isShift() {
        return this == LSH || this == RSH || this == ARSH;
    }

    /** The binary operation with these op bits and offset, or null. */
    public static AluOp ofOrNull(int opBits, int offset) {
        for (AluOp op : values()) {
            if (op.code == opBits && op.offset == offset) {
                return op;
            }
        }
        return null;
    }
}
