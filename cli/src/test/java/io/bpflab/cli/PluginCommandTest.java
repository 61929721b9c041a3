package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PluginCommandTest {

    private static CliRun plugin(String stdin, String... args) {
        PluginCommand cmd = new PluginCommand();
        cmd.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.US_ASCII));
        picocli.CommandLine cl = Cli.commandLine(cmd);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void programOnStdinMemoryInArgument() {
        // ldxw r0, [r1+0]; exit
        CliRun r = plugin("6110000000000000 9500000000000000", "78563412");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("12345678\n", r.out());
    }

    @Test
    void emptyMemoryAndUbpfsOptionSpelling() {
        assertEquals("7\n", plugin("b700000007000000 9500000000000000", "--interpret", "").out());
    }

    @Test
    void memoryLengthInR2() {
        // mov r0, r2; exit
        assertEquals("3\n", plugin("bf20000000000000 9500000000000000", "aabbcc").out());
    }

    @Test
    void faultGoesToStderrWithExitOne() {
        CliRun r = plugin("6110000000000000 9500000000000000");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("fault at insn 0: read of 4 bytes"), r.err());
    }

    @Test
    void badHexIsExitTwo() {
        assertEquals(2, plugin("zz").exitCode());
        assertEquals(2, plugin("9500000000000000", "--jit", "--interp").exitCode());
    }

    @Test
    void jitGivesTheSameAnswers() {
        assertEquals("12345678\n", plugin("6110000000000000 9500000000000000", "--jit", "78563412").out());
        assertEquals("3\n", plugin("bf20000000000000 9500000000000000", "--jit", "aabbcc").out());
        CliRun r = plugin("6110000000000000 9500000000000000", "--jit");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("fault at insn 0: read of 4 bytes"), r.err());
    }
}
