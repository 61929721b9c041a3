package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bpflab verify --kernel}: the kernel's verdict beside bpflab's. */
class VerifyKernelTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    @Tag("kernel")
    void kernelVerdictUnderEachOfBpflabs() throws Exception {
        KernelCli.assumeKernel();
        Path ok = write("ok.s", "r0 = 0\nexit\n");
        Path shift = write("shift.s", "r0 = 17\nw0 <<= 60\nexit\n");
        Path stack = write("stack.s", "r1 = 1\n*(u64 *)(r10 - 520) = r1\nr0 = 0\nexit\n");
        // cgroup/skb programs must return 0 or 1 (kernel: check_return_code)
        Path ret = write("ret.s", ".section \"cgroup/skb\"\nr0 = 5\nexit\n");
        CliRun r = CliRun.of("verify", "--kernel", ok.toString(), shift.toString(), stack.toString(), ret.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        assertEquals(ok + ": accepted (processed 2 insns)\n"
                + "  kernel: accepted (processed 2 insns)\n"
                + shift + ": rejected at insn 1: invalid shift 60 (processed 2 insns)\n"
                + "  kernel: rejected: invalid shift 60 (processed 2 insns, EINVAL)\n"
                + stack + ": rejected at insn 1: invalid write to stack R10 off=-520 size=8 (processed 2 insns)\n"
                + "  kernel: rejected: invalid write to stack R10 off=-520 size=8 (processed 2 insns, EACCES)\n"
                + ret + " (section cgroup/skb): rejected at insn 1: At program exit the register R0 has smin=5 smax=5"
                + " should have been in [0, 1] (processed 2 insns)\n"
                + "  kernel: rejected: At program exit the register R0 has smin=5 smax=5 should have been in [0, 1]"
                + " (processed 2 insns, EINVAL)\n", VerifyCommandTest.noHints(r.out()));
        assertEquals("", r.err());
        assertEquals(Cli.OK, CliRun.of("verify", "--kernel", ok.toString()).exitCode());
    }

    @Test
    @Tag("kernel")
    void declaredMapsAreCreatedForTheKernel() throws Exception {
        KernelCli.assumeKernel();
        Path xdp = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/kernel/xdp_count.s").normalize();
        CliRun r = CliRun.of("verify", "--kernel", xdp.toString());
        assertEquals(Cli.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(xdp + " (section xdp): accepted (processed 10 insns)", lines.get(0));
        assertEquals("  kernel: accepted (processed 10 insns)", lines.get(1));
        assertEquals(2, lines.size(), r.out());
    }

    @Test
    @Tag("kernel")
    void bothRejectingWithDifferentErrorsIsSaid() throws Exception {
        KernelCli.assumeKernel();
        // a legacy packet load reads the context from r6, which is not set; bpflab does not model those loads
        Path ld = write("ld.s", "r0 = *(u8 *)skb[14]\nexit\n");
        CliRun r = CliRun.of("verify", "--kernel", ld.toString());
        assertEquals(Cli.NO, r.exitCode());
        List<String> lines = r.out().lines().toList();
        assertEquals("  kernel: rejected: R6 !read_ok (processed 1 insns, EACCES)", lines.get(1));
        assertEquals("  both reject it, with different first errors", lines.get(2));
    }

    @Test
    @Tag("kernel")
    void logsOfBothAtLevelOne() throws Exception {
        KernelCli.assumeKernel();
        Path shift = write("shift.s", "r0 = 17\nw0 <<= 60\nexit\n");
        CliRun r = CliRun.of("verify", "--kernel", "--log-level", "1", shift.toString());
        String log = """
                0: R1=ctx() R10=fp0
                0: (b7) r0 = 17                       ; R0=17
                1: (64) w0 <<= 60
                invalid shift 60
                processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                """;
        assertEquals(log + shift + ": rejected at insn 1: invalid shift 60 (processed 2 insns)\n"
                + "kernel log:\n" + log
                + "  kernel: rejected: invalid shift 60 (processed 2 insns, EINVAL)\n", VerifyCommandTest.noHints(r.out()));
    }

    @Test
    @Tag("kernel")
    void jsonHasBothVerdicts() throws Exception {
        KernelCli.assumeKernel();
        Path ret = write("ret.s", "r0 = 5\nexit\n");
        CliRun r = CliRun.of("verify", "--kernel", "--json", "--type", "cgroup/skb", ret.toString());
        assertEquals(Cli.NO, r.exitCode());
        assertEquals("{\"file\":\"" + ret + "\",\"section\":\".text\",\"type\":\"cgroup_skb\",\"verdict\":\"rejected\","
                + "\"insn\":1,\"message\":\"At program exit the register R0 has smin=5 smax=5 should have been in [0, 1]\","
                + "\"processed\":2,\"stack_depth\":0,"
                + "\"loop_iterations\":0,\"line\":2,\"warnings\":[],"
                + "\"kernel\":{\"verdict\":\"rejected\",\"message\":\"At program exit the register R0 has smin=5 smax=5"
                + " should have been in [0, 1]\",\"processed\":2,\"errno\":22},\"agree\":true}\n", r.out());
        CliRun ok = CliRun.of("verify", "--kernel", "--json", "--log-level", "1", ret.toString());
        assertEquals(Cli.OK, ok.exitCode());
        assertTrue(ok.out().endsWith(",\"kernel\":{\"verdict\":\"accepted\",\"message\":\"\",\"processed\":2,\"errno\":0,"
                + "\"log\":\"processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0"
                + " mark_read 0\\n\"},\"agree\":true}\n"), ok.out());
    }

    @Test
    @Tag("kernel")
    void aMapTheKernelRefusesIsBadInputForThatFile() throws Exception {
        KernelCli.assumeKernel();
        // kernel: trie_alloc wants BPF_F_NO_PREALLOC on an lpm_trie
        Path lpm = write("lpm.s", ".map t, lpm_trie, key=8, value=8, entries=4\nr0 = 0\nexit\n");
        Path ok = write("ok.s", "r0 = 0\nexit\n");
        CliRun r = CliRun.of("verify", "--kernel", lpm.toString(), ok.toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertEquals("lpm.s: kernel: BPF_MAP_CREATE: EINVAL (Invalid argument): map t (lpm_trie, key 8, value 8,"
                + " entries 4)\n", r.err());
        assertEquals(lpm + ": accepted (processed 2 insns)\n"
                + ok + ": accepted (processed 2 insns)\n"
                + "  kernel: accepted (processed 2 insns)\n", r.out());
        CliRun json = CliRun.of("verify", "--kernel", "--json", lpm.toString());
        assertEquals(Cli.BAD_INPUT, json.exitCode());
        assertTrue(json.out().endsWith(",\"kernel\":{\"error\":\"lpm.s: kernel: BPF_MAP_CREATE: EINVAL (Invalid argument):"
                + " map t (lpm_trie, key 8, value 8, entries 4)\"},\"agree\":null}\n"), json.out());
    }

    @Test
    void unprivilegedCannotBeAskedOfTheKernel() throws Exception {
        CliRun r = CliRun.of("verify", "--kernel", "--unpriv", write("ok.s", "r0 = 0\nexit\n").toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertEquals("bpflab verify: --kernel loads with this process's privileges and cannot judge a program as for"
                + " a loader without CAP_BPF; drop --unpriv or --kernel\n", r.err());
    }

    @Test
    void withoutTheKernelTheReasonIsGiven() throws Exception {
        CliRun r = KernelCli.withoutKernel("verify", "--kernel", write("ok.s", "r0 = 0\nexit\n").toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertEquals("bpflab verify --kernel: the kernel engine is unavailable: " + KernelCli.REASON + "\n", r.err());
        assertEquals("", r.out());
    }
}
