package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Soundness of every tnum operation, exhaustively on every tnum of a few bits (zero- and
 * sign-extended into 64) and on random 64-bit tnums, plus the kernel's own examples.
 */
class TnumTest {
    private static final int BITS = 5;

    /** Every tnum whose bits above {@code bits} are known zero. */
    static List<Tnum> allSmall(int bits) {
        List<Tnum> out = new ArrayList<>();
        int n = 1;
        for (int i = 0; i < bits; i++) {
            n *= 3;
        }
        for (int code = 0; code < n; code++) {
            long value = 0;
            long mask = 0;
            int c = code;
            for (int bit = 0; bit < bits; bit++) {
                switch (c % 3) {
                    case 1 -> value |= 1L << bit;
                    case 2 -> mask |= 1L << bit;
                    default -> { }
                }
                c /= 3;
            }
            out.add(new Tnum(value, mask));
        }
        return out;
    }

    /** The same tnum with its top small bit's trit copied into every higher bit. */
    static Tnum signExtended(Tnum t, int bits) {
        long top = 1L << (bits - 1);
        long high = -1L << bits;
        if ((t.mask() & top) != 0) {
            return new Tnum(t.value(), t.mask() | high);
        }
        if ((t.value() & top) != 0) {
            return new Tnum(t.value() | high, t.mask());
        }
        return t;
    }

    /** Every member of a tnum whose mask has few bits. */
    static long[] members(Tnum t) {
        long m = t.mask();
        long[] out = new long[1 << Long.bitCount(m)];
        int i = 0;
        long s = m;
        while (true) {
            out[i++] = t.value() | s;
            if (s == 0) {
                break;
            }
            s = (s - 1) & m;
        }
        return out;
    }

    /** Members of a small tnum, sign-extended when the tnum was. */
    static long[] membersSignExtended(Tnum small, int bits) {
        long[] ms = members(small);
        int shift = 64 - bits;
        for (int i = 0; i < ms.length; i++) {
            ms[i] = ms[i] << shift >> shift;
        }
        return ms;
    }

