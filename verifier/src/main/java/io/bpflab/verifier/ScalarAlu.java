package io.bpflab.verifier;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Width;

/**
 * Transfer functions of the ALU instructions on scalars, as the kernel computes them
 * (kernel/bpf/verifier.c: check_alu_op, adjust_scalar_min_max_vals and the
 * scalar{32,}_min_max_* functions). Each takes the operands' states and returns the
 * destination's next state; none of them rejects anything (the checks that reject, "div
 * by zero" and "invalid shift", come before them).
 */
public final class ScalarAlu {
    private static final long U32_MAX = 0xffff_ffffL;

    private ScalarAlu() {
    }

    /**
     * A register-register or register-immediate ALU instruction. For the immediate form
     * pass {@code Scalar.known(imm)} with the 32-bit immediate sign-extended, as the kernel
     * builds its stand-in source register for both widths.
     */
    public static Scalar apply(AluOp op, Width width, Scalar dst, Scalar src) {
        boolean alu32 = width == Width.W32;
        if (op == AluOp.MOV) {
            return alu32 ? mov32(src) : src;
        }
        if (!isSafeToComputeRange(op, alu32, src)) {
            // kernel: __mark_reg_unknown, and no zero extension even for ALU32
            return Scalar.UNKNOWN;
        }
        Bounds d = new Bounds(dst);
        switch (op) {
            case ADD -> {
                add32(d, src);
                add64(d, src);
                d.varOff = d.varOff.add(src.varOff());
            }
            case SUB -> {
                sub32(d, src);
                sub64(d, src);
                d.varOff = d.varOff.sub(src.varOff());
            }
            case MUL -> {
                d.varOff = d.varOff.mul(src.varOff());
                mul32(d, src);
                mul64(d, src);
            }
            case AND -> {
                d.varOff = d.varOff.and(src.varOff());
                and32(d, src);
                and64(d, src);
            }
            case OR -> {
                d.varOff = d.varOff.or(src.varOff());
                or32(d, src);
                or64(d, src);
            }
            case XOR -> {
                d.varOff = d.varOff.xor(src.varOff());
                xor32(d, src);
                xor64(d, src);
            }
            case LSH -> {
                if (alu32) {
                    lsh32(d, src);
                } else {
                    lsh64(d, src);
                }
            }
            case RSH -> {
                if (alu32) {
                    rsh32(d, src);
                } else {
                    rsh64(d, src);
                }
            }
            case ARSH -> {
                if (alu32) {
                    arsh32(d, src);
                } else {
                    arsh64(d, src);
                }
            }
            case DIV, SDIV, MOD, SMOD, MOV -> throw new AssertionError(op + " has no range tracking");
        }
        if (alu32) {
            d.zextTo64();
        }
        d.sync();
        return d.toScalar();
    }

    /**
     * Whether the kernel computes a range for this op at all (kernel:
     * is_safe_to_compute_dst_reg_range): never for div and mod, and for shifts only by a
     * constant smaller than the width, judged on the source's 64-bit umax even for ALU32.
     */
    static boolean isSafeToComputeRange(AluOp op, boolean alu32, Scalar src) {
        boolean srcConst;
        if (alu32) {
            srcConst = src.varOff().isSubregConst() && src.s32min() == src.s32max()
                && src.u32min() == src.u32max();
        } else {
            srcConst = src.varOff().isConst() && src.smin() == src.smax() && src.umin() == src.umax();
        }
        return switch (op) {
            case ADD, SUB, AND, XOR, OR, MUL -> true;
            case LSH, RSH, ARSH -> srcConst && Long.compareUnsigned(src.umax(), alu32 ? 32 : 64) < 0;
            default -> false;
        };
    }

    /**
     * {@code dst + delta} the way sync_linked_regs adds a linked register's offset: bounds and
     * tnum added, then brought in sync as the 6.18 kernel does (6.12 left them unsynced; the
     * recorded 6.18 log testdata/verifier/logs/linked.2.log shows the synced tnum).
     */
    static Scalar addLinkedDelta(Scalar dst, Scalar delta) {
        Bounds d = new Bounds(dst);
        add32(d, delta);
        add64(d, delta);
        d.varOff = d.varOff.add(delta.varOff());
        d.sync();
        return d.toScalar();
    }

