package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.kernel.KernelBpf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The programs the differential suite found (testdata/kernel/differential): bpflab's
 * engines must give the file's {@code -- result} (RFC 9669's answer), and the kernel either
 * that or the answer a {@code # kernel: 0x...} line records for a known kernel divergence;
 * anything else (a kernel fixed, or a new divergence) fails here.
 */
class DifferentialRegressionTest {

    static List<Path> files() throws IOException {
        Path dir = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/kernel/differential").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "testdata/kernel/differential not found at " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".data")).sorted().toList();
        }
    }

    @Test
    void bothEnginesGiveTheRfcResult() throws IOException {
        List<Path> files = files();
        assertFalse(files.isEmpty());
        for (Path f : files) {
            CliRun r = CliRun.of("test", f.toString(), "--engine", "both");
            assertEquals(0, r.exitCode(), r.out());
            assertTrue(r.out().endsWith("2 passed, 0 failed, 0 skipped\n"), r.out());
        }
    }

    @Test
    @Tag("kernel")
    void theKernelGivesTheResultOrItsRecordedAnswer() throws IOException {
        Assumptions.assumeTrue(KernelBpf.availability().isAvailable(), KernelBpf.availability().describe());
        for (Path f : files()) {
            String text = Files.readString(f);
            Optional<String> recorded = text.lines().filter(l -> l.startsWith("# kernel: "))
                    .map(l -> l.substring("# kernel: ".length()).strip()).findFirst();
            List<String> lines = text.lines().toList();
            String result = lines.get(lines.indexOf("-- result") + 1).strip();
            CliRun r = CliRun.of("run", f.toString(), "--engine", "kernel");
            assertEquals(0, r.exitCode(), r.err());
            String r0 = r.out().lines().reduce((a, b) -> b).orElseThrow().substring("r0 = ".length());
            assertTrue(Long.parseUnsignedLong(r0.substring(2), 16) == Long.decode(result)
                    || recorded.isPresent() && r0.equals(recorded.get()),
                    f + ": the kernel says " + r0 + ", the file " + result + " (recorded kernel answer "
                            + recorded.orElse("none") + ")");
        }
    }
}
