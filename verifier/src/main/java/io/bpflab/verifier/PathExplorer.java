package io.bpflab.verifier;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.DecodeException;
import io.bpflab.isa.Decoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Depth-first exploration of every path, as the kernel's do_check walks them: one current
 * state, a stack of pending branch states, each conditional jump with an unknown outcome
 * pushing its taken edge (and {@code and}/{@code or} on a 0-or-minus-1 value pushing the 0 case).
 * This first version models programs made of scalar ALU instructions, 64-bit immediates,
 * jumps and exit, after the structural checks of {@link Cfg}, with linked scalars (a branch
 * refines the copies of its registers); anything else is rejected with a message saying it
 * is not modelled yet. States are not pruned, so loops run until their exit is decided or
 * the 1,000,000 processed-instruction limit is hit, and the processed count is at least the
 * kernel's, equal where the kernel pruned nothing.
 */
public final class PathExplorer {
    /** kernel: BPF_COMPLEXITY_LIMIT_INSNS. */
    public static final int MAX_PROCESSED = 1_000_000;
    /** kernel: BPF_COMPLEXITY_LIMIT_JMP_SEQ. */
    public static final int MAX_PENDING = 8192;

    private final Program program;
    private final boolean privileged;
    private final List<String> log = new ArrayList<>();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private RegState[] regs;
    private int processed;
    /** kernel: env->id_gen. */
    private int idGen;

    /** A branch state waiting to be explored (kernel: bpf_verifier_stack_elem). */
    private record Pending(RegState[] regs, int index) {
    }

    /** Thrown to stop at the first error, as the kernel's do_check returns. */
    private static final class Rejection extends Exception {
        final int insn;

        Rejection(int insn, String message) {
            super(message, null, false, false);
            this.insn = insn;
        }
    }

    /** Sees the state before each processed instruction (by instruction index). */
    interface Observer {
        void before(int index, List<RegState> regs);
    }

    private final Observer observer;

    private PathExplorer(Program program, boolean privileged, Observer observer) {
        this.program = program;
        this.privileged = privileged;
        this.observer = observer;
    }

    /**
     * Verifies {@code program} as the kernel would for a privileged (CAP_BPF, CAP_PERFMON)
     * or an unprivileged loader.
     */
    public static Verdict verify(Program program, boolean privileged) {
        return verify(program, privileged, null);
    }

    /**
     * Decodes raw little-endian instructions and verifies them; bytes the kernel would refuse
     * to load give the kernel's load-time message ("unknown opcode 8c") at their slot.
     */
    public static Verdict verify(byte[] code, boolean privileged) {
        Program program;
        try {
            program = Decoder.decode(code);
        } catch (DecodeException e) {
            return Verdict.reject(e.slot(), e.getMessage(), 0, List.of());
        }
        return verify(program, privileged);
    }

    /** As {@link #verify(Program, boolean)}, showing {@code observer} every state explored. */
    static Verdict verify(Program program, boolean privileged, Observer observer) {
        Cfg.Error structural = Cfg.check(program, privileged);
        if (structural != null) {
            return Verdict.reject(structural.insn(), structural.message(), 0, List.of());
        }
        PathExplorer e = new PathExplorer(program, privileged, observer);
        try {
            e.run();
            return Verdict.accept(e.processed, e.log);
        } catch (Rejection r) {
            return Verdict.reject(r.insn, r.getMessage(), e.processed, e.log);
        }
    }

