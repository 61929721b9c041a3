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
}
