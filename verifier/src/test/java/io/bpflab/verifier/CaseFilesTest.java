package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The case files of testdata/verifier written since frames came in (StackCasesTest's
 * format): bpflab gives every expected verdict, message and processed count, and the running
 * kernel gives the same for every privileged case.
 */
class CaseFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"call-cases.txt", "may-goto-cases.txt"})
    void bpflabMeetsEveryExpectation(String file) throws Exception {
        List<VerifierCases.Case> cases = VerifierCases.read(VerifierCases.file(file));
        assertTrue(cases.size() >= 5, "only " + cases.size() + " cases");
        List<String> wrong = new ArrayList<>();
        for (VerifierCases.Case c : cases) {
            Verdict v = c.bpflab();
            VerifierCases.Expected got = new VerifierCases.Expected(v.accepted(), v.processed(), v.message());
            if (!got.equals(c.expected())) {
                wrong.add(c.name() + ": expected " + c.expected().line() + ", bpflab " + got.line());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call-cases.txt", "may-goto-cases.txt"})
    @Tag("kernel")
    void theKernelAgreesWithEveryPrivilegedExpectation(String file) throws Exception {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        if (Boolean.getBoolean("bpflab.record")) {
            VerifierCases.record(VerifierCases.file(file));
        }
        List<String> wrong = new ArrayList<>();
        for (VerifierCases.Case c : VerifierCases.read(VerifierCases.file(file))) {
            if (c.unprivileged()) {
                continue;
            }
            VerifierCases.Expected k = c.kernel();
            if (!k.equals(c.expected())) {
                wrong.add(c.name() + ": expected " + c.expected().line() + ", kernel " + k.line());
            }
        }
        assertEquals(List.of(), wrong);
    }
}
