package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelRun;
import io.bpflab.kernel.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * testdata/hints: each NAME.s is a program the kernel rejects, headed by the error lines the
 * running kernel printed for it ({@code # kernel: ...}) and the hint that explains the last
 * one ({@code # hint: ID}, checked by the verifier module's HintsTest). This test loads every
 * program into the running kernel and checks that the recorded lines are what it prints
 * now; {@code -Dbpflab.record=true} rewrites them.
 */
@Tag("kernel")
class HintCasesKernelTest {

    static Path dir() {
        return Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/hints").normalize();
    }

    /** The error lines at the end of a kernel log: after the last instruction, without statistics and state dumps. */
    static List<String> errorLines(String log) {
        List<String> lines = log.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\d+: .*")) {
                last = i;
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lines.subList(last + 1, lines.size())) {
            if (!l.matches("(processed |verification time |stack depth |cur state:|old state:|mark_precise|from \\d+ to ).*")) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void recordedMessagesAreTheKernelsOwn() throws Exception {
        var a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir())) {
            files = s.filter(p -> p.toString().endsWith(".s")).sorted().toList();
        }
        assertTrue(files.size() >= 35, "cases: " + files.size());
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            RunCommand.Loaded in = RunCommand.Loaded.of(f, null, null);
            KernelRun.Report r = KernelEngine.run(in, new byte[0], new byte[64], new byte[0], Map.of(), 1);
            assertEquals(LoadResult.Verdict.REJECTED, r.verdict(), f + " must be rejected");
            List<String> live = errorLines(r.log());
            List<String> text = Files.readAllLines(f);
            List<String> recorded = text.stream().filter(l -> l.startsWith("# kernel: ")).map(l -> l.substring(10)).toList();
            if (Boolean.getBoolean("bpflab.record")) {
                List<String> body = new ArrayList<>();
                live.forEach(l -> body.add("# kernel: " + l));
                text.stream().filter(l -> !l.startsWith("# kernel: ")).forEach(body::add);
                Files.write(f, body);
            } else if (!recorded.equals(live)) {
                wrong.add(f.getFileName() + ": recorded " + recorded + ", the kernel says " + live);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
