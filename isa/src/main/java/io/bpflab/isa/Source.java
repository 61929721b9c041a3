package io.bpflab.isa;

/** The source bit of ALU and JMP opcodes: immediate (K) or register (X). */
public enum Source {
    K(0x00), X(0x08);

    public final int code;

    Source(int code) {
        this.code = code;
    }

    public static Source of(int opcode) {
        return (opcode & 0x08) == 0 ? K : X;
    }
}
