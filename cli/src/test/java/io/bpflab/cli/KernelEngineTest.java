package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The kernel engine on the shared benchmark programs. */
@Tag("kernel")
class KernelEngineTest {

    static Path bench() {
        Path dir = Path.of(System.getProperty("bpflab.root", ".")).resolve("../shared/bench").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared benchmark programs not found at " + dir);
        return dir;
    }

    @Test
    void benchmarkProgramsAsTests() {
        KernelCli.assumeKernel();
        Path dir = bench();
        CliRun r = CliRun.of("test", dir.toString(), "--engine", "kernel");
        // bench_mem_k's 4 KiB memory is more than an XDP packet's linear part: the memory is a map value.
        // The *_full programs loop more often than the verifier's 1,000,000 processed instructions allow
        // (kernel: verifier.c BPF_COMPLEXITY_LIMIT_INSNS): the kernel refuses them at load.
        String tooLarge = " (rejected at load: BPF program is too large. Processed 1000001 insn)\n";
        assertEquals("FAIL " + dir.resolve("bench_branch_full.data") + tooLarge
                + "PASS " + dir.resolve("bench_branch_k.data") + "\n"
                + "PASS " + dir.resolve("bench_empty.data") + "\n"
                + "FAIL " + dir.resolve("bench_mem_full.data") + tooLarge
                + "PASS " + dir.resolve("bench_mem_k.data") + "\n"
                + "FAIL " + dir.resolve("bench_sum_full.data") + tooLarge
                + "PASS " + dir.resolve("bench_sum_k.data") + "\n"
                + "4 passed, 3 failed, 0 skipped\n", r.out());
    }

    @Test
    void benchOfTheFourKibMemoryProgram() {
        KernelCli.assumeKernel();
        Path file = bench().resolve("bench_mem_k.data");
        CliRun r = CliRun.of("bench", file.toString(), "--engine", "kernel", "--time", "50", "--json");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.getFirst().startsWith("{\"file\":\"" + file + "\",\"engine\":\"kernel\",\"r0\":\"0xbf789980f0780438\""),
                lines.getFirst());
    }
}
