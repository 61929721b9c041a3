package io.bpflab.isa.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelPrinterTest {

    private static String one(KernelPrinter k, Insn insn) {
        return k.text(Program.of(insn, new Insn.Exit()), 0);
    }

    @Test
    void helpersByTheKernelsNames() {
        assertEquals("(85) call bpf_map_lookup_elem#1", one(KernelPrinter.DEFAULT, new Insn.Call(1)));
        assertEquals("(85) call bpf_tail_call#12", one(KernelPrinter.DEFAULT, new Insn.Call(12)));
        // kernel: func_id_str has no entry past __BPF_FUNC_MAX_ID, nor for negative ids.
        assertEquals("(85) call unknown#212", one(KernelPrinter.DEFAULT, new Insn.Call(212)));
        assertEquals("(85) call unknown#-1", one(KernelPrinter.DEFAULT, new Insn.Call(-1)));
    }

    @Test
    void kfuncsByNameWhenTheCallerKnowsIt() {
        Insn call = new Insn.CallKfunc(1234, 0);
        assertEquals("(85) call kernel-function#1234", one(KernelPrinter.DEFAULT, call));
        assertEquals("(85) call bpf_obj_new_impl#1234",
                one(KernelPrinter.DEFAULT.withKfuncNames(id -> id == 1234 ? "bpf_obj_new_impl" : null), call));
    }

    @Test
    void pseudoImmediatesAsTheVerifierOrBpftoolPrintThem() {
        Insn mapValue = new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_VALUE, 8L << 32 | 3);
        Insn mapFd = new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 3);
        Insn idxValue = new Insn.LoadImm64(Reg.R2, PseudoSrc.MAP_IDX_VALUE, 16L << 32 | 1);
        Insn func = new Insn.LoadImm64(Reg.R2, PseudoSrc.FUNC, 1);
        Insn btf = new Insn.LoadImm64(Reg.R2, PseudoSrc.BTF_ID, 77);
        assertEquals("(18) r1 = 0x800000003", one(KernelPrinter.DEFAULT, mapValue));
        KernelPrinter bpftool = KernelPrinter.DEFAULT.withPseudoImm(KernelPrinter.PseudoImm.BPFTOOL);
        assertEquals("(18) r1 = map[id:3][0]+8", one(bpftool, mapValue));
        assertEquals("(18) r1 = map[id:3]", one(bpftool, mapFd));
        assertEquals("(18) r2 = map[idx:1]+16", one(bpftool, idxValue));
        assertEquals("(18) r2 = subprog[+1]", one(bpftool, func));
        assertEquals("(18) r2 = 0x4d", one(bpftool, btf));
        // kernel: print_bpf_insn hides map and BTF pointers from loaders without allow_ptr_leaks.
        KernelPrinter unpriv = KernelPrinter.DEFAULT.withAllowPtrLeaks(false);
        assertEquals("(18) r1 = 0x0", one(unpriv, mapValue));
        assertEquals("(18) r2 = 0x4d", one(KernelPrinter.DEFAULT, btf));
        assertEquals("(18) r2 = 0x0", one(unpriv, btf));
        assertEquals("(18) r2 = 0x1", one(unpriv, func));
    }

    @Test
    void labelTargetsPrintAsThePcOffsetsTheyEncodeTo() {
        Program p = new Program(List.of(
                new Insn.JumpImm(Width.W64, JmpOp.JEQ, Reg.R1, -1, Target.label("out")),
                Insn.LoadImm64.of(Reg.R0, 7),
                new Insn.CallLocal(Target.label("f")),
                new Insn.Gotol(Target.label("f")),
                new Insn.Exit(),
                new Insn.Ja(Target.label("out"))),
                Map.of("out", 4, "f", 5));
        assertEquals("""
                0: (15) if r1 == 0xffffffff goto pc+4
                1: (18) r0 = 0x7
                3: (85) call pc+2
                4: (06) gotol pc+1
                5: (95) exit
                6: (05) goto pc-2
                """, Disassembler.kernelLog(p));
    }
}
