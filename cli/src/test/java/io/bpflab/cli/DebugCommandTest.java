package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden transcripts: each {@code debug/NAME.dbg} is a command script whose first line,
 * {@code # args: FILE [OPTION...]}, gives the command line (paths relative to the script);
 * {@code NAME.dbg.out} is what {@code bpflab debug} prints when the script is piped in.
 */
class DebugCommandTest {

    private static Path dir() throws Exception {
        return Path.of(DebugCommandTest.class.getResource("debug").toURI());
    }

    static CliRun debug(String script, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = Cli.commandLine(new DebugCommand(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8))));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @TestFactory
    Stream<DynamicTest> transcripts() throws Exception {
        Path d = dir();
        List<Path> scripts;
        try (Stream<Path> s = Files.list(d)) {
            scripts = s.filter(p -> p.toString().endsWith(".dbg")).sorted().toList();
        }
        assertFalse(scripts.isEmpty());
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String script = Files.readString(p);
            String first = script.lines().findFirst().orElseThrow();
            assertTrue(first.startsWith("# args: "), p + ": first line names the arguments");
            List<String> args = new ArrayList<>();
            for (String a : first.substring("# args: ".length()).strip().split("\\s+")) {
                args.add(Files.exists(d.resolve(a)) ? d.resolve(a).toString() : a);
            }
            CliRun r = debug(script, args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r.err());
            Path golden = d.resolve(p.getFileName() + ".out");
            if (Boolean.getBoolean("bpflab.updateGolden")) {
                Files.writeString(Path.of("src/test/resources/io/bpflab/cli/debug").resolve(golden.getFileName()), r.out());
            }
            assertEquals(Files.readString(golden), r.out());
        }));
    }

    @Test
    void badInputFailsBeforeThePrompt() throws Exception {
        CliRun r = debug("step\n", dir().resolve("calls.s").toString(), "--mem", "zz");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
    }

    @Test
    void completionOffersCommandsRegistersMapsAndLabels() throws Exception {
        Debugger d = new Debugger(null, RunCommand.Loaded.of(dir().resolve("calls.s"), null, null).program,
                io.bpflab.isa.SourceLines.NONE, p -> null, new PrintWriter(new StringWriter()));
        assertEquals(List.of("step"), d.complete("st"));
        assertEquals(List.of("break", "back"), d.complete("b"));
        assertEquals(List.of("r1", "r10"), d.complete("print r1"));
        assertEquals(List.of("double"), d.complete("break d"));
        assertEquals(List.of("dump"), d.complete("map d"));
    }

    @Test
    void jlineReadsCommandsFromATerminal() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        byte[] keys = "step\nprint r1\nquit\n".getBytes(StandardCharsets.UTF_8);
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(keys), screen, StandardCharsets.UTF_8)) {
            StringWriter out = new StringWriter();
            picocli.CommandLine cl = Cli.commandLine(new DebugCommand(t));
            cl.setOut(new PrintWriter(out, true));
            int code = cl.execute(dir().resolve("calls.s").toString());
            assertEquals(0, code);
            assertTrue(out.toString().contains("r1 = 20 (0x14)"), out.toString());
            assertTrue(screen.toString(StandardCharsets.UTF_8).contains(Debugger.PROMPT), "JLine drew the prompt");
        }
    }
}
