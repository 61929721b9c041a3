package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TraceTest {

    private static String golden(String name) throws Exception {
        return Files.readString(Path.of(TraceTest.class.getResource("trace/" + name).toURI()));
    }

    @Test
    void textTraceShowsRegistersAndMemoryWrites() throws Exception {
        CliRun r = CliRun.of("run", RunCommandTest.res("count.s"), "--packet", "000102030405060708090a0b0800", "--trace");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(golden("count.trace"), r.out());
    }

    @Test
    void jsonTraceIsOneObjectPerInstruction() throws Exception {
        CliRun r = CliRun.of("run", RunCommandTest.res("count.s"), "--packet", "000102030405060708090a0b0800", "--trace-json");
        assertEquals(0, r.exitCode(), r.err());
        String dir = Path.of(RunCommandTest.res("count.s")).getParent() + "/";
        assertEquals(golden("count.trace.jsonl"), r.out().replace(dir, ""));
        long objects = r.out().lines().filter(l -> l.startsWith("{\"step\":")).count();
        assertEquals(10, objects, "one object per executed instruction");
    }

    @Test
    void traceOfAFaultEndsAtTheFaultingInstruction() {
        CliRun r = CliRun.of("run", RunCommandTest.res("oob.data"), "--trace");
        assertEquals(1, r.exitCode());
        String[] lines = r.out().split("\n");
        assertTrue(lines[lines.length - 2].startsWith("    1: "), r.out());
        assertTrue(lines[lines.length - 1].startsWith("fault at insn 1"), r.out());
    }
}
