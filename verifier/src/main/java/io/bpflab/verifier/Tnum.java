package io.bpflab.verifier;

/**
 * A tracked number (kernel: include/linux/tnum.h, kernel/bpf/tnum.c): what is known about
 * each of the 64 bits of a value. A bit set in {@code mask} is unknown; a bit clear in
 * {@code mask} is known and equals the bit of {@code value}. Every operation is sound: for
 * concrete operands inside the operands' sets, the concrete result lies inside the
 * result's set.
 *
 * @param value the known bits (never overlapping the mask)
 * @param mask the unknown bits
 */
public record Tnum(long value, long mask) {

    /** Nothing known about any bit (kernel: tnum_unknown). */
    public static final Tnum UNKNOWN = new Tnum(0, -1L);

    public Tnum {
        if ((value & mask) != 0) {
            throw new IllegalArgumentException(
                "tnum value and mask overlap: value=0x%x mask=0x%x".formatted(value, mask));
        }
    }

    /** A fully known value (kernel: tnum_const). */
    public static Tnum constant(long value) {
        return new Tnum(value, 0);
    }

    /**
     * The smallest tnum covering every unsigned value in [min, max] (kernel: tnum_range).
     * It may cover more: range(0, 2) also holds 3.
     */
    public static Tnum range(long min, long max) {
        long chi = min ^ max;
        int bits = 64 - Long.numberOfLeadingZeros(chi);
        // kernel: special case, because 1ULL << 64 is undefined
        if (bits > 63) {
            return UNKNOWN;
        }
        long delta = (1L << bits) - 1;
        return new Tnum(min & ~delta, delta);
    }

    public boolean isConst() {
        return mask == 0;
    }

    public boolean equalsConst(long v) {
        return mask == 0 && value == v;
    }

    public boolean isUnknown() {
        return mask == -1L;
    }

    /** Whether the concrete value {@code v} is one this tnum stands for. */
    public boolean contains(long v) {
        return (v & ~mask) == value;
    }

    /** Whether every value of {@code b} is a value of this tnum (kernel: tnum_in(this, b)). */
    public boolean contains(Tnum b) {
        if ((b.mask & ~mask) != 0) {
            return false;
        }
        return value == (b.value & ~mask);
    }

    /** Whether the known bits of both agree (kernel: tnum_overlap). */
    public boolean overlaps(Tnum b) {
        long mu = ~mask & ~b.mask;
        return (value & mu) == (b.value & mu);
    }

    /** Known to be a multiple of {@code size}, a power of two (kernel: tnum_is_aligned). */
    public boolean isAligned(long size) {
        if (size == 0) {
            return true;
        }
        return ((value | mask) & (size - 1)) == 0;
    }

    public Tnum lshift(int shift) {
        return new Tnum(value << shift, mask << shift);
    }

    public Tnum rshift(int shift) {
        return new Tnum(value >>> shift, mask >>> shift);
    }

    /**
     * Arithmetic right shift by the smallest shift amount; {@code bitness} 32 shifts the
     * low 32 bits as a signed int and zero-extends (kernel: tnum_arshift).
     */
    public Tnum arshift(int minShift, int bitness) {
        if (bitness == 32) {
            return new Tnum(Integer.toUnsignedLong((int) value >> minShift),
                Integer.toUnsignedLong((int) mask >> minShift));
        }
        return new Tnum(value >> minShift, mask >> minShift);
    }

    public Tnum add(Tnum b) {
        long sm = mask + b.mask;
        long sv = value + b.value;
        long sigma = sm + sv;
        long chi = sigma ^ sv;
        long mu = chi | mask | b.mask;
        return new Tnum(sv & ~mu, mu);
    }

    public Tnum sub(Tnum b) {
        long dv = value - b.value;
        long alpha = dv + mask;
        long beta = dv - b.mask;
        long chi = alpha ^ beta;
        long mu = chi | mask | b.mask;
        return new Tnum(dv & ~mu, mu);
    }

    public Tnum and(Tnum b) {
        long alpha = value | mask;
        long beta = b.value | b.mask;
        long v = value & b.value;
        return new Tnum(v, alpha & beta & ~v);
    }

    public Tnum or(Tnum b) {
        long v = value | b.value;
        long mu = mask | b.mask;
        return new Tnum(v, mu & ~v);
    }

