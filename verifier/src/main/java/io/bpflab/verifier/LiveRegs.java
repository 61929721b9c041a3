package io.bpflab.verifier;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.disasm.KernelPrinter;
import java.util.List;

/**
 * The registers live before each instruction, a backward data-flow fixpoint over the
 * control-flow graph, and the table a 6.18 kernel prints at log level 2 before exploring
 * ({@code Live regs before insn:}, then {@code       3: .12....... (07) r2 += -16}).
 */
final class LiveRegs {
    private LiveRegs() {
    }

    private static int bit(Reg r) {
        return 1 << r.number();
    }

    /** Registers the instruction reads. */
    static int use(Insn insn) {
        return switch (insn) {
            case Insn.AluReg a -> a.op() == AluOp.MOV ? bit(a.src()) : bit(a.src()) | bit(a.dst());
            case Insn.AluImm a -> a.op() == AluOp.MOV ? 0 : bit(a.dst());
            case Insn.Neg n -> bit(n.dst());
            case Insn.Endian e -> bit(e.dst());
            case Insn.MovSx m -> bit(m.src());
            case Insn.AddrSpaceCast a -> bit(a.src());
            case Insn.Load l -> bit(l.src());
            case Insn.LoadSx l -> bit(l.src());
            case Insn.Store s -> bit(s.dst()) | bit(s.src());
            case Insn.StoreImm s -> bit(s.dst());
            case Insn.Atomic a -> bit(a.dst()) | bit(a.src()) | (a.op() == AtomicOp.CMPXCHG ? 1 : 0);
            case Insn.LoadImm64 l -> 0;
            case Insn.LegacyLoad l -> bit(Reg.R6) | bit(l.src());
            case Insn.JumpReg j -> bit(j.dst()) | bit(j.src());
            case Insn.JumpImm j -> bit(j.dst());
            case Insn.Ja j -> 0;
            case Insn.Gotol j -> 0;
            case Insn.MayGoto m -> 0;
            case Insn.Call c -> helperArgs(c.helperId());
            case Insn.CallLocal c -> 0b111110;
            case Insn.CallKfunc c -> 0b111110;
            case Insn.Callx c -> 0b111110 | bit(c.reg());
            case Insn.Exit e -> 1;
        };
    }

    /** kernel: the argument registers a helper's prototype reads (all five for an unknown helper). */
    private static int helperArgs(int id) {
        int n = io.bpflab.isa.linux.Helper.byId(id).flatMap(io.bpflab.isa.linux.HelperProto::of)
            .map(p -> p.args().size()).orElse(5);
        return ((1 << n) - 1) << 1;
    }

    /** Registers the instruction writes. */
    static int def(Insn insn) {
        return switch (insn) {
            case Insn.AluReg a -> bit(a.dst());
            case Insn.AluImm a -> bit(a.dst());
            case Insn.Neg n -> bit(n.dst());
            case Insn.Endian e -> bit(e.dst());
            case Insn.MovSx m -> bit(m.dst());
            case Insn.AddrSpaceCast a -> bit(a.dst());
            case Insn.Load l -> bit(l.dst());
            case Insn.LoadSx l -> bit(l.dst());
            case Insn.Atomic a -> a.op() == AtomicOp.CMPXCHG ? 1 : a.op().fetches() ? bit(a.src()) : 0;
            case Insn.LoadImm64 l -> bit(l.dst());
            case Insn.LegacyLoad l -> 0b111111;
            case Insn.Call c -> 0b111111;
            case Insn.CallLocal c -> 0b111111;
            case Insn.CallKfunc c -> 0b111111;
            case Insn.Callx c -> 0b111111;
            default -> 0;
        };
    }

