package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Soundness of the explorer as a whole: in random loop-free scalar programs the explorer
 * accepts, the concrete run's registers at every instruction it reaches lie in one of the
 * states the explorer saw there. Registers start from random constants that {@code /= 1}
 * hides from the verifier, so that the abstract states are not all constants.
 */
class PathExplorerSoundnessTest {
    private static final Reg[] REGS = {Reg.R0, Reg.R2, Reg.R3, Reg.R4, Reg.R5, Reg.R6};
    private static final AluOp[] OPS = {
        AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.DIV, AluOp.SDIV, AluOp.MOD, AluOp.SMOD, AluOp.OR, AluOp.AND,
        AluOp.LSH, AluOp.RSH, AluOp.ARSH, AluOp.XOR, AluOp.MOV,
    };

    private static Program randomProgram(SplittableRandom r, ScalarGen g) {
        List<Insn> p = new ArrayList<>();
        for (Reg reg : REGS) {
            p.add(r.nextBoolean() ? new Insn.AluImm(Width.W64, AluOp.MOV, reg, (int) g.value())
                : Insn.LoadImm64.of(reg, g.value()));
            if (r.nextInt(3) != 0) {
                p.add(new Insn.AluImm(Width.W64, AluOp.DIV, reg, 1));
            }
        }
        int body = r.nextInt(5, 30);
        for (int i = 0; i < body; i++) {
            Reg d = REGS[r.nextInt(REGS.length)];
            Reg s = REGS[r.nextInt(REGS.length)];
            Width w = r.nextInt(3) == 0 ? Width.W32 : Width.W64;
            AluOp op = OPS[r.nextInt(OPS.length)];
            int left = body - i;
            if (r.nextInt(6) == 0 && d != s) {
                // the pattern linked scalars exist for: a copy, maybe a small constant added
                p.add(new Insn.AluReg(Width.W64, AluOp.MOV, d, s));
                if (r.nextBoolean()) {
                    p.add(new Insn.AluImm(Width.W64, AluOp.ADD, d, r.nextInt(0, 100)));
                }
                continue;
            }
            Insn insn = switch (r.nextInt(10)) {
                case 0, 1 -> {
                    int imm;
                    if (op.isShift()) {
                        imm = r.nextInt(w == Width.W64 ? 64 : 32);
                    } else {
                        imm = (int) g.value();
                        if (imm == 0 && (op == AluOp.DIV || op == AluOp.SDIV || op == AluOp.MOD || op == AluOp.SMOD)) {
                            imm = 3;
                        }
                    }
                    yield new Insn.AluImm(w, op, d, imm);
                }
                case 2, 3 -> new Insn.AluReg(w, op, d, s);
                case 4 -> new Insn.Neg(w, d);
                case 5 -> new Insn.Endian(EndianOp.values()[r.nextInt(3)], new int[] {16, 32, 64}[r.nextInt(3)], d);
                case 6 -> new Insn.MovSx(w, d, s, w == Width.W64 ? new int[] {8, 16, 32}[r.nextInt(3)]
                    : new int[] {8, 16}[r.nextInt(2)]);
                case 7 -> new Insn.JumpImm(w, JmpOp.values()[r.nextInt(JmpOp.values().length)], d,
                    r.nextBoolean() ? (int) g.value() : r.nextInt(-2, 20), Target.offset(r.nextInt(left)));
                default -> new Insn.JumpReg(w, JmpOp.values()[r.nextInt(JmpOp.values().length)], d, s,
                    Target.offset(r.nextInt(left)));
            };
            p.add(insn);
        }
        p.add(new Insn.Exit());
        return Program.of(p);
    }

    /** The concrete semantics of one step; returns the next instruction index. */
    private static int step(Program prog, int idx, long[] regs) {
        Insn insn = prog.insn(idx);
        switch (insn) {
            case Insn.AluImm a -> regs[a.dst().number()] = Concrete.alu(a.op(), a.width(), regs[a.dst().number()], a.imm());
            case Insn.AluReg a -> regs[a.dst().number()] =
                Concrete.alu(a.op(), a.width(), regs[a.dst().number()], regs[a.src().number()]);
            case Insn.Neg n -> {
                long v = regs[n.dst().number()];
                regs[n.dst().number()] = n.width() == Width.W64 ? -v : Integer.toUnsignedLong(-(int) v);
            }
            case Insn.Endian e -> {
                long v = regs[e.dst().number()];
                boolean swap = e.op() != EndianOp.LE;
                regs[e.dst().number()] = switch (e.bits()) {
                    case 16 -> swap ? Short.reverseBytes((short) v) & 0xffffL : v & 0xffff;
                    case 32 -> swap ? Integer.toUnsignedLong(Integer.reverseBytes((int) v)) : v & 0xffff_ffffL;
                    default -> swap ? Long.reverseBytes(v) : v;
                };
            }
            case Insn.MovSx m -> {
                long v = regs[m.src().number()];
                int shift = 64 - m.bits();
                long sx = v << shift >> shift;
                regs[m.dst().number()] = m.width() == Width.W64 ? sx : sx & 0xffff_ffffL;
            }
            case Insn.LoadImm64 l -> regs[l.dst().number()] = l.imm();
            case Insn.JumpImm j -> {
                if (Concrete.jump(j.op(), j.width(), regs[j.dst().number()], j.imm())) {
                    return prog.indexOfSlot(prog.slotOf(idx) + 1 + ((Target.Offset) j.target()).slots());
                }
            }
            case Insn.JumpReg j -> {
                if (Concrete.jump(j.op(), j.width(), regs[j.dst().number()], regs[j.src().number()])) {
                    return prog.indexOfSlot(prog.slotOf(idx) + 1 + ((Target.Offset) j.target()).slots());
                }
            }
            case Insn.Exit x -> {
                return -1;
            }
            default -> throw new IllegalStateException("not generated: " + insn);
        }
        return idx + 1;
    }

    @Test
    void concreteRunsStayInsideTheExploredStates() {
        SplittableRandom r = new SplittableRandom(2024);
        ScalarGen g = new ScalarGen(2025);
        int accepted = 0;
        for (int n = 0; n < 3000; n++) {
            Program prog = randomProgram(r, g);
            Map<Integer, List<List<RegState>>> seen = new HashMap<>();
            Verdict v = PathExplorer.verify(prog, true, (idx, regs) ->
                seen.computeIfAbsent(idx, k -> new ArrayList<>()).add(regs));
            if (!v.accepted()) {
                continue;
            }
            accepted++;
            long[] regs = new long[11];
            int idx = 0;
            while (idx >= 0) {
                List<List<RegState>> states = seen.getOrDefault(idx, List.of());
                final long[] now = regs.clone();
                final int at = idx;
                boolean covered = states.stream().anyMatch(s -> {
                    for (Reg reg : REGS) {
                        if (s.get(reg.number()) instanceof RegState.ScalarReg sr && !sr.value().contains(now[reg.number()])) {
                            return false;
                        }
                    }
                    return true;
                });
                assertTrue(covered, () -> "insn " + at + " of " + prog + ": no explored state holds "
                    + java.util.Arrays.toString(now) + "; states: " + states);
                idx = step(prog, idx, regs);
            }
        }
        assertTrue(accepted > 1000, "too few accepted programs: " + accepted);
    }
}
