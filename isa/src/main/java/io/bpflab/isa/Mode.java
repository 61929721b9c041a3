package io.bpflab.isa;

/** Mode bits of load and store classes (RFC 9669 5.1; MEMSX from Linux 6.6, RFC 9669 5.2). */
public enum Mode {
    IMM(0x00), ABS(0x20), IND(0x40), MEM(0x60), MEMSX(0x80), ATOMIC(0xc0);

    public final int code;

    Mode(int code) {
        this.code = code;
    }

    /** The mode named by the opcode's top three bits, or null for the unassigned ones. */
    public static Mode ofOrNull(int opcode) {
        int m = opcode & 0xe0;
        for (Mode mode : values()) {
            if (mode.code == m) {
                return mode;
            }
        }
        return null;
    }
}
