package io.bpflab.cli;

import static io.bpflab.cli.RunCommandTest.res;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CompareCommandTest {

    @Test
    @Tag("kernel")
    void agreeingProgramSideBySide() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("compare", res("wrong.data"));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(res("wrong.data") + "\n"
                + "             kernel                        bpflab\n"
                + "  verdict    accepted                      accepted\n"
                + "  error      -                             -\n"
                + "  processed  6 insns (with the harness's)  2 insns\n"
                + "  run        ran                           ran (interpreter)\n"
                + "  r0         0x3                           0x3\n"
                + "AGREE\n\n", r.out());
    }

    @Test
    @Tag("kernel")
    void mapsAreCompared() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("compare", res("count.s"), "--packet", "000102030405060708090a0b0800");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("  map counts[01000000]  0500000000000000  0500000000000000\n"), r.out());
        assertTrue(r.out().contains("  r0                    0x2               0x2 (low 32 bits 0x2)\n"), r.out());
        assertTrue(r.out().endsWith("AGREE\n\n"), r.out());
    }

    @Test
    @Tag("kernel")
    void bothVerifiersRejectingAgree() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("compare", res("wrong.data"), res("shift_high.data"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("  verdict    rejected (EINVAL (Invalid argument))  rejected at insn 1\n"
                + "  error      invalid shift 60                      invalid shift 60\n"), r.out());
        assertTrue(r.out().endsWith("2 agree, 0 differ\n"), r.out());
    }

    @Test
    @Tag("kernel")
    void verdictsThatDifferAreADifference(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        KernelCli.assumeKernel();
        // egress cgroup/skb programs may return 0 to 3 (kernel: check_return_code); bpflab's verifier
        // does not know expected attach types yet and allows 0 or 1
        java.nio.file.Path ret = dir.resolve("ret.s");
        java.nio.file.Files.writeString(ret, ".section \"cgroup_skb/egress\"\nr0 = 2\nexit\n");
        CliRun r = CliRun.of("compare", ret.toString(), "--packet", "4500001400000000400600007f0000017f000001");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().endsWith("DIFFER (the kernel accepts it, bpflab's verifier rejects it)\n\n"), r.out());
    }

    @Test
    @Tag("kernel")
    void aRejectionBpflabCannotJudgeButRunsIsADifference(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        KernelCli.assumeKernel();
        // with memory bpflab's verifier is not asked; the interpreter masks the shift the kernel refuses
        java.nio.file.Path oob = dir.resolve("shift.data");
        java.nio.file.Files.writeString(oob, "-- asm\nmov %r0, 1\nlsh32 %r0, 60\nexit\n-- mem\n00 01\n");
        CliRun r = CliRun.of("compare", oob.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().endsWith("DIFFER (the kernel rejects it at load; bpflab's interpreter ran it)\n\n"), r.out());
    }

    @Test
    @Tag("kernel")
    void badInputIsExitTwo() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("compare", res("count.s"));
        assertEquals(2, r.exitCode());
        assertEquals("bpflab compare: " + res("count.s") + ": xdp programs need a packet (--packet)\n", r.err());
        assertEquals(2, CliRun.of("compare", "/no/such/file.data").exitCode());
    }

    @Test
    void kernelUnavailableIsExitTwoWithTheReason() {
        CliRun r = KernelCli.withoutKernel("compare", res("wrong.data"));
        assertEquals(2, r.exitCode());
        assertEquals("bpflab compare: the kernel engine is unavailable: " + KernelCli.REASON + "\n", r.err());
    }
}
