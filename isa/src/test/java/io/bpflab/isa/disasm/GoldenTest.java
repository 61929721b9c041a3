package io.bpflab.isa.disasm;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.InsnGenerator;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every form and a few hand-made programs in every style, against golden files. */
class GoldenTest {

    /** Every form once (seed 7), then an exit for the jumps' +0 targets to land on. */
    static Program everyForm() {
        List<Insn> insns = new ArrayList<>(new InsnGenerator(7).everyForm());
        insns.add(new Insn.Exit());
        return Program.of(insns);
    }

    /**
     * A socket filter that looks a key up in a map, loops over a counter, calls a subprogram
     * and returns: labels as the assembler would leave them.
     */
    static Program lookupLoop() {
        return new Program(List.of(
                new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R6, Reg.R1),
                new Insn.StoreImm(Size.W, Reg.R10, -4, 0),
                new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R2, Reg.R10),
                new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R2, -4),
                new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 3),
                new Insn.Call(1),
                new Insn.JumpImm(Width.W64, JmpOp.JEQ, Reg.R0, 0, Target.label("LBB0_4")),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R1, 1),
                new Insn.Atomic(Size.DW, AtomicOp.ADD, Reg.R0, Reg.R1, 0),
                new Insn.AluImm(Width.W32, AluOp.MOV, Reg.R7, 10),
                new Insn.AluImm(Width.W32, AluOp.SUB, Reg.R7, 1),
                new Insn.JumpImm(Width.W32, JmpOp.JNE, Reg.R7, 0, Target.label("LBB0_3")),
                new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R1, Reg.R6),
                new Insn.CallLocal(Target.label("count")),
                new Insn.Exit(),
                new Insn.LegacyLoad(io.bpflab.isa.Mode.ABS, Size.H, Reg.R0, 12),
                new Insn.Endian(io.bpflab.isa.EndianOp.BE, 16, Reg.R0),
                new Insn.Exit()),
                Map.of("LBB0_3", 10, "LBB0_4", 12, "count", 15));
    }

    /** The same bytes as they come from the decoder: relative offsets, no labels. */
    static Program lookupLoopDecoded() throws Exception {
        return io.bpflab.isa.Decoder.decode(io.bpflab.isa.Encoder.encode(lookupLoop()));
    }

    /**
     * cpu v4 and newer forms in a loop: may_goto, gotol, sign extension, bswap, arena casts,
     * acquire/release, a kfunc and an indirect call.
     */
    static Program v4Features() {
        return new Program(List.of(
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R6, 0),
                new Insn.MayGoto(Target.label("done")),
                new Insn.LoadSx(Size.B, Reg.R2, Reg.R1, 3),
                new Insn.MovSx(Width.W32, Reg.R3, Reg.R2, 16),
                new Insn.Endian(io.bpflab.isa.EndianOp.SWAP, 32, Reg.R3),
                new Insn.AddrSpaceCast(Reg.R4, Reg.R1, 0, 1),
                new Insn.Atomic(Size.W, AtomicOp.LOAD_ACQUIRE, Reg.R5, Reg.R4, 8),
                new Insn.Atomic(Size.DW, AtomicOp.STORE_RELEASE, Reg.R4, Reg.R6, 16),
                new Insn.Atomic(Size.DW, AtomicOp.FETCH_XOR, Reg.R4, Reg.R3, -8),
                new Insn.AluImm(Width.W64, AluOp.SDIV, Reg.R5, -3),
                new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R6, 1),
                new Insn.JumpImm(Width.W64, JmpOp.JSLT, Reg.R6, 100, Target.label("loop")),
                new Insn.Gotol(Target.label("done")),
                new Insn.CallKfunc(52391, 0),
                new Insn.Callx(Reg.R7),
                new Insn.Exit()),
                Map.of("loop", 1, "done", 15));
    }

    @Test
    void v4FeaturesLlvm() throws Exception {
        Golden.check("v4-features.llvm.s", Disassembler.llvm(v4Features()));
    }

    @Test
    void v4FeaturesLlvm19() throws Exception {
        Golden.check("v4-features.llvm19.s",
                Disassembler.DEFAULT.withLlvm(LlvmPrinter.DEFAULT.withLlvm19(true)).asm(v4Features()));
    }

    @Test
    void v4FeaturesKernel() throws Exception {
        Golden.check("v4-features.kernel.txt", Disassembler.kernelLog(v4Features()));
    }

    @Test
    void v4FeaturesListing() throws Exception {
        Golden.check("v4-features.listing.txt", Disassembler.DEFAULT.listing(v4Features(), true));
    }

    @Test
    void everyFormLlvm() throws Exception {
        Golden.check("every-form.llvm.s", Disassembler.llvm(everyForm()));
    }

    @Test
    void everyFormLlvmHex() throws Exception {
        Golden.check("every-form.llvm-hex.s",
                Disassembler.DEFAULT.withLlvm(LlvmPrinter.DEFAULT.withRadix(Radix.HEX)).asm(everyForm()));
    }

    @Test
    void everyFormLlvm19() throws Exception {
        Golden.check("every-form.llvm19.s",
                Disassembler.DEFAULT.withLlvm(LlvmPrinter.DEFAULT.withLlvm19(true)).asm(everyForm()));
    }

    @Test
    void everyFormListing() throws Exception {
        Golden.check("every-form.listing.txt", Disassembler.DEFAULT.listing(everyForm(), true));
    }

    @Test
    void everyFormKernel() throws Exception {
        Golden.check("every-form.kernel.txt", Disassembler.kernelLog(everyForm()));
    }

    @Test
    void everyFormBpftool() throws Exception {
        Golden.check("every-form.bpftool.txt", Disassembler.DEFAULT
                .withKernel(KernelPrinter.DEFAULT.withPseudoImm(KernelPrinter.PseudoImm.BPFTOOL)).log(everyForm()));
    }

    @Test
    void lookupLoopWithItsLabels() throws Exception {
        Golden.check("lookup-loop.llvm.s", Disassembler.llvm(lookupLoop()));
    }

    @Test
    void lookupLoopDecodedWithOffsets() throws Exception {
        Golden.check("lookup-loop.offsets.s", Disassembler.llvm(lookupLoopDecoded()));
    }

    @Test
    void lookupLoopDecodedWithGeneratedLabels() throws Exception {
        Golden.check("lookup-loop.labels.s",
                Disassembler.DEFAULT.withLabels(Disassembler.Labels.ALWAYS).asm(lookupLoopDecoded()));
    }

    @Test
    void lookupLoopListing() throws Exception {
        Golden.check("lookup-loop.listing.txt", Disassembler.DEFAULT.listing(lookupLoop(), true));
    }

    @Test
    void lookupLoopListingWithoutBytes() throws Exception {
        Golden.check("lookup-loop.plain.txt", Disassembler.DEFAULT.listing(lookupLoopDecoded(), false));
    }

    @Test
    void lookupLoopKernel() throws Exception {
        Golden.check("lookup-loop.kernel.txt", Disassembler.kernelLog(lookupLoop()));
    }
}
