package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Width;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Soundness of every ALU transfer function against the concrete semantics, and kernel cases. */
class ScalarAluTest {
    private static final int ROUNDS = 30_000;

    static Stream<Arguments> opsAndWidths() {
        return Stream.of(AluOp.values())
            .flatMap(op -> Stream.of(Width.W64, Width.W32).map(w -> Arguments.of(op, w)));
    }

    private static void check(AluOp op, Width w, ScalarGen.Sample a, ScalarGen.Sample b) {
        Scalar res = ScalarAlu.apply(op, w, a.state(), b.state());
        long z = Concrete.alu(op, w, a.value(), b.value());
        if (!res.contains(z)) {
            throw new AssertionError("%s %s: %s (holding %#x) op %s (holding %#x) = %s misses %#x"
                .formatted(op, w, a.state(), a.value(), b.state(), b.value(), res, z));
        }
        String broken = res.invariantViolation();
        if (broken != null) {
            throw new AssertionError(op + " " + w + " gave " + broken + ": " + res);
        }
    }

    @ParameterizedTest(name = "{0} {1} register")
    @MethodSource("opsAndWidths")
    void registerFormIsSound(AluOp op, Width w) {
        ScalarGen g = new ScalarGen(op.ordinal() * 2L + w.ordinal());
        for (int i = 0; i < ROUNDS; i++) {
            ScalarGen.Sample a = g.sample();
            ScalarGen.Sample b;
            if (op.isShift() && g.random().nextBoolean()) {
                long y = g.random().nextInt(w == Width.W32 ? 32 : 64);
                b = new ScalarGen.Sample(g.random().nextBoolean() ? Scalar.known(y) : g.around(y), y);
            } else {
                b = g.sample();
            }
            check(op, w, a, b);
        }
    }

    @ParameterizedTest(name = "{0} {1} immediate")
    @MethodSource("opsAndWidths")
    void immediateFormIsSound(AluOp op, Width w) {
        ScalarGen g = new ScalarGen(1000 + op.ordinal() * 2L + w.ordinal());
        for (int i = 0; i < ROUNDS; i++) {
            ScalarGen.Sample a = g.sample();
            int imm = op.isShift() ? g.random().nextInt(w == Width.W32 ? 32 : 64) : (int) g.value();
            check(op, w, a, new ScalarGen.Sample(Scalar.known(imm), imm));
        }
    }

    @Test
    void sameRegisterOnBothSidesIsSound() {
        ScalarGen g = new ScalarGen(77);
        for (AluOp op : AluOp.values()) {
            for (Width w : Width.values()) {
                for (int i = 0; i < 2000; i++) {
                    ScalarGen.Sample a = g.sample();
                    check(op, w, a, a);
                }
            }
        }
    }

    @Test
    void syncKeepsEveryValue() {
        ScalarGen g = new ScalarGen(5);
        for (int i = 0; i < 100_000; i++) {
            long x = g.value();
            Scalar s = g.around(x);
            Scalar synced = s.sync();
            assertTrue(synced.contains(x));
            // syncing only learns: every fact of the input still holds
            assertTrue(s.covers(synced), () -> s + " -> " + synced);
            assertTrue(synced.covers(synced.sync()), () -> "second sync of " + synced);
        }
        assertTrue(Scalar.UNKNOWN.covers(Scalar.known(5)));
        assertTrue(!Scalar.known(5).covers(Scalar.UNKNOWN));
    }

    @Test
    void movesAndExtensionsAreSound() {
        ScalarGen g = new ScalarGen(9);
        for (int i = 0; i < 50_000; i++) {
            ScalarGen.Sample a = g.sample();
            long x = a.value();
            assertTrue(ScalarAlu.mov32(a.state()).contains(x & 0xffff_ffffL));
            for (int bits : new int[] {8, 16, 32}) {
                int shift = 64 - bits;
                Scalar sx = ScalarAlu.movSx(Width.W64, a.state(), bits);
                assertTrue(sx.contains(x << shift >> shift), () -> "movsx64/" + bits + " " + a);
                if (bits < 32) {
                    long want = Integer.toUnsignedLong((int) x << (32 - bits) >> (32 - bits));
                    Scalar sx32 = ScalarAlu.movSx(Width.W32, a.state(), bits);
                    assertTrue(sx32.contains(want), () -> "movsx32/" + bits + " " + a);
                }
            }
            for (int size : new int[] {1, 2, 4}) {
                long m = (1L << (size * 8)) - 1;
                assertTrue(ScalarAlu.truncate(a.state(), size).contains(x & m), () -> "truncate " + a);
            }
        }
    }

