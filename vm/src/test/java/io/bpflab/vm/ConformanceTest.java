package io.bpflab.vm;

import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.asm.DataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bpf_conformance suite (313 files, every group: callx and packet included) and the
 * benchmark programs, which are conformance files too, on the interpreter.
 */
class ConformanceTest {

    static List<Path> files(String dir, String glob) throws IOException {
        Path root = Path.of(System.getProperty("bpflab.root", ".")).resolve("../shared").resolve(dir).normalize();
        Assumptions.assumeTrue(Files.isDirectory(root), "shared test files not found at " + root);
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList();
        }
    }

    /** Runs a file; null when it passes, else why not. */
    static String check(Path p) {
        DataFile f = DataFile.parse(p);
        if (!f.ok() || f.program() == null) {
            return "does not assemble: " + f.diagnostics();
        }
        Vm vm = Vm.conformance();
        try {
            long r0 = vm.runConformance(vm.load(f.program(), p.getFileName().toString()), f.mem());
            if (f.expectedError().isPresent()) {
                return "expected error '" + f.expectedError().get() + "', got r0 = 0x" + Long.toHexString(r0);
            }
            if (f.expectedResult().isPresent() && f.expectedResult().getAsLong() != r0) {
                return "r0 = 0x" + Long.toHexString(r0) + ", expected 0x" + Long.toHexString(f.expectedResult().getAsLong());
            }
            return null;
        } catch (BpfFault e) {
            return f.expectedError().isPresent() ? null : e.getMessage();
        }
    }

    @Test
    void everyConformanceFilePasses() throws IOException {
        List<Path> files = files("conformance/tests", ".*\\.data");
        assertEquals(313, files.size());
        List<String> failures = new ArrayList<>();
        for (Path p : files) {
            String why = check(p);
            if (why != null) {
                failures.add(p.getFileName() + ": " + why);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failed:\n" + String.join("\n", failures));
    }

    @Test
    void benchmarkProgramsGiveTheirResults() throws IOException {
        List<Path> files = files("bench", ".*_(k|empty)\\.data");
        assertEquals(4, files.size());
        for (Path p : files) {
            assertNull(check(p), p.getFileName().toString());
        }
    }
}