    /** The live-in set of every instruction (by index), as bit masks of r0-r10. */
    static int[] compute(Program program) {
        int n = program.size();
        int[] in = new int[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                Insn insn = program.insn(i);
                int out = 0;
                for (int s : successors(program, i)) {
                    out |= in[s];
                }
                int live = use(insn) | (out & ~def(insn));
                if (live != in[i]) {
                    in[i] = live;
                    changed = true;
                }
            }
        }
        return in;
    }

    private static int[] successors(Program program, int i) {
        Insn insn = program.insn(i);
        int next = i + 1 < program.size() ? i + 1 : -1;
        return switch (insn) {
            case Insn.Exit e -> new int[0];
            case Insn.Ja j -> new int[] {target(program, i, j.target())};
            case Insn.Gotol j -> new int[] {target(program, i, j.target())};
            case Insn.JumpImm j -> pair(target(program, i, j.target()), next);
            case Insn.JumpReg j -> pair(target(program, i, j.target()), next);
            case Insn.MayGoto m -> pair(target(program, i, m.target()), next);
            default -> next < 0 ? new int[0] : new int[] {next};
        };
    }

    private static int[] pair(int a, int b) {
        return b < 0 ? new int[] {a} : new int[] {a, b};
    }

    private static int target(Program program, int i, Target t) {
        return program.indexOfSlot(switch (t) {
            case Target.Offset o -> program.slotOf(i) + 1 + o.slots();
            case Target.Label l -> program.slotOf(program.labels().get(l.name()));
        });
    }

    /**
     * Registers whose value, as it is before each instruction, may reach a decision the
     * verifier makes on some path: the operands of conditional jumps, the scalar added to or
     * subtracted from a register (it may be a pointer), a register stored to memory (a stored
     * zero types the stack as zero). Across calls: the arguments the callee finds relevant at
     * its entry are relevant at the call, and R0 is relevant at a subprogram's exit when it
     * is relevant after one of the calls of that subprogram. bpflab's static stand-in for the
     * kernel's precision marks, which are found by backtracking along each path and are a
     * subset of these: a scalar outside this set can take any value without changing the
     * verdict, so states need not agree on it.
     */
    static int[] relevant(Program program) {
        return relevant(program, false);
    }

    /** As {@link #relevant(Program)}; {@code returnChecked}: r0 at exit is checked against a range. */
    static int[] relevant(Program program, boolean returnChecked) {
        int n = program.size();
        int[] in = new int[n];
        List<Integer> starts = Cfg.subprogramStarts(program);
        int[] subprogOf = new int[n];
        for (int i = 0; i < n; i++) {
            int at = java.util.Collections.binarySearch(starts, program.slotOf(i));
            subprogOf[i] = at >= 0 ? at : -at - 2;
        }
        // whether R0 is relevant after some call of each subprogram, so at its exits
        int[] r0AfterCall = new int[starts.size()];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                Insn insn = program.insn(i);
                int out = 0;
                for (int s : successors(program, i)) {
                    out |= in[s];
                }
                int def = def(insn);
                int rel = out & ~def;
                if ((out & def) != 0 && !(insn instanceof Insn.CallLocal)) {
                    // a relevant result makes what it is computed from relevant (a callee's R0
                    // is relevant at its exit instead)
                    rel |= use(insn);
                }
                rel |= sinks(insn);
                if (insn instanceof Insn.CallLocal c) {
                    int entry = target(program, i, c.target());
                    rel |= in[entry] & ARGS;
                    int callee = subprogOf[entry];
                    if ((out & 1) != 0 && r0AfterCall[callee] == 0) {
                        r0AfterCall[callee] = 1;
                        changed = true;
                    }
                } else if (insn instanceof Insn.Exit && subprogOf[i] != 0) {
                    rel |= r0AfterCall[subprogOf[i]];
                } else if (returnChecked && insn instanceof Insn.Exit) {
                    rel |= 1;
                }
                if (rel != in[i]) {
                    in[i] = rel;
                    changed = true;
                }
            }
        }
        return in;
    }

    /** R1-R5, the argument registers. */
    private static final int ARGS = 0b111110;

    private static int sinks(Insn insn) {
        return switch (insn) {
            case Insn.JumpReg j -> bit(j.dst()) | bit(j.src());
            case Insn.JumpImm j -> bit(j.dst());
            case Insn.AluReg a when a.op() == AluOp.ADD || a.op() == AluOp.SUB -> bit(a.src()) | bit(a.dst());
            case Insn.Store s -> bit(s.src());
            case Insn.Atomic a -> bit(a.src());
            // a helper's size and flag arguments, and a return value the program type bounds
            case Insn.Call c -> helperArgs(c.helperId());
            default -> 0;
        };
    }

    /** The level-2 table, every line ending in a newline. */
    static String table(Program program, KernelPrinter printer) {
        int[] in = compute(program);
        StringBuilder sb = new StringBuilder("Live regs before insn:\n");
        for (int i = 0; i < program.size(); i++) {
            sb.append(String.format("%7d: ", program.slotOf(i)));
            for (int r = 0; r < 10; r++) {
                sb.append((in[i] & (1 << r)) != 0 ? (char) ('0' + r) : '.');
            }
            sb.append(' ').append(printer.text(program, i)).append('\n');
        }
        return sb.toString();
    }
}
