package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Width;
import io.bpflab.isa.AluOp;
import io.bpflab.isa.linux.Helper;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.isa.linux.SectionDef;
import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelProgram;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which helpers each program type may call: for every helper, {@code call N} in a program
 * of the type is refused with "program of this type cannot use helper" by bpflab exactly
 * when the running kernel refuses it so.
 */
class HelperAvailabilityTest {

    private static boolean refused(String message) {
        return message.startsWith("program of this type cannot use helper") || message.startsWith("invalid func ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"socket", "xdp", "tc", "kprobe/do_sys_open", "cgroup/skb", "tracepoint/syscalls/sys_enter_openat",
        "raw_tracepoint/sys_enter", "perf_event", "cgroup/sock", "sk_skb/stream_verdict", "sk_msg", "lwt_in", "flow_dissector"})
    @Tag("kernel")
    void bpflabOffersTheHelpersTheKernelOffers(String section) throws Exception {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        SectionDef def = ProgramType.fromSection(section).orElseThrow();
        List<String> wrong = new ArrayList<>();
        for (Helper h : Helper.values()) {
            if (h == Helper.UNSPEC) {
                continue;
            }
            Program p = Program.of(new Insn.Call(h.id()), new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 0), new Insn.Exit());
            Verdict v = PathExplorer.verify(p, new PathExplorer.Options(true, 0), LoadAttrs.of(def.programType(), List.of()));
            try (LoadResult r = KernelProgram.load(LoadRequest.forSection(io.bpflab.isa.Encoder.encode(p), def))) {
                boolean kernel = refused(r.firstError());
                boolean bpflab = refused(v.message());
                if (kernel != bpflab) {
                    wrong.add(h.kernelName() + (kernel ? " refused by the kernel" : " offered by the kernel"));
                }
            }
        }
        assertEquals(List.of(), wrong, section);
    }
}
