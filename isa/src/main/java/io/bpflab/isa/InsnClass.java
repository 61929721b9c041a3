package io.bpflab.isa;

/** The 3-bit instruction class (RFC 9669 3.1). */
public enum InsnClass {
    LD(0x00), LDX(0x01), ST(0x02), STX(0x03), ALU(0x04), JMP(0x05), JMP32(0x06), ALU64(0x07);

    private static final InsnClass[] BY_CODE = values();
    public final int code;

    InsnClass(int code) {
        this.code = code;
    }

    public static InsnClass of(int opcode) {
        return BY_CODE[opcode & 0x07];
    }

    public static InsnClass alu(Width w) {
        return w == Width.W64 ? ALU64 : ALU;
    }

    public static InsnClass jmp(Width w) {
        return w == Width.W64 ? JMP : JMP32;
    }
}