    private void run() throws Rejection {
        regs = new RegState[11];
        java.util.Arrays.fill(regs, RegState.NOT_INIT);
        regs[1] = new RegState.Ctx();
        regs[10] = new RegState.FramePointer();
        int idx = 0;
        while (true) {
            int slot = program.slotOf(idx);
            if (++processed > MAX_PROCESSED) {
                throw new Rejection(slot, "BPF program is too large. Processed " + processed + " insn");
            }
            Insn insn = program.insn(idx);
            if (observer != null) {
                observer.before(idx, List.of(regs));
            }
            int next = switch (insn) {
                case Insn.AluReg a -> {
                    aluReg(slot, a);
                    yield idx + 1;
                }
                case Insn.AluImm a -> {
                    aluImm(slot, a);
                    yield idx + 1;
                }
                case Insn.Neg n -> {
                    unary(slot, n.dst(), v -> ScalarAlu.neg(n.width(), v));
                    yield idx + 1;
                }
                case Insn.Endian en -> {
                    unary(slot, en.dst(), v -> ScalarAlu.endian(en.op(), en.bits(), v));
                    yield idx + 1;
                }
                case Insn.MovSx m -> {
                    movSx(slot, m);
                    yield idx + 1;
                }
                case Insn.LoadImm64 l when l.src() == PseudoSrc.IMM64 -> {
                    writable(slot, l.dst());
                    regs[l.dst().number()] = new RegState.ScalarReg(Scalar.known(l.imm()));
                    yield idx + 1;
                }
                case Insn.JumpImm j -> conditional(slot, idx, j.width(), j.op(), j.dst(), null,
                    Scalar.known(j.imm()), j.target());
                case Insn.JumpReg j -> conditional(slot, idx, j.width(), j.op(), j.dst(), j.src(),
                    null, j.target());
                case Insn.Ja j -> target(idx, j.target());
                case Insn.Gotol j -> target(idx, j.target());
                case Insn.Exit x -> {
                    exit(slot);
                    Pending p = pending.poll();
                    if (p == null) {
                        yield -1;
                    }
                    regs = p.regs();
                    yield p.index();
                }
                default -> throw new Rejection(slot, "bpflab does not model " + describe(insn)
                    + " yet (insn " + slot + "); its verifier covers scalar ALU, jumps and exit so far");
            };
            if (next < 0) {
                return;
            }
            idx = next;
        }
    }

    private static String describe(Insn insn) {
        return switch (insn) {
            case Insn.Load l -> "memory loads";
            case Insn.LoadSx l -> "memory loads";
            case Insn.Store s -> "memory stores";
            case Insn.StoreImm s -> "memory stores";
            case Insn.Atomic a -> "atomic operations";
            case Insn.LoadImm64 l -> "lddw of a " + l.src().name().toLowerCase(java.util.Locale.ROOT) + " reference";
            case Insn.LegacyLoad l -> "legacy packet loads";
            case Insn.Call c -> "helper calls";
            case Insn.CallLocal c -> "bpf-to-bpf calls";
            case Insn.CallKfunc c -> "kfunc calls";
            case Insn.Callx c -> "indirect calls";
            case Insn.MayGoto m -> "may_goto";
            case Insn.AddrSpaceCast a -> "addr_space_cast";
            default -> insn.getClass().getSimpleName();
        };
    }

    private int target(int idx, Target t) {
        return program.indexOfSlot(switch (t) {
            case Target.Offset o -> program.slotOf(idx) + 1 + o.slots();
            case Target.Label l -> program.slotOf(program.labels().get(l.name()));
        });
    }

    /** kernel: check_reg_arg(SRC_OP). */
    private RegState readable(int slot, Reg r) throws Rejection {
        RegState s = regs[r.number()];
        if (s instanceof RegState.NotInit) {
            throw new Rejection(slot, "R" + r.number() + " !read_ok");
        }
        return s;
    }

    /** kernel: check_reg_arg(DST_OP / DST_OP_NO_MARK). */
    private void writable(int slot, Reg r) throws Rejection {
        if (r == Reg.R10) {
            throw new Rejection(slot, "frame pointer is read only");
        }
    }

    /** kernel: is_pointer_value; privileged loaders may leak pointers, the others may not. */
    private boolean isPointerValue(RegState s) {
        return !privileged && s.isPointer();
    }

    private Rejection pointerArithmetic(int slot) {
        return new Rejection(slot, "bpflab does not model pointer arithmetic yet (insn " + slot + ")");
    }

