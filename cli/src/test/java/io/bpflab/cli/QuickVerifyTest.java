package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picocli-free path of {@code verify} prints what picocli's does, and leaves everything else to picocli. */
class QuickVerifyTest {

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome quick(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt code = QuickVerify.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(code.isPresent(), "not handled: " + List.of(args));
        return new Outcome(code.getAsInt(), out.toString(), err.toString());
    }

    private static Outcome picocli(String... args) {
        CliRun r = CliRun.of(args);
        return new Outcome(r.exitCode(), r.out(), r.err());
    }

    @Test
    void bothPathsPrintTheSame() throws Exception {
        String ok = write("ok.s", "r0 = 0\nexit\n");
        String bad = write("bad.s", ".section xdp\nr0 = r5\nexit\n");
        String deep = write("deep.s", "r1 = 0\n*(u64 *)(r10 - 480) = r1\nr0 = 0\nexit\n");
        String broken = write("broken.s", "r0 = frob\nexit\n");
        String missing = dir.resolve("missing.s").toString();
        List<String[]> calls = new ArrayList<>();
        calls.add(new String[] {"verify", ok});
        calls.add(new String[] {"verify", ok, bad, deep});
        calls.add(new String[] {"verify", "--json", ok, bad});
        calls.add(new String[] {"verify", "--format", "SARIF", bad, deep});
        calls.add(new String[] {"verify", "--format", "junit", "--fail-on", "warning", deep});
        calls.add(new String[] {"verify", "--log-level", "2", "--unpriv", bad});
        calls.add(new String[] {"verify", "--type", "xdp", "--section", "xdp", bad});
        calls.add(new String[] {"verify", broken, ok});
        calls.add(new String[] {"verify", missing});
        calls.add(new String[] {"verify", dir.toString()});
        calls.add(new String[] {"verify", "-r", "--json", dir.toString()});
        for (String[] c : calls) {
            Outcome q = quick(c);
            Outcome p = picocli(c);
            assertEquals(p.code(), q.code(), List.of(c).toString());
            assertEquals(p.out().replaceAll("\"ms\":[0-9.]+", "ms").replaceAll("\\(\\d+\\.\\d+ s, ", "("),
                    q.out().replaceAll("\"ms\":[0-9.]+", "ms").replaceAll("\\(\\d+\\.\\d+ s, ", "("), List.of(c).toString());
            assertEquals(p.err(), q.err(), List.of(c).toString());
        }
    }

    @Test
    void everythingElseIsPicocliS() {
        for (String[] c : List.of(new String[] {"verify"}, new String[] {"verify", "--help"},
                new String[] {"verify", "--kernel", "x.s"}, new String[] {"verify", "--format", "xml", "x.s"},
                new String[] {"verify", "--log-level", "3", "x.s"}, new String[] {"verify", "--format"},
                new String[] {"verify", "--format=sarif", "x.s"}, new String[] {"verify", "--json"},
                new String[] {"verify", "--btf", "vmlinux", "x.o"}, new String[] {"run", "x.s"},
                new String[] {"--version"}, new String[] {})) {
            assertNull(QuickVerify.parse(c), List.of(c).toString());
        }
        assertNotNull(QuickVerify.parse(new String[] {"verify", "--fail-on", "Warning", "-r", "x"}));
    }

    private String write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }
}
