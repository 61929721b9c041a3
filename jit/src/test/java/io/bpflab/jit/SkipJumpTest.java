package io.bpflab.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Vm;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A conditional jump over one block counts that block by arithmetic instead of a branch
 * (Translator.Body.skipCount): every jump, width and operand form against the interpreter on
 * the values where signed, unsigned and 32-bit orders part, comparing r0 and the count.
 */
class SkipJumpTest {

    static final long[] VALUES = {0, 1, -1, 2, 0x7fffffffL, 0x80000000L, 0xffffffffL, 0x100000000L, 0x1_7fffffffL,
        Long.MIN_VALUE, Long.MAX_VALUE, 0x8000000000000001L, -0x80000000L};
    static final int[] IMMEDIATES = {0, 1, -1, 0x7fffffff, Integer.MIN_VALUE};

    /** r2 = mem[0..8), r3 = mem[8..16); if r2 op (r3 or imm) goto +2 over two ALU instructions. */
    static Program program(Width w, JmpOp op, Integer imm) {
        List<Insn> insns = new ArrayList<>();
        insns.add(new Insn.Load(Size.DW, Reg.R2, Reg.R1, 0));
        insns.add(new Insn.Load(Size.DW, Reg.R3, Reg.R1, 8));
        insns.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 5));
        insns.add(imm == null ? new Insn.JumpReg(w, op, Reg.R2, Reg.R3, Target.offset(2))
                : new Insn.JumpImm(w, op, Reg.R2, imm, Target.offset(2)));
        insns.add(new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R0, 7));
        insns.add(new Insn.AluImm(Width.W64, AluOp.MUL, Reg.R0, 3));
        insns.add(new Insn.Exit());
        return Program.of(insns);
    }

    @Test
    void everyJumpOverABlockCountsAndDecidesAsTheInterpreter() {
        int checked = 0;
        for (Width w : Width.values()) {
            for (JmpOp op : JmpOp.values()) {
                List<Integer> forms = new ArrayList<>();
                forms.add(null);
                for (int imm : IMMEDIATES) {
                    forms.add(imm);
                }
                for (Integer imm : forms) {
                    Program p = program(w, op, imm);
                    Vm iv = Vm.conformance();
                    Engine.Runner interp = Engine.INTERPRETER.prepare(iv, iv.load(p, "skip"));
                    Vm jv = Vm.conformance();
                    Executable jx = jv.load(p, "skip");
                    assertTrue(JitCompiler.dump(jx).contains("JitRuntime.falls"), "no branch-free count for " + w + " " + op);
                    Engine.Runner jit = Engine.JIT.prepare(jv, jx);
                    for (long a : VALUES) {
                        for (long b : imm == null ? VALUES : new long[] {0}) {
                            byte[] mem = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(a).putLong(b).array();
                            long expected = interp.runConformance(mem);
                            long r0 = jit.runConformance(mem);
                            String what = w + " " + op + " " + Long.toHexString(a) + ", "
                                    + (imm == null ? Long.toHexString(b) : "imm " + imm);
                            assertEquals(expected, r0, what);
                            assertEquals(iv.lastInsnCount(), jv.lastInsnCount(), what);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(2 * JmpOp.values().length * (VALUES.length * VALUES.length + IMMEDIATES.length * VALUES.length),
                checked);
    }
}
