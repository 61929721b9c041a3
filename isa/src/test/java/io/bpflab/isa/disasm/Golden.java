package io.bpflab.isa.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden text files next to the tests (src/test/resources/io/bpflab/isa/disasm). Run with
 * {@code -Dgolden.update=true} to (re)write them after a deliberate change, then review the diff.
 */
final class Golden {

    private static final Path SOURCE_DIR = Path.of("src/test/resources/io/bpflab/isa/disasm");

    private Golden() {
    }

    static void check(String name, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = Golden.class.getResourceAsStream(name)) {
            if (in == null) {
                fail("golden file " + name + " is missing; run with -Dgolden.update=true to create it");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, "golden file " + name);
        }
    }
}