    @Test
    void negationAndByteSwapsAreSound() {
        ScalarGen g = new ScalarGen(13);
        for (int i = 0; i < 50_000; i++) {
            ScalarGen.Sample a = g.sample();
            long x = a.value();
            assertTrue(ScalarAlu.neg(Width.W64, a.state()).contains(-x), () -> "neg " + a);
            assertTrue(ScalarAlu.neg(Width.W32, a.state()).contains(Integer.toUnsignedLong(-(int) x)), () -> "neg32 " + a);
            long swap16 = Short.reverseBytes((short) x) & 0xffffL;
            long swap32 = Integer.toUnsignedLong(Integer.reverseBytes((int) x));
            long swap64 = Long.reverseBytes(x);
            // a little-endian host: le truncates, be and bswap swap
            assertTrue(ScalarAlu.endian(EndianOp.LE, 16, a.state()).contains(x & 0xffff), () -> "le16 " + a);
            assertTrue(ScalarAlu.endian(EndianOp.LE, 32, a.state()).contains(x & 0xffff_ffffL), () -> "le32 " + a);
            assertTrue(ScalarAlu.endian(EndianOp.LE, 64, a.state()).contains(x), () -> "le64 " + a);
            for (EndianOp op : new EndianOp[] {EndianOp.BE, EndianOp.SWAP}) {
                assertTrue(ScalarAlu.endian(op, 16, a.state()).contains(swap16), () -> op + "16 " + a);
                assertTrue(ScalarAlu.endian(op, 32, a.state()).contains(swap32), () -> op + "32 " + a);
                assertTrue(ScalarAlu.endian(op, 64, a.state()).contains(swap64), () -> op + "64 " + a);
            }
        }
        assertEquals(Scalar.known(-5), ScalarAlu.neg(Width.W64, Scalar.known(5)));
        assertEquals(Scalar.known(0xffff_fffbL), ScalarAlu.neg(Width.W32, Scalar.known(5)));
        assertEquals(Scalar.known(0x0500), ScalarAlu.endian(EndianOp.BE, 16, Scalar.known(5)));
    }

    @Test
    void forkSplitsZeroAndMinusOne() {
        ScalarGen g = new ScalarGen(11);
        Scalar zeroOrMinusOne = Scalar.known(0).sync();
        zeroOrMinusOne = new Scalar(Tnum.UNKNOWN, -1, 0, 0, -1L, -1, 0, 0, -1).sync();
        ScalarAlu.Fork f = ScalarAlu.fork(AluOp.AND, zeroOrMinusOne, Scalar.known(0xf0));
        assertNotNull(f);
        assertEquals(Scalar.known(-1), f.current());
        assertEquals(Scalar.known(0), f.pushed());
        assertNull(ScalarAlu.fork(AluOp.ADD, zeroOrMinusOne, Scalar.known(1)));
        assertNull(ScalarAlu.fork(AluOp.OR, zeroOrMinusOne, Scalar.UNKNOWN));
        assertNull(ScalarAlu.fork(AluOp.OR, Scalar.UNKNOWN, Scalar.known(1)));
        // the 32-bit form: low half 0 or -1, upper half whatever it was
        Scalar low = new Scalar(Tnum.UNKNOWN, Long.MIN_VALUE, Long.MAX_VALUE, 0, -1L, -1, 0, 0, -1).sync();
        ScalarAlu.Fork f32 = ScalarAlu.fork(AluOp.OR, low, Scalar.known(3));
        assertNotNull(f32);
        for (int i = 0; i < 10_000; i++) {
            long hi = g.value() << 32;
            long x = hi | (g.random().nextBoolean() ? 0xffff_ffffL : 0);
            if (low.contains(x)) {
                assertTrue(f32.current().contains(x) || f32.pushed().contains(x), Long.toHexString(x));
            }
        }
    }

