package io.bpflab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run the launcher ({@code ./bpflab}) records JDK 25's AOT cache from
 * ({@code -XX:AOTCacheOutput}, JEP 483/514): the commands CI and users call most, on small
 * programs of its own, so that their classes come loaded and linked from the cache at the
 * next start. It writes only to a temporary directory and prints nothing.
 */
public final class AotTraining {

    private AotTraining() {
    }

    static final String SOURCE = """
            .section xdp
            r0 = 0
            r1 = 0
            *(u64 *)(r10 - 8) = r1
            r2 = *(u64 *)(r10 - 8)
            if r2 > 3 goto +1
            r0 = 2
            exit
            """;

    public static void main(String[] args) throws IOException {
        System.exit(run() == expectedRuns() ? 0 : 1);
    }

    /** The number of commands {@link #run} gives exit code 0 or 1 (a verdict, not bad input). */
    static int expectedRuns() {
        return commands(Path.of("x")).size();
    }

    /** Runs every training command; returns how many ended with a verdict (exit 0 or 1). */
    static int run() throws IOException {
        Path dir = Files.createTempDirectory("bpflab-aot");
        try {
            Files.writeString(dir.resolve("p.s"), SOURCE);
            Files.writeString(dir.resolve("bad.s"), "r0 = r5\nexit\n");
            int verdicts = 0;
            for (String[] c : commands(dir)) {
                // as Main.main: the picocli-free path where it applies, else picocli with one subcommand
                PrintWriter none = new PrintWriter(Writer.nullWriter());
                java.util.OptionalInt quick = QuickVerify.run(c, none, none);
                int code;
                if (quick.isPresent()) {
                    code = quick.getAsInt();
                } else {
                    picocli.CommandLine cl = Main.commandLineFor(c);
                    cl.setOut(none);
                    cl.setErr(none);
                    code = cl.execute(c);
                }
                verdicts += code == Cli.OK || code == Cli.NO ? 1 : 0;
            }
            return verdicts;
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<String[]> commands(Path dir) {
        String p = dir.resolve("p.s").toString();
        String bad = dir.resolve("bad.s").toString();
        String obj = dir.resolve("p.o").toString();
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"verify", p, bad});
        out.add(new String[] {"verify", "--json", p});
        out.add(new String[] {"verify", "--format", "sarif", bad});
        out.add(new String[] {"verify", "--format", "junit", p});
        out.add(new String[] {"verify", "--log-level", "2", p});
        out.add(new String[] {"asm", p, "-o", obj});
        out.add(new String[] {"verify", obj});
        out.add(new String[] {"disasm", "--section", "xdp", obj});
        out.add(new String[] {"run", "--packet", "00112233445566778899aabb0800", p});
        return out;
    }
}
