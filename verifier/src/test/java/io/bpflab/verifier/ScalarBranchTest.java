package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Width;
import io.bpflab.verifier.ScalarBranch.Outcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Soundness of branch prediction and of each edge's refinement against the concrete
 * comparison, for every condition and width, register and immediate forms; and kernel cases.
 */
class ScalarBranchTest {
    private static final int ROUNDS = 30_000;

    static Stream<Arguments> opsAndWidths() {
        return Stream.of(JmpOp.values())
            .flatMap(op -> Stream.of(Width.W64, Width.W32).map(w -> Arguments.of(op, w)));
    }

    /** Returns whether the outcome was unknown (so refinement was exercised). */
    private static boolean check(JmpOp op, Width w, ScalarGen.Sample a, ScalarGen.Sample b) {
        boolean holds = Concrete.jump(op, w, a.value(), b.value());
        Outcome o = ScalarBranch.isBranchTaken(op, w, a.state(), b.state());
        String what = "%s %s: %s (holding %#x) vs %s (holding %#x)"
            .formatted(op, w, a.state(), a.value(), b.state(), b.value());
        switch (o) {
            case TAKEN -> assertTrue(holds, () -> "predicted taken, is not: " + what);
            case NOT_TAKEN -> assertTrue(!holds, () -> "predicted not taken, is: " + what);
            case UNKNOWN -> {
                ScalarBranch.Refinement ref = ScalarBranch.refine(op, w, a.state(), b.state());
                ScalarBranch.Edge e = holds ? ref.taken() : ref.fallthrough();
                if (!e.dst().contains(a.value()) || !e.src().contains(b.value())) {
                    throw new AssertionError((holds ? "taken" : "fallthrough") + " edge " + e
                        + " misses the values: " + what);
                }
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0} {1} register")
    @MethodSource("opsAndWidths")
    void registerFormIsSound(JmpOp op, Width w) {
        ScalarGen g = new ScalarGen(op.ordinal() * 2L + w.ordinal());
        int refined = 0;
        for (int i = 0; i < ROUNDS; i++) {
            ScalarGen.Sample a = g.sample();
            ScalarGen.Sample b = g.random().nextInt(4) == 0 ? a : g.sample();
            if (g.random().nextInt(4) == 0) {
                // equal values in different states: the edges where JEQ is true
                b = new ScalarGen.Sample(g.around(a.value()), a.value());
            }
            refined += check(op, w, a, b) ? 1 : 0;
        }
        assertTrue(refined > ROUNDS / 10, "too few unknown outcomes to exercise refinement: " + refined);
    }

    @ParameterizedTest(name = "{0} {1} immediate")
    @MethodSource("opsAndWidths")
    void immediateFormIsSound(JmpOp op, Width w) {
        ScalarGen g = new ScalarGen(500 + op.ordinal() * 2L + w.ordinal());
        for (int i = 0; i < ROUNDS; i++) {
            ScalarGen.Sample a = g.sample();
            int imm = g.random().nextInt(3) == 0 ? (int) a.value() + g.random().nextInt(-2, 3) : (int) g.value();
            check(op, w, a, new ScalarGen.Sample(Scalar.known(imm), imm));
        }
    }

    @ParameterizedTest(name = "{0} {1} same register")
    @MethodSource("opsAndWidths")
    void sameRegisterIsSound(JmpOp op, Width w) {
        ScalarGen g = new ScalarGen(900 + op.ordinal() * 2L + w.ordinal());
        for (int i = 0; i < 5000; i++) {
            ScalarGen.Sample a = g.sample();
            boolean holds = Concrete.jump(op, w, a.value(), a.value());
            Outcome o = ScalarBranch.isBranchTaken(op, w, a.state(), a.state());
            if (o == Outcome.UNKNOWN) {
                ScalarBranch.Refinement ref = ScalarBranch.refineSameRegister(op, w, a.state());
                ScalarBranch.Edge e = holds ? ref.taken() : ref.fallthrough();
                assertTrue(e.dst().contains(a.value()) && e.src().equals(e.dst()), () -> op + " " + a);
            } else {
                assertEquals(holds, o == Outcome.TAKEN, () -> op + " " + a);
            }
        }
    }

    private static final Scalar BYTE = ScalarAlu.apply(AluOp.AND, Width.W64, Scalar.UNKNOWN, Scalar.known(0xff));

    @Test
    void predictsFromRanges() {
        assertEquals(Outcome.TAKEN, ScalarBranch.isBranchTaken(JmpOp.JLT, Width.W64, BYTE, Scalar.known(256)));
        assertEquals(Outcome.NOT_TAKEN, ScalarBranch.isBranchTaken(JmpOp.JGT, Width.W64, BYTE, Scalar.known(255)));
        assertEquals(Outcome.UNKNOWN, ScalarBranch.isBranchTaken(JmpOp.JGT, Width.W64, BYTE, Scalar.known(254)));
        assertEquals(Outcome.NOT_TAKEN, ScalarBranch.isBranchTaken(JmpOp.JEQ, Width.W64, BYTE, Scalar.known(256)));
        assertEquals(Outcome.TAKEN, ScalarBranch.isBranchTaken(JmpOp.JNE, Width.W64, BYTE, Scalar.known(-1)));
        assertEquals(Outcome.TAKEN, ScalarBranch.isBranchTaken(JmpOp.JSGE, Width.W64, BYTE, Scalar.known(0)));
        // JMP32 compares the low halves: 0x1_0000_0005 == 5 in 32 bits
        Scalar big = Scalar.known(0x1_0000_0005L);
        assertEquals(Outcome.TAKEN, ScalarBranch.isBranchTaken(JmpOp.JEQ, Width.W32, big, Scalar.known(5)));
        assertEquals(Outcome.NOT_TAKEN, ScalarBranch.isBranchTaken(JmpOp.JEQ, Width.W64, big, Scalar.known(5)));
        // JSET: a known set bit or no possible bit
        Scalar odd = Scalar.of(new Tnum(1, 0xfe), 0, 0xff);
        assertEquals(Outcome.TAKEN, ScalarBranch.isBranchTaken(JmpOp.JSET, Width.W64, odd, Scalar.known(1)));
        assertEquals(Outcome.NOT_TAKEN, ScalarBranch.isBranchTaken(JmpOp.JSET, Width.W64, BYTE, Scalar.known(0x100)));
        assertEquals(Outcome.UNKNOWN, ScalarBranch.isBranchTaken(JmpOp.JSET, Width.W64, BYTE, BYTE));
        // JSET with the constant on the left
        assertEquals(Outcome.TAKEN, ScalarBranch.isBranchTaken(JmpOp.JSET, Width.W64, Scalar.known(1), odd));
        // JEQ with disjoint known bits
        Scalar even = Scalar.of(new Tnum(0, 0xfe), 0, 0xff);
        assertEquals(Outcome.NOT_TAKEN, ScalarBranch.isBranchTaken(JmpOp.JEQ, Width.W64, even, odd));
    }

    @Test
    void refinesBothEdges() {
        // if r1 > 10 on an unknown: fallthrough r1 <= 10, taken r1 >= 11
        ScalarBranch.Refinement ref = ScalarBranch.refine(JmpOp.JGT, Width.W64, Scalar.UNKNOWN, Scalar.known(10));
        assertEquals(new Scalar(new Tnum(0, 0xf), 0, 10, 0, 10, 0, 10, 0, 10), ref.fallthrough().dst());
        assertEquals(11, ref.taken().dst().umin());
        assertEquals(-1L, ref.taken().dst().umax());
        assertTrue(ref.log().isEmpty());
        // a constant compared with itself: the fallthrough of JNE keeps it
        ScalarBranch.Refinement dead = ScalarBranch.refine(JmpOp.JNE, Width.W64, Scalar.known(3).sync(), Scalar.known(3));
        assertEquals(Scalar.known(3), dead.fallthrough().dst());
        // JSET with one bit sets it on the taken edge and clears it on the other
        ScalarBranch.Refinement bit = ScalarBranch.refine(JmpOp.JSET, Width.W64, BYTE, Scalar.known(4));
        assertEquals(new Tnum(4, 0xfb), bit.taken().dst().varOff());
        assertEquals(new Tnum(0, 0xfb), bit.fallthrough().dst().varOff());
        // JNE against the edge of the range shrinks it
        ScalarBranch.Refinement ne = ScalarBranch.refine(JmpOp.JNE, Width.W64, BYTE, Scalar.known(0));
        assertEquals(1, ne.taken().dst().umin());
        assertEquals(Scalar.known(0), ne.fallthrough().dst());
        // JMP32 refines the low half; the upper half's bounds take the low half's limits
        // (kernel: __reg_deduce_mixed_bounds): if w1 < 16 on an unknown r1
        ScalarBranch.Refinement w = ScalarBranch.refine(JmpOp.JLT, Width.W32, Scalar.UNKNOWN, Scalar.known(16));
        assertEquals(15, w.taken().dst().u32max());
        assertEquals(0xffff_ffff_0000_000fL, w.taken().dst().umax());
        assertEquals(new Tnum(0, 0xffff_ffff_0000_000fL), w.taken().dst().varOff());
        // register against register: r1 < r2 with r2 in [0, 255] bounds r1 by 254
        ScalarBranch.Refinement rr = ScalarBranch.refine(JmpOp.JLT, Width.W64, Scalar.UNKNOWN, BYTE);
        assertEquals(254, rr.taken().dst().umax());
        assertEquals(1, rr.taken().src().umin());
    }

    @Test
    void deadEdgeIsLoggedAsTheKernelDoes() {
        // w1 (0x8000004d) >= w2, where w2's known bits leave no value above 0x7d06439b in
        // the low half: prediction cannot tell, the fallthrough edge (w1 < w2) contradicts
        Scalar w1 = Scalar.known(0xffff_ffff_8000_004dL);
        Scalar w2 = new Scalar(new Tnum(0x4944_1d3c_0040_0010L, 0x1_fd37_bfcbL), 5279376806724501520L,
            5279376808817869723L, 5279376806724501520L, 5279376808817869723L, -2143289328, 2104999899, 4194320,
            -42483749);
        assertEquals(Outcome.UNKNOWN, ScalarBranch.isBranchTaken(JmpOp.JGE, Width.W32, w1, w2));
        ScalarBranch.Refinement ref = ScalarBranch.refine(JmpOp.JGE, Width.W32, w1, w2);
        assertEquals(List.of("REG INVARIANTS VIOLATION (false_reg2): range bounds violation"
            + " u64=[0x49441d3c8000004e, 0x49441d3c7d06439b] s64=[0x49441d3c8000004e, 0x49441d3c7d06439b]"
            + " u32=[0x8000004e, 0x7d06439b] s32=[0x400010, 0x7d06439b] var_off=(0x49441d3c00400010, 0xfd37bfcb)"),
            ref.log());
        // the kernel then forgets the bounds of that register, keeping its tnum
        Scalar reset = ref.fallthrough().src();
        assertEquals(Scalar.UNKNOWN.smin(), reset.smin());
        assertEquals(-1L, reset.umax());
        assertEquals(new Tnum(0x4944_1d3c_0040_0010L, 0xfd37_bfcbL), reset.varOff());
    }
}
