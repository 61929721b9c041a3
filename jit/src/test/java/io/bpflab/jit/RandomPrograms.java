package io.bpflab.jit;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Mode;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded generator of programs that run (unlike the isa module's InsnGenerator, whose
 * programs only decode): the conformance calling convention (r1 = 64 bytes of memory,
 * r2 = its length), every ALU, jump, load, store and atomic form, loops that may exhaust a
 * small instruction budget, may_goto, helper calls (5 is unwind), bpf-to-bpf calls that may
 * recurse past the frame limit, callx, and accesses that fault (out of the frame, out of
 * the memory, unmapped, read-only), so both engines are compared on results and on faults.
 */
final class RandomPrograms {

    static final int MEMORY = 64;

    private final SplittableRandom rnd;
    private final List<Insn> insns = new ArrayList<>();
    private final Map<String, Integer> labels = new HashMap<>();
    private final List<int[]> pending = new ArrayList<>();

    RandomPrograms(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    byte[] memory() {
        byte[] m = new byte[MEMORY];
        rnd.nextBytes(m);
        return m;
    }

    private Reg reg() {
        return Reg.values()[rnd.nextInt(10)];
    }

    /** Mostly small values (so loads and shifts land somewhere), sometimes any 32-bit value. */
    private int imm() {
        return switch (rnd.nextInt(4)) {
            case 0 -> rnd.nextInt();
            case 1 -> rnd.nextInt(-4, 5);
            case 2 -> rnd.nextInt(0, 64);
            default -> 1 << rnd.nextInt(32);
        };
    }

    private Width width() {
        return rnd.nextBoolean() ? Width.W64 : Width.W32;
    }

    private Size size() {
        return Size.values()[rnd.nextInt(4)];
    }

    private Target label(int index) {
        String name = "L" + index;
        labels.putIfAbsent(name, index);
        return Target.label(name);
    }

    /** A program of about {@code length} instructions with {@code subprograms} extra functions. */
    Program program(int length) {
        insns.clear();
        labels.clear();
        pending.clear();
        int subprograms = rnd.nextInt(3);
        int[] sizes = new int[subprograms + 1];
        sizes[0] = length;
        for (int s = 1; s <= subprograms; s++) {
            sizes[s] = 4 + rnd.nextInt(length / 2 + 1);
        }
        int[] starts = new int[subprograms + 1];
        int total = 0;
        for (int s = 0; s <= subprograms; s++) {
            starts[s] = total;
            total += sizes[s] + 1;
        }
        for (int s = 0; s <= subprograms; s++) {
            int end = starts[s] + sizes[s];
            if (s == 0) {
                // A known base for the frame and the memory, kept in r6-r9 as a compiler would.
                insns.add(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R6, Reg.R1));
                insns.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, imm()));
            }
            while (insns.size() < end) {
                insn(starts, s, end);
            }
            insns.add(new Insn.Exit());
        }
        Program draft = new Program(new ArrayList<>(insns), new HashMap<>(labels));
        for (int[] p : pending) {
            int slots = draft.slotOf(p[1]) - draft.slotOf(p[0]) - 1;
            insns.set(p[0], new Insn.LoadImm64(Reg.R7, PseudoSrc.FUNC, slots));
        }
        return new Program(new ArrayList<>(insns), new HashMap<>(labels));
    }

    private void insn(int[] starts, int self, int end) {
        int here = insns.size();
        int kind = rnd.nextInt(100);
        if (kind < 30) {
            AluOp op = AluOp.values()[rnd.nextInt(AluOp.values().length)];
            Reg dst = reg();
            insns.add(rnd.nextBoolean() ? new Insn.AluReg(width(), op, dst, reg()) : new Insn.AluImm(width(), op, dst, imm()));
        } else if (kind < 34) {
            switch (rnd.nextInt(4)) {
                case 0 -> insns.add(new Insn.Neg(width(), reg()));
                case 1 -> {
                    Width w = width();
                    int[] bits = w == Width.W64 ? new int[] {8, 16, 32} : new int[] {8, 16};
                    insns.add(new Insn.MovSx(w, reg(), reg(), bits[rnd.nextInt(bits.length)]));
                }
                case 2 -> insns.add(new Insn.Endian(EndianOp.values()[rnd.nextInt(3)], 16 << rnd.nextInt(3), reg()));
                default -> insns.add(new Insn.LoadImm64(reg(), PseudoSrc.IMM64, rnd.nextLong()));
            }
        } else if (kind < 50) {
            memoryAccess();
        } else if (kind < 54) {
            atomic();
        } else if (kind < 72 && end - here > 1) {
            // Mostly forward jumps; backward ones make loops the budget or may_goto ends.
            int to = rnd.nextInt(5) == 0 ? starts[self] + rnd.nextInt(here - starts[self] + 1)
                    : here + 1 + rnd.nextInt(end - here);
            JmpOp op = JmpOp.values()[rnd.nextInt(JmpOp.values().length)];
            switch (rnd.nextInt(5)) {
                case 0 -> insns.add(new Insn.JumpReg(width(), op, reg(), reg(), label(to)));
                case 1 -> insns.add(to > here ? new Insn.Ja(label(to)) : new Insn.MayGoto(label(to)));
                case 2 -> insns.add(new Insn.MayGoto(label(to)));
                default -> insns.add(new Insn.JumpImm(width(), op, reg(), imm(), label(to)));
            }
        } else if (kind < 78) {
            // uBPF's unwind: ends the program when r1 is 0.
            if (rnd.nextBoolean()) {
                insns.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R1, rnd.nextInt(3)));
            }
            insns.add(new Insn.Call(5));
        } else if (kind < 84 && starts.length > 1) {
            int callee = 1 + rnd.nextInt(starts.length - 1);
            if (rnd.nextInt(3) == 0) {
                // The slot offset is known once the program is complete (lddw takes two slots).
                pending.add(new int[] {insns.size(), starts[callee]});
                insns.add(new Insn.LoadImm64(Reg.R7, PseudoSrc.FUNC, 0));
                insns.add(new Insn.Callx(Reg.R7));
            } else {
                insns.add(new Insn.CallLocal(label(starts[callee])));
            }
        } else if (kind < 86) {
            boolean abs = rnd.nextBoolean();
            insns.add(new Insn.LegacyLoad(abs ? Mode.ABS : Mode.IND, Size.values()[rnd.nextInt(3)], abs ? Reg.R0 : reg(), imm()));
        } else if (kind < 88) {
            insns.add(new Insn.Callx(reg()));
        } else {
            insns.add(new Insn.AluImm(width(), AluOp.values()[rnd.nextInt(AluOp.values().length)], reg(), imm()));
        }
    }

    /** Base r10 (the frame), r6 (the memory) or any register; offsets mostly inside, sometimes just outside. */
    private void memoryAccess() {
        Size size = size();
        Reg base;
        int off;
        switch (rnd.nextInt(5)) {
            case 0, 1 -> {
                base = Reg.R10;
                off = -size.bytes * (1 + rnd.nextInt(512 / size.bytes)) + (rnd.nextInt(20) == 0 ? rnd.nextInt(-8, 9) : 0);
            }
            case 2, 3 -> {
                base = Reg.R6;
                off = rnd.nextInt(-4, MEMORY + 4);
            }
            default -> {
                base = reg();
                off = rnd.nextInt(-16, 16);
            }
        }
        Reg r = reg();
        switch (rnd.nextInt(4)) {
            case 0 -> insns.add(new Insn.Load(size, r, base, off));
            case 1 -> insns.add(size == Size.DW ? new Insn.Load(size, r, base, off) : new Insn.LoadSx(size, r, base, off));
            case 2 -> insns.add(new Insn.Store(size, base, off, r));
            default -> insns.add(new Insn.StoreImm(size, base, off, imm()));
        }
    }

    private void atomic() {
        AtomicOp op = AtomicOp.values()[rnd.nextInt(AtomicOp.values().length)];
        Size size = op.isAcquireRelease() ? size() : rnd.nextBoolean() ? Size.W : Size.DW;
        boolean stack = rnd.nextBoolean();
        Reg base = stack ? Reg.R10 : Reg.R6;
        int off = stack ? -size.bytes * (1 + rnd.nextInt(8)) : size.bytes * rnd.nextInt(MEMORY / size.bytes + 1);
        Reg other = reg();
        if (op == AtomicOp.LOAD_ACQUIRE) {
            insns.add(new Insn.Atomic(size, op, other, base, off));
        } else {
            insns.add(new Insn.Atomic(size, op, base, other, off));
        }
    }
}
