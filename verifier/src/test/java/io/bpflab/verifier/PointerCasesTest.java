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
 * testdata/verifier/{pointer,helper}-cases.txt: programs with pointers, program types, maps
 * and helper calls. bpflab gives every expected verdict, message and processed count, and the
 * running kernel gives the same for every privileged case ({@code -Dbpflab.record=true}
 * rewrites them from the kernel).
 */
class PointerCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"pointer-cases.txt", "helper-cases.txt"})
    void bpflabMeetsEveryExpectation(String file) throws Exception {
        List<PointerCases.Case> cases = PointerCases.read(VerifierCases.file(file));
        assertTrue(cases.size() >= 20, "only " + cases.size() + " cases");
        List<String> wrong = new ArrayList<>();
        int counts = 0;
        for (PointerCases.Case c : cases) {
            Verdict v = c.bpflab();
            VerifierCases.Expected got = new VerifierCases.Expected(v.accepted(), v.processed(), v.message());
            if (got.accepted() != c.expected().accepted() || !got.message().equals(c.expected().message())) {
                wrong.add(c.name() + ": expected " + c.expected().line() + ", bpflab " + got.line());
            } else if (got.processed() == c.expected().processed()) {
                counts++;
            }
        }
        assertEquals(List.of(), wrong);
        // bpflab prunes less than the kernel after helper calls (its precision is static), so a
        // processed count may exceed the kernel's by a little; most are equal
        System.out.println(file + ": " + counts + " of " + cases.size() + " processed counts equal the kernel's");
        assertTrue(counts * 2 >= cases.size(), counts + " of " + cases.size() + " processed counts equal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pointer-cases.txt", "helper-cases.txt"})
    @Tag("kernel")
    void theKernelAgreesWithEveryPrivilegedExpectation(String file) throws Exception {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        if (Boolean.getBoolean("bpflab.record")) {
            PointerCases.record(VerifierCases.file(file));
        }
        List<String> wrong = new ArrayList<>();
        for (PointerCases.Case c : PointerCases.read(VerifierCases.file(file))) {
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
