package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bpflab.asm.DataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole bpf_conformance suite through the kernel ({@link ConformanceHarness}), each
 * file's outcome compared with testdata/kernel/conformance.expected: {@code PASS name}, or
 * {@code REJECTED name: message} for a program the kernel refuses at load (the out-of-range
 * shift immediates: kernel verifier.c check_alu_op "invalid shift").
 */
@Tag("kernel")
class ConformanceSuiteKernelTest {

    static Path root() {
        return Path.of(System.getProperty("bpflab.root", "."));
    }

    @Test
    void suiteMatchesTheKernelsExpectedOutcomes() throws Exception {
        KernelAssumptions.assumeKernel();
        Path dir = root().resolve("../shared/conformance/tests").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "conformance suite not found at " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".data")).sorted().toList();
        }
        List<String> outcomes = new ArrayList<>();
        int pass = 0;
        int fail = 0;
        int rejected = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String line = outcome(name, DataFile.parse(file));
            outcomes.add(line);
            if (line.startsWith("PASS ")) {
                pass++;
            } else if (line.startsWith("REJECTED ")) {
                rejected++;
            } else {
                fail++;
            }
        }
        System.out.println("conformance suite in the kernel (" + KernelBpf.availability().describe() + "): "
                + files.size() + " files, " + pass + " passed, " + rejected + " rejected at load, " + fail
                + " failed");
        outcomes.stream().filter(l -> !l.startsWith("PASS ")).forEach(l -> System.out.println("  " + l));
        List<String> expected = Files.readAllLines(root().resolve("testdata/kernel/conformance.expected")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(String.join("\n", expected), String.join("\n", outcomes));
    }

    /** One line: PASS, FAIL (with both values), REJECTED (with the kernel's message) or BAD (input). */
    static String outcome(String name, DataFile f) throws Exception {
        if (!f.ok() || f.program() == null) {
            return "BAD " + name + ": " + f.diagnostics();
        }
        ConformanceHarness.Outcome out = ConformanceHarness.run(f.program(), f.mem());
        return switch (out) {
            case ConformanceHarness.Outcome.Rejected r -> "REJECTED " + name + ": " + r.message();
            case ConformanceHarness.Outcome.Returned r -> {
                if (f.expectedResult().isPresent() && f.expectedResult().getAsLong() == r.r0()) {
                    yield "PASS " + name;
                }
                yield "FAIL " + name + ": r0 = 0x" + Long.toHexString(r.r0()) + ", expected "
                        + (f.expectedResult().isPresent() ? "0x" + Long.toHexString(f.expectedResult().getAsLong())
                        : "an error (" + f.expectedError().orElse("none given") + ")");
            }
        };
    }
}
