package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.kernel.KernelBpf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** testdata/labs: the five exercises' tests pass with their solutions; the first attempts fail as they should. */
class LabKitTest {

    static Path labs() {
        return Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/labs").normalize();
    }

    @Test
    void everyLabHasItsFiles() throws Exception {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(labs())) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(List.of("1-hello", "2-counter", "3-drop-port", "4-loop-sum", "5-tracer"),
                dirs.stream().map(d -> d.getFileName().toString()).toList());
        for (Path d : dirs) {
            for (String f : List.of("starter.s", "attempt.s", "solution.s", "attempt.data")) {
                assertTrue(Files.isRegularFile(d.resolve(f)), d + "/" + f);
            }
            try (Stream<Path> s = Files.list(d)) {
                assertTrue(s.anyMatch(p -> p.toString().endsWith(".data") && !p.endsWith("attempt.data")), d + ": a test");
            }
        }
    }

    @Test
    void solutionsPassOnTheInterpreterAndTheJit() {
        CliRun r = CliRun.of("test", "--engine", "both", labs().toString());
        assertEquals(Cli.OK, r.exitCode(), r.out() + r.err());
        // 10 solution tests and the five first attempts (judged by bpflab's verifier) on two engines
        assertTrue(r.out().endsWith("30 passed, 0 failed, 0 skipped\n"), r.out());
    }

    @Test
    void startersAssembleAndRun() throws Exception {
        try (Stream<Path> s = Files.walk(labs())) {
            for (Path starter : s.filter(p -> p.endsWith("starter.s")).sorted().toList()) {
                CliRun r = CliRun.of("cfg", starter.toString());
                assertEquals(Cli.OK, r.exitCode(), starter + ": " + r.err());
            }
        }
    }

    /** bpflab's own verifier gives each first attempt the kernel's last error line and accepts each solution. */
    @Test
    void bpflabsVerifierJudgesTheLabsAsTheKernelDoes() {
        List<String> expected = List.of(
                "1-hello: rejected at insn 5: invalid read from stack R1 off=0 size=7",
                "2-counter: rejected at insn 9: R0 invalid mem access 'map_value_or_null'",
                "3-drop-port: rejected at insn 7: R2 offset is outside of the packet",
                "4-loop-sum: rejected at insn 13: R9 min value is outside of the allowed memory range",
                "5-tracer: rejected at insn 17: BPF_EXIT instruction in main prog would lead to reference leak");
        for (String e : expected) {
            String lab = e.substring(0, e.indexOf(':'));
            CliRun attempt = CliRun.of("verify", labs().resolve(lab).resolve("attempt.s").toString());
            assertEquals(Cli.NO, attempt.exitCode(), attempt.out() + attempt.err());
            assertTrue(attempt.out().contains(e.substring(lab.length() + 2) + " (processed "), attempt.out());
            assertTrue(attempt.out().contains("\nhint: "), "a hint: " + attempt.out());
            CliRun solution = CliRun.of("verify", labs().resolve(lab).resolve("solution.s").toString());
            assertEquals(Cli.OK, solution.exitCode(), solution.out());
        }
    }

    @Test
    void theKernelRejectsEveryFirstAttemptWithItsMessage() {
        var a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP LabKitTest.theKernelRejectsEveryFirstAttemptWithItsMessage: " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        CliRun r = CliRun.of("test", "--engine", "kernel", labs().toString());
        assertEquals(Cli.OK, r.exitCode(), r.out() + r.err());
        for (String lab : List.of("1-hello", "2-counter", "3-drop-port", "4-loop-sum", "5-tracer")) {
            assertTrue(r.out().contains("PASS " + labs().resolve(lab).resolve("attempt.data")), lab + ":\n" + r.out());
        }
        // the kprobe lab's run cannot happen in the kernel (no test_run for kprobes)
        assertTrue(r.out().endsWith("14 passed, 0 failed, 1 skipped\n"), r.out());
    }

    @Test
    void aLabTestNamesAMissingProgramFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path t = dir.resolve("t.data");
        Files.writeString(t, "-- program\nnope.s\n-- result\n0x0\n");
        CliRun r = CliRun.of("test", t.toString());
        assertEquals(Cli.NO, r.exitCode());
        assertTrue(r.out().contains("nope.s: no such file"), r.out());
        Files.writeString(dir.resolve("p.s"), ".map m, array, key=4, value=8, entries=1\nr0 = 0\nexit\n");
        Files.writeString(t, "-- program\np.s\n-- map-init\nm 0102\n-- result\n0x0\n");
        r = CliRun.of("test", t.toString());
        assertTrue(r.out().contains("t.data:4: -- map-init: map m has 8-byte values, got 2 bytes"), r.out());
    }
}
