package io.bpflab.isa;

/**
 * One 8-byte slot as it is on the wire (RFC 9669 3): opcode, dst and src register nibbles,
 * signed 16-bit offset, signed 32-bit immediate, little endian.
 */
public record RawInsn(int opcode, int dst, int src, short off, int imm) {

    public static final int BYTES = 8;

    public RawInsn {
        if (opcode < 0 || opcode > 0xff || dst < 0 || dst > 0xf || src < 0 || src > 0xf) {
            throw new IllegalArgumentException("field out of range");
        }
    }

    public static RawInsn read(byte[] code, int slot) {
        int p = slot * BYTES;
        int regs = code[p + 1] & 0xff;
        short off = (short) ((code[p + 2] & 0xff) | (code[p + 3] & 0xff) << 8);
        int imm = (code[p + 4] & 0xff) | (code[p + 5] & 0xff) << 8 | (code[p + 6] & 0xff) << 16
                | (code[p + 7] & 0xff) << 24;
        return new RawInsn(code[p] & 0xff, regs & 0x0f, regs >>> 4, off, imm);
    }

    public void write(byte[] code, int slot) {
        int p = slot * BYTES;
        code[p] = (byte) opcode;
        code[p + 1] = (byte) (src << 4 | dst);
        code[p + 2] = (byte) off;
        code[p + 3] = (byte) (off >> 8);
        code[p + 4] = (byte) imm;
        code[p + 5] = (byte) (imm >> 8);
        code[p + 6] = (byte) (imm >> 16);
        code[p + 7] = (byte) (imm >> 24);
    }

    /** The bytes as llvm-objdump prints them: {@code b7 00 00 00 01 00 00 00}. */
    public String hexBytes() {
        byte[] b = new byte[BYTES];
        write(b, 0);
        StringBuilder sb = new StringBuilder(23);
        for (int i = 0; i < BYTES; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
        }
        return sb.toString();
    }
}
