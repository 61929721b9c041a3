package io.bpflab.verifier;

import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditional jumps between scalars, as the kernel treats them (kernel/bpf/verifier.c:
 * is_scalar_branch_taken, regs_refine_cond_op, reg_set_min_max): whether the outcome is
 * already known, and what each edge teaches about both operands. For a comparison with an
 * immediate, pass {@code Scalar.known(imm)} with the immediate sign-extended, as the kernel
 * builds its stand-in register for JMP and JMP32 alike.
 */
public final class ScalarBranch {

    private ScalarBranch() {
    }

    /** What is known about a conditional jump before it runs. */
    public enum Outcome {
        TAKEN, NOT_TAKEN, UNKNOWN
    }

    /** The operands' states on one edge. */
    public record Edge(Scalar dst, Scalar src) {
    }

    /**
     * Both edges of a jump whose outcome is unknown.
     *
     * @param taken the operands where the condition holds (the jump target)
     * @param fallthrough the operands where it does not
     * @param log the kernel's "REG INVARIANTS VIOLATION" lines, printed when an edge's
     *     facts contradict each other (the edge is dead); that register's bounds are then
     *     reset to unbounded, as the kernel does outside its self-tests
     */
    public record Refinement(Edge taken, Edge fallthrough, List<String> log) {
    }

    /**
     * The comparisons refinement works on: the ISA's, plus the negation of JSET, which the
     * kernel writes {@code BPF_JSET | BPF_X} (kernel: rev_opcode).
     */
    private enum Cond {
        JEQ, JNE, JSET, JSET_NOT, JGT, JGE, JLT, JLE, JSGT, JSGE, JSLT, JSLE;

        static Cond of(JmpOp op) {
            return valueOf(op.name());
        }

        Cond negate() {
            return switch (this) {
                case JEQ -> JNE;
                case JNE -> JEQ;
                case JSET -> JSET_NOT;
                case JSET_NOT -> JSET;
                case JGE -> JLT;
                case JGT -> JLE;
                case JLE -> JGT;
                case JLT -> JGE;
                case JSGE -> JSLT;
                case JSGT -> JSLE;
                case JSLE -> JSGT;
                case JSLT -> JSGE;
            };
        }

        /** a op b as b op' a (kernel: flip_opcode). */
        Cond flip() {
            return switch (this) {
                case JGE -> JLE;
                case JGT -> JLT;
                case JLE -> JGE;
                case JLT -> JGT;
                case JSGE -> JSLE;
                case JSGT -> JSLT;
                case JSLE -> JSGE;
                case JSLT -> JSGT;
                default -> this;
            };
        }
    }

    private static boolean isConst(Scalar s, boolean jmp32) {
        return jmp32 ? s.varOff().isSubregConst() : s.varOff().isConst();
    }

    private static boolean isConst(Bounds s, boolean jmp32) {
        return jmp32 ? s.varOff.isSubregConst() : s.varOff.isConst();
    }

    private static long constValue(Bounds s, boolean jmp32) {
        return jmp32 ? s.varOff.subreg().value() : s.varOff.value();
    }

