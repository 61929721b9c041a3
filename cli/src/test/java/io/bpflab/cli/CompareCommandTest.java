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
                + "             kernel    bpflab\n"
                + "  verdict    accepted  not verified (the interpreter ran it)\n"
                + "  error      -         -\n"
                + "  processed  " + r.out().lines().toList().get(4).substring(13, 21) + "  -\n"
                + "  r0         0x3       0x3\n"
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
    void aRejectionBpflabRunsIsADifference() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("compare", res("wrong.data"), res("shift_high.data"));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("  error      invalid shift 60"), r.out());
        assertTrue(r.out().contains("DIFFER (the kernel rejects it at load; bpflab's interpreter ran it)\n"), r.out());
        assertTrue(r.out().endsWith("1 agree, 1 differ\n"), r.out());
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
