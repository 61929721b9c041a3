package io.bpflab.isa.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisassemblerTest {

    private static final Insn EXIT = new Insn.Exit();

    private static Insn mov(int imm) {
        return new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, imm);
    }

    @Test
    void programLabelsPrintWhereTheyAreAndByName() {
        Map<String, Integer> labels = new LinkedHashMap<>();
        labels.put("top", 0);
        labels.put("again", 0);
        labels.put("end", 3);
        Program p = new Program(List.of(
                mov(1),
                new Insn.JumpImm(Width.W64, JmpOp.JNE, Reg.R0, 0, Target.label("end")),
                new Insn.Ja(Target.label("top")),
                EXIT), labels);
        assertEquals("""
                top:
                again:
                \tr0 = 1
                \tif r0 != 0 goto end
                \tgoto top
                end:
                \texit
                """, Disassembler.llvm(p));
    }

    @Test
    void offsetsByDefaultAndGeneratedLabelsWhenAsked() {
        Program p = Program.of(
                new Insn.JumpReg(Width.W32, JmpOp.JSLT, Reg.R1, Reg.R2, Target.offset(2)),
                Insn.LoadImm64.of(Reg.R1, 0x1122334455667788L),
                EXIT,
                new Insn.Ja(Target.offset(-5)));
        assertEquals("""
                \tif w1 s< w2 goto +2
                \tr1 = 1234605616436508552 ll
                \texit
                \tgoto -5
                """, Disassembler.llvm(p));
        assertEquals("""
                LBB0_0:
                \tif w1 s< w2 goto LBB0_3
                \tr1 = 1234605616436508552 ll
                LBB0_3:
                \texit
                \tgoto LBB0_0
                """, Disassembler.DEFAULT.withLabels(Disassembler.Labels.ALWAYS).asm(p));
    }

    @Test
    void generatedLabelsDoNotTakeTheProgramsNames() {
        Program p = new Program(List.of(new Insn.Ja(Target.offset(0)), EXIT, EXIT), Map.of("LBB0_1", 2));
        assertEquals("""
                \tgoto LBB0_1_
                LBB0_1_:
                \texit
                LBB0_1:
                \texit
                """, Disassembler.llvm(p));
    }

    @Test
    void localCallsAndFarGotolTakeALabelEvenWithOffsets() {
        List<Insn> insns = new ArrayList<>();
        insns.add(new Insn.CallLocal(Target.offset(2)));
        insns.add(new Insn.Gotol(Target.offset(40_000)));
        insns.add(new Insn.Gotol(Target.offset(0)));
        insns.add(EXIT);
        for (int i = 0; i < 40_000; i++) {
            insns.add(mov(i));
        }
        insns.add(EXIT);
        String text = Disassembler.llvm(Program.of(insns));
        assertEquals("""
                \tcall subprog_3
                \tgotol LBB1_40002
                \tgotol +0
                subprog_3:
                \texit
                \tr0 = 0
                """, text.lines().limit(6).map(l -> l + "\n").reduce("", String::concat));
        // The slot after the gotol plus 40000.
        assertEquals("LBB1_40002:\n\tr0 = 39998\n", text.substring(text.indexOf("LBB1_40002:"), text.indexOf("\tr0 = 39999")));
    }

    @Test
    void whatLlvmCannotWriteComesOutAsRawWordsWithItsMeaning() {
        LlvmText local = LlvmPrinter.DEFAULT.text(new Insn.CallLocal(Target.offset(5)));
        assertInstanceOf(LlvmText.Raw.class, local);
        assertEquals(".8byte 0x0000000500001085 # call pc+5", local.asm());
        assertEquals("call pc+5", local.readable());
        assertEquals(".8byte 0x0000000000002318, 0x0000000200000000 # r3 = map_value[0] + 2 ll",
                Disassembler.text(new Insn.LoadImm64(Reg.R3, PseudoSrc.MAP_VALUE, 2L << 32)));
        assertEquals(".8byte 0x0000002a00002085 # call kfunc#42",
                Disassembler.text(new Insn.CallKfunc(42, 0)));
        Insn acquire = new Insn.Atomic(io.bpflab.isa.Size.B, io.bpflab.isa.AtomicOp.LOAD_ACQUIRE, Reg.R0, Reg.R1, 0);
        assertEquals("w0 = load_acquire((u8 *)(r1 + 0))", Disassembler.text(acquire));
        assertEquals(".8byte 0x00000100000010d3 # w0 = load_acquire((u8 *)(r1 + 0))",
                LlvmPrinter.DEFAULT.withLlvm19(true).text(acquire).asm());
    }

    @Test
    void targetsOutsideTheProgramStillPrint() {
        Program p = Program.of(new Insn.Ja(Target.offset(100)), new Insn.CallLocal(Target.offset(-7)), EXIT);
        assertEquals("""
                \tgoto +100
                \t.8byte 0xfffffff900001085 # call pc-7
                \texit
                """, Disassembler.DEFAULT.withLabels(Disassembler.Labels.ALWAYS).asm(p));
    }

    @Test
    void listingLooksLikeObjdumps() throws Exception {
        Program p = new Program(List.of(mov(1), Insn.LoadImm64.of(Reg.R2, -1), new Insn.Ja(Target.label("out")), EXIT),
                Map.of("out", 3));
        assertEquals("""
                       0:\tb7 00 00 00 01 00 00 00\tr0 = 1
                       1:\t18 02 00 00 ff ff ff ff 00 00 00 00 ff ff ff ff\tr2 = -1 ll
                       3:\t05 00 00 00 00 00 00 00\tgoto out

                0000000000000020 <out>:
                       4:\t95 00 00 00 00 00 00 00\texit
                """, Disassembler.DEFAULT.listing(p, true));
        assertEquals("""
                       0:\tr0 = 0x1
                       1:\tr2 = -0x1 ll
                       3:\tgoto +0x0
                       4:\texit
                """, Disassembler.DEFAULT.withLlvm(LlvmPrinter.DEFAULT.withRadix(Radix.HEX))
                .listing(Program.of(mov(1), Insn.LoadImm64.of(Reg.R2, -1), new Insn.Ja(Target.offset(0)), EXIT), false));
    }
}
