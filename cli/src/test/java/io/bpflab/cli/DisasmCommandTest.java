package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.Encoder;
import io.bpflab.isa.InsnGenerator;
import io.bpflab.isa.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisasmCommandTest {

    @TempDir
    Path dir;

    @Test
    void hexFileInEveryStyle() throws Exception {
        Path f = dir.resolve("p.hex");
        Files.writeString(f, "b7 00 00 00 05 00 00 00\n0x0000000000000095\n");
        assertEquals(new CliRun(0, "\tr0 = 5\n\texit\n", ""), CliRun.of("disasm", f.toString()));
        assertEquals("0: (b7) r0 = 5\n1: (95) exit\n", CliRun.of("disasm", "--kernel", f.toString()).out());
        assertEquals("       0:\tb7 00 00 00 05 00 00 00\tr0 = 5\n       1:\t95 00 00 00 00 00 00 00\texit\n",
                CliRun.of("disasm", "--bytes", f.toString()).out());
    }

    @Test
    void rawBinaryFile() throws Exception {
        Program p = new InsnGenerator(3).program(50);
        Path f = dir.resolve("p.bin");
        Files.write(f, Encoder.encode(p));
        CliRun r = CliRun.of("disasm", f.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(io.bpflab.isa.disasm.Disassembler.DEFAULT
                .withLlvm(io.bpflab.isa.disasm.LlvmPrinter.DEFAULT.withLlvm19(true)).asm(p), r.out());
    }

    @Test
    void undecodableInstructionIsBadInputNamingIt() throws Exception {
        Path f = dir.resolve("bad.bin");
        Files.write(f, java.util.HexFormat.of().parseHex("b7000000050000008c00000000000000"));
        CliRun r = CliRun.of("disasm", f.toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertEquals(f + ": insn 1: unknown opcode 8c\n", r.err());
    }

    @Test
    void truncatedFileIsBadInput() throws Exception {
        Path f = dir.resolve("short.bin");
        Files.write(f, new byte[] {(byte) 0xb7, 0, 0, 0, 5, 0, 0, 0, (byte) 0x95, 0});
        CliRun r = CliRun.of("disasm", f.toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("not a multiple of 8"), r.err());
    }

    @Test
    void missingFileIsBadInput() {
        CliRun r = CliRun.of("disasm", dir.resolve("none.bin").toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().endsWith("none.bin: no such file\n"), r.err());
    }

    static final Path C = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/asm/c");

    @Test
    void elfObjectSectionBySectionWithRelocations() {
        CliRun r = CliRun.of("disasm", C.resolve("06_subprog.o").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("""

                Disassembly of section .text:

                0000000000000000 <cube>:
                       0:\tw6 = w1
                       1:\tcall square
                       2:\tw0 *= w6
                       3:\texit

                0000000000000020 <square>:
                       4:\tw0 = w1
                       5:\tw0 *= w0
                       6:\texit

                Disassembly of section socket:

                0000000000000000 <calls>:
                       0:\tr6 = r1
                       1:\tw1 = *(u32 *)(r6 + 0)
                       2:\tcall pc-1
                \t\t0000000000000010:  R_BPF_64_32\t.text
                       3:\tw7 = w0
                       4:\tw1 = *(u32 *)(r6 + 8)
                       5:\tcall pc+3
                \t\t0000000000000028:  R_BPF_64_32\t.text
                       6:\tw0 += w7
                       7:\texit
                """, r.out());
    }

    @Test
    void elfSectionOptionAndMapRelocation() {
        CliRun r = CliRun.of("disasm", "--bytes", "--section", "xdp", C.resolve("03_array_map.o").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("      5:\t18 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00\tr1 = 0 ll\n"
                + "\t\t0000000000000028:  R_BPF_64_64\tcounts\n"), r.out());
        assertTrue(!r.out().contains(".text"), r.out());
        CliRun none = CliRun.of("disasm", "--section", "nope", C.resolve("03_array_map.o").toString());
        assertEquals(Cli.BAD_INPUT, none.exitCode());
        assertTrue(none.err().endsWith("03_array_map.o: no section 'nope' (sections: [.text, xdp])\n"), none.err());
    }

    @Test
    void truncatedElfIsBadInput() throws Exception {
        byte[] whole = Files.readAllBytes(C.resolve("03_array_map.o"));
        Path f = dir.resolve("cut.o");
        Files.write(f, java.util.Arrays.copyOf(whole, 100));
        CliRun r = CliRun.of("disasm", f.toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith(f + ": "), r.err());
        assertTrue(r.out().isEmpty());
    }
}