    @Test
    void kernelExamples() {
        // r1 &= 0xff on an unknown register
        Scalar masked = ScalarAlu.apply(AluOp.AND, Width.W64, Scalar.UNKNOWN, Scalar.known(0xff));
        assertEquals(new Scalar(new Tnum(0, 0xff), 0, 255, 0, 255, 0, 255, 0, 255), masked);
        // w1 = w2 on an unknown register: the upper half is known zero
        Scalar low = ScalarAlu.mov32(Scalar.UNKNOWN);
        assertEquals(new Scalar(new Tnum(0, 0xffff_ffffL), 0, 0xffff_ffffL, 0, 0xffff_ffffL,
            Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1), low);
        assertEquals(low, Scalar.unknown32());
        // division and modulo are not tracked, even in 32 bits (no zero extension)
        assertEquals(Scalar.UNKNOWN, ScalarAlu.apply(AluOp.DIV, Width.W32, masked, Scalar.known(2)));
        // a shift by a non-constant loses everything
        assertEquals(Scalar.UNKNOWN, ScalarAlu.apply(AluOp.LSH, Width.W64, masked, masked));
        // 32-bit shifts judge the source's 64-bit umax
        Scalar oneLow = Scalar.of(Tnum.constant(0x1_0000_0001L), 0x1_0000_0001L, 0x1_0000_0001L);
        assertEquals(Scalar.UNKNOWN, ScalarAlu.apply(AluOp.LSH, Width.W32, masked, oneLow));
        // constants fold
        assertEquals(Scalar.known(12), ScalarAlu.apply(AluOp.MUL, Width.W64, Scalar.known(3), Scalar.known(4)));
        assertEquals(Scalar.known(0xffff_fffeL),
            ScalarAlu.apply(AluOp.ADD, Width.W32, Scalar.known(-1), Scalar.known(-1)));
        // (r & 0xff) << 32 s>> 32: the sign-extension idiom keeps a tight range
        Scalar shifted = ScalarAlu.apply(AluOp.LSH, Width.W64, masked, Scalar.known(32));
        assertEquals(0, shifted.smin());
        assertEquals(0xff_0000_0000L, shifted.smax());
        Scalar back = ScalarAlu.apply(AluOp.ARSH, Width.W64, shifted, Scalar.known(32));
        assertEquals(masked, back);
        // adding ranges
        Scalar sum = ScalarAlu.apply(AluOp.ADD, Width.W64, masked, masked);
        assertEquals(0, sum.umin());
        assertEquals(510, sum.umax());
        assertEquals(new Tnum(0, 0x1ff), sum.varOff());
        // subtracting a larger range may wrap: unsigned bounds are lost, signed are kept
        Scalar diff = ScalarAlu.apply(AluOp.SUB, Width.W64, masked, Scalar.known(10));
        assertEquals(-10, diff.smin());
        assertEquals(245, diff.smax());
        assertEquals(0, diff.umin());
        assertEquals(-1L, diff.umax());
    }

    @Test
    void immediateMovesMatchTheKernel() {
        assertEquals(Scalar.known(-1), ScalarAlu.movImm(Width.W64, -1));
        assertEquals(Scalar.known(0xffff_ffffL), ScalarAlu.movImm(Width.W32, -1));
        assertEquals(ScalarAlu.movImm(Width.W32, -5), ScalarAlu.apply(AluOp.MOV, Width.W32, Scalar.UNKNOWN, Scalar.known(-5)));
        assertEquals(Scalar.known(-5), ScalarAlu.apply(AluOp.MOV, Width.W64, Scalar.UNKNOWN, Scalar.known(-5)));
        assertThrows(IllegalArgumentException.class, () -> ScalarAlu.truncate(Scalar.UNKNOWN, 3));
    }

    @Test
    void movsxMatchesTheKernel() {
        Scalar sx = ScalarAlu.movSx(Width.W64, Scalar.UNKNOWN, 8);
        assertEquals(new Scalar(Tnum.UNKNOWN, -128, 127, 0, -1L, -128, 127, 0, -1), sx);
        assertEquals(Scalar.known(-128), ScalarAlu.movSx(Width.W64, Scalar.known(0x80), 8));
        assertEquals(Scalar.known(0xffff_ff80L), ScalarAlu.movSx(Width.W32, Scalar.known(0x80), 8));
        Scalar small = ScalarAlu.apply(AluOp.AND, Width.W64, Scalar.UNKNOWN, Scalar.known(0x7f));
        assertEquals(small, ScalarAlu.movSx(Width.W64, small, 8));
    }
}
