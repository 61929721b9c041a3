package io.bpflab.cli;

import static io.bpflab.cli.RunCommandTest.res;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static final String JSON = "\\{\"file\":\"%s\",\"engine\":\"%s\",\"r0\":\"%s\",\"runs\":[1-9]\\d*,"
            + "\"ns_per_run\":\\d+\\.\\d,\"insns_per_run\":%s}";

    @Test
    void jsonOneObjectPerProgramAndEngine() {
        CliRun r = KernelCli.withoutKernel("bench", res("wrong.data"), res("xdp_len.data"), "--json", "--time", "20");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).matches(JSON.formatted(res("wrong.data"), "interp", "0x3", "2")), lines.get(0));
        assertTrue(lines.get(1).matches(JSON.formatted(res("wrong.data"), "jit", "0x3", "2")), lines.get(1));
        assertTrue(lines.get(2).matches(JSON.formatted(res("xdp_len.data"), "interp", "0x10", "5")), lines.get(2));
        assertTrue(lines.get(3).matches(JSON.formatted(res("xdp_len.data"), "jit", "0x10", "5")), lines.get(3));
        assertEquals("bpflab bench: no kernel column: " + KernelCli.REASON + "\n", r.err());
    }

    @Test
    void tableWithRatios() {
        CliRun r = CliRun.of("bench", res("wrong.data"), "--engine", "jit", "--time", "20");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("file +engine +r0 +runs +ns/run +insns/run +ns/insn"), lines.get(0));
        assertTrue(lines.get(1).matches(".*wrong\\.data +jit +0x3 +\\d+ +\\d+\\.\\d +2 +\\d+\\.\\d\\d"), lines.get(1));
        CliRun both = KernelCli.withoutKernel("bench", res("wrong.data"), "--time", "20");
        assertTrue(both.out().lines().toList().get(3).matches("  jit is \\d+\\.\\dx faster than interp"), both.out());
    }

    @Test
    @Tag("kernel")
    void kernelRowThroughTestRunRepeat() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("bench", res("wrong.data"), "--engine", "kernel", "--time", "20", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches(JSON.formatted(res("wrong.data"), "kernel", "0x3", "2") + "\n"), r.out());
        CliRun all = CliRun.of("bench", res("wrong.data"), "--time", "20");
        assertTrue(all.out().contains("jit takes "), all.out());
        assertTrue(all.out().contains("x the kernel's time"), all.out());
    }

    @Test
    @Tag("kernel")
    void kernelRejectionIsExitOne() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("bench", res("shift_high.data"), "--engine", "kernel", "--time", "20");
        assertEquals(1, r.exitCode());
        assertEquals(res("shift_high.data") + " [kernel]: rejected at load: invalid shift 60\n", r.err());
    }

    @Test
    @Tag("kernel")
    void aKernelRowThatCannotBeMeasuredLeavesTheOthers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        KernelCli.assumeKernel();
        // kernel: trie_alloc wants BPF_F_NO_PREALLOC on an lpm_trie; bpflab's maps do not care
        java.nio.file.Path prog = dir.resolve("len.data");
        java.nio.file.Files.writeString(prog, "-- maps\n.map t, lpm_trie, key=8, value=8, entries=4\n"
                + "-- asm\nr0 = r2\nexit\n-- mem\n00 00\n");
        CliRun r = CliRun.of("bench", prog.toString(), "--time", "20", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
        assertEquals(prog + " [kernel]: not measured: " + prog + ": kernel: BPF_MAP_CREATE: EINVAL (Invalid argument): map t"
                + " (lpm_trie, key 8, value 8, entries 4)\n",
                r.err());
        assertEquals(2, CliRun.of("bench", prog.toString(), "--time", "20", "--engine", "kernel").exitCode());
    }

    @Test
    void faultIsExitOneAndBadInputExitTwo() {
        CliRun fault = CliRun.of("bench", res("oob.data"), "--engine", "interp", "--time", "20");
        assertEquals(1, fault.exitCode());
        assertTrue(fault.err().startsWith(res("oob.data") + " [interp]: fault at insn 1: read of 8 bytes"), fault.err());
        assertEquals("", fault.out(), "no table without a row");
        assertEquals(2, CliRun.of("bench", res("wrong.data"), "--time", "0").exitCode());
        assertEquals(2, CliRun.of("bench", "/no/such/file.s").exitCode());
        CliRun noKernel = KernelCli.withoutKernel("bench", res("wrong.data"), "--engine", "kernel");
        assertEquals(2, noKernel.exitCode());
        assertEquals("bpflab bench: the kernel engine is unavailable: " + KernelCli.REASON + "\n", noKernel.err());
    }
}