    /** {@code wD = wS}: the low half, zero-extended (kernel: check_alu_op, BPF_MOV ALU32). */
    public static Scalar mov32(Scalar src) {
        Bounds d = new Bounds(src);
        d.zextTo64();
        d.sync();
        return d.toScalar();
    }

    /** {@code rD = imm} or {@code wD = imm}. */
    public static Scalar movImm(Width width, int imm) {
        return Scalar.known(width == Width.W64 ? imm : Integer.toUnsignedLong(imm));
    }

    /**
     * {@code rD = (s8|s16|s32) rS} or {@code wD = (s8|s16) wS} (kernel: coerce_reg_to_size_sx,
     * coerce_subreg_to_size_sx). The 64-bit form is not synced afterwards, as in the kernel.
     */
    public static Scalar movSx(Width width, Scalar src, int bits) {
        Bounds d = new Bounds(src);
        if (width == Width.W64) {
            d.coerceToSizeSx(bits / 8);
            return d.toScalar();
        }
        d.coerceSubregToSizeSx(bits / 8);
        d.zextTo64();
        d.sync();
        return d.toScalar();
    }

    /**
     * {@code rD = -rD} or {@code wD = -wD}: {@code 0 - rD}. Newer kernels (the running 6.18)
     * compute it so; 6.12 forgot everything (check_reg_arg(DST_OP)). bpflab follows the
     * running kernel, checked by testdata/verifier/scalar-states.txt.
     */
    public static Scalar neg(Width width, Scalar dst) {
        Bounds d = new Bounds(Scalar.known(0));
        sub32(d, dst);
        sub64(d, dst);
        d.varOff = Tnum.constant(0).sub(dst.varOff());
        if (width == Width.W32) {
            d.zextTo64();
        }
        d.sync();
        return d.toScalar();
    }

    /**
     * Byte swaps and conversions on a little-endian host (x86-64, arm64): {@code le} only
     * truncates, {@code be} and {@code bswap} swap the known bits and forget the ranges, and
     * 16- and 32-bit forms truncate. Newer kernels (the running 6.18) compute it so; 6.12
     * forgot everything.
     */
    public static Scalar endian(EndianOp op, int bits, Scalar dst) {
        Bounds d = new Bounds(dst);
        if (op != EndianOp.LE) {
            d.varOff = switch (bits) {
                case 16 -> swap16(d.varOff);
                case 32 -> swap32(d.varOff);
                default -> new Tnum(Long.reverseBytes(d.varOff.value()), Long.reverseBytes(d.varOff.mask()));
            };
            d.markUnbounded();
        }
        if (bits == 16 || bits == 32) {
            d.coerceToSize(bits / 8);
        }
        d.sync();
        return d.toScalar();
    }

    private static Tnum swap16(Tnum t) {
        return new Tnum(Short.reverseBytes((short) t.value()) & 0xffffL, Short.reverseBytes((short) t.mask()) & 0xffffL);
    }

    private static Tnum swap32(Tnum t) {
        return new Tnum(Integer.toUnsignedLong(Integer.reverseBytes((int) t.value())),
            Integer.toUnsignedLong(Integer.reverseBytes((int) t.mask())));
    }

    /**
     * Truncation of a value to its low {@code size} bytes (1, 2 or 4), as a narrow load
     * leaves it (kernel: coerce_reg_to_size).
     */
    public static Scalar truncate(Scalar s, int size) {
        if (size != 1 && size != 2 && size != 4) {
            throw new IllegalArgumentException("truncate to 1, 2 or 4 bytes, not " + size);
        }
        Bounds d = new Bounds(s);
        d.coerceToSize(size);
        return d.toScalar();
    }

    /**
     * The two states the kernel explores when {@code and}/{@code or} with a constant meets a
     * destination known to be 0 or -1 (kernel: maybe_fork_scalars): the current path goes on
     * with -1, a pushed path re-executes the instruction with 0.
     *
     * @param current the destination on the current path (all ones)
     * @param pushed the destination on the pushed path (zero)
     */
    public record Fork(Scalar current, Scalar pushed) {
    }

