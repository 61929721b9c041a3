package io.bpflab.cli;

import static io.bpflab.cli.RunCommandTest.res;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code bpflab test --engine jit|both|kernel}. */
class TestEnginesTest {

    @Test
    void bothPrintsOneLinePerEngine() {
        CliRun r = CliRun.of("test", res("xdp_len.data"), res("wrong.data"), res("v4only.data"), "--cpu", "v3",
                "--engine", "both");
        assertEquals(1, r.exitCode());
        assertEquals("PASS " + res("xdp_len.data") + " [interp]\n"
                + "PASS " + res("xdp_len.data") + " [jit]\n"
                + "FAIL " + res("wrong.data") + " [interp] (r0 = 0x3, expected 0x4)\n"
                + "FAIL " + res("wrong.data") + " [jit] (r0 = 0x3, expected 0x4)\n"
                + "SKIP " + res("v4only.data") + " [interp] (needs cpu v4)\n"
                + "SKIP " + res("v4only.data") + " [jit] (needs cpu v4)\n"
                + "2 passed, 2 failed, 2 skipped\n", r.out());
    }

    @Test
    void jitAloneChecksMapsAndPackets() {
        CliRun r = CliRun.of("test", res("map_after_wrong.data"), res("packet_after_wrong.data"), res("oob.data"),
                "--engine", "jit");
        assertEquals(1, r.exitCode());
        List<String> lines = r.out().lines().toList();
        assertEquals("FAIL " + res("map_after_wrong.data") + " (map m[00000000] = 0300000000000000, expected 0400000000000000)",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("FAIL " + res("packet_after_wrong.data") + " (packet after the run is ff01"),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("FAIL " + res("oob.data") + " (fault at insn 1: read of 8 bytes"), lines.get(2));
    }

    @Test
    void wholeConformanceSuitePassesOnBothEngines() {
        Path suite = Path.of(System.getProperty("bpflab.root", ".")).resolve("../shared/conformance/tests").normalize();
        Assumptions.assumeTrue(Files.isDirectory(suite), "conformance suite not found at " + suite);
        CliRun r = CliRun.of("test", suite.toString(), "--engine", "both");
        assertEquals(0, r.exitCode(), r.out().lines().filter(l -> !l.startsWith("PASS")).toList().toString());
        assertTrue(r.out().endsWith("626 passed, 0 failed, 0 skipped\n"), r.out());
    }

    @Test
    void vmTestdataPassesOnTheJit() {
        Path dir = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/vm").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "testdata/vm not found at " + dir);
        CliRun r = CliRun.of("test", dir.toString(), "--engine", "jit");
        assertEquals(0, r.exitCode(), r.out());
    }

