package io.bpflab.vm;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The cases DESIGN §5 pins, on the shared semantics both engines call. */
class SemanticsTest {

    @Test
    void divisionByZero() {
        assertEquals(0, Semantics.div64(5, 0));
        assertEquals(0, Semantics.div32(5, 0x1_0000_0000L), "the 32-bit divisor is the low half: zero");
        assertEquals(5, Semantics.mod64(5, 0));
        assertEquals(5, Semantics.mod32(0xffff_ffff_0000_0005L, 0), "mod32 by zero keeps the low half, zero-extended");
        assertEquals(0, Semantics.sdiv64(-5, 0));
        assertEquals(-5, Semantics.smod64(-5, 0));
        assertEquals(0xffff_fffbL, Semantics.smod32(-5, 0));
    }

    @Test
    void signedOverflow() {
        assertEquals(Long.MIN_VALUE, Semantics.sdiv64(Long.MIN_VALUE, -1));
        assertEquals(0, Semantics.smod64(Long.MIN_VALUE, -1));
        assertEquals(0x8000_0000L, Semantics.sdiv32(Integer.MIN_VALUE, -1));
        assertEquals(0, Semantics.smod32(Integer.MIN_VALUE, -1));
        assertEquals(-1, Semantics.smod64(-7, 3), "the sign follows the dividend");
        assertEquals(1, Semantics.smod64(7, -3));
    }

    @Test
    void unsignedDivisionIsUnsigned() {
        assertEquals(Long.MAX_VALUE, Semantics.div64(-2, 2));
        assertEquals(0x7fff_ffffL, Semantics.div32(-2, 2));
    }

    @Test
    void shiftsAreMasked() {
        assertEquals(2, Semantics.lsh64(1, 65));
        assertEquals(2, Semantics.lsh32(1, 33));
        assertEquals(0xffff_ffffL, Semantics.arsh32(0x8000_0000L, 63));
        assertEquals(1, Semantics.rsh64(Long.MIN_VALUE, 127));
    }

    @Test
    void alu32ZeroExtends() {
        assertEquals(0, Semantics.add32(0xffff_ffffL, 1));
        assertEquals(0xffff_ffffL, Semantics.sub32(0, 1));
        assertEquals(0x8000_0000L, Semantics.neg32(0x8000_0000L));
        assertEquals(0xffff_ff80L, Semantics.sext32(0x80, 8));
        assertEquals(-128, Semantics.sext(0x80, 8));
    }

    @Test
    void byteSwapsTruncate() {
        assertEquals(0x3412, Semantics.swap(0x1122_3344_5566_1234L, 16));
        assertEquals(0x1234, Semantics.le(0x1122_3344_5566_1234L, 16));
        assertEquals(0x5566_1234L, Semantics.le(0x1122_3344_5566_1234L, 32));
        assertEquals(0x3412_6655_4433_2211L, Semantics.swap(0x1122_3344_5566_1234L, 64));
    }

    @Test
    void jump32ComparesLowHalvesUnsignedAndSigned() {
        assertTrue(Semantics.jgt32(0xffff_ffffL, 1));
        assertFalse(Semantics.jsgt32(0xffff_ffffL, 1));
        assertTrue(Semantics.jeq32(0x1_0000_0000L, 0));
        assertTrue(Semantics.jset64(0x1_0000_0000L, 0x1_0000_0000L));
        assertFalse(Semantics.jset32(0x1_0000_0000L, 0x1_0000_0000L));
    }

    @Test
    void atomicsReturnTheOldValue() {
        Memory m = new Memory(16);
        Region r = Region.of("cell", new byte[8], true);
        long a = m.map(r);
        long[] regs = new long[16];
        regs[1] = a;
        regs[2] = 0xff;
        m.store64(a, 0x0f);
        Semantics.atomic(m, regs, 1, 2, 0, 8, 0x51);
        assertEquals(0x0f, regs[2], "fetch_and returns the old value");
        assertEquals(0x0f, m.load64(a));
        regs[0] = 0x0f;
        regs[2] = 9;
        Semantics.atomic(m, regs, 1, 2, 0, 4, 0xf1);
        assertEquals(0x0f, regs[0]);
        assertEquals(9, m.load64(a), "cmpxchg32 exchanged: the low halves were equal");
        regs[2] = 3;
        Semantics.atomic(m, regs, 1, 2, 0, 8, 0xe1);
        assertEquals(9, regs[2]);
        assertEquals(3, m.load64(a));
    }
}
