package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** The output without the {@code hint:} lines (HintOutputTest checks those). */
    static String noHints(String out) {
        return out.replaceAll("(?m)^ *hint: .*\n", "");
    }

    @Test
    void oneVerdictLinePerProgramAtLevelZero() throws Exception {
        Path ok = write("ok.s", "r0 = 0\nexit\n");
        Path bad = write("bad.s", "r1 = 1\n*(u64 *)(r10 - 520) = r1\nr0 = 0\nexit\n");
        CliRun r = CliRun.of("verify", ok.toString(), bad.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        assertEquals(ok + ": accepted (processed 2 insns)\n"
                + bad + ": rejected at insn 1: invalid write to stack R10 off=-520 size=8 (processed 2 insns)\n", noHints(r.out()));
        assertEquals("", r.err());
        assertEquals(Cli.OK, CliRun.of("verify", ok.toString()).exitCode());
    }

    @Test
    void logLevelOnePrintsTheFailingPathAsTheKernelDoes() throws Exception {
        Path f = write("p.s", "r0 = 0\nr1 = r10\nr1 += -8\nr2 = *(u64 *)(r1 - 600)\nexit\n");
        CliRun r = CliRun.of("verify", "--log-level", "1", f.toString());
        assertEquals(Cli.NO, r.exitCode());
        assertEquals("""
                0: R1=ctx() R10=fp0
                0: (b7) r0 = 0                        ; R0=0
                1: (bf) r1 = r10                      ; R1=fp0 R10=fp0
                2: (07) r1 += -8                      ; R1=fp-8
                3: (79) r2 = *(u64 *)(r1 -600)
                invalid read from stack R1 off=-608 size=8
                processed 4 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                """ + f + ": rejected at insn 3: invalid read from stack R1 off=-608 size=8 (processed 4 insns)\n",
                noHints(r.out()));
    }

    @Test
    void logLevelTwoShowsEveryInstructionAndTheLiveRegisters() throws Exception {
        Path f = write("p.s", "r0 = 0\n*(u64 *)(r10 - 8) = r0\nexit\n");
        CliRun r = CliRun.of("verify", "--log-level", "2", f.toString());
        assertEquals(Cli.OK, r.exitCode());
        assertEquals("""
                func#0 @0
                Live regs before insn:
                      0: .......... (b7) r0 = 0
                      1: 0......... (7b) *(u64 *)(r10 -8) = r0
                      2: 0......... (95) exit
                0: R1=ctx() R10=fp0
                0: (b7) r0 = 0                        ; R0=0
                1: (7b) *(u64 *)(r10 -8) = r0         ; R0=0 R10=fp0 fp-8=0
                2: (95) exit
                processed 3 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                """ + f + ": accepted (processed 3 insns)\n", r.out());
    }

    @Test
    void jsonObjectPerProgram() throws Exception {
        Path f = write("p.s", ".section xdp\nr0 = 0\nr0 = *(u64 *)(r10 - 8)\nexit\n");
        CliRun r = CliRun.of("verify", "--json", "--unpriv", f.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        assertEquals("{\"file\":\"" + f + "\",\"section\":\"xdp\",\"type\":\"xdp\",\"verdict\":\"rejected\",\"insn\":1,"
                + "\"message\":\"invalid read from stack R10 off=-8 size=8\",\"processed\":2,\"stack_depth\":0,"
                + "\"loop_iterations\":0,\"line\":3,\"warnings\":[]}\n", r.out());
        CliRun ok = CliRun.of("verify", "--json", write("q.s", "*(u32 *)(r10 - 12) = 0\nr0 = 0\nexit\n").toString());
        assertEquals(Cli.OK, ok.exitCode());
        assertTrue(ok.out().contains("\"verdict\":\"accepted\",\"insn\":null,\"message\":\"\",\"processed\":3,\"stack_depth\":16,"),
                ok.out());
    }

    @Test
    void whatIsNotModelledIsRejectedSayingSoPlainly() throws Exception {
        Path f = write("p.s", "r6 = r1\nr0 = *(u8 *)skb[14]\nexit\n");
        CliRun r = CliRun.of("verify", f.toString());
        assertEquals(Cli.NO, r.exitCode());
        assertTrue(r.out().contains("rejected at insn 1: bpflab does not model legacy packet loads yet (insn 1)"), r.out());
    }

    @Test
    void rawHexAndUndecodableInstructions() throws Exception {
        Path hex = write("p.hex", "b7 00 00 00 05 00 00 00\n95 00 00 00 00 00 00 00\n");
        assertEquals(hex + ": accepted (processed 2 insns)\n", CliRun.of("verify", hex.toString()).out());
        Path bin = dir.resolve("bad.bin");
        Files.write(bin, java.util.HexFormat.of().parseHex("b7000000050000008c00000000000000"));
        CliRun r = CliRun.of("verify", bin.toString());
        assertEquals(Cli.NO, r.exitCode());
        assertEquals(bin + ": rejected at insn 1: unknown opcode 8c (processed 0 insns)\n", noHints(r.out()));
    }

    @Test
    void conformanceDataFile() throws Exception {
        Path f = write("t.data", "-- asm\nmov %r0, 1\nstxdw [%r10-8], %r0\nldxdw %r0, [%r10-8]\nexit\n-- result\n0x1\n");
        CliRun r = CliRun.of("verify", f.toString());
        assertEquals(Cli.OK, r.exitCode(), r.err());
        assertEquals(f + ": accepted (processed 4 insns)\n", r.out());
    }

    @Test
    void everySectionOfAnObject() throws Exception {
        Path src = write("two.s", ".section xdp\nr0 = 2\nexit\n.section socket\nr0 = r5\nexit\n");
        Path obj = dir.resolve("two.o");
        CliRun asm = CliRun.of("asm", src.toString(), "-o", obj.toString());
        assertEquals(0, asm.exitCode(), asm.err());
        CliRun r = CliRun.of("verify", obj.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        assertEquals(obj + " (section xdp): accepted (processed 2 insns)\n"
                + obj + " (section socket): rejected at insn 0: R5 !read_ok (processed 1 insns)\n", noHints(r.out()));
        CliRun one = CliRun.of("verify", "--section", "xdp", obj.toString());
        assertEquals(Cli.OK, one.exitCode(), one.err());
    }

    @Test
    void badInputIsExitTwoAndTheOtherFilesAreStillVerified() throws Exception {
        Path ok = write("ok.s", "r0 = 0\nexit\n");
        Path broken = write("broken.s", "r0 = \nexit\n");
        CliRun r = CliRun.of("verify", dir.resolve("missing.s").toString(), broken.toString(), ok.toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertEquals(ok + ": accepted (processed 2 insns)\n", r.out());
        assertTrue(r.err().contains("missing.s: no such file"), r.err());
        assertTrue(r.err().contains("broken.s:1:"), r.err());
        assertEquals(Cli.BAD_INPUT, CliRun.of("verify", "--log-level", "3", ok.toString()).exitCode());
    }
}