    @Test
    @Tag("kernel")
    void kernelPassesFailsSkipsAndNamesTheRejection() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("test", res("xdp_len.data"), res("wrong.data"), res("shift_high.data"), res("map_after_wrong.data"),
                "--engine", "kernel");
        assertEquals(1, r.exitCode());
        assertEquals("PASS " + res("xdp_len.data") + "\n"
                + "FAIL " + res("wrong.data") + " (r0 = 0x3, expected 0x4)\n"
                + "FAIL " + res("shift_high.data") + " (rejected at load: invalid shift 60)\n"
                + "SKIP " + res("map_after_wrong.data") + " (the kernel cannot test-run kprobe programs: "
                + "BPF_PROG_TEST_RUN: ENOTSUPP (Operation is not supported))\n"
                + "1 passed, 2 failed, 1 skipped\n", r.out());
    }

    @Test
    @Tag("kernel")
    void conformanceSuiteInTheKernel() {
        KernelCli.assumeKernel();
        Path suite = Path.of(System.getProperty("bpflab.root", ".")).resolve("../shared/conformance/tests").normalize();
        Assumptions.assumeTrue(Files.isDirectory(suite), "conformance suite not found at " + suite);
        CliRun r = CliRun.of("test", suite.toString(), "--engine", "kernel");
        List<String> notPassed = r.out().lines().filter(l -> !l.startsWith("PASS")).toList();
        // kernel: verifier.c check_alu_op refuses shift immediates outside 0..width-1 (12 files),
        // and the kernel has no callx
        assertEquals(14, notPassed.size(), notPassed.toString());
        assertEquals(12, notPassed.stream().filter(l -> l.contains("(rejected at load: invalid shift ")).count());
        assertTrue(notPassed.contains("FAIL " + suite.resolve("callx.data") + " (rejected at load: unknown opcode 8d)"));
        assertEquals("300 passed, 13 failed, 0 skipped", notPassed.getLast());
    }

    @Test
    @Tag("kernel")
    void kernelSkipsTypesItCannotTestRun() {
        KernelCli.assumeKernel();
        Path file = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/vm/pid_tgid.data").normalize();
        Assumptions.assumeTrue(Files.exists(file), file + " not found");
        CliRun r = CliRun.of("test", file.toString(), "--engine", "kernel");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("SKIP " + file + " (the kernel cannot test-run kprobe programs: BPF_PROG_TEST_RUN: ENOTSUPP"),
                r.out());
    }

    @Test
    @Tag("kernel")
    void kernelJudgesVerifierSections(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("test", res("verifier_reject.data"), res("verifier_accept.data"), "--engine", "kernel");
        assertEquals(0, r.exitCode(), r.out());
        assertEquals("2 passed, 0 failed, 0 skipped", r.out().lines().toList().getLast());
        String reject = Files.readString(Path.of(res("verifier_reject.data")));
        Path accept = dir.resolve("accept.data");
        Files.writeString(accept, reject.replace("reject R2 offset is outside of the packet", "accept"));
        Path other = dir.resolve("other.data");
        Files.writeString(other, reject.replace("R2 offset is outside of the packet", "invalid mem access"));
        Path verb = dir.resolve("verb.data");
        Files.writeString(verb, reject.replace("reject R2 offset is outside of the packet", "maybe"));
        Path accepted = dir.resolve("accepted.data");
        Files.writeString(accepted, Files.readString(Path.of(res("verifier_accept.data"))).replace("accept", "reject"));
        CliRun wrong = CliRun.of("test", accept.toString(), other.toString(), verb.toString(), accepted.toString(),
                "--engine", "kernel");
        assertEquals(1, wrong.exitCode());
        assertEquals("FAIL " + accept + " (rejected at load: R2 offset is outside of the packet, expected accept)\n"
                + "FAIL " + other + " (rejected at load: R2 offset is outside of the packet, expected a log with "
                + "'invalid mem access')\n"
                + "FAIL " + verb + " (-- verifier: expected 'accept' or 'reject MESSAGE', got 'maybe')\n"
                + "FAIL " + accepted + " (accepted at load, expected reject)\n"
                + "0 passed, 4 failed, 0 skipped\n", wrong.out());
    }

    @Test
    void bpflabsVerifierJudgesVerifierSectionsOnBpflabsEngines() {
        CliRun r = CliRun.of("test", res("verifier_accept.data"), res("verifier_reject.data"), "--engine", "both");
        assertEquals(Cli.OK, r.exitCode(), r.out());
        assertEquals("PASS " + res("verifier_accept.data") + " [interp]\n"
                + "PASS " + res("verifier_accept.data") + " [jit]\n"
                + "PASS " + res("verifier_reject.data") + " [interp]\n"
                + "PASS " + res("verifier_reject.data") + " [jit]\n"
                + "4 passed, 0 failed, 0 skipped\n", r.out());
    }

    @Test
    @Tag("kernel")
    void kernelRunsRawTracepointsWithTheirArgumentsOnly() {
        KernelCli.assumeKernel();
        Path file = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/vm/raw_tp_args.data").normalize();
        Assumptions.assumeTrue(Files.exists(file), file + " not found");
        CliRun r = CliRun.of("test", file.toString(), "--engine", "kernel");
        assertEquals("PASS " + file + "\n1 passed, 0 failed, 0 skipped\n", r.out());
    }

    @Test
    void kernelUnavailableSkipsEveryTestWithTheReason() {
        CliRun r = KernelCli.withoutKernel("test", res("xdp_len.data"), res("wrong.data"), "--engine", "kernel");
        assertEquals(0, r.exitCode());
        assertEquals("SKIP " + res("xdp_len.data") + " (" + KernelCli.REASON + ")\n"
                + "SKIP " + res("wrong.data") + " (" + KernelCli.REASON + ")\n"
                + "0 passed, 0 failed, 2 skipped\n", r.out());
    }
}