    /** kernel: is_scalar_branch_taken. */
    public static Outcome isBranchTaken(JmpOp op, Width width, Scalar reg1, Scalar reg2) {
        boolean jmp32 = width == Width.W32;
        Tnum t1 = jmp32 ? reg1.varOff().subreg() : reg1.varOff();
        Tnum t2 = jmp32 ? reg2.varOff().subreg() : reg2.varOff();
        long umin1 = jmp32 ? Bounds.u32(reg1.u32min()) : reg1.umin();
        long umax1 = jmp32 ? Bounds.u32(reg1.u32max()) : reg1.umax();
        long smin1 = jmp32 ? reg1.s32min() : reg1.smin();
        long smax1 = jmp32 ? reg1.s32max() : reg1.smax();
        long umin2 = jmp32 ? Bounds.u32(reg2.u32min()) : reg2.umin();
        long umax2 = jmp32 ? Bounds.u32(reg2.u32max()) : reg2.umax();
        long smin2 = jmp32 ? reg2.s32min() : reg2.smin();
        long smax2 = jmp32 ? reg2.s32max() : reg2.smax();

        switch (op) {
            case JEQ, JNE -> {
                Outcome equal = op == JmpOp.JEQ ? Outcome.TAKEN : Outcome.NOT_TAKEN;
                Outcome differ = op == JmpOp.JEQ ? Outcome.NOT_TAKEN : Outcome.TAKEN;
                if (t1.isConst() && t2.isConst()) {
                    return t1.value() == t2.value() ? equal : differ;
                }
                if (!t1.overlaps(t2)) {
                    return differ;
                }
                if (ugt(umin1, umax2) || ult(umax1, umin2)) {
                    return differ;
                }
                if (smin1 > smax2 || smax1 < smin2) {
                    return differ;
                }
                if (!jmp32) {
                    // kernel: the 32-bit subranges may still tell the values apart
                    if (Integer.compareUnsigned(reg1.u32min(), reg2.u32max()) > 0
                        || Integer.compareUnsigned(reg1.u32max(), reg2.u32min()) < 0) {
                        return differ;
                    }
                    if (reg1.s32min() > reg2.s32max() || reg1.s32max() < reg2.s32min()) {
                        return differ;
                    }
                }
            }
            case JSET -> {
                if (!isConst(reg2, jmp32)) {
                    Tnum t = t1;
                    t1 = t2;
                    t2 = t;
                    if (!isConst(reg1, jmp32)) {
                        return Outcome.UNKNOWN;
                    }
                }
                if ((~t1.mask() & t1.value() & t2.value()) != 0) {
                    return Outcome.TAKEN;
                }
                if (((t1.mask() | t1.value()) & t2.value()) == 0) {
                    return Outcome.NOT_TAKEN;
                }
            }
            case JGT -> {
                if (ugt(umin1, umax2)) {
                    return Outcome.TAKEN;
                } else if (ule(umax1, umin2)) {
                    return Outcome.NOT_TAKEN;
                }
            }
            case JSGT -> {
                if (smin1 > smax2) {
                    return Outcome.TAKEN;
                } else if (smax1 <= smin2) {
                    return Outcome.NOT_TAKEN;
                }
            }
            case JLT -> {
                if (ult(umax1, umin2)) {
                    return Outcome.TAKEN;
                } else if (!ult(umin1, umax2)) {
                    return Outcome.NOT_TAKEN;
                }
            }
            case JSLT -> {
                if (smax1 < smin2) {
                    return Outcome.TAKEN;
                } else if (smin1 >= smax2) {
                    return Outcome.NOT_TAKEN;
                }
            }
            case JGE -> {
                if (!ult(umin1, umax2)) {
                    return Outcome.TAKEN;
                } else if (ult(umax1, umin2)) {
                    return Outcome.NOT_TAKEN;
                }
            }
            case JSGE -> {
                if (smin1 >= smax2) {
                    return Outcome.TAKEN;
                } else if (smax1 < smin2) {
                    return Outcome.NOT_TAKEN;
                }
            }
            case JLE -> {
                if (ule(umax1, umin2)) {
                    return Outcome.TAKEN;
                } else if (ugt(umin1, umax2)) {
                    return Outcome.NOT_TAKEN;
                }
            }
            case JSLE -> {
                if (smax1 <= smin2) {
                    return Outcome.TAKEN;
                } else if (smin1 > smax2) {
                    return Outcome.NOT_TAKEN;
                }
            }
        }
        return Outcome.UNKNOWN;
    }

