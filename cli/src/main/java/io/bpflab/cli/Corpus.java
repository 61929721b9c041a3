package io.bpflab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code bpflab verify DIR --recursive}: the programs beneath directories, and the summary
 * of a whole corpus (how many passed, why the others did not, which were the most
 * expensive to verify).
 */
final class Corpus {

    /** What {@code verify} reads in a directory; anything else there is skipped. */
    static final List<String> EXTENSIONS = List.of(".o", ".s", ".bin", ".data");

    private Corpus() {
    }

    /**
     * The files to verify: files as given, and for a directory (with {@code recursive})
     * every file beneath with a {@link #EXTENSIONS verify extension}, in path order so the
     * output is the same from run to run.
     */
    static List<Path> expand(List<Path> args, boolean recursive) {
        List<Path> out = new ArrayList<>();
        for (Path a : args) {
            if (!Files.isDirectory(a)) {
                out.add(a);
                continue;
            }
            if (!recursive) {
                throw new Cli.BadInput(a + ": is a directory (add --recursive to verify every program beneath it)");
            }
            try (Stream<Path> walk = Files.walk(a)) {
                walk.filter(Files::isRegularFile).filter(p -> EXTENSIONS.stream()
                        .anyMatch(e -> p.getFileName().toString().endsWith(e))).sorted().forEach(out::add);
            } catch (IOException | UncheckedIOException e) {
                throw new Cli.BadInput(a + ": cannot list the directory: " + e.getMessage());
            }
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile("0x[0-9a-fA-F]+|\\b-?\\d+\\b");

    /**
     * A rejection message with its numbers (instruction indices, offsets, sizes) replaced
     * by N, so that programs failing the same check fall into one group.
     */
    static String reason(String message) {
        return NUMBER.matcher(message).replaceAll("N");
    }

    /** How many of the slowest and most expensive programs the summary lists. */
    static final int TOP = 5;

    /**
     * The summary table printed after a corpus run: counts, rejections grouped by
     * {@link #reason}, the slowest programs and those with the most processed instructions.
     */
    static String summary(List<VerifiedProgram> programs, int badFiles, long wallNanos, int threads) {
        long accepted = programs.stream().filter(p -> p.verdict().accepted()).count();
        long warned = programs.stream().filter(p -> !p.warnings().isEmpty()).count();
        StringBuilder sb = new StringBuilder("\n");
        sb.append(String.format(Locale.ROOT, "%d programs: %d accepted, %d rejected, %d with warnings; %d unreadable files (%.2f s, %d threads)%n",
                programs.size(), accepted, programs.size() - accepted, warned, badFiles, wallNanos / 1e9, threads));
        Map<String, List<VerifiedProgram>> byReason = new LinkedHashMap<>();
        programs.stream().filter(p -> !p.verdict().accepted())
                .forEach(p -> byReason.computeIfAbsent(reason(p.verdict().message()), k -> new ArrayList<>()).add(p));
        if (!byReason.isEmpty()) {
            sb.append("\nrejected, by reason:\n");
            byReason.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, List<VerifiedProgram>> e) -> -e.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> sb.append(String.format(Locale.ROOT, "%7d  %s%n%9s(e.g. %s)%n", e.getValue().size(),
                            e.getKey(), "", e.getValue().getFirst().where())));
        }
        if (!programs.isEmpty()) {
            sb.append("\nslowest:\n");
            programs.stream().sorted(Comparator.comparingLong(VerifiedProgram::nanos).reversed()).limit(TOP)
                    .forEach(p -> sb.append(String.format(Locale.ROOT, "%10.2f ms  %s%n", p.nanos() / 1e6, p.where())));
            sb.append("\nmost processed instructions:\n");
            programs.stream().sorted(Comparator.comparingInt((VerifiedProgram p) -> p.verdict().processed()).reversed()
                            .thenComparing(VerifiedProgram::where)).limit(TOP)
                    .forEach(p -> sb.append(String.format(Locale.ROOT, "%10d  %s%n", p.verdict().processed(), p.where())));
        }
        return sb.toString();
    }

    /** The summary as one JSON object, the last of {@code --json} lines. */
    static String summaryJson(List<VerifiedProgram> programs, int badFiles, long wallNanos) {
        long accepted = programs.stream().filter(p -> p.verdict().accepted()).count();
        Map<String, Integer> byReason = new LinkedHashMap<>();
        programs.stream().filter(p -> !p.verdict().accepted())
                .forEach(p -> byReason.merge(reason(p.verdict().message()), 1, Integer::sum));
        StringBuilder sb = new StringBuilder("{\"summary\":{\"programs\":").append(programs.size())
                .append(",\"accepted\":").append(accepted)
                .append(",\"rejected\":").append(programs.size() - accepted)
                .append(",\"warnings\":").append(programs.stream().filter(p -> !p.warnings().isEmpty()).count())
                .append(",\"unreadable_files\":").append(badFiles)
                .append(",\"ms\":").append(String.format(Locale.ROOT, "%.1f", wallNanos / 1e6))
                .append(",\"rejected_by_reason\":{");
        boolean first = true;
        for (Map.Entry<String, Integer> e : byReason.entrySet()) {
            sb.append(first ? "" : ",").append(CiReport.str(e.getKey())).append(':').append(e.getValue());
            first = false;
        }
        return sb.append("}}}").toString();
    }

    /**
     * A one-line progress bar on a terminal's stderr, redrawn at most ten times a second;
     * silent when stderr is not a terminal (CI logs), so output stays clean there.
     */
    static final class Progress {
        private final PrintWriter err;
        private final boolean enabled;
        private final int total;
        private int done;
        private int rejected;
        private long lastDraw;

        Progress(PrintWriter err, boolean enabled, int total) {
            this.err = err;
            this.enabled = enabled && total > 1;
            this.total = total;
        }

        /**
         * Whether stderr is a terminal. Java cannot ask that of stderr alone, so the launcher
         * says it ({@code -Dbpflab.stderr.tty}, from {@code [ -t 2 ]}), and output redirected
         * to a file still gets the bar; without the launcher, a terminal console
         * (Console.isTerminal, Java 22: stdin and stdout both terminals) stands in for it.
         */
        static boolean onTerminal() {
            String said = System.getProperty("bpflab.stderr.tty");
            if (said != null) {
                return Boolean.parseBoolean(said);
            }
            java.io.Console c = System.console();
            return c != null && c.isTerminal();
        }

        synchronized void done(boolean accepted) {
            done++;
            rejected += accepted ? 0 : 1;
            long now = System.nanoTime();
            if (enabled && (now - lastDraw > 100_000_000L || done == total)) {
                lastDraw = now;
                err.print("\r" + line());
                err.flush();
            }
        }

        /** The bar as drawn: {@code [#####-----] 512/1024 programs, 3 rejected}. */
        synchronized String line() {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) done * width / total);
            return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total + " programs, "
                    + rejected + " rejected";
        }

        /** Erases the bar so the summary starts on a clean line. */
        synchronized void finish() {
            if (enabled && lastDraw != 0) {
                err.print("\r" + " ".repeat(line().length()) + "\r");
                err.flush();
            }
        }
    }
}
