package io.bpflab.isa;

/** The eleven eBPF registers (RFC 9669 2.1). R10 is the read-only frame pointer. */
public enum Reg {
    R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10;

    private static final Reg[] ALL = values();

    public int number() {
        return ordinal();
    }

    /** The register numbered {@code n}, or null when {@code n} names no register (11..15). */
    public static Reg ofOrNull(int n) {
        return n >= 0 && n < ALL.length ? ALL[n] : null;
    }

    public static Reg of(int n) {
        Reg r = ofOrNull(n);
        if (r == null) {
            throw new IllegalArgumentException("R" + n + " is invalid");
        }
        return r;
    }

    /** LLVM spelling: {@code r3} for 64-bit use, {@code w3} for the 32-bit subregister. */
    public String name(Width width) {
        return (width == Width.W64 ? "r" : "w") + ordinal();
    }
}
