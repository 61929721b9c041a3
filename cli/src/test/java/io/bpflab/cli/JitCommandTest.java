package io.bpflab.cli;

import static io.bpflab.cli.RunCommandTest.res;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class JitCommandTest {

    static Path root() {
        return Path.of(System.getProperty("bpflab.root", "..")).normalize();
    }

    @Test
    void dumpIsTheJitsGoldenText() throws IOException {
        Path data = root().resolve("testdata/jit/dump_loop.data");
        Path golden = root().resolve("jit/src/test/resources/io/bpflab/jit/dump_loop.dump");
        Assumptions.assumeTrue(Files.exists(data) && Files.exists(golden), "jit golden files not found under " + root());
        CliRun r = CliRun.of("jit", "--dump", data.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Files.readString(golden), r.out());
    }

    @Test
    void withoutDumpOneLineSummary() {
        CliRun r = CliRun.of("jit", res("count.s"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("count: 10 instructions -> \\d+ bytes of class file, verifies\n"), r.out());
    }

    @Test
    void dumpShowsHelperCallsIntoTheSharedRuntime() {
        CliRun r = CliRun.of("jit", res("count.s"), "--dump");
        assertTrue(r.out().startsWith("// count: 10 instructions, "), r.out());
        assertTrue(r.out().contains("invokestatic io/bpflab/jit/JitRuntime.call("), r.out());
    }

    @Test
    void badInputIsExitTwo() {
        CliRun missing = CliRun.of("jit", "--dump", "/no/such/file.s");
        assertEquals(2, missing.exitCode());
        assertEquals("bpflab: /no/such/file.s: no such file\n", missing.err());
        assertEquals(2, CliRun.of("jit", res("bad_llvm.data")).exitCode());
        assertEquals(2, CliRun.of("jit").exitCode());
    }
}
