package io.bpflab.verifier;

/**
 * What the verifier knows about a scalar register (kernel: the scalar part of
 * {@code struct bpf_reg_state}): a {@link Tnum} and signed and unsigned bounds of the full
 * 64-bit value and of its low 32 bits. Unsigned bounds are held in Java's signed types and
 * compared unsigned. A value is possible only if it satisfies all nine facts.
 *
 * <p>Instances are immutable; {@link #sync()} is the kernel's reg_bounds_sync, which every
 * transfer function ends with.
 */
public record Scalar(Tnum varOff, long smin, long smax, long umin, long umax,
                     int s32min, int s32max, int u32min, int u32max) {

    /** Completely unknown (kernel: __mark_reg_unknown). */
    public static final Scalar UNKNOWN = new Scalar(Tnum.UNKNOWN, Long.MIN_VALUE, Long.MAX_VALUE,
        0, -1L, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);

    public Scalar {
        java.util.Objects.requireNonNull(varOff, "varOff");
    }

    /** Exactly {@code v} (kernel: __mark_reg_known). */
    public static Scalar known(long v) {
        return new Scalar(Tnum.constant(v), v, v, v, v, (int) v, (int) v, (int) v, (int) v);
    }

    /** Unknown low 32 bits, upper 32 bits known zero: what an ALU32 op with no facts yields. */
    public static Scalar unknown32() {
        Bounds b = new Bounds(UNKNOWN);
        b.zextTo64();
        b.sync();
        return b.toScalar();
    }

    /**
     * A state from a tnum and 64-bit unsigned bounds, brought in sync (handy for tests and
     * for states learned from memory); the 32-bit and signed bounds start unbounded.
     */
    public static Scalar of(Tnum varOff, long umin, long umax) {
        Bounds b = new Bounds(UNKNOWN);
        b.varOff = varOff;
        b.umin = umin;
        b.umax = umax;
        b.sync();
        return b.toScalar();
    }

    public boolean isConst() {
        return varOff.isConst();
    }

    /** The low 32 bits are known. */
    public boolean isSubregConst() {
        return varOff.isSubregConst();
    }

    /** Whether the concrete 64-bit value {@code v} satisfies every fact here. */
    public boolean contains(long v) {
        int v32 = (int) v;
        return varOff.contains(v)
            && smin <= v && v <= smax
            && Long.compareUnsigned(umin, v) <= 0 && Long.compareUnsigned(v, umax) <= 0
            && s32min <= v32 && v32 <= s32max
            && Integer.compareUnsigned(u32min, v32) <= 0 && Integer.compareUnsigned(v32, u32max) <= 0;
    }

    /**
     * Every fact of this state is implied by the same fact of {@code other}: its ranges lie
     * within these and its tnum within this tnum (kernel: range_within and tnum_in, what
     * regsafe asks of a precise scalar).
     */
    public boolean covers(Scalar other) {
        return varOff.contains(other.varOff)
            && smin <= other.smin && other.smax <= smax
            && Long.compareUnsigned(umin, other.umin) <= 0
            && Long.compareUnsigned(other.umax, umax) <= 0
            && s32min <= other.s32min && other.s32max <= s32max
            && Integer.compareUnsigned(u32min, other.u32min) <= 0
            && Integer.compareUnsigned(other.u32max, u32max) <= 0;
    }

    /**
     * Whether the facts contradict each other, so that no value satisfies them (a dead
     * branch); the kernel's reg_bounds_sanity_check reports such a state as "REG INVARIANTS
     * VIOLATION" when it sees one.
     */
    public String invariantViolation() {
        if (Long.compareUnsigned(umin, umax) > 0 || smin > smax
            || Integer.compareUnsigned(u32min, u32max) > 0 || s32min > s32max) {
            return "range bounds violation";
        }
        if (varOff.isConst()) {
            long u = varOff.value();
            if (umin != u || umax != u || smin != u || smax != u) {
                return "const tnum out of sync with range bounds";
            }
        }
        if (varOff.isSubregConst()) {
            int u32 = (int) varOff.value();
            if (u32min != u32 || u32max != u32 || s32min != u32 || s32max != u32) {
                return "const subreg tnum out of sync with range bounds";
            }
        }
        return null;
    }

    /** Bounds and tnum deduced from each other until they agree (kernel: reg_bounds_sync). */
    public Scalar sync() {
        Bounds b = new Bounds(this);
        b.sync();
        return b.toScalar();
    }
}
