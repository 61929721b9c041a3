package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void versionNamesTheProductAndTheJvm() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("bpflab "), r.out());
        assertTrue(r.out().contains("Java " + Runtime.version().feature()), r.out());
    }

    @Test
    void helpListsTheCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Usage: bpflab"), r.out());
    }

    @Test
    void unknownCommandIsBadUsage() {
        CliRun r = CliRun.of("frobnicate");
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("frobnicate"), r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void noCommandIsBadUsage() {
        CliRun r = CliRun.of();
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("missing command"), r.err());
    }

    @Test
    void atFileArgumentsAreDataFilesNotArgumentFiles() {
        // picocli expands @file into arguments by default; `--packet @frame.hex` must read the frame.
        java.nio.file.Path ex = java.nio.file.Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/examples");
        CliRun r = CliRun.of("run", ex.resolve("xdp_count_tcp.s").toString(),
                "--packet", "@" + ex.resolve("tcp_syn.hex"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("map counts: 00000000 = 0100000000000000\n"), r.out());
        assertTrue(r.out().endsWith("r0 = 0x2\n"), r.out());
    }
}
