package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * bpflab against the running kernel over seeded random pointer-heavy programs
 * ({@link PointerPrograms}): the verdict must agree on at least 99% of them and the first
 * error message on at least 90% of the rejected ones.
 */
class PointerDifferentialTest {
    private static final int PROGRAMS = Integer.getInteger("bpflab.pointerPrograms", 600);

    @Test
    @Tag("kernel")
    void bpflabAgreesWithTheKernel() throws Exception {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        PointerPrograms gen = new PointerPrograms(7);
        int verdicts = 0;
        int rejected = 0;
        int messages = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < PROGRAMS; i++) {
            String src = gen.next();
            PointerCases.Case c = new PointerCases.Case("p" + i, false, "GPL", false, src, null);
            Verdict v = c.bpflab();
            VerifierCases.Expected k = c.kernel();
            if (v.accepted() == k.accepted()) {
                verdicts++;
            }
            if (!k.accepted()) {
                rejected++;
                if (v.message().equals(k.message())) {
                    messages++;
                }
            }
            if (v.accepted() != k.accepted() || !v.message().equals(k.message())) {
                disagreements.add("p" + i + ": kernel " + k.line() + " | bpflab " + (v.accepted() ? "accepted" : "rejected")
                    + " " + v.message() + "\n" + src);
            }
        }
        double verdictRate = 100.0 * verdicts / PROGRAMS;
        double messageRate = rejected == 0 ? 100 : 100.0 * messages / rejected;
        System.out.printf("pointer programs: %d, verdicts agree %.1f%%, first messages agree %.1f%% of %d rejected%n",
            PROGRAMS, verdictRate, messageRate, rejected);
        disagreements.stream().limit(15).forEach(System.out::println);
        assertTrue(verdictRate >= 99, () -> "verdicts agree on " + verdictRate + "%");
        assertTrue(messageRate >= 90, () -> "messages agree on " + messageRate + "%");
    }
}
