package io.bpflab.kernel;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Seeded random programs the verifier must accept, in the conformance convention (r1 =
 * memory of {@link #MEMORY} bytes, r2 = its length) with map 0 an array whose one value is
 * {@link #VALUE} bytes: ALU of both widths on scalars, loads and stores on the memory, the
 * stack and the map value, atomics on the stack and the map value, forward branches,
 * bounded loops and bpf-to-bpf calls. The shape keeps every access provably safe:
 * <ul>
 *   <li>r6 holds the memory pointer, r7 the map value pointer, r9 the loop counter; the
 *       scalars are r0-r5 and r8, all initialised before the body;
 *   <li>the stack's 64 bytes below r10 are written before anything reads them;
 *   <li>accesses use constant, aligned offsets inside their region;
 *   <li>a branch only jumps forward inside its own block (never into a loop);
 *   <li>a call clobbers r1-r5 (kernel calling convention), so they are set again after it.
 * </ul>
 */
public final class RandomProgramGenerator {

    public static final int MEMORY = 64;
    public static final int VALUE = 64;
    static final int STACK = 64;

    private static final Reg[] SCALARS = {Reg.R0, Reg.R1, Reg.R2, Reg.R3, Reg.R4, Reg.R5, Reg.R8};
    private static final Reg[] SUB_SCALARS = {Reg.R0, Reg.R1, Reg.R2, Reg.R3, Reg.R4, Reg.R5};
    private static final Reg MEM = Reg.R6;
    private static final Reg MAP = Reg.R7;
    private static final Reg COUNTER = Reg.R9;

    private final SplittableRandom rnd;
    private final List<Insn> insns = new ArrayList<>();
    private final Map<String, Integer> labels = new LinkedHashMap<>();
    private int nextLabel;
    private int subprograms;
    private boolean inLoop;
    private final SortedSet<Integer> called = new TreeSet<>();

    public RandomProgramGenerator(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** A program of about {@code items} body instructions. */
    public Program program(int items) {
        subprograms = 1 + rnd.nextInt(2);
        emit(new Insn.AluReg(Width.W64, AluOp.MOV, MEM, Reg.R1));
        emit(new Insn.LoadImm64(MAP, PseudoSrc.MAP_VALUE, 0));
        for (int off = -STACK; off < 0; off += 8) {
            emit(new Insn.StoreImm(Size.DW, Reg.R10, off, rnd.nextInt()));
        }
        for (Reg r : SCALARS) {
            setScalar(r);
        }
        block(items, true, SCALARS);
        emit(new Insn.Exit());
        // only called subprograms: the kernel refuses code no path reaches ("unreachable insn")
        for (int f : called) {
            label("f" + f);
            emit(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R0, Reg.R1));
            block(3 + rnd.nextInt(6), false, SUB_SCALARS);
            emit(new Insn.Exit());
        }
        return new Program(insns, labels);
    }

    /** {@code n} items; forward branches stay inside this block. */
    private void block(int n, boolean main, Reg[] scalars) {
        List<String> pending = new ArrayList<>();
        List<Integer> due = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = pending.size() - 1; j >= 0; j--) {
                if (due.get(j) == i) {
                    label(pending.remove(j));
                    due.remove(j);
                }
            }
            int kind = rnd.nextInt(100);
            if (kind < 45) {
                alu(scalars);
            } else if (kind < 70 && main) {
                memory(scalars);
            } else if (kind < 78 && main) {
                atomic(scalars);
            } else if (kind < 90) {
                String l = "L" + nextLabel++;
                Reg dst = pick(scalars);
                Width w = rnd.nextBoolean() ? Width.W64 : Width.W32;
                JmpOp op = JmpOp.values()[rnd.nextInt(JmpOp.values().length)];
                emit(rnd.nextBoolean()
                        ? new Insn.JumpImm(w, op, dst, smallOrAny(), Target.label(l))
                        : new Insn.JumpReg(w, op, dst, pick(scalars), Target.label(l)));
                pending.add(l);
                due.add(i + 1 + rnd.nextInt(Math.max(1, n - i)));
            } else if (kind < 95 && main) {
                loop(scalars);
            } else if (main) {
                int f = rnd.nextInt(subprograms);
                called.add(f);
                emit(new Insn.CallLocal(Target.label("f" + f)));
                for (int r = 1; r <= 5; r++) {
                    setScalar(Reg.of(r));
                }
            } else {
                alu(scalars);
            }
        }
        // labels due at the end name whatever follows the block (loop latch, exit)
        for (String l : pending) {
            label(l);
        }
    }

    private void loop(Reg[] scalars) {
        if (inLoop) {
            alu(scalars);
            return;
        }
        inLoop = true;
        String head = "loop" + nextLabel++;
        emit(new Insn.AluImm(Width.W64, AluOp.MOV, COUNTER, 1 + rnd.nextInt(4)));
        label(head);
        block(1 + rnd.nextInt(4), true, scalars);
        emit(new Insn.AluImm(Width.W64, AluOp.SUB, COUNTER, 1));
        emit(new Insn.JumpImm(Width.W64, JmpOp.JNE, COUNTER, 0, Target.label(head)));
        inLoop = false;
    }

    private void alu(Reg[] scalars) {
        Reg dst = pick(scalars);
        Width w = rnd.nextBoolean() ? Width.W64 : Width.W32;
        int kind = rnd.nextInt(20);
        if (kind == 0) {
            emit(new Insn.Neg(w, dst));
        } else if (kind == 1) {
            EndianOp op = EndianOp.values()[rnd.nextInt(3)];
            int[] widths = {16, 32, 64};
            emit(new Insn.Endian(op, widths[rnd.nextInt(3)], dst));
        } else if (kind == 2) {
            int bits = w == Width.W64 ? new int[] {8, 16, 32}[rnd.nextInt(3)] : new int[] {8, 16}[rnd.nextInt(2)];
            emit(new Insn.MovSx(w, dst, pick(scalars), bits));
        } else {
            AluOp op = AluOp.values()[rnd.nextInt(AluOp.values().length)];
            if (rnd.nextBoolean()) {
                emit(new Insn.AluReg(w, op, dst, pick(scalars)));
            } else {
                emit(new Insn.AluImm(w, op, dst, immFor(op, w)));
            }
        }
    }

    /** An immediate the verifier takes for {@code op}: shifts below the width, no division by 0. */
    private int immFor(AluOp op, Width w) {
        return switch (op) {
            case LSH, RSH, ARSH -> rnd.nextInt(w == Width.W64 ? 64 : 32);
            case DIV, SDIV, MOD, SMOD -> {
                int v = smallOrAny();
                yield v == 0 ? 1 : v;
            }
            default -> smallOrAny();
        };
    }

    private void memory(Reg[] scalars) {
        Size size = Size.values()[rnd.nextInt(Size.values().length)];
        int region = rnd.nextInt(3);
        Reg base = region == 0 ? MEM : region == 1 ? MAP : Reg.R10;
        int off = offset(region, size);
        int kind = rnd.nextInt(4);
        if (kind == 0) {
            emit(new Insn.Load(size, pick(scalars), base, off));
        } else if (kind == 1 && size != Size.DW) {
            emit(new Insn.LoadSx(size, pick(scalars), base, off));
        } else if (kind == 2) {
            emit(new Insn.Store(size, base, off, pick(scalars)));
        } else {
            emit(new Insn.StoreImm(size, base, off, smallOrAny()));
        }
    }

    private void atomic(Reg[] scalars) {
        Size size = rnd.nextBoolean() ? Size.DW : Size.W;
        boolean stack = rnd.nextBoolean();
        Reg base = stack ? Reg.R10 : MAP;
        int off = offset(stack ? 2 : 1, size);
        AtomicOp[] ops = {AtomicOp.ADD, AtomicOp.OR, AtomicOp.AND, AtomicOp.XOR, AtomicOp.FETCH_ADD,
                AtomicOp.FETCH_OR, AtomicOp.FETCH_AND, AtomicOp.FETCH_XOR, AtomicOp.XCHG, AtomicOp.CMPXCHG};
        emit(new Insn.Atomic(size, ops[rnd.nextInt(ops.length)], base, pick(scalars), off));
    }

    /** An aligned offset for {@code size} inside region 0 (memory), 1 (map value) or 2 (stack). */
    private int offset(int region, Size size) {
        int bytes = size.bytes;
        int span = region == 0 ? MEMORY : region == 1 ? VALUE : STACK;
        int off = rnd.nextInt(span / bytes) * bytes;
        return region == 2 ? off - STACK : off;
    }

    private void setScalar(Reg r) {
        if (rnd.nextInt(4) == 0) {
            emit(Insn.LoadImm64.of(r, rnd.nextLong()));
        } else {
            emit(new Insn.AluImm(Width.W64, AluOp.MOV, r, smallOrAny()));
        }
    }

    private int smallOrAny() {
        return switch (rnd.nextInt(4)) {
            case 0 -> rnd.nextInt(-4, 5);
            case 1 -> rnd.nextInt(-300, 300);
            default -> rnd.nextInt();
        };
    }

    private Reg pick(Reg[] regs) {
        return regs[rnd.nextInt(regs.length)];
    }

    private void emit(Insn insn) {
        insns.add(insn);
    }

    private void label(String name) {
        labels.put(name, insns.size());
    }
}
