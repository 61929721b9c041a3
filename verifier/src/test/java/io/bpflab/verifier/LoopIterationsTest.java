package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.Program;
import org.junit.jupiter.api.Test;

/** {@link Verdict#loopIterations()}: how often the exploration walked one back-edge. */
class LoopIterationsTest {

    private static Verdict verify(String source) {
        Program p = Assembler.assemble(source, "t.s", Dialect.LLVM).program();
        return PathExplorer.verify(p, true);
    }

    @Test
    void straightLineCodeHasNone() {
        assertEquals(0, verify("r0 = 0\nif r1 > 3 goto +1\nr0 = 1\nexit\n").loopIterations());
    }

    @Test
    void aKnownLoopIsWalkedOncePerTakenBackEdge() {
        // r1 = 1..9 take the back-edge, r1 = 10 falls through
        assertEquals(9, verify("r0 = 0\nr1 = 0\nr0 += r1\nr1 += 1\nif r1 < 10 goto -3\nexit\n").loopIterations());
        assertEquals(19, verify("r0 = 0\nr1 = 20\nr1 -= 1\nif r1 != 0 goto -2\nexit\n").loopIterations());
    }

    @Test
    void theMostWalkedEdgeCountsNotTheSum() {
        String two = "r0 = 0\nr1 = 0\nr1 += 1\nif r1 < 5 goto -2\nr2 = 0\nr2 += 1\nif r2 < 30 goto -2\nexit\n";
        assertEquals(29, verify(two).loopIterations());
    }

    @Test
    void aRejectedProgramStillReportsItsWalks() {
        Verdict v = verify("r0 = 0\nr1 = 0\nr1 += 1\nif r1 < 50 goto -2\nr0 = r5\nexit\n");
        assertFalse(v.accepted());
        assertEquals(49, v.loopIterations(), v.message());
    }
}