    static Tnum randomTnum(SplittableRandom r) {
        long mask = switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> r.nextLong() & r.nextLong() & r.nextLong();
            case 2 -> (1L << r.nextInt(64)) - 1;
            default -> r.nextLong();
        };
        return new Tnum(r.nextLong() & ~mask, mask);
    }

    static long randomMember(SplittableRandom r, Tnum t) {
        return t.value() | (r.nextLong() & t.mask());
    }

    static Stream<Arguments> binaryOps() {
        return Stream.of(
            Arguments.of("add", (BinaryOperator<Tnum>) Tnum::add, (LongBinaryOperator) Long::sum),
            Arguments.of("sub", (BinaryOperator<Tnum>) Tnum::sub, (LongBinaryOperator) (a, b) -> a - b),
            Arguments.of("mul", (BinaryOperator<Tnum>) Tnum::mul, (LongBinaryOperator) (a, b) -> a * b),
            Arguments.of("and", (BinaryOperator<Tnum>) Tnum::and, (LongBinaryOperator) (a, b) -> a & b),
            Arguments.of("or", (BinaryOperator<Tnum>) Tnum::or, (LongBinaryOperator) (a, b) -> a | b),
            Arguments.of("xor", (BinaryOperator<Tnum>) Tnum::xor, (LongBinaryOperator) (a, b) -> a ^ b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryOps")
    void binaryOpIsSoundOnEverySmallTnum(String name, BinaryOperator<Tnum> abs, LongBinaryOperator conc) {
        List<Tnum> all = allSmall(BITS);
        for (Tnum a : all) {
            long[] xs = members(a);
            Tnum sa = signExtended(a, BITS);
            long[] sxs = membersSignExtended(a, BITS);
            for (Tnum b : all) {
                Tnum r = abs.apply(a, b);
                Tnum sr = abs.apply(sa, signExtended(b, BITS));
                long[] ys = members(b);
                long[] sys = membersSignExtended(b, BITS);
                for (int i = 0; i < xs.length; i++) {
                    for (int j = 0; j < ys.length; j++) {
                        long z = conc.applyAsLong(xs[i], ys[j]);
                        if (!r.contains(z)) {
                            throw new AssertionError("%s %s %s = %s misses %d op %d = %d"
                                .formatted(a, name, b, r, xs[i], ys[j], z));
                        }
                        long sz = conc.applyAsLong(sxs[i], sys[j]);
                        if (!sr.contains(sz)) {
                            throw new AssertionError("%s %s %s = %s misses %d op %d = %d (sign-extended)"
                                .formatted(sa, name, b, sr, sxs[i], sys[j], sz));
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryOps")
    void binaryOpIsSoundOnRandom64BitTnums(String name, BinaryOperator<Tnum> abs, LongBinaryOperator conc) {
        SplittableRandom r = new SplittableRandom(name.hashCode());
        for (int i = 0; i < 50_000; i++) {
            Tnum a = randomTnum(r);
            Tnum b = randomTnum(r);
            Tnum res = abs.apply(a, b);
            for (int k = 0; k < 4; k++) {
                long x = randomMember(r, a);
                long y = randomMember(r, b);
                assertTrue(res.contains(conc.applyAsLong(x, y)), () -> a + " " + name + " " + b);
            }
        }
    }

    @Test
    void constantsStayExact() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            long x = r.nextLong();
            long y = r.nextLong();
            Tnum a = Tnum.constant(x);
            Tnum b = Tnum.constant(y);
            assertEquals(Tnum.constant(x + y), a.add(b));
            assertEquals(Tnum.constant(x - y), a.sub(b));
            assertEquals(Tnum.constant(x * y), a.mul(b));
            assertEquals(Tnum.constant(x & y), a.and(b));
            assertEquals(Tnum.constant(x | y), a.or(b));
            assertEquals(Tnum.constant(x ^ y), a.xor(b));
        }
    }

    @Test
    void shiftsAreSound() {
        for (Tnum small : allSmall(BITS)) {
            for (Tnum a : List.of(small, signExtended(small, BITS))) {
                long[] xs = a == small ? members(small) : membersSignExtended(small, BITS);
                for (int s = 0; s < 64; s++) {
                    Tnum l = a.lshift(s);
                    Tnum rs = a.rshift(s);
                    Tnum ar = a.arshift(s, 64);
                    for (long x : xs) {
                        assertTrue(l.contains(x << s));
                        assertTrue(rs.contains(x >>> s));
                        assertTrue(ar.contains(x >> s));
                        if (s < 32) {
                            assertTrue(a.arshift(s, 32).contains(Integer.toUnsignedLong((int) x >> s)));
                        }
                    }
                }
            }
        }
    }

    @Test
    void arshift32TakesTheLowHalfAsSigned() {
        Tnum t = Tnum.constant(0x1_8000_0000L);
        assertEquals(Tnum.constant(0xf800_0000L), t.arshift(4, 32));
        assertEquals(Tnum.constant(0x1800_0000L), t.arshift(4, 64));
        assertEquals(Tnum.constant(0xf800_0000_0000_0000L), Tnum.constant(Long.MIN_VALUE).arshift(4, 64));
    }

    @Test
    void containsIsExactlySubset() {
        List<Tnum> all = allSmall(4);
        for (Tnum a : all) {
            var ga = java.util.Arrays.stream(members(a)).boxed().collect(java.util.stream.Collectors.toSet());
            for (Tnum b : all) {
                boolean subset = java.util.Arrays.stream(members(b)).allMatch(ga::contains);
                assertEquals(subset, a.contains(b), a + " in " + b);
                boolean meets = java.util.Arrays.stream(members(b)).anyMatch(ga::contains);
                assertEquals(meets, a.overlaps(b), a + " overlaps " + b);
                if (meets) {
                    Tnum i = a.intersect(b);
                    for (long x : members(b)) {
                        assertEquals(ga.contains(x), i.contains(x), a + " intersect " + b);
                    }
                }
            }
        }
    }

    @Test
    void unionHoldsBothAndStepFindsTheNextValue() {
        for (Tnum a : allSmall(4)) {
            long[] ms = members(a);
            java.util.Arrays.sort(ms);
            for (Tnum b : allSmall(4)) {
                Tnum u = a.union(b);
                for (long x : ms) {
                    assertTrue(u.contains(x));
                }
                for (long y : members(b)) {
                    assertTrue(u.contains(y));
                }
            }
            long tmax = a.value() | a.mask();
            for (long z = 0; z < 20; z++) {
                long want = tmax;
                for (long x : ms) {
                    if (x > z) {
                        want = x;
                        break;
                    }
                }
                assertEquals(want, a.step(z), a + " step " + z);
            }
        }
        // 64-bit edges: above the largest value, and a known top bit
        assertEquals(-1L, Tnum.UNKNOWN.step(-1L));
        assertEquals(0x8000_0000_0000_0000L, new Tnum(0x8000_0000_0000_0000L, 0xf).step(5));
        assertEquals(0x8000_0000_0000_0004L, new Tnum(0x8000_0000_0000_0000L, 0xc).step(0x8000_0000_0000_0000L));
        assertEquals(0x100, new Tnum(0, 0x101).step(1));
    }

    @Test
    void rangeCoversEveryValueBetween() {
        for (long min = 0; min < 64; min++) {
            for (long max = min; max < 64; max++) {
                Tnum t = Tnum.range(min, max);
                for (long v = min; v <= max; v++) {
                    assertTrue(t.contains(v));
                }
            }
        }
        assertEquals(Tnum.UNKNOWN, Tnum.range(0, -1L));
        assertEquals(Tnum.UNKNOWN, Tnum.range(1, Long.MIN_VALUE));
        assertEquals(Tnum.constant(7), Tnum.range(7, 7));
        assertEquals(new Tnum(0x8000_0000_0000_0000L, 0xff), Tnum.range(0x8000_0000_0000_0000L, 0x8000_0000_0000_00ffL));
    }

    @Test
    void kernelExamples() {
        // tnum.h: tnum_range(0, 2) is {0, 1, 2, *3*}
        assertTrue(Tnum.range(0, 2).contains(3));
        assertTrue(Tnum.range(0, 2).contains(Tnum.constant(3)));
        assertEquals("(0x0; 0x3)", Tnum.range(0, 2).toString());
        // r &= 0xff on an unknown register: var_off=(0x0; 0xff)
        assertEquals(new Tnum(0, 0xff), Tnum.UNKNOWN.and(Tnum.constant(0xff)));
        // tnum.c: intersect says 1 where the two disagree
        assertEquals(Tnum.constant(1), Tnum.constant(0).intersect(Tnum.constant(1)));
        // (x & 0xf0) + 0x10: carries spread into the unknown bits above
        assertEquals(new Tnum(0, 0x1f0), new Tnum(0, 0xf0).add(Tnum.constant(0x10)));
        // multiplying an even unknown by 4 keeps three low zeros
        assertEquals(0, new Tnum(0, 0xe).mul(Tnum.constant(4)).mask() & 0x7);
        // the running kernel's tnum_mul: (r & 0xff | 63) * 0x7fff prints var_off=(0x1f7f01; 0x6000c0)
        assertEquals(new Tnum(0x1f7f01, 0x6000c0), new Tnum(0x3f, 0xc0).mul(Tnum.constant(0x7fff)));
        assertEquals("42", Tnum.constant(42).toString());
        assertEquals("0x10000", Tnum.constant(0x10000).toString());
        assertEquals("0xffffffffffffffff", Tnum.constant(-1).toString());
        assertEquals("(0x10; 0xffffffffffffffe0)", new Tnum(0x10, -32L).toString());
    }

    @Test
    void subregisterOperations() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 20_000; i++) {
            Tnum a = randomTnum(r);
            Tnum b = randomTnum(r);
            long x = randomMember(r, a);
            long y = randomMember(r, b);
            assertTrue(a.subreg().contains(x & 0xffff_ffffL));
            assertTrue(a.clearSubreg().contains(x & 0xffff_ffff_0000_0000L));
            assertTrue(a.withSubreg(b).contains((x & 0xffff_ffff_0000_0000L) | (y & 0xffff_ffffL)));
            assertTrue(a.withConstSubreg((int) y).contains((x & 0xffff_ffff_0000_0000L) | (y & 0xffff_ffffL)));
            for (int size : new int[] {1, 2, 4, 8}) {
                long m = size == 8 ? -1L : (1L << (size * 8)) - 1;
                assertTrue(a.cast(size).contains(x & m));
            }
            assertEquals(a.subreg().isConst(), a.isSubregConst());
        }
    }

    @Test
    void predicates() {
        assertTrue(Tnum.UNKNOWN.isUnknown());
        assertFalse(Tnum.constant(0).isUnknown());
        assertTrue(Tnum.constant(5).equalsConst(5));
        assertFalse(new Tnum(4, 1).equalsConst(4));
        assertTrue(new Tnum(8, 0xf0).isAligned(8));
        assertFalse(new Tnum(8, 0xf4).isAligned(8));
        assertTrue(new Tnum(3, 4).isAligned(0));
        assertEquals("x".repeat(64), Tnum.UNKNOWN.toBinaryString());
        assertEquals("0".repeat(60) + "1x01", new Tnum(0b1001, 0b0100).toBinaryString());
        assertThrows(IllegalArgumentException.class, () -> new Tnum(1, 1));
    }
}
