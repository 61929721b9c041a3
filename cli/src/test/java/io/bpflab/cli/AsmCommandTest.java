package io.bpflab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsmCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void elfNextToTheSource() throws IOException {
        Path s = write("ok.s", "r0 = 1\nexit\n");
        CliRun r = CliRun.of("asm", s.toString());
        assertEquals(Cli.OK, r.exitCode(), r.err());
        byte[] o = Files.readAllBytes(dir.resolve("ok.o"));
        assertEquals(0x7f, o[0]);
        assertEquals('E', o[1]);
    }

    @Test
    void formatFromTheOutputExtension() throws IOException {
        Path s = write("p.s", "r0 = 1\nexit\n");
        assertEquals(Cli.OK, CliRun.of("asm", s.toString(), "-o", dir.resolve("p.bin").toString()).exitCode());
        assertArrayEquals(new byte[]{(byte) 0xb7, 0, 0, 0, 1, 0, 0, 0, (byte) 0x95, 0, 0, 0, 0, 0, 0, 0},
                Files.readAllBytes(dir.resolve("p.bin")));
        assertEquals(Cli.OK, CliRun.of("asm", s.toString(), "-o", dir.resolve("p.hex").toString()).exitCode());
        assertEquals("b7 00 00 00 01 00 00 00\n95 00 00 00 00 00 00 00\n", Files.readString(dir.resolve("p.hex")));
    }

    @Test
    void conformanceDialectDetectedAndDataFiles() throws IOException {
        Path s = write("c.asm", "mov32 %r0, 1\nexit\n");
        assertEquals(Cli.OK, CliRun.of("asm", s.toString(), "--format", "raw").exitCode());
        assertEquals((byte) 0xb4, Files.readAllBytes(dir.resolve("c.bin"))[0]);
        Path d = write("t.data", "-- asm\nmov %r0, 2\nexit\n-- result\n0x2\n");
        assertEquals(Cli.OK, CliRun.of("asm", d.toString(), "--format", "hex").exitCode());
        assertEquals("b7 00 00 00 02 00 00 00\n95 00 00 00 00 00 00 00\n", Files.readString(dir.resolve("t.hex")));
    }

    @Test
    void severalFilesIntoADirectory() throws IOException {
        Path a = write("a.s", "r0 = 1\nexit\n");
        Path b = write("b.s", "r0 = 2\nexit\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("asm", a.toString(), b.toString(), "-o", out.toString());
        assertEquals(Cli.OK, r.exitCode(), r.err());
        assertTrue(Files.exists(out.resolve("a.o")));
        assertTrue(Files.exists(out.resolve("b.o")));
    }

    @Test
    void everyErrorOfEveryFileExitTwoAndNoOutput() throws IOException {
        Path bad = write("bad.s", "r11 = 1\nr0 = 1\ncall bpf_map_lookup_elm\nexit\n");
        Path good = write("good.s", "r0 = 0\nexit\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("asm", bad.toString(), good.toString(), "-o", out.toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains(bad + ":1:1: error: expected register, found 'r11'\nr11 = 1\n^"), r.err());
        assertTrue(r.err().contains(bad + ":3:6: error: unknown helper 'bpf_map_lookup_elm', did you mean bpf_map_lookup_elem?"),
                r.err());
        assertFalse(Files.exists(out.resolve("bad.o")));
        assertTrue(Files.exists(out.resolve("good.o")));
        try (var s = Files.list(out)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void missingFileIsBadInput() {
        CliRun r = CliRun.of("asm", dir.resolve("nope.s").toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("nope.s: no such file"), r.err());
    }

    @Test
    void rawOutputHoldsOneProgram() throws IOException {
        Path s = write("two.s", ".section xdp\nr0 = 1\nexit\n.section socket\nr0 = 2\nexit\n");
        CliRun r = CliRun.of("asm", s.toString(), "--format", "raw");
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("2 sections hold instructions (xdp, socket)"), r.err());
        assertFalse(Files.exists(dir.resolve("two.bin")));
    }
}
