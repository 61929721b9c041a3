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
}
