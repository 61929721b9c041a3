package io.bpflab.vm;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds test programs from {@link Insn} records, with labels. */
final class Asm {

    private final List<Insn> insns = new ArrayList<>();
    private final Map<String, Integer> labels = new LinkedHashMap<>();

    Asm add(Insn... is) {
        insns.addAll(List.of(is));
        return this;
    }

    Asm label(String name) {
        labels.put(name, insns.size());
        return this;
    }

    Program program() {
        return new Program(insns, labels);
    }

    static Insn mov(Reg d, int imm) {
        return new Insn.AluImm(Width.W64, AluOp.MOV, d, imm);
    }

    static Insn mov(Reg d, Reg s) {
        return new Insn.AluReg(Width.W64, AluOp.MOV, d, s);
    }

    static Insn alu(AluOp op, Reg d, int imm) {
        return new Insn.AluImm(Width.W64, op, d, imm);
    }

    static Insn alu(AluOp op, Reg d, Reg s) {
        return new Insn.AluReg(Width.W64, op, d, s);
    }

    static Insn alu32(AluOp op, Reg d, int imm) {
        return new Insn.AluImm(Width.W32, op, d, imm);
    }

    static Insn jmp(JmpOp op, Reg d, int imm, String label) {
        return new Insn.JumpImm(Width.W64, op, d, imm, Target.label(label));
    }

    static Insn call(int helper) {
        return new Insn.Call(helper);
    }

    static Insn exit() {
        return new Insn.Exit();
    }
}
