package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Soundness of the explorer as a whole: in random loop-free scalar programs the explorer
 * accepts, the concrete run's registers at every instruction it reaches lie in one of the
 * states the explorer saw there. Registers start from random constants that {@code /= 1}
 * hides from the verifier, so that the abstract states are not all constants.
 */
class PathExplorerSoundnessTest {
    private static final Reg[] REGS = RandomPrograms.REGS;

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
        RandomPrograms gen = new RandomPrograms(2024);
        assertTrue(checkRuns(3000, n -> gen.next(false)) > 1000);
    }

    @Test
    void concreteRunsOfLoopsStayInsideTheExploredStates() {
        RandomPrograms gen = new RandomPrograms(2025);
        assertTrue(checkRuns(600, n -> gen.nextLoop(false)) > 300);
    }

    /**
     * Runs every accepted program concretely and checks each step against the states the
     * explorer saw at that instruction; returns how many programs were accepted.
     */
    private static int checkRuns(int count, java.util.function.IntFunction<Program> programs) {
        int accepted = 0;
        for (int n = 0; n < count; n++) {
            Program prog = programs.apply(n);
            Map<Integer, List<List<RegState>>> seen = new HashMap<>();
            Verdict v = PathExplorer.verify(prog, true, (idx, regs) ->
                seen.computeIfAbsent(idx, k -> new ArrayList<>()).add(regs));
            if (!v.accepted()) {
                continue;
            }
            accepted++;
            long[] regs = new long[11];
            // a path may end where an explored state covers it in the registers still live
            // whose values may reach a decision (the others may take any value)
            int[] live = LiveRegs.compute(prog);
            int[] relevant = LiveRegs.relevant(prog);
            int idx = 0;
            while (idx >= 0) {
                List<List<RegState>> states = seen.getOrDefault(idx, List.of());
                final long[] now = regs.clone();
                final int at = idx;
                boolean covered = states.stream().anyMatch(s -> {
                    for (Reg reg : REGS) {
                        if ((live[at] & relevant[at] & (1 << reg.number())) == 0) {
                            continue;
                        }
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
        return accepted;
    }
}
