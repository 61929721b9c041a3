package io.bpflab.asm;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file of the bpf_conformance suite assembles; where it has {@code -- raw}, to those words. */
class ConformanceSuiteTest {

    static Path suite() {
        Path root = Path.of(System.getProperty("bpflab.root", "."));
        return root.resolve("../shared/conformance/tests").normalize();
    }

    static List<Path> files() throws IOException {
        Path dir = suite();
        Assumptions.assumeTrue(Files.isDirectory(dir), "conformance suite not found at " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".data")).sorted().toList();
        }
    }

    @Test
    void everyFileAssembles() throws IOException {
        List<Path> files = files();
        assertEquals(313, files.size(), "suite size");
        List<String> failures = new ArrayList<>();
        for (Path p : files) {
            DataFile f = DataFile.parse(p);
            Assembly a = f.assembly();
            if (a == null || !a.ok() || !f.ok()) {
                failures.add(p.getFileName() + ":\n" + (a == null ? "no asm" : a.formatDiagnostics()) + f.diagnostics());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void rawSectionsMatchTheAssembledWords() throws IOException, EncodeException {
        int compared = 0;
        for (Path p : files()) {
            DataFile f = DataFile.parse(p);
            if (f.raw().isEmpty()) {
                continue;
            }
            byte[] assembled = Encoder.encode(f.assembly().program());
            long[] raw = f.raw().get();
            byte[] expected = new byte[raw.length * 8];
            for (int i = 0; i < raw.length; i++) {
                for (int b = 0; b < 8; b++) {
                    expected[i * 8 + b] = (byte) (raw[i] >>> (8 * b));
                }
            }
            assertArrayEquals(expected, assembled, p.getFileName().toString());
            compared++;
        }
        assertTrue(compared >= 1, "no file with -- raw");
    }
}
