package io.bpflab.isa;

/**
 * Atomic operations, selected by the imm field of STX|ATOMIC (RFC 9669 5.3; load-acquire
 * and store-release from Linux 6.15).
 */
public enum AtomicOp {
    ADD(0x00), OR(0x40), AND(0x50), XOR(0xa0),
    FETCH_ADD(0x01), FETCH_OR(0x41), FETCH_AND(0x51), FETCH_XOR(0xa1),
    XCHG(0xe1), CMPXCHG(0xf1),
    LOAD_ACQUIRE(0x100), STORE_RELEASE(0x110);

    public final int imm;

    AtomicOp(int imm) {
        this.imm = imm;
    }

    public static AtomicOp ofOrNull(int imm) {
        for (AtomicOp op : values()) {
            if (op.imm == imm) {
                return op;
            }
        }
        return null;
    }

    /** Read-modify-write operations exist only in 32 and 64 bits; acquire/release in every size. */
    public boolean allowsSize(Size size) {
        return isAcquireRelease() || size == Size.W || size == Size.DW;
    }

    public boolean isAcquireRelease() {
        return this == LOAD_ACQUIRE || this == STORE_RELEASE;
    }

    /** True when the old memory value is returned into a register (src, or r0 for cmpxchg). */
    public boolean fetches() {
        return (imm & 0x01) != 0 && !isAcquireRelease();
    }

    /** The arithmetic of the operation without its fetch flag (ADD for FETCH_ADD). */
    public AtomicOp arithmetic() {
        return switch (this) {
            case FETCH_ADD -> ADD;
            case FETCH_OR -> OR;
            case FETCH_AND -> AND;
            case FETCH_XOR -> XOR;
            default -> this;
        };
    }
}