    private static boolean ult(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    private static boolean ule(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0;
    }

    private static boolean ugt(long a, long b) {
        return Long.compareUnsigned(a, b) > 0;
    }

    /**
     * Both edges of {@code if dst op src goto} for two distinct registers (or a register and
     * an immediate), as reg_set_min_max computes them. Meant for jumps whose outcome
     * {@link #isBranchTaken} does not know; the kernel never refines the others.
     */
    public static Refinement refine(JmpOp op, Width width, Scalar dst, Scalar src) {
        boolean jmp32 = width == Width.W32;
        Bounds fd = new Bounds(dst);
        Bounds fs = new Bounds(src);
        Bounds td = new Bounds(dst);
        Bounds ts = new Bounds(src);
        return refineAll(Cond.of(op), jmp32, td, ts, fd, fs);
    }

    /**
     * Both edges of {@code if rX op rX goto}: the kernel refines one register through two
     * names for it, and each step sees the previous one's writes.
     */
    public static Refinement refineSameRegister(JmpOp op, Width width, Scalar reg) {
        Bounds f = new Bounds(reg);
        Bounds t = new Bounds(reg);
        return refineAll(Cond.of(op), width == Width.W32, t, t, f, f);
    }

    private static Refinement refineAll(Cond cond, boolean jmp32, Bounds td, Bounds ts, Bounds fd, Bounds fs) {
        refineCondOp(fd, fs, cond.negate(), jmp32);
        fd.sync();
        fs.sync();
        refineCondOp(td, ts, cond, jmp32);
        td.sync();
        ts.sync();
        List<String> log = new ArrayList<>();
        Scalar tdS = sanityChecked(td, "true_reg1", log);
        Scalar tsS = sanityChecked(ts, "true_reg2", log);
        Scalar fdS = sanityChecked(fd, "false_reg1", log);
        Scalar fsS = sanityChecked(fs, "false_reg2", log);
        return new Refinement(new Edge(tdS, tsS), new Edge(fdS, fsS), List.copyOf(log));
    }

    /** kernel: reg_bounds_sanity_check, outside the self-test mode that fails instead. */
    private static Scalar sanityChecked(Bounds b, String ctx, List<String> log) {
        Scalar s = b.toScalar();
        String msg = s.invariantViolation();
        if (msg == null) {
            return s;
        }
        log.add(LogFormat.invariantViolation(ctx, msg, s));
        b.markUnbounded();
        return b.toScalar();
    }

    /** kernel: regs_refine_cond_op; reg1 and reg2 may be the same object. */
    private static void refineCondOp(Bounds reg1, Bounds reg2, Cond cond, boolean jmp32) {
        switch (cond) {
            case JGE, JGT, JSGE, JSGT -> {
                cond = cond.flip();
                Bounds t = reg1;
                reg1 = reg2;
                reg2 = t;
            }
            default -> { }
        }
        switch (cond) {
            case JEQ -> {
                if (jmp32) {
                    reg1.u32min = Bounds.umax32(reg1.u32min, reg2.u32min);
                    reg1.u32max = Bounds.umin32(reg1.u32max, reg2.u32max);
                    reg1.s32min = Math.max(reg1.s32min, reg2.s32min);
                    reg1.s32max = Math.min(reg1.s32max, reg2.s32max);
                    reg2.u32min = reg1.u32min;
                    reg2.u32max = reg1.u32max;
                    reg2.s32min = reg1.s32min;
                    reg2.s32max = reg1.s32max;
                    Tnum t = reg1.varOff.subreg().intersect(reg2.varOff.subreg());
                    reg1.varOff = reg1.varOff.withSubreg(t);
                    reg2.varOff = reg2.varOff.withSubreg(t);
                } else {
                    reg1.umin = Bounds.umax64(reg1.umin, reg2.umin);
                    reg1.umax = Bounds.umin64(reg1.umax, reg2.umax);
                    reg1.smin = Math.max(reg1.smin, reg2.smin);
                    reg1.smax = Math.min(reg1.smax, reg2.smax);
                    reg2.umin = reg1.umin;
                    reg2.umax = reg1.umax;
                    reg2.smin = reg1.smin;
                    reg2.smax = reg1.smax;
                    reg1.varOff = reg1.varOff.intersect(reg2.varOff);
                    reg2.varOff = reg1.varOff;
                }
            }
            case JNE -> {
                if (!isConst(reg2, jmp32)) {
                    Bounds t = reg1;
                    reg1 = reg2;
                    reg2 = t;
                }
                if (!isConst(reg2, jmp32)) {
                    break;
                }
                // kernel: a constant at the very edge of the other's range shrinks it
                long val = constValue(reg2, jmp32);
                if (jmp32) {
                    if (reg1.u32min == (int) val) {
                        reg1.u32min++;
                    }
                    if (reg1.u32max == (int) val) {
                        reg1.u32max--;
                    }
                    if (reg1.s32min == (int) val) {
                        reg1.s32min++;
                    }
                    if (reg1.s32max == (int) val) {
                        reg1.s32max--;
                    }
                } else {
                    if (reg1.umin == val) {
                        reg1.umin++;
                    }
                    if (reg1.umax == val) {
                        reg1.umax--;
                    }
                    if (reg1.smin == val) {
                        reg1.smin++;
                    }
                    if (reg1.smax == val) {
                        reg1.smax--;
                    }
                }
            }
            case JSET -> {
                if (!isConst(reg2, jmp32)) {
                    Bounds t = reg1;
                    reg1 = reg2;
                    reg2 = t;
                }
                if (!isConst(reg2, jmp32)) {
                    break;
                }
                long val = constValue(reg2, jmp32);
                // kernel: only a single tested bit tells which bit is set
                if (val == 0 || (val & (val - 1)) != 0) {
                    break;
                }
                if (jmp32) {
                    Tnum t = reg1.varOff.subreg().or(Tnum.constant(val));
                    reg1.varOff = reg1.varOff.withSubreg(t);
                } else {
                    reg1.varOff = reg1.varOff.or(Tnum.constant(val));
                }
            }
            case JSET_NOT -> {
                if (!isConst(reg2, jmp32)) {
                    Bounds t = reg1;
                    reg1 = reg2;
                    reg2 = t;
                }
                if (!isConst(reg2, jmp32)) {
                    break;
                }
                long val = constValue(reg2, jmp32);
                // kernel: forget the ranges first, the edge may be dead
                reg1.markUnbounded();
                if (jmp32) {
                    Tnum t = reg1.varOff.subreg().and(Tnum.constant(~val));
                    reg1.varOff = reg1.varOff.withSubreg(t);
                } else {
                    reg1.varOff = reg1.varOff.and(Tnum.constant(~val));
                }
            }
            case JLE -> {
                if (jmp32) {
                    reg1.u32max = Bounds.umin32(reg1.u32max, reg2.u32max);
                    reg2.u32min = Bounds.umax32(reg1.u32min, reg2.u32min);
                } else {
                    reg1.umax = Bounds.umin64(reg1.umax, reg2.umax);
                    reg2.umin = Bounds.umax64(reg1.umin, reg2.umin);
                }
            }
            case JLT -> {
                if (jmp32) {
                    reg1.u32max = Bounds.umin32(reg1.u32max, reg2.u32max - 1);
                    reg2.u32min = Bounds.umax32(reg1.u32min + 1, reg2.u32min);
                } else {
                    reg1.umax = Bounds.umin64(reg1.umax, reg2.umax - 1);
                    reg2.umin = Bounds.umax64(reg1.umin + 1, reg2.umin);
                }
            }
            case JSLE -> {
                if (jmp32) {
                    reg1.s32max = Math.min(reg1.s32max, reg2.s32max);
                    reg2.s32min = Math.max(reg1.s32min, reg2.s32min);
                } else {
                    reg1.smax = Math.min(reg1.smax, reg2.smax);
                    reg2.smin = Math.max(reg1.smin, reg2.smin);
                }
            }
            case JSLT -> {
                if (jmp32) {
                    reg1.s32max = Math.min(reg1.s32max, reg2.s32max - 1);
                    reg2.s32min = Math.max(reg1.s32min + 1, reg2.s32min);
                } else {
                    reg1.smax = Math.min(reg1.smax, reg2.smax - 1);
                    reg2.smin = Math.max(reg1.smin + 1, reg2.smin);
                }
            }
            case JGE, JGT, JSGE, JSGT -> throw new AssertionError("flipped above");
        }
    }
}
