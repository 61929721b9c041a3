package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    static String res(String name) {
        try {
            return Path.of(RunCommandTest.class.getResource("run/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void printsR0Last() {
        CliRun r = CliRun.of("run", res("wrong.data"));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("r0 = 0x3\n", r.out());
    }

    @Test
    void faultIsExitOneWithInstructionAndRegion() {
        CliRun r = CliRun.of("run", res("oob.data"));
        assertEquals(1, r.exitCode());
        assertTrue(r.out().matches("fault at insn 1: read of 8 bytes at 0x[0-9a-f]+ outside memory \\[0x[0-9a-f]+, 0x[0-9a-f]+\\)\\n"),
                r.out());
    }

    @Test
    void memOptionAndRawInput(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // ldxw r0, [r1+0]; exit
        Path bin = dir.resolve("p.bin");
        java.nio.file.Files.write(bin, new byte[] {0x61, 0x10, 0, 0, 0, 0, 0, 0, (byte) 0x95, 0, 0, 0, 0, 0, 0, 0});
        CliRun r = CliRun.of("run", bin.toString(), "--mem", "78 56 34 12");
        assertEquals("r0 = 0x12345678\n", r.out());
    }

    @Test
    void budgetStopsALoop() {
        CliRun r = CliRun.of("run", res("loop.data"), "--max-insns", "1000");
        assertEquals(1, r.exitCode());
        assertTrue(r.out().startsWith("fault at insn 2: instruction budget of 1000 exhausted"), r.out());
    }

    @Test
    void traceShowsChangedRegisters() {
        CliRun r = CliRun.of("run", res("wrong.data"), "--trace");
        assertEquals("    0: r0 = 3                                ; r0 = 0x3\n    1: exit\nr0 = 0x3\n", r.out());
    }

    @Test
    void xdpProgramWithMapsPreloadedAndPrinted() {
        CliRun r = CliRun.of("run", res("count.s"), "--packet", "000102030405060708090a0b0800",
                "--map", "counts:01000000=0a00000000000000");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("map counts: 01000000 = 0f00000000000000\npacket = 000102030405060708090a0b0800\nr0 = 0x2\n", r.out());
    }

    @Test
    void jsonIsOneObject() {
        CliRun r = CliRun.of("run", res("count.s"), "--packet", "000102030405060708090a0b0800", "--json", "--repeat", "2");
        assertTrue(r.out().startsWith("{\"file\":"), r.out());
        assertTrue(r.out().contains("\"r0\":\"0x2\",\"insns\":10,\"runs\":2"), r.out());
        assertTrue(r.out().contains("\"01000000\":\"0a00000000000000\""), "two runs added 5 twice: " + r.out());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void labExtensionsTypeAndPacket() {
        assertEquals("packet = 000102030405060708090a0b08004500\nr0 = 0x10\n", CliRun.of("run", res("xdp_len.data")).out());
    }

    @Test
    void badInputIsExitTwo() {
        assertEquals(2, CliRun.of("run", res("count.s")).exitCode(), "xdp without a packet");
        CliRun m = CliRun.of("run", res("count.s"), "--packet", "000102030405060708090a0b0800", "--map", "nope:00=00");
        assertEquals(2, m.exitCode());
        assertTrue(m.err().contains("no map named 'nope'"), m.err());
        assertEquals(2, CliRun.of("run", res("wrong.data"), "--engine", "nope").exitCode());
        assertEquals(2, CliRun.of("run", res("wrong.data"), "--type", "no_such_type").exitCode());
    }

    private static Path object(Path dir, String source) throws Exception {
        io.bpflab.asm.Assembly a = io.bpflab.asm.Assembler.assemble(java.nio.file.Files.readString(Path.of(res(source))),
                source, io.bpflab.asm.Dialect.AUTO);
        assertTrue(a.ok(), a.formatDiagnostics());
        Path o = dir.resolve(source.replace(".s", ".o"));
        java.nio.file.Files.write(o, io.bpflab.isa.elf.ElfWriter.write(a.object()));
        return o;
    }

    @Test
    void elfObjectWithLegacyMaps(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("run", object(dir, "count.s").toString(), "--packet", "000102030405060708090a0b0800",
                "--map", "counts:01000000=0100000000000000");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("map counts: 01000000 = 0600000000000000\npacket = 000102030405060708090a0b0800\nr0 = 0x2\n", r.out());
    }

    @Test
    void elfObjectWithGlobalData(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("run", object(dir, "globals.s").toString(), "--packet", "000102030405060708090a0b0800");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("map .data: 00000000 = 2a000000\n"), r.out());
        assertTrue(r.out().endsWith("r0 = 0x2a\n"), r.out());
    }

    @Test
    void progArrayElementsNameSections(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String pkt = "000102030405060708090a0b0800";
        assertEquals("map jmp: 01000000 = @xdp/next\npacket = " + pkt + "\nr0 = 0x3\n",
                CliRun.of("run", res("tail.s"), "--packet", pkt, "--map", "jmp:01000000=@xdp/next").out());
        assertEquals("packet = " + pkt + "\nr0 = 0x1\n", CliRun.of("run", res("tail.s"), "--packet", pkt).out(),
                "an empty slot falls through");
        assertEquals("map jmp: 01000000 = @xdp/next\npacket = " + pkt + "\nr0 = 0x3\n",
                CliRun.of("run", object(dir, "tail.s").toString(), "--packet", pkt, "--map", "jmp:01000000=@xdp/next").out(),
                "the same from the object file");
        assertEquals(2, CliRun.of("run", res("tail.s"), "--packet", pkt, "--map", "jmp:01000000=@nope").exitCode());
    }

    @Test
    void redirectIsReported() {
        CliRun r = CliRun.of("run", res("redirect.s"), "--packet", "000102030405060708090a0b1234");
        assertEquals("packet = 000102030405060708090a0b1234\nredirect = ifindex 3 ingress\nr0 = 0x7\n", r.out());
    }

    @Test
    void rodataIsReadOnlyForThePrograms(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("run", object(dir, "rodata.s").toString(), "--packet", "000102030405060708090a0b0800");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().matches("fault at insn 3: write of 4 bytes at 0x[0-9a-f]+ into read-only \\.rodata\\[0\\] .*\\n"), r.out());
    }
}