    /** kernel: check_alu_op for BPF_NEG and BPF_END; a pointer operand becomes unknown. */
    private void unary(int slot, Reg dst, java.util.function.UnaryOperator<Scalar> op) throws Rejection {
        RegState d = readable(slot, dst);
        if (isPointerValue(d)) {
            throw new Rejection(slot, "R" + dst.number() + " pointer arithmetic prohibited");
        }
        writable(slot, dst);
        Scalar result = d instanceof RegState.ScalarReg sr ? op.apply(sr.value()) : Scalar.UNKNOWN;
        regs[dst.number()] = new RegState.ScalarReg(result);
    }

    /**
     * kernel: assign_scalar_id_before_mov; the source of a copy gets an id (unless it is a
     * constant) that the copy shares, and loses a pending constant offset.
     */
    private RegState.ScalarReg linkForCopy(Reg src, RegState.ScalarReg s) {
        RegState.ScalarReg linked = s;
        if (linked.addConst()) {
            linked = linked.unlinked();
        }
        if (linked.id() == 0 && !linked.value().isConst()) {
            linked = new RegState.ScalarReg(linked.value(), ++idGen, false, 0);
        }
        regs[src.number()] = linked;
        return linked;
    }

    private void movSx(int slot, Insn.MovSx m) throws Rejection {
        RegState s = readable(slot, m.src());
        writable(slot, m.dst());
        if (isPointerValue(s)) {
            throw new Rejection(slot, "R" + m.src().number()
                + (m.width() == Width.W64 ? " sign-extension part of pointer" : " partial copy of pointer"));
        }
        if (!(s instanceof RegState.ScalarReg sr)) {
            regs[m.dst().number()] = new RegState.ScalarReg(m.width() == Width.W64 ? Scalar.UNKNOWN : Scalar.unknown32());
            return;
        }
        // kernel: a value the extension cannot change stays linked to its source
        boolean noSext = Long.compareUnsigned(sr.value().umax(), 1L << (m.bits() - 1)) < 0;
        RegState.ScalarReg from = noSext ? linkForCopy(m.src(), sr) : sr;
        Scalar v = ScalarAlu.movSx(m.width(), from.value(), m.bits());
        regs[m.dst().number()] = noSext ? new RegState.ScalarReg(v, from.id(), from.addConst(), from.off())
            : new RegState.ScalarReg(v);
    }

    private void aluImm(int slot, Insn.AluImm a) throws Rejection {
        if (a.op() == AluOp.MOV) {
            writable(slot, a.dst());
            regs[a.dst().number()] = new RegState.ScalarReg(ScalarAlu.movImm(a.width(), a.imm()));
            return;
        }
        RegState d = readable(slot, a.dst());
        checkImmediate(slot, a.op(), a.width(), a.imm());
        writable(slot, a.dst());
        if (!(d instanceof RegState.ScalarReg dr)) {
            throw pointerArithmetic(slot);
        }
        binary(slot, a.op(), a.width(), a.dst(), dr, Scalar.known(a.imm()), false);
    }

    private void aluReg(int slot, Insn.AluReg a) throws Rejection {
        RegState s = readable(slot, a.src());
        if (a.op() == AluOp.MOV) {
            writable(slot, a.dst());
            if (a.width() == Width.W64) {
                regs[a.dst().number()] = s instanceof RegState.ScalarReg sr ? linkForCopy(a.src(), sr) : s;
            } else if (isPointerValue(s)) {
                throw new Rejection(slot, "R" + a.src().number() + " partial copy of pointer");
            } else if (s instanceof RegState.ScalarReg sr) {
                // kernel: a 32-bit copy stays linked only when the source fits in 32 bits
                boolean fits = Long.compareUnsigned(sr.value().umax(), 0xffff_ffffL) <= 0;
                RegState.ScalarReg from = fits ? linkForCopy(a.src(), sr) : sr;
                Scalar v = ScalarAlu.mov32(from.value());
                regs[a.dst().number()] = fits ? new RegState.ScalarReg(v, from.id(), from.addConst(), from.off())
                    : new RegState.ScalarReg(v);
            } else {
                regs[a.dst().number()] = new RegState.ScalarReg(Scalar.unknown32());
            }
            return;
        }
        RegState d = readable(slot, a.dst());
        writable(slot, a.dst());
        if (!(d instanceof RegState.ScalarReg dr) || !(s instanceof RegState.ScalarReg sr)) {
            throw pointerArithmetic(slot);
        }
        binary(slot, a.op(), a.width(), a.dst(), dr, sr.value(), a.src() == a.dst());
    }

