package io.bpflab.isa;

/** Conditional jump comparisons (RFC 9669 4.3). */
public enum JmpOp {
    JEQ(0x10, "=="),
    JGT(0x20, ">"),
    JGE(0x30, ">="),
    JSET(0x40, "&"),
    JNE(0x50, "!="),
    JSGT(0x60, "s>"),
    JSGE(0x70, "s>="),
    JLT(0xa0, "<"),
    JLE(0xb0, "<="),
    JSLT(0xc0, "s<"),
    JSLE(0xd0, "s<=");

    public final int code;
    /** The LLVM operator: {@code if r1 s> r2 goto +3}. */
    public final String operator;

    JmpOp(int code, String operator) {
        this.code = code;
        this.operator = operator;
    }

    public static JmpOp ofOrNull(int opBits) {
        for (JmpOp op : values()) {
            if (op.code == opBits) {
                return op;
            }
        }
        return null;
    }

    /** The comparison that holds exactly when this one does not. */
    public JmpOp negate() {
        return switch (this) {
            case JEQ -> JNE;
            case JNE -> JEQ;
            case JGT -> JLE;
            case JLE -> JGT;
            case JGE -> JLT;
            case JLT -> JGE;
            case JSGT -> JSLE;
            case JSLE -> JSGT;
            case JSGE -> JSLT;
            case JSLT -> JSGE;
            case JSET -> throw new IllegalStateException("JSET has no negation in the ISA");
        };
    }
}
