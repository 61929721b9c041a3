package io.bpflab.cli;

import static io.bpflab.cli.RunCommandTest.res;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TestCommandTest {

    @Test
    void passFailSkipAndSummary() {
        CliRun r = CliRun.of("test", res("xdp_len.data"), res("wrong.data"), res("v4only.data"), "--cpu", "v3");
        assertEquals(1, r.exitCode());
        assertEquals("PASS " + res("xdp_len.data") + "\n"
                + "FAIL " + res("wrong.data") + " (r0 = 0x3, expected 0x4)\n"
                + "SKIP " + res("v4only.data") + " (needs cpu v4)\n"
                + "1 passed, 1 failed, 1 skipped\n", r.out());
    }

    @Test
    void allPassingIsExitZero() {
        CliRun r = CliRun.of("test", res("xdp_len.data"), res("v4only.data"));
        assertEquals(0, r.exitCode());
        assertTrue(r.out().endsWith("2 passed, 0 failed, 0 skipped\n"), r.out());
    }

    @Test
    void faultsFailWithTheirMessage() {
        CliRun r = CliRun.of("test", res("oob.data"));
        assertTrue(r.out().startsWith("FAIL " + res("oob.data") + " (fault at insn 1: read of 8 bytes"), r.out());
    }

    @Test
    void bpflabsVerifierJudgesVerifierSectionsOnItsEngines(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String program = "-- asm\nr0 = r2\nexit\n";
        Path right = dir.resolve("right.data");
        Files.writeString(right, program + "-- verifier\nreject R2 !read_ok\n");
        Path wrongMessage = dir.resolve("wrong-message.data");
        Files.writeString(wrongMessage, program + "-- verifier\nreject invalid shift\n");
        Path wrongVerdict = dir.resolve("wrong-verdict.data");
        Files.writeString(wrongVerdict, program + "-- verifier\naccept\n");
        Path accepted = dir.resolve("accepted.data");
        Files.writeString(accepted, "-- asm\nr0 = 7\nexit\n-- verifier\naccept\n-- result\n0x8\n");
        CliRun r = CliRun.of("test", right.toString(), wrongMessage.toString(), wrongVerdict.toString(),
                accepted.toString());
        assertEquals(1, r.exitCode());
        assertEquals("PASS " + right + "\n"
                + "FAIL " + wrongMessage + " (rejected by bpflab's verifier: R2 !read_ok,"
                + " expected a log with 'invalid shift')\n"
                + "FAIL " + wrongVerdict + " (rejected by bpflab's verifier: R2 !read_ok,"
                + " expected accept)\n"
                // an accepted program goes on to run and meet its -- result
                + "FAIL " + accepted + " (r0 = 0x7, expected 0x8)\n"
                + "1 passed, 3 failed, 0 skipped\n", r.out());
    }

    @Test
    void wholeConformanceSuitePasses() {
        Path suite = Path.of(System.getProperty("bpflab.root", ".")).resolve("../shared/conformance/tests").normalize();
        Assumptions.assumeTrue(Files.isDirectory(suite), "conformance suite not found at " + suite);
        CliRun r = CliRun.of("test", suite.toString());
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().endsWith("313 passed, 0 failed, 0 skipped\n"), r.out().lines().filter(l -> !l.startsWith("PASS")).toList().toString());
    }

    @Test
    void vmTestdataPasses() {
        Path dir = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/vm").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "testdata/vm not found at " + dir);
        CliRun r = CliRun.of("test", dir.toString());
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\d+ passed, 0 failed, 0 skipped\\n"), r.out());
    }

    @Test
    void labTestsWithMapsInLlvmSyntax() {
        CliRun r = CliRun.of("test", res("bad_llvm.data"), res("map_after_wrong.data"));
        assertEquals(1, r.exitCode());
        assertEquals("FAIL " + res("bad_llvm.data") + " (does not assemble: " + res("bad_llvm.data")
                + ":7:7: error: unexpected '=' (expected '!', '(', '+', '-', '~', a character, a name, a number))\n"
                + "FAIL " + res("map_after_wrong.data") + " (map m[00000000] = 0300000000000000, expected 0400000000000000)\n"
                + "0 passed, 2 failed, 0 skipped\n", r.out());
    }

    @Test
    void packetAfterIsCompared() {
        CliRun r = CliRun.of("test", res("packet_after_wrong.data"));
        assertEquals("FAIL " + res("packet_after_wrong.data") + " (packet after the run is ff0102030405060708090a0b1234, "
                + "expected 000102030405060708090a0b1234)\n0 passed, 1 failed, 0 skipped\n", r.out());
    }

    @Test
    void unknownEngineOrFileIsBadInput() {
        assertEquals(2, CliRun.of("test", res("wrong.data"), "--engine", "gpu").exitCode());
        assertEquals(2, CliRun.of("test", "/no/such/file.data").exitCode());
    }
}
