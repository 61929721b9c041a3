package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The kernel's rendering rules (kernel/bpf/log.c) case by case; the bulk of the rendering is
 * checked against the running kernel by ScalarStatesGoldenTest.
 */
class LogFormatTest {

    @Test
    void constantsPrintSignedDecimalWithinS16AndHexOutside() {
        assertEquals("42", LogFormat.scalar(Scalar.known(42)));
        assertEquals("-1", LogFormat.scalar(Scalar.known(-1)));
        assertEquals("32767", LogFormat.scalar(Scalar.known(32767)));
        assertEquals("0x8000", LogFormat.scalar(Scalar.known(32768)));
        assertEquals("-32768", LogFormat.scalar(Scalar.known(-32768)));
        assertEquals("0xffffffffffff7fff", LogFormat.scalar(Scalar.known(-32769)));
    }

    @Test
    void unknownPrintsEmptyParentheses() {
        assertEquals("scalar()", LogFormat.scalar(Scalar.UNKNOWN));
    }

    @Test
    void precisionAndIds() {
        assertEquals("P7", LogFormat.scalar(Scalar.known(7), true, 3));
        assertEquals("Pscalar(id=3)", LogFormat.scalar(Scalar.UNKNOWN, true, 3));
        Scalar byteRange = Scalar.of(new Tnum(0, 0xff), 0, 0xff);
        assertEquals("scalar(id=2,smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff))",
            LogFormat.scalar(byteRange, false, 2));
        assertEquals("scalar(id=2+4)", LogFormat.scalarLinked(Scalar.UNKNOWN, false, 2, 4));
        assertEquals("scalar(id=2-4,smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff))",
            LogFormat.scalarLinked(byteRange, false, 2, -4));
    }

    @Test
    void negativesAreNotMergedWithNonNegatives() {
        // smin=-1 and umin32... a hex s32 bound is zero-extended, never sign-extended
        Scalar s = new Scalar(Tnum.UNKNOWN, -1, 0x7fff_ffffL, 0, -1L, Integer.MIN_VALUE + 1, -40000, 0, -1);
        assertEquals("scalar(smin=-1,smax=0x7fffffff,smin32=0x80000001,smax32=0xffff63c0)", LogFormat.scalar(s));
        Scalar t = new Scalar(Tnum.UNKNOWN, -5, 5, 0, -1L, -5, 5, 0, -1);
        assertEquals("scalar(smin=smin32=-5,smax=smax32=5)", LogFormat.scalar(t));
    }

    @Test
    void livenessAndRegister() {
        assertEquals("", LogFormat.liveness(false, false, false));
        assertEquals("_w", LogFormat.liveness(false, true, false));
        assertEquals("_rwD", LogFormat.liveness(true, true, true));
        assertEquals("R2_w=scalar()", LogFormat.register(2, LogFormat.liveness(false, true, false),
            LogFormat.scalar(Scalar.UNKNOWN)));
        assertEquals("R0=0", LogFormat.register(0, "", LogFormat.scalar(Scalar.known(0))));
    }

    @Test
    void invariantViolationLine() {
        Scalar s = new Scalar(Tnum.constant(5), 6, 5, 6, 5, 6, 5, 6, 5);
        assertEquals("REG INVARIANTS VIOLATION (alu): range bounds violation u64=[0x6, 0x5] s64=[0x6, 0x5]"
            + " u32=[0x6, 0x5] s32=[0x6, 0x5] var_off=(0x5, 0x0)",
            LogFormat.invariantViolation("alu", s.invariantViolation(), s));
    }
}
