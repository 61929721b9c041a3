package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExplainTest {

    static Path res(String name) throws Exception {
        return Path.of(ExplainTest.class.getResource("explain/" + name).toURI());
    }

    /** NAME.s verified with --explain gives NAME.explain (the file's directory left out). */
    private static void golden(String name) throws Exception {
        Path src = res(name + ".s");
        CliRun r = CliRun.of("verify", "--explain", src.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        String out = r.out().replace(src.getParent() + "/", "");
        assertEquals(Files.readString(res(name + ".explain")), out);
    }

    @Test
    void stackOverflowKeepsThePointerChainAndTheBranchTaken() throws Exception {
        golden("stack_branch");
    }

    @Test
    void uninitialisedRegisterDropsUnrelatedWork() throws Exception {
        golden("uninit");
    }

    @Test
    void aRejectionIsFollowedByItsHint() throws Exception {
        CliRun r = CliRun.of("verify", res("uninit.s").toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).endsWith("rejected at insn 7: R3 !read_ok (processed 10 insns)"), r.out());
        assertTrue(lines.get(1).startsWith("hint: r3 is read before anything was written to it"), r.out());
        CliRun ok = CliRun.of("verify", res("uninit.s").toString().replace("uninit", "stack_branch"), "--log-level", "0");
        assertFalse(ok.out().contains("explain:"), "only with --explain");
    }

    @Test
    void theKernelsRejectionGetsAHintWhenBpflabsDidNotExplainIt() {
        var notModelled = new io.bpflab.verifier.Verdict(false, 0, "bpflab does not model context access yet (insn 0)", 1,
                List.of(), 0, "");
        assertEquals("  hint: r0 may be NULL here: after bpf_map_lookup_elem (or any helper that returns a pointer or NULL),"
                + " test `if r0 == 0 goto ...` before dereferencing it; on the path where the test passes the verifier knows"
                + " it is not NULL.\n", Explain.kernelHintLine(notModelled, false, "R0 invalid mem access 'map_value_or_null'"));
        assertEquals("", Explain.kernelHintLine(notModelled, true, ""), "accepted by the kernel");
        var same = new io.bpflab.verifier.Verdict(false, 1, "invalid shift 60", 2, List.of(), 0, "");
        assertEquals("", Explain.kernelHintLine(same, false, "invalid shift 60"), "already explained under bpflab's verdict");
    }

    @Test
    void sliceFollowsDataThroughTheStack() {
        var program = io.bpflab.asm.Assembler.assemble("r1 = 7\n*(u64 *)(r10 - 8) = r1\nr2 = 1\nr3 = *(u64 *)(r10 - 8)\nr0 = r3\nexit\n",
                "t.s", io.bpflab.asm.Dialect.LLVM).program();
        List<Explain.LogLine> path = List.of(new Explain.LogLine(0, "(b7) r1 = 7", "R1=7"),
                new Explain.LogLine(1, "(7b) *(u64 *)(r10 -8) = r1", "R1=7 R10=fp0 fp-8=7"),
                new Explain.LogLine(2, "(b7) r2 = 1", "R2=1"),
                new Explain.LogLine(3, "(79) r3 = *(u64 *)(r10 -8)", "R3=7 R10=fp0"),
                new Explain.LogLine(4, "(bf) r0 = r3", "R0=7 R3=7"));
        Explain.Slice s = Explain.slice(program, path, "R0 something");
        assertEquals(List.of(0, 1, 3, 4), s.keep());
        assertEquals("R3=7", Explain.filterState("R0=7 R3=7 fp-8=7", Set.of("r3")));
        assertEquals("R1=7 fp-8=7", Explain.filterState("R1=7 R10=fp0 fp-8=7", Set.of("r1", "fp-8")));
    }
}
