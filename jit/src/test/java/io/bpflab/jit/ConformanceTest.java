package io.bpflab.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.asm.DataFile;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bpf_conformance suite (313 files) and the benchmark programs on both engines. */
class ConformanceTest {

    static List<Path> files(String dir, String glob) throws IOException {
        Path root = Path.of(System.getProperty("bpflab.root", "..")).resolve("../shared").resolve(dir).normalize();
        Assumptions.assumeTrue(Files.isDirectory(root), "shared test files not found at " + root);
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList();
        }
    }

    /** Runs a file on {@code engine}; null when it passes, else why not. */
    static String check(Engine engine, Path p) {
        DataFile f = DataFile.parse(p);
        if (!f.ok() || f.program() == null) {
            return "does not assemble: " + f.diagnostics();
        }
        Vm vm = Vm.conformance();
        try {
            long r0 = engine.prepare(vm, vm.load(f.program(), p.getFileName().toString())).runConformance(f.mem());
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

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyConformanceFilePasses(Engine engine) throws IOException {
        List<Path> files = files("conformance/tests", ".*\\.data");
        assertEquals(313, files.size());
        List<String> failures = new ArrayList<>();
        for (Path p : files) {
            String why = check(engine, p);
            if (why != null) {
                failures.add(p.getFileName() + ": " + why);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failed:\n" + String.join("\n", failures));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void benchmarkProgramsGiveTheirResults(Engine engine) throws IOException {
        List<Path> files = files("bench", ".*\\.data");
        assertEquals(7, files.size());
        for (Path p : files) {
            assertNull(check(engine, p), p.getFileName().toString());
        }
    }
}
