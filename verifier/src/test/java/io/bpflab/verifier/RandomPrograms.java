package io.bpflab.verifier;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random programs of the instructions the explorer models. Tame programs initialise their
 * registers, jump only forward and end in exit; wild ones may also read unwritten
 * registers, write R10, divide by an immediate zero, shift too far and exit early (leaving
 * code unreachable). {@link #next} jumps only forward ({@link #nextLoop} makes the loops)
 * and neither touches the context pointer (bpflab does not model context access yet).
 * Stack programs also spill, fill and store immediates through R10 and through R7, a copy
 * of R10 moved by a constant; wild ones also go out of bounds, misalign, and spill R10.
 */
final class RandomPrograms {
    static final Reg[] REGS = {Reg.R0, Reg.R2, Reg.R3, Reg.R4, Reg.R5, Reg.R6};
    private static final AluOp[] OPS = {
        AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.DIV, AluOp.SDIV, AluOp.MOD, AluOp.SMOD, AluOp.OR, AluOp.AND,
        AluOp.LSH, AluOp.RSH, AluOp.ARSH, AluOp.XOR, AluOp.MOV,
    };

    private final SplittableRandom r;
    private final ScalarGen g;

    RandomPrograms(long seed) {
        r = new SplittableRandom(seed);
        g = new ScalarGen(seed + 1);
    }

    private static boolean isDivision(AluOp op) {
        return op == AluOp.DIV || op == AluOp.SDIV || op == AluOp.MOD || op == AluOp.SMOD;
    }

    Program next(boolean wild) {
        return next(wild, false);
    }

    private static final Size[] SIZES = Size.values();

    /** A stack offset for an access of {@code size}: mostly aligned inside the top 64 bytes. */
    private int stackOffset(Size size, boolean wild) {
        if (wild && r.nextInt(25) == 0) {
            return switch (r.nextInt(3)) {
                case 0 -> -520;
                case 1 -> 0;
                default -> -r.nextInt(1, 64);
            };
        }
        return -8 * r.nextInt(1, 9) + size.bytes * r.nextInt(8 / size.bytes);
    }

    private Insn stackInsn(boolean wild, Reg d, Reg s) {
        Size size = SIZES[r.nextInt(SIZES.length)];
        boolean viaR7 = r.nextInt(4) == 0;
        Reg base = viaR7 ? Reg.R7 : Reg.R10;
        int off = stackOffset(size, wild) + (viaR7 ? 16 : 0);
        return switch (r.nextInt(6)) {
            case 5 -> {
                io.bpflab.isa.AtomicOp[] ops = io.bpflab.isa.AtomicOp.values();
                io.bpflab.isa.AtomicOp op = ops[r.nextInt(ops.length - 2)];
                Size w = r.nextBoolean() ? Size.W : Size.DW;
                yield new Insn.Atomic(w, op, base, s, stackOffset(w, wild) + (viaR7 ? 16 : 0));
            }
            case 0 -> new Insn.Store(size, base, off, wild && r.nextInt(15) == 0 ? Reg.R10 : s);
            case 1 -> new Insn.StoreImm(size, base, off, r.nextBoolean() ? 0 : (int) g.value());
            case 2 -> size != Size.DW && r.nextBoolean() ? new Insn.LoadSx(size, d, base, off)
                : new Insn.Load(size, d, base, off);
            default -> new Insn.Load(size, d, base, off);
        };
    }

    /** {@code body} random instructions on {@code regs}, jumping only forward and within the body. */
    private void body(List<Insn> p, int body, boolean wild, boolean stack, Reg[] regs) {
        for (int i = 0; i < body; i++) {
            Reg d = wild && r.nextInt(200) == 0 ? Reg.R10 : regs[r.nextInt(regs.length)];
            Reg s = regs[r.nextInt(regs.length)];
            Width w = r.nextInt(3) == 0 ? Width.W32 : Width.W64;
            AluOp op = OPS[r.nextInt(OPS.length)];
            int left = body - i;
            if (stack && r.nextInt(3) == 0) {
                p.add(stackInsn(wild, d, s));
                continue;
            }
            if (r.nextInt(6) == 0 && d != s) {
                // the pattern linked scalars exist for: a copy, maybe a small constant added
                p.add(new Insn.AluReg(Width.W64, AluOp.MOV, d, s));
                if (r.nextBoolean()) {
                    p.add(new Insn.AluImm(Width.W64, AluOp.ADD, d, r.nextInt(0, 100)));
                }
                continue;
            }
            if (wild && r.nextInt(40) == 0) {
                p.add(new Insn.Exit());
                continue;
            }
            Insn insn = switch (r.nextInt(11)) {
                case 0, 1 -> {
                    int imm;
                    if (op.isShift()) {
                        imm = wild && r.nextInt(20) == 0 ? r.nextInt(-2, 70) : r.nextInt(w == Width.W64 ? 64 : 32);
                    } else {
                        imm = (int) g.value();
                        if (imm == 0 && isDivision(op) && !(wild && r.nextInt(4) == 0)) {
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
                case 8 -> wild && r.nextInt(10) == 0 ? new Insn.Ja(Target.offset(r.nextInt(left)))
                    : new Insn.JumpReg(w, JmpOp.values()[r.nextInt(JmpOp.values().length)], d, s,
                        Target.offset(r.nextInt(left)));
                default -> new Insn.JumpReg(w, JmpOp.values()[r.nextInt(JmpOp.values().length)], d, s,
                    Target.offset(r.nextInt(left)));
            };
            p.add(insn);
        }
    }

    /** The registers a loop body may change: all but R6, the loop counter. */
    private static final Reg[] BODY_REGS = {Reg.R0, Reg.R2, Reg.R3, Reg.R4, Reg.R5};

    /**
     * A program of one or two counted loops, each a random body followed by a decrement of
     * R6 and a backward jump while R6 is positive; R6 starts as a constant or as an unknown
     * value of 0 to 15. Wild programs sometimes forget the decrement (an infinite loop).
     */
    Program nextLoop(boolean wild) {
        List<Insn> p = new ArrayList<>();
        for (Reg reg : BODY_REGS) {
            p.add(new Insn.AluImm(Width.W64, AluOp.MOV, reg, (int) g.value()));
            if (r.nextBoolean()) {
                p.add(new Insn.AluImm(Width.W64, AluOp.DIV, reg, 1));
            }
        }
        int loops = r.nextInt(1, 3);
        for (int l = 0; l < loops; l++) {
            if (r.nextBoolean()) {
                p.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R6, r.nextInt(1, 13)));
            } else {
                p.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R6, (int) g.value()));
                p.add(new Insn.AluImm(Width.W64, AluOp.DIV, Reg.R6, 1));
                p.add(new Insn.AluImm(Width.W64, AluOp.AND, Reg.R6, 15));
            }
            int head = p.size();
            body(p, r.nextInt(2, 8), wild, false, BODY_REGS);
            if (!(wild && r.nextInt(4) == 0)) {
                p.add(new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R6, -1));
            }
            p.add(new Insn.JumpImm(Width.W64, JmpOp.JSGT, Reg.R6, 0, Target.offset(-(p.size() - head + 1))));
        }
        p.add(new Insn.Exit());
        return Program.of(p);
    }

    Program next(boolean wild, boolean stack) {
        List<Insn> p = new ArrayList<>();
        if (stack) {
            p.add(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R7, Reg.R10));
            p.add(new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R7, -16));
        }
        for (Reg reg : REGS) {
            if (wild && r.nextInt(8) == 0) {
                continue;
            }
            p.add(r.nextBoolean() ? new Insn.AluImm(Width.W64, AluOp.MOV, reg, (int) g.value())
                : Insn.LoadImm64.of(reg, g.value()));
            if (r.nextInt(3) != 0) {
                // hides the constant from the verifier: division is not tracked
                p.add(new Insn.AluImm(Width.W64, AluOp.DIV, reg, 1));
            }
        }
        body(p, r.nextInt(5, 30), wild, stack, REGS);
        p.add(new Insn.Exit());
        return Program.of(p);
    }

    /**
     * A program of bpf-to-bpf calls: a main function with a stack (as {@link #next} makes
     * them) that calls one or two subprograms, passing in R1 a pointer into its stack or a
     * number, and goes on with R0 and its callee-saved R6; a subprogram works on its own stack
     * through R7, reads and writes its caller's through R1 when it is a pointer, and calls
     * the next subprogram (so that every one is reachable). Wild programs may also leave out
     * the re-initialisation after a call (reading the clobbered R2-R5), return a stack
     * pointer, recurse, or use a deep stack.
     */
    Program nextCalls(boolean wild) {
        int subprogs = r.nextInt(1, 4);
        List<List<Insn>> funcs = new ArrayList<>();
        List<Insn> main = new ArrayList<>();
        main.add(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R7, Reg.R10));
        main.add(new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R7, -16));
        for (Reg reg : REGS) {
            main.add(new Insn.AluImm(Width.W64, AluOp.MOV, reg, (int) g.value()));
            if (r.nextInt(3) != 0) {
                main.add(new Insn.AluImm(Width.W64, AluOp.DIV, reg, 1));
            }
        }
        body(main, r.nextInt(2, 10), wild, true, REGS);
        int calls = r.nextInt(1, 3);
        for (int c = 0; c < calls; c++) {
            callSequence(main, 1, wild);
            body(main, r.nextInt(0, 5), wild, true, REGS);
        }
        main.add(new Insn.Exit());
        funcs.add(main);
        for (int f = 1; f <= subprogs; f++) {
            List<Insn> sub = new ArrayList<>();
            sub.add(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R7, Reg.R10));
            sub.add(new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R7, -16));
            if (!(wild && r.nextInt(6) == 0)) {
                sub.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, (int) g.value()));
                sub.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R6, (int) g.value()));
            }
            if (wild && r.nextInt(8) == 0) {
                // a deep stack: with the caller's, may exceed the combined 512 bytes
                sub.add(new Insn.StoreImm(Size.DW, Reg.R10, -8 * r.nextInt(20, 64), 1));
            }
            if (r.nextBoolean()) {
                // through R1 when the caller passed a pointer: a load, then maybe a store
                sub.add(new Insn.JumpImm(Width.W64, JmpOp.JNE, Reg.R5, 1, Target.offset(2)));
                sub.add(new Insn.Load(Size.DW, Reg.R2, Reg.R1, 0));
                sub.add(new Insn.Store(Size.DW, Reg.R1, 0, Reg.R0));
            }
            body(sub, r.nextInt(2, 10), wild, true, REGS);
            if (f < subprogs || wild && r.nextInt(15) == 0) {
                callSequence(sub, wild && r.nextInt(15) == 0 ? f : f + 1, wild);
            }
            if (wild && r.nextInt(20) == 0) {
                sub.add(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R0, Reg.R10));
            }
            sub.add(new Insn.Exit());
            funcs.add(sub);
        }
        // resolve the calls: a CallLocal placeholder holds the callee's number as its offset
        int[] start = new int[funcs.size() + 1];
        for (int f = 0; f < funcs.size(); f++) {
            start[f + 1] = start[f] + funcs.get(f).stream().mapToInt(Insn::slots).sum();
        }
        List<Insn> all = new ArrayList<>();
        for (int f = 0; f < funcs.size(); f++) {
            int slot = start[f];
            for (Insn insn : funcs.get(f)) {
                if (insn instanceof Insn.CallLocal(Target.Offset(int callee))) {
                    int to = start[Math.min(callee, funcs.size() - 1)];
                    insn = new Insn.CallLocal(Target.offset(to - slot - 1));
                }
                all.add(insn);
                slot += insn.slots();
            }
        }
        return Program.of(all);
    }

    /**
     * Sets R1 (a pointer into the stack, with R5 = 1 telling the callee so, or a number) and
     * calls subprogram {@code callee}; afterwards R2-R5, clobbered, are set again.
     */
    private void callSequence(List<Insn> p, int callee, boolean wild) {
        if (r.nextBoolean()) {
            p.add(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R1, Reg.R10));
            p.add(new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R1, -8 * r.nextInt(1, 5)));
            p.add(new Insn.StoreImm(Size.DW, Reg.R1, 0, (int) g.value()));
            p.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R5, 1));
        } else {
            p.add(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R1, REGS[r.nextInt(REGS.length)]));
            p.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R5, 0));
        }
        p.add(new Insn.CallLocal(Target.offset(callee)));
        if (!(wild && r.nextInt(3) == 0)) {
            for (Reg reg : new Reg[] {Reg.R2, Reg.R3, Reg.R4, Reg.R5}) {
                p.add(new Insn.AluImm(Width.W64, AluOp.MOV, reg, (int) g.value()));
            }
        }
    }

    /**
     * A program with a may_goto loop: R6 counts up from an unknown 0-15, the body is random,
     * the loop ends when the count reaches a constant or when may_goto gives up.
     */
    Program nextMayGoto(boolean wild) {
        List<Insn> p = new ArrayList<>();
        for (Reg reg : BODY_REGS) {
            p.add(new Insn.AluImm(Width.W64, AluOp.MOV, reg, (int) g.value()));
        }
        p.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R6, (int) g.value()));
        p.add(new Insn.AluImm(Width.W64, AluOp.DIV, Reg.R6, 1));
        p.add(new Insn.AluImm(Width.W64, AluOp.AND, Reg.R6, 15));
        List<Insn> body = new ArrayList<>();
        body(body, r.nextInt(1, 6), wild, false, BODY_REGS);
        body.add(new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R6, 1));
        // may_goto +N (out of the loop), body, if r6 < K goto back to may_goto
        p.add(new Insn.MayGoto(Target.offset(body.size() + 2)));
        p.addAll(body);
        p.add(new Insn.JumpImm(Width.W64, JmpOp.JLT, Reg.R6, r.nextInt(1, 40), Target.offset(-(body.size() + 2))));
        p.add(new Insn.Ja(Target.offset(0)));
        p.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 0));
        p.add(new Insn.Exit());
        return Program.of(p);
    }
}
