package io.bpflab.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The facade end to end: assemble or load, verify, run on both engines, read and write maps. */
class BpfApiTest {

    private static final Path C = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/asm/c");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void assembleVerifyRun(Engine engine) {
        Program p = Bpf.assemble("r0 = 6\nr0 *= 7\nexit\n").program();
        Verdict v = p.verify();
        assertTrue(v.accepted(), v.toString());
        assertEquals(3, v.processed());
        assertTrue(v.log().contains("processed 3 insns"), v.log());
        Result r = p.run(Context.empty().on(engine));
        assertTrue(r.ok());
        assertEquals(42, r.r0());
        assertEquals(List.of(), r.printk());
    }

    @Test
    void sourceErrorsAreOneExceptionWithEveryPosition() {
        BpfException e = assertThrows(BpfException.class, () -> Bpf.assemble("r0 = 1\nr11 = 2\nfoo\nexit\n", "bad.s"));
        assertTrue(e.getMessage().startsWith("bad.s:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.s:3:"), e.getMessage());
    }

    @Test
    void aRejectionNamesTheInstructionAndItsLine() {
        Verdict v = Bpf.assemble(".section xdp\nr0 = 0\n\nr0 = r5\nexit\n", "x.s").program("xdp").verify();
        assertFalse(v.accepted());
        assertEquals("R5 !read_ok", v.message());
        assertEquals(1, v.insn());
        assertEquals(OptionalInt.of(4), v.line());
        assertEquals("rejected at insn 1 (line 4): R5 !read_ok", v.toString());
        Verdict quiet = Bpf.assemble("r0 = r5\nexit\n").program().verify(Options.defaults().logLevel(0));
        assertEquals("", quiet.log());
    }

    @Test
    void unprivilegedLoadersGetTheStricterChecks() {
        // a pointer leaked into r0 is fine for CAP_BPF, not without it
        Program p = Bpf.assemble("r0 = r10\nexit\n").program();
        assertTrue(p.verify().accepted());
        Verdict v = p.verify(Options.defaults().unprivileged());
        assertFalse(v.accepted());
        assertEquals("R0 leaks addr as return value", v.message());
    }

    @Test
    void mapsAreLiveBetweenRunsAndResettable() throws Exception {
        Path f = dir.resolve("count.s");
        Files.writeString(f, """
                .section xdp
                .map counts, array, key=4, value=8, entries=4
                *(u32 *)(r10 - 4) = 1
                r1 = counts ll
                r2 = r10
                r2 += -4
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r1 = *(u64 *)(r0 + 0)
                r1 += 3
                *(u64 *)(r0 + 0) = r1
                out:
                r0 = 2
                exit
                """);
        ObjectFile obj = Bpf.load(f);
        Program p = obj.program("xdp");
        assertEquals(java.util.Optional.of("xdp"), p.type());
        BpfMap counts = p.map("counts");
        assertEquals("array", counts.type());
        assertEquals(4, counts.maxEntries());
        counts.putLong(1, 100);
        p.run(Context.packet(new byte[60]));
        p.run(Context.packet(new byte[60]));
        assertEquals(106, counts.getLong(1));
        assertArrayEquals(new byte[] {106, 0, 0, 0, 0, 0, 0, 0}, counts.get(BpfMap.key(1)).orElseThrow());
        assertEquals(4, counts.entries().size());
        assertEquals(0, counts.getLong(0));
        p.resetMaps();
        assertEquals(0, p.map("counts").getLong(1));
        BpfException wrong = assertThrows(BpfException.class, () -> counts.put(new byte[2], new byte[8]));
        assertEquals("map counts: a key is 4 bytes, not 2", wrong.getMessage());
        assertThrows(BpfException.class, () -> p.map("nope"));
        assertThrows(BpfException.class, () -> obj.program("tc"));
    }

    @Test
    void aPacketProgramNeedsAPacket() {
        Program p = Bpf.assemble(".section xdp\nr0 = 2\nexit\n").program();
        BpfException e = assertThrows(BpfException.class, () -> p.run(Context.empty()));
        assertTrue(e.getMessage().contains("packet"), e.getMessage());
    }

    @Test
    void faultsAndTheBudgetEndARunWithAReason() {
        Result oob = Bpf.assemble("r0 = *(u64 *)(r10 + 8)\nexit\n").program().run(Context.empty());
        assertFalse(oob.ok());
        assertTrue(oob.fault().orElseThrow().contains("insn 0"), oob.fault().orElseThrow());
        Result forever = Bpf.assemble("r0 = 0\nl: r0 += 1\ngoto l\n").program().run(Context.empty().budget(1000));
        assertFalse(forever.ok());
    }

    @Test
    void theConformanceConventionForProgramsWithoutAType() {
        Program p = Bpf.assemble("r0 = *(u32 *)(r1 + 0)\nr0 += r2\nexit\n").program();
        assertEquals(0x04030201L + 4, p.run(Context.memory(new byte[] {1, 2, 3, 4})).r0());
    }

    @Test
    void rawInstructions() throws Exception {
        Path bin = dir.resolve("p.bin");
        Files.write(bin, new byte[] {(byte) 0xb7, 0, 0, 0, 9, 0, 0, 0, (byte) 0x95, 0, 0, 0, 0, 0, 0, 0});
        Program p = Bpf.load(bin).program();
        assertEquals(java.util.Optional.empty(), p.section());
        assertEquals(2, p.slots());
        assertEquals(9, p.run(Context.empty()).r0());
        BpfException bad = assertThrows(BpfException.class, () -> Bpf.raw("x.bin", new byte[] {(byte) 0x8c, 0, 0, 0, 0, 0, 0, 0}));
        assertTrue(bad.getMessage().startsWith("x.bin: "), bad.getMessage());
    }

    @Test
    void clangObjectsWithGlobalData() {
        Program p = Bpf.load(C.resolve("07_globals.o")).program("socket");
        assertEquals(java.util.Optional.of("socket_filter"), p.type());
        // counter = 7 + 1 < limit 100: returns hidden += skb->len, which for a socket filter
        // is the frame without its 14-byte Ethernet header (as BPF_PROG_TEST_RUN gives it)
        Result r = p.run(Context.packet(new byte[60]));
        assertTrue(r.ok(), r.fault().orElse(""));
        assertEquals(46, r.r0());
        assertEquals(92, p.run(Context.packet(new byte[60])).r0());
        assertEquals(java.util.Optional.of("globals"), p.function());
        assertEquals("socket", Bpf.load(C.resolve("07_globals.o")).program("globals").section().orElseThrow());
        assertTrue(p.maps().keySet().stream().anyMatch(n -> n.contains(".data") || n.contains(".bss")), p.maps().toString());
    }

    @Test
    void clangObjectsWithBtfMaps() {
        // testdata/elf/btf_array.c: lens[0] = skb->len, lens[1] += 1, returns skb->len
        Path elf = C.resolveSibling("../elf/btf_array.o").normalize();
        Program p = Bpf.load(elf).program("record_len");
        assertEquals(java.util.Optional.of("socket"), p.section());
        BpfMap lens = p.map("lens");
        assertEquals(2, lens.maxEntries());
        for (Engine e : Engine.values()) {
            assertEquals(46, p.run(Context.packet(new byte[60]).on(e)).r0());
        }
        assertEquals(46, lens.getLong(0) & 0xffffffffL);
        assertEquals(2, lens.getLong(1));
    }

    @Test
    void loadErrorsAreExceptionsWithTheFileName() {
        BpfException missing = assertThrows(BpfException.class, () -> Bpf.load(dir.resolve("none.s")));
        assertTrue(missing.getMessage().endsWith("none.s: no such file"), missing.getMessage());
        BpfException kind = assertThrows(BpfException.class, () -> Bpf.load(dir.resolve("x.txt")));
        assertTrue(kind.getMessage().contains("expected a .s, .asm, .o or .bin file"));
        BpfException elf = assertThrows(BpfException.class, () -> Bpf.object("x.o", new byte[] {1, 2, 3}));
        assertEquals("x.o: not an ELF object", elf.getMessage());
    }
}
