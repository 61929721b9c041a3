package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * testdata/verifier/loop-cases.txt: bounded loops verified to their exit, infinite loops
 * detected, diamonds pruned. The verdict and message are required of bpflab; the processed
 * count is too, except where the kernel's precision tracking prunes more than bpflab's
 * all-precise comparison (then bpflab's count is larger, never smaller).
 */
class LoopCasesTest {
    private static final String FILE = "loop-cases.txt";

    @Test
    void bpflabMeetsEveryExpectation() throws Exception {
        List<VerifierCases.Case> cases = VerifierCases.read(VerifierCases.file(FILE));
        assertTrue(cases.size() >= 8, "only " + cases.size() + " cases");
        List<String> wrong = new ArrayList<>();
        for (VerifierCases.Case c : cases) {
            Verdict v = c.bpflab();
            VerifierCases.Expected e = c.expected();
            if (v.accepted() != e.accepted() || !v.message().equals(e.message()) || v.processed() < e.processed()) {
                wrong.add(c.name() + ": expected " + e.line() + ", bpflab " + v.accepted() + " " + v.processed()
                    + " " + v.message());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @Tag("kernel")
    void theKernelAgreesWithEveryExpectation() throws Exception {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        if (Boolean.getBoolean("bpflab.record")) {
            VerifierCases.record(VerifierCases.file(FILE));
        }
        List<String> wrong = new ArrayList<>();
        for (VerifierCases.Case c : VerifierCases.read(VerifierCases.file(FILE))) {
            VerifierCases.Expected k = c.kernel();
            if (!k.equals(c.expected())) {
                wrong.add(c.name() + ": expected " + c.expected().line() + ", kernel " + k.line());
            }
        }
        assertEquals(List.of(), wrong);
    }
}
