package io.bpflab.isa;

/** Access size of load/store/atomic instructions (RFC 9669 5.1). */
public enum Size {
    W(0x00, 4), H(0x08, 2), B(0x10, 1), DW(0x18, 8);

    public final int code;
    public final int bytes;

    Size(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    public static Size of(int opcode) {
        return switch (opcode & 0x18) {
            case 0x00 -> W;
            case 0x08 -> H;
            case 0x10 -> B;
            default -> DW;
        };
    }

    public static Size ofBytes(int bytes) {
        for (Size s : values()) {
            if (s.bytes == bytes) {
                return s;
            }
        }
        throw new IllegalArgumentException("no access size of " + bytes + " bytes");
    }

    public int bits() {
        return bytes * 8;
    }

    /** The C type LLVM prints in a memory operand: {@code u8}, {@code u16}, {@code u32}, {@code u64}. */
    public String unsignedType() {
        return "u" + bits();
    }

    public String signedType() {
        return "s" + bits();
    }
}