    public Tnum xor(Tnum b) {
        long v = value ^ b.value;
        long mu = mask | b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /**
     * Multiplication by partial products, accumulating the union of "bit is 0" and "bit is
     * 1" where a multiplier bit is unknown. This is the newer kernels' tnum_mul (the running
     * 6.18); 6.12 summed values and masks apart (https://arxiv.org/abs/2105.05398) and was
     * less precise.
     */
    public Tnum mul(Tnum b) {
        Tnum a = this;
        Tnum acc = new Tnum(0, 0);
        while (a.value != 0 || a.mask != 0) {
            if ((a.value & 1) != 0) {
                acc = acc.add(b);
            } else if ((a.mask & 1) != 0) {
                acc = acc.union(acc.add(b));
            }
            a = a.rshift(1);
            b = b.lshift(1);
        }
        return acc;
    }

    /** The values either tnum allows, and more (kernel: tnum_union). */
    public Tnum union(Tnum b) {
        long v = value & b.value;
        long mu = (value ^ b.value) | mask | b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /**
     * The smallest value of this tnum greater than {@code z}, or its largest value when
     * there is none (kernel: tnum_step, in newer kernels).
     */
    public long step(long z) {
        long tmax = value | mask;
        if (Long.compareUnsigned(z, tmax) >= 0) {
            return tmax;
        }
        if (Long.compareUnsigned(z, value) < 0) {
            return value;
        }
        // keep z's bits above some bit i, set bit i where z has 0 and this tnum allows 1,
        // and take the smallest bits below; the lowest such i gives the smallest result
        long best = tmax;
        for (int i = 63; i >= 0; i--) {
            long bit = 1L << i;
            boolean zOne = (z & bit) != 0;
            if (!zOne && ((value | mask) & bit) != 0) {
                long above = i == 63 ? 0 : z & (-1L << (i + 1));
                best = above | bit | (value & (bit - 1));
            }
            boolean canEqual = (mask & bit) != 0 || ((value & bit) != 0) == zOne;
            if (!canEqual) {
                break;
            }
        }
        return best;
    }

    /**
     * The values both tnums allow (kernel: tnum_intersect). Where the two disagree on a
     * known bit the result says 1, as the kernel's does; callers only intersect tnums that
     * share a value.
     */
    public Tnum intersect(Tnum b) {
        long v = value | b.value;
        long mu = mask & b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /**
     * The low {@code size} bytes, the rest known zero (kernel: tnum_cast). Size 8 is the
     * identity (the kernel never casts to 8, where its shift would be undefined).
     */
    public Tnum cast(int size) {
        if (size >= 8) {
            return this;
        }
        long m = (1L << (size * 8)) - 1;
        return new Tnum(value & m, mask & m);
    }

    /** The low 32 bits (kernel: tnum_subreg). */
    public Tnum subreg() {
        return cast(4);
    }

    /** The upper 32 bits, the low 32 known zero (kernel: tnum_clear_subreg). */
    public Tnum clearSubreg() {
        return rshift(32).lshift(32);
    }

    /** These upper 32 bits with the low 32 of {@code subreg} (kernel: tnum_with_subreg). */
    public Tnum withSubreg(Tnum subreg) {
        return clearSubreg().or(subreg.subreg());
    }

    /** These upper 32 bits with a known low 32 (kernel: tnum_const_subreg). */
    public Tnum withConstSubreg(int value32) {
        return withSubreg(constant(Integer.toUnsignedLong(value32)));
    }

    public boolean isSubregConst() {
        return subreg().mask == 0;
    }

    /** Tristate binary, most significant bit first: 0, 1 or x (kernel: tnum_sbin). */
    public String toBinaryString() {
        StringBuilder sb = new StringBuilder(64);
        for (int bit = 63; bit >= 0; bit--) {
            long m = 1L << bit;
            sb.append((mask & m) != 0 ? 'x' : (value & m) != 0 ? '1' : '0');
        }
        return sb.toString();
    }

    /**
     * As the kernel's log prints it (kernel/bpf/log.c tnum_strn): a constant in decimal up
     * to 65535 and in hex above, otherwise {@code (value; mask)} in hex.
     */
    @Override
    public String toString() {
        if (mask == 0) {
            return LogFormat.unsigned(value);
        }
        return "(" + LogFormat.hex(value) + "; " + LogFormat.hex(mask) + ")";
    }
}
