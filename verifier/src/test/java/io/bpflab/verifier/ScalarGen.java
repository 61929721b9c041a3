package io.bpflab.verifier;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Width;
import java.util.SplittableRandom;

/**
 * Random abstract scalar states together with a concrete value each contains: built from
 * random facts around the value and synced, or reached by a few random ALU steps from a
 * constant or unknown, as programs reach them.
 */
final class ScalarGen {
    /** A state and one of its values. */
    record Sample(Scalar state, long value) {
    }

    private static final long[] EDGES = {
        0, 1, -1, 2, 7, 8, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fff_ffffL, 0x8000_0000L,
        0xffff_ffffL, 0x1_0000_0000L, 0xffff_ffff_8000_0000L, 0xffff_ffff_0000_0000L,
        Long.MAX_VALUE, Long.MIN_VALUE, -2, -128, 127, 0xffff_ff80L,
    };

    private final SplittableRandom r;

    ScalarGen(long seed) {
        r = new SplittableRandom(seed);
    }

    long value() {
        return switch (r.nextInt(5)) {
            case 0 -> EDGES[r.nextInt(EDGES.length)];
            case 1 -> EDGES[r.nextInt(EDGES.length)] + r.nextInt(-3, 4);
            case 2 -> r.nextInt(-300, 300);
            case 3 -> r.nextLong() >>> r.nextInt(64);
            default -> r.nextLong();
        };
    }

    private long distance() {
        return switch (r.nextInt(5)) {
            case 0 -> 0;
            case 1 -> r.nextInt(16);
            case 2 -> r.nextLong(1L << 32);
            case 3 -> r.nextLong() >>> 1;
            default -> -1L;
        };
    }

    private long below(long x, long d) {
        return Long.compareUnsigned(x, d) >= 0 ? x - d : 0;
    }

    private long above(long x, long d) {
        long s = x + d;
        return Long.compareUnsigned(s, x) >= 0 ? s : -1L;
    }

    /** A state made of random facts that all hold for {@code x}, then synced. */
    Scalar around(long x) {
        long mask = switch (r.nextInt(5)) {
            case 0 -> -1L;
            case 1 -> 0;
            case 2 -> (1L << r.nextInt(64)) - 1;
            case 3 -> r.nextLong() | r.nextLong();
            default -> r.nextLong() & r.nextLong();
        };
        Tnum t = new Tnum(x & ~mask, mask);
        long umin = r.nextInt(3) == 0 ? below(x, distance()) : 0;
        long umax = r.nextInt(3) == 0 ? above(x, distance()) : -1L;
        long smin = Long.MIN_VALUE;
        long smax = Long.MAX_VALUE;
        if (r.nextInt(3) == 0) {
            long d = distance() >>> 1;
            smin = x - d <= x ? x - d : Long.MIN_VALUE;
        }
        if (r.nextInt(3) == 0) {
            long d = distance() >>> 1;
            smax = x + d >= x ? x + d : Long.MAX_VALUE;
        }
        int x32 = (int) x;
        int u32min = 0;
        int u32max = -1;
        int s32min = Integer.MIN_VALUE;
        int s32max = Integer.MAX_VALUE;
        if (r.nextInt(3) == 0) {
            u32min = (int) below(Integer.toUnsignedLong(x32), r.nextLong(1L << 33) >>> r.nextInt(33));
        }
        if (r.nextInt(3) == 0) {
            u32max = (int) Math.min(0xffff_ffffL, Integer.toUnsignedLong(x32) + (r.nextLong(1L << 33) >>> r.nextInt(33)));
        }
        if (r.nextInt(3) == 0) {
            s32min = (int) Math.max(Integer.MIN_VALUE, (long) x32 - (r.nextLong(1L << 33) >>> r.nextInt(33)));
        }
        if (r.nextInt(3) == 0) {
            s32max = (int) Math.min(Integer.MAX_VALUE, (long) x32 + (r.nextLong(1L << 33) >>> r.nextInt(33)));
        }
        Scalar s = new Scalar(t, smin, smax, umin, umax, s32min, s32max, u32min, u32max);
        if (!s.contains(x)) {
            throw new AssertionError("generator built " + s + " without " + x);
        }
        Scalar synced = s.sync();
        if (!synced.contains(x)) {
            throw new AssertionError("sync lost " + x + ": " + s + " -> " + synced);
        }
        return synced;
    }

    private static final AluOp[] STEP_OPS = {
        AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.AND, AluOp.OR, AluOp.XOR, AluOp.LSH, AluOp.RSH, AluOp.ARSH,
    };

    /** A sample, either random facts or a short random computation. */
    Sample sample() {
        long x = value();
        if (r.nextInt(3) != 0) {
            return new Sample(around(x), x);
        }
        Scalar s = r.nextBoolean() ? Scalar.known(x) : around(x);
        int steps = r.nextInt(1, 4);
        for (int i = 0; i < steps; i++) {
            AluOp op = STEP_OPS[r.nextInt(STEP_OPS.length)];
            Width w = r.nextInt(4) == 0 ? Width.W32 : Width.W64;
            long y;
            Scalar src;
            if (op.isShift()) {
                y = r.nextInt(w == Width.W32 ? 32 : 64);
                src = Scalar.known(y);
            } else {
                y = value();
                src = r.nextBoolean() ? Scalar.known(y) : around(y);
            }
            s = ScalarAlu.apply(op, w, s, src);
            x = Concrete.alu(op, w, x, y);
        }
        return new Sample(s, x);
    }

    SplittableRandom random() {
        return r;
    }
}