    /** kernel: check_alu_op's checks of the immediate, before the destination is checked. */
    private static void checkImmediate(int slot, AluOp op, Width w, int imm) throws Rejection {
        if ((op == AluOp.DIV || op == AluOp.SDIV || op == AluOp.MOD || op == AluOp.SMOD) && imm == 0) {
            throw new Rejection(slot, "div by zero");
        }
        if (op.isShift() && (imm < 0 || imm >= (w == Width.W64 ? 64 : 32))) {
            throw new Rejection(slot, "invalid shift " + imm);
        }
    }

    private void binary(int slot, AluOp op, Width w, Reg dst, RegState.ScalarReg dr, Scalar sv, boolean sameReg)
            throws Rejection {
        Scalar dv = dr.value();
        ScalarAlu.Fork fork = ScalarAlu.fork(op, dv, sv);
        if (fork != null) {
            // kernel: maybe_fork_scalars pushes the 0 case to re-run this instruction
            RegState[] other = regs.clone();
            other[dst.number()] = new RegState.ScalarReg(fork.pushed());
            push(slot, other, program.indexOfSlot(slot));
            dv = fork.current();
        }
        Scalar result = ScalarAlu.apply(op, w, dv, sv);
        String broken = result.invariantViolation();
        if (broken != null) {
            // kernel: reg_bounds_sanity_check(..., "alu") logs and forgets the bounds
            log.add(LogFormat.invariantViolation("alu", broken, result));
            result = new Scalar(result.varOff(), Scalar.UNKNOWN.smin(), Scalar.UNKNOWN.smax(),
                0, -1L, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);
        }
        regs[dst.number()] = linkAfterAlu(op, w, dr, result, sv, sameReg);
    }

    /**
     * kernel: the end of adjust_reg_min_max_vals. A linked register that has a small positive
     * constant added keeps its link with that offset (r1 = r2; r1 += 4), once; any other
     * operation unlinks it.
     */
    private RegState.ScalarReg linkAfterAlu(AluOp op, Width w, RegState.ScalarReg dr, Scalar result, Scalar src,
                                            boolean sameReg) {
        if (privileged && op == AluOp.ADD && w == Width.W64 && dr.id() != 0 && src.isConst() && !sameReg) {
            long val = src.varOff().value();
            if (dr.addConst() || Long.compareUnsigned(val, Integer.MAX_VALUE) > 0) {
                return new RegState.ScalarReg(result);
            }
            return new RegState.ScalarReg(result, dr.id(), true, (int) val);
        }
        return new RegState.ScalarReg(result);
    }

    /** kernel: push_stack. */
    private void push(int slot, RegState[] state, int index) throws Rejection {
        pending.push(new Pending(state, index));
        if (pending.size() > MAX_PENDING) {
            throw new Rejection(slot, "The sequence of " + pending.size() + " jumps is too complex.");
        }
    }

