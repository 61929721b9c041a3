package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.Program;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelProgram;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * testdata/verifier/logs: each NAME.s with the log the 6.18 kernel wrote for it at levels 1
 * and 2 (NAME.1.log, NAME.2.log; a level whose log shows what bpflab does not model, such as
 * the precision backtracking of an infinite loop at level 2, has no file), loaded as a
 * privileged socket filter. bpflab's log must be
 * the same text, except for the lines of the 6.18 kernel's stack liveness analysis
 * ({@code (0) frame 0 insn 4 +written -8}, {@code (2,5) live stack update done in 2 iterations}, the
 * parenthesised list being the call sites of the frames),
 * which bpflab does not model. The summary line's state statistics are compared too. {@code -Dbpflab.record=true} re-records the logs from the kernel.
 */
class LogGoldenTest {

    static Path dir() {
        return VerifierCases.file("logs");
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".s")).sorted().toList();
        }
    }

    static Program program(Path src) throws IOException {
        Assembly a = Assembler.assemble(Files.readString(src), src.toString(), Dialect.AUTO);
        assertTrue(a.ok(), a::formatDiagnostics);
        return a.program();
    }

    static Path golden(Path src, int level) {
        String name = src.getFileName().toString().replaceFirst("\\.s$", "");
        return src.resolveSibling(name + "." + level + ".log");
    }

    /**
     * Drops the lines of the kernel's stack liveness analysis and its precision marks
     * ({@code R1=P0}), which bpflab does not track.
     */
    static String modelled(String log) {
        return log.lines().filter(l -> !l.matches("\\([\\d,]+\\) .*")).map(l -> l.replaceAll("=P", "="))
            .collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void bpflabWritesTheKernelsLog() throws IOException {
        List<Path> sources = sources();
        assertTrue(sources.size() >= 5, "too few golden logs: " + sources.size());
        for (Path src : sources) {
            for (int level = 1; level <= 2; level++) {
                Path golden = golden(src, level);
                if (!Files.exists(golden)) {
                    continue;
                }
                Verdict v = PathExplorer.verify(program(src), new PathExplorer.Options(true, level));
                assertEquals(modelled(Files.readString(golden)), modelled(v.kernelLog()), golden.toString());
            }
        }
    }

    @Test
    @Tag("kernel")
    void theKernelStillWritesTheRecordedLogs() throws Exception {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        boolean record = Boolean.getBoolean("bpflab.record");
        for (Path src : sources()) {
            for (int level = 1; level <= 2; level++) {
                if (!record && !Files.exists(golden(src, level))) {
                    continue;
                }
                LoadRequest req = LoadRequest.of(program(src), ProgramType.SOCKET_FILTER).withLogLevel(level);
                try (LoadResult r = KernelProgram.load(req)) {
                    if (record) {
                        Files.writeString(golden(src, level), r.log());
                    }
                    assertEquals(Files.readString(golden(src, level)), r.log(), golden(src, level).toString());
                }
            }
        }
    }
}