    /** The fork for this instruction, or null when the kernel does not fork. */
    public static Fork fork(AluOp op, Scalar dst, Scalar src) {
        if ((op != AluOp.AND && op != AluOp.OR) || !src.varOff().isConst()) {
            return null;
        }
        Bounds minusOne = new Bounds(dst);
        Bounds zero = new Bounds(dst);
        if (dst.smin() == -1 && dst.smax() == 0) {
            zero.markKnown(0);
            minusOne.markKnown(-1L);
        } else if (dst.s32min() == -1 && dst.s32max() == 0) {
            zero.markKnown32(0);
            minusOne.markKnown32(-1L);
        } else {
            return null;
        }
        return new Fork(minusOne.toScalar(), zero.toScalar());
    }

    /*
     * Unsigned addition and subtraction follow newer kernels (the running 6.18): a range
     * whose both ends wrap is kept, wrapped; 6.12 gave up on any wrap. Signed bounds still
     * give up on any overflow, in both.
     */
    private static void add32(Bounds d, Scalar s) {
        long smin = (long) d.s32min + s.s32min();
        long smax = (long) d.s32max + s.s32max();
        if (smin != (int) smin || smax != (int) smax) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) smin;
            d.s32max = (int) smax;
        }
        long umin = Bounds.u32(d.u32min) + Bounds.u32(s.u32min());
        long umax = Bounds.u32(d.u32max) + Bounds.u32(s.u32max());
        // newer kernels: when both ends wrap, the wrapped range is still exact
        if (umin <= U32_MAX && umax > U32_MAX) {
            d.u32min = 0;
            d.u32max = -1;
        } else {
            d.u32min = (int) umin;
            d.u32max = (int) umax;
        }
    }

    private static boolean addOverflows(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0;
    }

    private static boolean subOverflows(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0;
    }

    private static void add64(Bounds d, Scalar s) {
        if (addOverflows(d.smin, s.smin()) || addOverflows(d.smax, s.smax())) {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        } else {
            d.smin += s.smin();
            d.smax += s.smax();
        }
        long umin = d.umin + s.umin();
        long umax = d.umax + s.umax();
        boolean minWraps = Long.compareUnsigned(umin, d.umin) < 0;
        boolean maxWraps = Long.compareUnsigned(umax, d.umax) < 0;
        if (!minWraps && maxWraps) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin = umin;
            d.umax = umax;
        }
    }

    private static void sub32(Bounds d, Scalar s) {
        long smin = (long) d.s32min - s.s32max();
        long smax = (long) d.s32max - s.s32min();
        if (smin != (int) smin || smax != (int) smax) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) smin;
            d.s32max = (int) smax;
        }
        boolean minWraps = Integer.compareUnsigned(d.u32min, s.u32max()) < 0;
        boolean maxWraps = Integer.compareUnsigned(d.u32max, s.u32min()) < 0;
        if (minWraps && !maxWraps) {
            d.u32min = 0;
            d.u32max = -1;
        } else {
            d.u32min -= s.u32max();
            d.u32max -= s.u32min();
        }
    }

    private static void sub64(Bounds d, Scalar s) {
        if (subOverflows(d.smin, s.smax()) || subOverflows(d.smax, s.smin())) {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        } else {
            d.smin -= s.smax();
            d.smax -= s.smin();
        }
        boolean minWraps = Long.compareUnsigned(d.umin, s.umax()) < 0;
        boolean maxWraps = Long.compareUnsigned(d.umax, s.umin()) < 0;
        if (minWraps && !maxWraps) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin -= s.umax();
            d.umax -= s.umin();
        }
    }

    /*
     * Multiplication follows newer kernels (bounds from the four corner products, each
     * checked for overflow), not 6.12, which gave up on any operand that might be negative
     * or wider than 16 (32) bits. The newer rule is what the kernel this project tests
     * against (6.18) computes; testdata/verifier/scalar-states.txt holds its output.
     */
    private static void mul32(Bounds d, Scalar s) {
        long umax = Bounds.u32(d.u32max) * Bounds.u32(s.u32max());
        long umin = Bounds.u32(d.u32min) * Bounds.u32(s.u32min());
        // kernel: check_mul_overflow on u32; a product of two u32 fits in a u64 exactly
        if (Long.compareUnsigned(umax, U32_MAX) > 0 || Long.compareUnsigned(umin, U32_MAX) > 0) {
            d.u32min = 0;
            d.u32max = -1;
        } else {
            d.u32min = (int) umin;
            d.u32max = (int) umax;
        }
        long p0 = (long) d.s32min * s.s32min();
        long p1 = (long) d.s32min * s.s32max();
        long p2 = (long) d.s32max * s.s32min();
        long p3 = (long) d.s32max * s.s32max();
        if (p0 != (int) p0 || p1 != (int) p1 || p2 != (int) p2 || p3 != (int) p3) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) Math.min(Math.min(p0, p1), Math.min(p2, p3));
            d.s32max = (int) Math.max(Math.max(p0, p1), Math.max(p2, p3));
        }
    }

    private static boolean umulOverflows(long a, long b) {
        return Math.unsignedMultiplyHigh(a, b) != 0;
    }

    private static boolean smulOverflows(long a, long b) {
        return Math.multiplyHigh(a, b) != ((a * b) >> 63);
    }

    private static void mul64(Bounds d, Scalar s) {
        if (umulOverflows(d.umax, s.umax()) || umulOverflows(d.umin, s.umin())) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umax *= s.umax();
            d.umin *= s.umin();
        }
        if (smulOverflows(d.smin, s.smin()) || smulOverflows(d.smin, s.smax())
            || smulOverflows(d.smax, s.smin()) || smulOverflows(d.smax, s.smax())) {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        } else {
            long p0 = d.smin * s.smin();
            long p1 = d.smin * s.smax();
            long p2 = d.smax * s.smin();
            long p3 = d.smax * s.smax();
            d.smin = Math.min(Math.min(p0, p1), Math.min(p2, p3));
            d.smax = Math.max(Math.max(p0, p1), Math.max(p2, p3));
        }
    }

    /** Signed 32-bit bounds from unsigned ones when they do not cross the sign boundary. */
    private static void signed32FromUnsigned(Bounds d) {
        if (d.u32min <= d.u32max) {
            d.s32min = d.u32min;
            d.s32max = d.u32max;
        } else {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        }
    }

    private static void signed64FromUnsigned(Bounds d) {
        if (d.umin <= d.umax) {
            d.smin = d.umin;
            d.smax = d.umax;
        } else {
            d.smin = Long.MIN_VALUE;
            d.smax = Long.MAX_VALUE;
        }
    }

    private static void and32(Bounds d, Scalar s) {
        Tnum t = d.varOff.subreg();
        if (s.varOff().isSubregConst() && d.varOff.isSubregConst()) {
            d.markKnown32(t.value());
            return;
        }
        // kernel: the minimum from the known bits, the maximum the smaller operand maximum
        d.u32min = (int) t.value();
        d.u32max = Bounds.umin32(d.u32max, s.u32max());
        signed32FromUnsigned(d);
    }

    private static void and64(Bounds d, Scalar s) {
        if (s.varOff().isConst() && d.varOff.isConst()) {
            d.markKnown(d.varOff.value());
            return;
        }
        d.umin = d.varOff.value();
        d.umax = Bounds.umin64(d.umax, s.umax());
        signed64FromUnsigned(d);
        d.updateBounds();
    }

    private static void or32(Bounds d, Scalar s) {
        Tnum t = d.varOff.subreg();
        if (s.varOff().isSubregConst() && d.varOff.isSubregConst()) {
            d.markKnown32(t.value());
            return;
        }
        d.u32min = Bounds.umax32(d.u32min, s.u32min());
        d.u32max = (int) (t.value() | t.mask());
        signed32FromUnsigned(d);
    }

    private static void or64(Bounds d, Scalar s) {
        if (s.varOff().isConst() && d.varOff.isConst()) {
            d.markKnown(d.varOff.value());
            return;
        }
        d.umin = Bounds.umax64(d.umin, s.umin());
        d.umax = d.varOff.value() | d.varOff.mask();
        signed64FromUnsigned(d);
        d.updateBounds();
    }

    private static void xor32(Bounds d, Scalar s) {
        Tnum t = d.varOff.subreg();
        if (s.varOff().isSubregConst() && d.varOff.isSubregConst()) {
            d.markKnown32(t.value());
            return;
        }
        d.u32min = (int) t.value();
        d.u32max = (int) (t.value() | t.mask());
        signed32FromUnsigned(d);
    }

    private static void xor64(Bounds d, Scalar s) {
        if (s.varOff().isConst() && d.varOff.isConst()) {
            d.markKnown(d.varOff.value());
            return;
        }
        d.umin = d.varOff.value();
        d.umax = d.varOff.value() | d.varOff.mask();
        signed64FromUnsigned(d);
        d.updateBounds();
    }

    /** kernel: __scalar32_min_max_lsh; the shift amounts are already known to be constant. */
    private static void lsh32Bounds(Bounds d, long uminVal, long umaxVal) {
        d.s32min = Integer.MIN_VALUE;
        d.s32max = Integer.MAX_VALUE;
        // kernel: if the top bit may be shifted out, nothing is known
        if (umaxVal > 31 || Bounds.u32(d.u32max) > 1L << (31 - umaxVal)) {
            d.u32min = 0;
            d.u32max = -1;
        } else {
            d.u32min <<= (int) uminVal;
            d.u32max <<= (int) umaxVal;
        }
    }

    private static void lsh32(Bounds d, Scalar s) {
        Tnum subreg = d.varOff.subreg();
        long uminVal = Bounds.u32(s.u32min());
        lsh32Bounds(d, uminVal, Bounds.u32(s.u32max()));
        d.varOff = subreg.lshift((int) uminVal).subreg();
        d.mark64Unbounded();
        d.updateBounds32();
    }

    private static void lsh64(Bounds d, Scalar s) {
        long uminVal = s.umin();
        long umaxVal = s.umax();
        // kernel: <<32 keeps the s32 bounds' sign, a common pattern for sign extension
        if (uminVal == 32 && umaxVal == 32) {
            d.smax = (long) d.s32max << 32;
            d.smin = (long) d.s32min << 32;
        } else {
            d.smax = Long.MAX_VALUE;
            d.smin = Long.MIN_VALUE;
        }
        if (Long.compareUnsigned(d.umax, 1L << (63 - umaxVal)) > 0) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin <<= uminVal;
            d.umax <<= umaxVal;
        }
        lsh32Bounds(d, uminVal, umaxVal);
        d.varOff = d.varOff.lshift((int) uminVal);
        d.updateBounds();
    }

    private static void rsh32(Bounds d, Scalar s) {
        Tnum subreg = d.varOff.subreg();
        int uminVal = s.u32min();
        int umaxVal = s.u32max();
        d.s32min = Integer.MIN_VALUE;
        d.s32max = Integer.MAX_VALUE;
        d.varOff = subreg.rshift(uminVal);
        d.u32min >>>= umaxVal;
        d.u32max >>>= uminVal;
        d.mark64Unbounded();
        d.updateBounds32();
    }

    private static void rsh64(Bounds d, Scalar s) {
        int uminVal = (int) s.umin();
        int umaxVal = (int) s.umax();
        // kernel: an unsigned shift says nothing about the sign; rebuild from var_off
        d.smin = Long.MIN_VALUE;
        d.smax = Long.MAX_VALUE;
        d.varOff = d.varOff.rshift(uminVal);
        d.umin >>>= umaxVal;
        d.umax >>>= uminVal;
        d.mark32Unbounded();
        d.updateBounds();
    }

    private static void arsh32(Bounds d, Scalar s) {
        int uminVal = s.u32min();
        d.s32min >>= uminVal;
        d.s32max >>= uminVal;
        d.varOff = d.varOff.subreg().arshift(uminVal, 32);
        d.u32min = 0;
        d.u32max = -1;
        d.mark64Unbounded();
        d.updateBounds32();
    }

    private static void arsh64(Bounds d, Scalar s) {
        int uminVal = (int) s.umin();
        d.smin >>= uminVal;
        d.smax >>= uminVal;
        d.varOff = d.varOff.arshift(uminVal, 64);
        d.umin = 0;
        d.umax = -1L;
        d.mark32Unbounded();
        d.updateBounds();
    }
}
