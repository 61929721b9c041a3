package io.bpflab.verifier;

/**
 * The mutable working copy of a {@link Scalar} that the transfer functions update field
 * by field in the kernel's order (the kernel's functions read fields other steps have just
 * written, so the order is part of the result). Never escapes the package.
 */
final class Bounds {
    private static final long LOW32 = 0xffff_ffffL;

    Tnum varOff;
    long smin;
    long smax;
    long umin;
    long umax;
    int s32min;
    int s32max;
    int u32min;
    int u32max;

    Bounds(Scalar s) {
        varOff = s.varOff();
        smin = s.smin();
        smax = s.smax();
        umin = s.umin();
        umax = s.umax();
        s32min = s.s32min();
        s32max = s.s32max();
        u32min = s.u32min();
        u32max = s.u32max();
    }

    Scalar toScalar() {
        return new Scalar(varOff, smin, smax, umin, umax, s32min, s32max, u32min, u32max);
    }

    static long u32(int v) {
        return Integer.toUnsignedLong(v);
    }

    static long umax64(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static long umin64(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static int umax32(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static int umin32(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static boolean ule64(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0;
    }

    static boolean ule32(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0;
    }

    /** kernel: ___mark_reg_known. */
    void markKnown(long imm) {
        varOff = Tnum.constant(imm);
        smin = smax = umin = umax = imm;
        s32min = s32max = u32min = u32max = (int) imm;
    }

    /** kernel: __mark_reg32_known. */
    void markKnown32(long imm) {
        varOff = varOff.withConstSubreg((int) imm);
        s32min = s32max = u32min = u32max = (int) imm;
    }

    void markUnknown() {
        varOff = Tnum.UNKNOWN;
        markUnbounded();
    }

    void markUnbounded() {
        mark64Unbounded();
        mark32Unbounded();
    }

    void mark64Unbounded() {
        smin = Long.MIN_VALUE;
        smax = Long.MAX_VALUE;
        umin = 0;
        umax = -1L;
    }

    void mark32Unbounded() {
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        u32min = 0;
        u32max = -1;
    }

    /** Bounds implied by the known bits (kernel: __update_reg32_bounds). */
    void updateBounds32() {
        Tnum t = varOff.subreg();
        s32min = Math.max(s32min, (int) (t.value() | (t.mask() & 0x8000_0000L)));
        s32max = Math.min(s32max, (int) (t.value() | (t.mask() & 0x7fff_ffffL)));
        u32min = umax32(u32min, (int) t.value());
        u32max = umin32(u32max, (int) (t.value() | t.mask()));
    }

    /** kernel: __update_reg64_bounds. */
    void updateBounds64() {
        smin = Math.max(smin, varOff.value() | (varOff.mask() & Long.MIN_VALUE));
        smax = Math.min(smax, varOff.value() | (varOff.mask() & Long.MAX_VALUE));
        umin = umax64(umin, varOff.value());
        umax = umin64(umax, varOff.value() | varOff.mask());
        // newer kernels (the running 6.18): when the u64 range and the tnum share a single
        // value, the register is that constant
        long next = varOff.step(umin);
        boolean uminInTnum = varOff.contains(umin);
        long tmax = varOff.value() | varOff.mask();
        if (uminInTnum && Long.compareUnsigned(next, umax) > 0) {
            markKnown(umin);
        } else if (!uminInTnum && next == tmax) {
            markKnown(tmax);
        } else if (!uminInTnum && Long.compareUnsigned(next, umax) <= 0
            && Long.compareUnsigned(varOff.step(next), umax) > 0) {
            markKnown(next);
        }
    }

    void updateBounds() {
        updateBounds32();
        updateBounds64();
    }

    /** 32-bit bounds from the 64-bit ones and signed from unsigned (kernel: __reg32_deduce_bounds). */
    void deduce32() {
        // kernel: when the upper 32 bits do not change across the u64 (or s64) range, its
        // low 32 bits form a range too
        if ((umin >>> 32) == (umax >>> 32)) {
            u32min = umax32(u32min, (int) umin);
            u32max = umin32(u32max, (int) umax);
            if ((int) umin <= (int) umax) {
                s32min = Math.max(s32min, (int) umin);
                s32max = Math.min(s32max, (int) umax);
            }
        }
        if ((smin >> 32) == (smax >> 32)) {
            if (ule32((int) smin, (int) smax)) {
                u32min = umax32(u32min, (int) smin);
                u32max = umin32(u32max, (int) smax);
            }
            if ((int) smin <= (int) smax) {
                s32min = Math.max(s32min, (int) smin);
                s32max = Math.min(s32max, (int) smax);
            }
        }
        // kernel: upper halves two consecutive numbers while the low halves go from negative
        // to non-negative still form an s32 range
        if ((int) (umin >>> 32) + 1 == (int) (umax >>> 32) && (int) umin < 0 && (int) umax >= 0) {
            s32min = Math.max(s32min, (int) umin);
            s32max = Math.min(s32max, (int) umax);
        }
        if ((int) (smin >> 32) + 1 == (int) (smax >> 32) && (int) smin < 0 && (int) smax >= 0) {
            s32min = Math.max(s32min, (int) smin);
            s32max = Math.min(s32max, (int) smax);
        }
        if (u32min <= u32max) {
            s32min = Math.max(s32min, u32min);
            s32max = Math.min(s32max, u32max);
        }
        if (ule32(s32min, s32max)) {
            u32min = umax32(s32min, u32min);
            u32max = umin32(s32max, u32max);
        } else if (Integer.compareUnsigned(u32max, s32min) < 0) {
            s32min = u32min;
            u32max = umin32(u32max, s32max);
        } else if (Integer.compareUnsigned(s32max, u32min) < 0) {
            s32max = u32max;
            u32min = umax32(u32min, s32min);
        }
    }

    /** kernel: __reg64_deduce_bounds. */
    void deduce64() {
        if (umin <= umax) {
            smin = Math.max(smin, umin);
            smax = Math.min(smax, umax);
        }
        if (ule64(smin, smax)) {
            umin = umax64(smin, umin);
            umax = umin64(smax, umax);
        } else if (Long.compareUnsigned(umax, smin) < 0) {
            // kernel: the u64 range overlaps only the non-negative part of the s64 range
            smin = umin;
            umax = umin64(umax, smax);
        } else if (Long.compareUnsigned(smax, umin) < 0) {
            smax = umax;
            umin = umax64(umin, smin);
        }
    }

    /** 64-bit bounds tightened from 32-bit ones (kernel: __reg_deduce_mixed_bounds). */
    void deduceMixed() {
        long newUmin = (umin & ~LOW32) | u32(u32min);
        long newUmax = (umax & ~LOW32) | u32(u32max);
        umin = umax64(umin, newUmin);
        umax = umin64(umax, newUmax);
        long newSmin = (smin & ~LOW32) | u32(u32min);
        long newSmax = (smax & ~LOW32) | u32(u32max);
        smin = Math.max(smin, newSmin);
        smax = Math.min(smax, newSmax);

        if (ule32(s32min, s32max)) {
            newUmin = (umin & ~LOW32) | u32(s32min);
            newUmax = (umax & ~LOW32) | u32(s32max);
            umin = umax64(umin, newUmin);
            umax = umin64(umax, newUmax);
            newSmin = (smin & ~LOW32) | u32(s32min);
            newSmax = (smax & ~LOW32) | u32(s32max);
            smin = Math.max(smin, newSmin);
            smax = Math.min(smax, newSmax);
        }
        // kernel: after a sign-extending load the upper bits are all 0s or all 1s; a
        // non-negative s32 range rules the all-1s half out
        if (s32min >= 0 && smin >= Integer.MIN_VALUE && smax <= Integer.MAX_VALUE) {
            smin = s32min;
            smax = s32max;
            umin = s32min;
            umax = s32max;
            varOff = varOff.intersect(Tnum.range(smin, smax));
        }
    }

    void deduce() {
        deduce32();
        deduce64();
        deduceMixed();
    }

    /** Known bits from the unsigned bounds (kernel: __reg_bound_offset). */
    void boundOffset() {
        Tnum var64 = varOff.intersect(Tnum.range(umin, umax));
        Tnum var32 = var64.subreg().intersect(Tnum.range(u32(u32min), u32(u32max)));
        varOff = var64.clearSubreg().or(var32);
    }

    /** kernel: reg_bounds_sync. */
    void sync() {
        updateBounds();
        // kernel: three rounds, each may learn something about a sign bit
        deduce();
        deduce();
        deduce();
        boundOffset();
        updateBounds();
    }

    /** kernel: __reg_assign_32_into_64. */
    void assign32Into64() {
        umin = u32(u32min);
        umax = u32(u32max);
        if (s32min >= 0 && s32max >= 0) {
            smin = s32min;
            smax = s32max;
        } else {
            smin = 0;
            smax = LOW32;
        }
    }

    /** kernel: zext_32_to_64. */
    void zextTo64() {
        varOff = varOff.subreg();
        assign32Into64();
    }

    /** Truncation to the low {@code size} bytes, size 1, 2 or 4 (kernel: coerce_reg_to_size). */
    void coerceToSize(int size) {
        varOff = varOff.cast(size);
        long mask = (1L << (size * 8)) - 1;
        if ((umin & ~mask) == (umax & ~mask)) {
            umin &= mask;
            umax &= mask;
        } else {
            umin = 0;
            umax = mask;
        }
        smin = umin;
        smax = umax;
        if (size < 4) {
            mark32Unbounded();
        }
        sync();
    }

    private static long signExtend(long v, int size) {
        int shift = 64 - size * 8;
        return v << shift >> shift;
    }

    /** Sign extension of the low {@code size} bytes to 64 bits (kernel: coerce_reg_to_size_sx). */
    void coerceToSizeSx(int size) {
        if (varOff.isConst()) {
            long c = signExtend(varOff.value(), size);
            markKnown(c);
            return;
        }
        int bits = size * 8;
        long topSmax = (smax >>> bits) << bits;
        long topSmin = (smin >>> bits) << bits;
        if (topSmax == topSmin) {
            long initMax = signExtend(smax, size);
            long initMin = signExtend(smin, size);
            long max = Math.max(initMax, initMin);
            long min = Math.min(initMax, initMin);
            if ((max >= 0) == (min >= 0)) {
                smin = umin = min;
                smax = umax = max;
                s32min = u32min = (int) min;
                s32max = u32max = (int) max;
                varOff = Tnum.range(min, max);
                return;
            }
        }
        // kernel: set_sext64_default_val
        long lo = -(1L << (bits - 1));
        long hi = (1L << (bits - 1)) - 1;
        smin = lo;
        s32min = (int) lo;
        smax = hi;
        s32max = (int) hi;
        umin = 0;
        u32min = 0;
        umax = -1L;
        u32max = -1;
        varOff = Tnum.UNKNOWN;
    }

    /** Sign extension of the low 1 or 2 bytes to 32 bits (kernel: coerce_subreg_to_size_sx). */
    void coerceSubregToSizeSx(int size) {
        if (varOff.isConst()) {
            int c = (int) signExtend(varOff.value(), size);
            varOff = Tnum.constant(c);
            s32min = s32max = u32min = u32max = c;
            return;
        }
        int bits = size * 8;
        int topSmax = (s32max >>> bits) << bits;
        int topSmin = (s32min >>> bits) << bits;
        if (topSmax == topSmin) {
            int initMax = (int) signExtend(s32max, size);
            int initMin = (int) signExtend(s32min, size);
            int max = Math.max(initMax, initMin);
            int min = Math.min(initMax, initMin);
            if ((min >= 0) == (max >= 0)) {
                s32min = min;
                s32max = max;
                u32min = min;
                u32max = max;
                varOff = Tnum.range(min, max).subreg();
                return;
            }
        }
        // kernel: set_sext32_default_val
        s32min = -(1 << (bits - 1));
        s32max = (1 << (bits - 1)) - 1;
        u32min = 0;
        u32max = -1;
        varOff = Tnum.UNKNOWN.subreg();
    }
}