    /** kernel: check_cond_jmp_op for scalars. */
    private int conditional(int slot, int idx, Width w, JmpOp op, Reg dst, Reg srcReg, Scalar imm, Target t)
            throws Rejection {
        RegState d = readable(slot, dst);
        RegState s = srcReg == null ? new RegState.ScalarReg(imm) : readable(slot, srcReg);
        if (srcReg != null && isPointerValue(s)) {
            throw new Rejection(slot, "R" + srcReg.number() + " pointer comparison prohibited");
        }
        int taken = target(idx, t);
        if (!(d instanceof RegState.ScalarReg dr) || !(s instanceof RegState.ScalarReg sr)) {
            // kernel: is_branch_taken knows a pointer's comparison only against 0 and only for
            // pointers that cannot be NULL, which the context and the frame pointer are not
            // counted as (reg_not_null); reg_set_min_max learns nothing from pointers
            push(slot, regs.clone(), taken);
            return idx + 1;
        }
        Scalar dv = dr.value();
        Scalar sv = sr.value();
        switch (ScalarBranch.isBranchTaken(op, w, dv, sv)) {
            case TAKEN -> {
                return taken;
            }
            case NOT_TAKEN -> {
                return idx + 1;
            }
            case UNKNOWN -> { }
        }
        List<Integer> linked = new ArrayList<>();
        if (srcReg != null && sr.id() != 0) {
            collectLinked(sr.id(), linked);
        }
        if (dr.id() != 0) {
            collectLinked(dr.id(), linked);
        }
        boolean same = srcReg == dst;
        ScalarBranch.Refinement ref = same
            ? ScalarBranch.refineSameRegister(op, w, dv)
            : ScalarBranch.refine(op, w, dv, sv);
        log.addAll(ref.log());
        RegState[] other = regs.clone();
        other[dst.number()] = with(other[dst.number()], ref.taken().dst());
        regs[dst.number()] = with(regs[dst.number()], ref.fallthrough().dst());
        if (srcReg != null && !same) {
            other[srcReg.number()] = with(other[srcReg.number()], ref.taken().src());
            regs[srcReg.number()] = with(regs[srcReg.number()], ref.fallthrough().src());
        }
        push(slot, other, taken);
        if (srcReg != null && sr.id() != 0) {
            syncLinked(regs, srcReg, linked);
            syncLinked(other, srcReg, linked);
        }
        if (dr.id() != 0) {
            syncLinked(regs, dst, linked);
            syncLinked(other, dst, linked);
        }
        return idx + 1;
    }

    private static RegState with(RegState r, Scalar value) {
        RegState.ScalarReg sr = (RegState.ScalarReg) r;
        return new RegState.ScalarReg(value, sr.id(), sr.addConst(), sr.off());
    }

    /** kernel: MAX_LINKED_REGS; registers past it are unlinked. */
    private static final int MAX_LINKED = 6;

    /** kernel: collect_linked_regs over the registers of the only frame. */
    private void collectLinked(int id, List<Integer> linked) {
        for (int r = 0; r < 10; r++) {
            if (regs[r] instanceof RegState.ScalarReg sr && sr.id() == id) {
                if (linked.contains(r)) {
                    continue;
                }
                if (linked.size() < MAX_LINKED) {
                    linked.add(r);
                } else {
                    regs[r] = sr.unlinked();
                }
            }
        }
    }

    /** kernel: sync_linked_regs; what the branch learned about {@code known} holds for its copies. */
    private static void syncLinked(RegState[] state, Reg knownReg, List<Integer> linked) {
        RegState.ScalarReg known = (RegState.ScalarReg) state[knownReg.number()];
        for (int r : linked) {
            if (r == knownReg.number() || !(state[r] instanceof RegState.ScalarReg reg) || reg.id() != known.id()) {
                continue;
            }
            if ((!reg.addConst() && !known.addConst()) || reg.off() == known.off()) {
                state[r] = known;
            } else {
                Scalar delta = Scalar.known(reg.off() - known.off());
                state[r] = new RegState.ScalarReg(ScalarAlu.addUnsynced(known.value(), delta),
                    reg.id(), reg.addConst(), reg.off());
            }
        }
    }

    /** kernel: check_return_code for the main program, before the program type's range check. */
    private void exit(int slot) throws Rejection {
        RegState r0 = readable(slot, Reg.R0);
        if (isPointerValue(r0)) {
            throw new Rejection(slot, "R0 leaks addr as return value");
        }
    }
}
