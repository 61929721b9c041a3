package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.InsnGenerator;
import io.bpflab.isa.Program;
import org.junit.jupiter.api.Test;

/**
 * Any program, however wild (every instruction form, random operands and jumps), gets a
 * verdict with a message and a log at every level: the verifier never throws, so the CLI
 * never reports an internal error for it.
 */
class PathExplorerRobustnessTest {

    @Test
    void everyProgramGetsAVerdict() {
        InsnGenerator gen = new InsnGenerator(66);
        for (int n = 0; n < 3000; n++) {
            Program p = gen.program(1 + n % 40);
            for (int level = 0; level <= 2; level++) {
                for (boolean privileged : new boolean[] {true, false}) {
                    Verdict v = PathExplorer.verify(p, new PathExplorer.Options(privileged, level));
                    assertEquals(v.accepted(), v.message().isEmpty(), v::toString);
                    assertEquals(level == 0, v.kernelLog().isEmpty(), v::toString);
                    if (level > 0) {
                        assertTrue(v.kernelLog().contains("processed " + v.processed() + " insns (limit 1000000)"),
                            v.kernelLog());
                    }
                }
            }
        }
    }

    @Test
    void unprivilegedLoadersAreHeldToMore() {
        InsnGenerator gen = new InsnGenerator(67);
        for (int n = 0; n < 2000; n++) {
            Program p = gen.program(1 + n % 30);
            if (!PathExplorer.verify(p, true).accepted()) {
                assertFalse(PathExplorer.verify(p, false).accepted(), p::toString);
            }
        }
    }
}
