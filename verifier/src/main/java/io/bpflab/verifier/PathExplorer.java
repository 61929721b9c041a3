package io.bpflab.verifier;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.DecodeException;
import io.bpflab.isa.Decoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import io.bpflab.isa.disasm.KernelPrinter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Depth-first exploration of every path, as the kernel's do_check walks them: one current
 * state, a stack of pending branch states, each conditional jump with an unknown outcome
 * pushing its taken edge (and {@code and}/{@code or} on a 0-or-minus-1 value pushing the 0 case).
 * This version models programs made of scalar ALU instructions, 64-bit immediates, jumps,
 * exit, and loads and stores through the frame pointer or a pointer into the stack at a
 * constant offset (spill and fill of registers, per-byte slot types), after the structural
 * checks of {@link Cfg}, with linked scalars (a branch refines the copies of its registers);
 * anything else is rejected with a message saying bpflab does not model it yet.
 *
 * <p>A state is the stack of frames of its call chain ({@link Frame}): a bpf-to-bpf call
 * pushes a frame whose R1-R5 are the caller's (R0-R5 of the caller cleared), an exit from a
 * callee returns R0 and goes on after the call, at most 8 frames; after exploration the
 * stack depths of every call chain are summed (check_max_stack_depth). {@code may_goto}
 * goes on at its target and leaves its fall-through one iteration deeper for later.
 *
 * <p>At the kernel's prune points (conditional jumps and jump targets) the current state is
 * compared with the states kept there ({@link StateEquivalence}); a covered path stops
 * ("safe"), and the current state is kept under the kernel's heuristic (two jumps and eight
 * instructions since the last one kept). Loops run until their exit is decided; a state
 * that repeats exactly while its loop is still being explored is an infinite loop. Precision
 * is a static over-approximation of the kernel's ({@link StateEquivalence}), so bpflab
 * prunes no more, and sometimes less, than the kernel: its processed count is at least the
 * kernel's.
 */
public final class PathExplorer {
    /** kernel: BPF_COMPLEXITY_LIMIT_INSNS. */
    public static final int MAX_PROCESSED = 1_000_000;
    /** kernel: BPF_COMPLEXITY_LIMIT_JMP_SEQ. */
    public static final int MAX_PENDING = 8192;

    /**
     * How to verify: for a privileged (CAP_BPF, CAP_PERFMON) or an unprivileged loader, and
     * with which log level (0 none, 1 the failing path, 2 every processed instruction).
     */
    public record Options(boolean privileged, int logLevel) {
        public Options {
            if (logLevel < 0 || logLevel > 2) {
                throw new IllegalArgumentException("log level must be 0, 1 or 2, not " + logLevel);
            }
        }
    }

    private final Program program;
    /** Registers live before each instruction (by index). */
    private final int[] liveIn;
    /** Scalar registers that may reach a verifier decision, before each instruction. */
    private final int[] relevantIn;
    private final boolean privileged;
    /** The program type, maps, license and flags it is loaded with. */
    private final LoadAttrs attrs;
    private final List<String> log = new ArrayList<>();
    private final KernelLog klog;
    private final KernelPrinter printer;
    private final Deque<Pending> pending = new ArrayDeque<>();
    /** The current state's call chain, the current function last. */
    private Frame[] frames;
    /** The current frame's registers and stack (the last of {@link #frames}). */
    private RegState[] regs;
    private StackState stack;
    private int processed;
    /** The first slot of each subprogram (kernel: subprog_info[].start), in address order. */
    private final int[] subprogStarts;
    /** kernel: subprog_info[].stack_depth, the bytes of stack each subprogram uses. */
    private final int[] subprogDepth;
    /** kernel: env->id_gen. */
    private int idGen;

    /** A branch state waiting to be explored (kernel: bpf_verifier_stack_elem). */
    private record Pending(Frame[] frames, int index, int from, int logPos, Checkpoint parent, int history,
                           int mayGotoDepth) {
    }

    /**
     * A state kept at a prune point for later paths to be compared with (kernel:
     * bpf_verifier_state_list). {@code branches} counts the paths from it still being
     * explored; only a state whose paths are all done may prune another.
     */
    private static final class Checkpoint {
        final Frame[] frames;
        final Checkpoint parent;
        final int mayGotoDepth;
        int branches = 1;
        int hits;
        int misses;

        Checkpoint(Frame[] frames, Checkpoint parent, int mayGotoDepth) {
            this.frames = frames;
            this.parent = parent;
            this.mayGotoDepth = mayGotoDepth;
        }
    }

    /** kernel: the explored_states lists, by instruction index; the newest state first. */
    private final java.util.Map<Integer, List<Checkpoint>> explored = new java.util.HashMap<>();
    /** kernel: is_prune_point and is_jmp_point, by instruction index. */
    private final boolean[] prunePoint;
    private final boolean[] jmpPoint;
    /** The current path's last checkpoint (kernel: cur_state->parent). */
    private Checkpoint parent;
    /** kernel: the length of the current path's instruction history since its last checkpoint. */
    private int history;
    /** Whether this instruction already has its history entry (kernel: env->cur_hist_ent). */
    private boolean historyEntry;
    /** kernel: bpf_verifier_state.may_goto_depth, the may_goto loop iterations on this path. */
    private int mayGotoDepth;
    private int jmpsProcessed;
    private int prevJmpsProcessed;
    private int prevInsnProcessed;
    private int totalStates;
    private int peakStates;
    private int maxStatesPerInsn;
    /** Walks of each back-edge so far, by the index of the jump; allocated at the first one. */
    private java.util.Map<Integer, Integer> backEdgeWalks;
    private int loopIterations;

    /** Thrown to stop at the first error, as the kernel's do_check returns. */
    private static final class Rejection extends Exception {
        final int insn;

        /** Log lines the kernel writes after the message (the states of an infinite loop). */
        String trailer = "";

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

    private PathExplorer(Program program, Options options, LoadAttrs attrs, Observer observer) {
        this.attrs = attrs;
        this.program = program;
        this.liveIn = LiveRegs.compute(program);
        this.relevantIn = LiveRegs.relevant(program, ReturnRange.checks(attrs.type()));
        this.prunePoint = new boolean[program.size()];
        this.jmpPoint = new boolean[program.size()];
        for (int i = 0; i < program.size(); i++) {
            // kernel: visit_insn and push_insn mark a conditional jump and the targets of jumps
            switch (program.insn(i)) {
                case Insn.JumpImm j -> {
                    prunePoint[i] = true;
                    markTarget(target(i, j.target()));
                }
                case Insn.JumpReg j -> {
                    prunePoint[i] = true;
                    markTarget(target(i, j.target()));
                }
                case Insn.Ja j -> markTarget(target(i, j.target()));
                case Insn.Gotol j -> markTarget(target(i, j.target()));
                case Insn.MayGoto j -> {
                    prunePoint[i] = true;
                    markTarget(target(i, j.target()));
                }
                // kernel: visit_func_call_insn; the return address is a prune point and a jump
                // point (the exit from the callee is a non-linear step), a local call and the
                // callee's entry too
                case Insn.CallLocal c -> {
                    markTarget(i + 1);
                    prunePoint[i] = true;
                    markTarget(target(i, c.target()));
                }
                case Insn.Call c -> markTarget(i + 1);
                case Insn.CallKfunc c -> markTarget(i + 1);
                case Insn.LoadImm64 l when l.src() == PseudoSrc.FUNC -> {
                    markTarget(i + 1);
                    prunePoint[i] = true;
                    markTarget(program.indexOfSlot(program.slotOf(i) + 1 + (int) l.imm()));
                }
                default -> { }
            }
        }
        this.subprogStarts = Cfg.subprogramStarts(program).stream().mapToInt(Integer::intValue).toArray();
        this.subprogDepth = new int[subprogStarts.length];
        this.privileged = options.privileged();
        this.klog = new KernelLog(options.logLevel());
        this.printer = KernelPrinter.DEFAULT.withAllowPtrLeaks(options.privileged());
        this.observer = observer;
    }

    /**
     * Verifies {@code program} as the kernel would for a privileged (CAP_BPF, CAP_PERFMON)
     * or an unprivileged loader.
     */
    public static Verdict verify(Program program, boolean privileged) {
        return verify(program, new Options(privileged, 0), LoadAttrs.DEFAULT);
    }

    /** Verifies {@code program} with the loader's privileges and the log level of {@code options}. */
    public static Verdict verify(Program program, Options options) {
        return verify(program, options, LoadAttrs.DEFAULT);
    }

    /**
     * Decodes raw little-endian instructions and verifies them; bytes the kernel would refuse
     * to load give the kernel's load-time message ("unknown opcode 8c") at their slot.
     */
    public static Verdict verify(byte[] code, boolean privileged) {
        return verify(code, new Options(privileged, 0));
    }

    /** As {@link #verify(byte[], boolean)} with a log level. */
    public static Verdict verify(byte[] code, Options options) {
        Program program;
        try {
            program = Decoder.decode(code);
        } catch (DecodeException e) {
            return early(options, e.slot(), e.getMessage());
        }
        return verify(program, options);
    }

    /** A rejection before exploration, with the log the kernel writes for it. */
    private static Verdict early(Options options, int insn, String message) {
        KernelLog k = new KernelLog(options.logLevel());
        k.verbose(message + "\n");
        k.summary(0, 0, 0, 0);
        return Verdict.reject(insn, message, 0, List.of(), 0, k.toString());
    }

    /** As {@link #verify(Program, boolean)}, showing {@code observer} every state explored. */
    static Verdict verify(Program program, boolean privileged, Observer observer) {
        return verify(program, new Options(privileged, 0), observer);
    }

    static Verdict verify(Program program, Options options, Observer observer) {
        return verify(program, options, LoadAttrs.DEFAULT, observer);
    }

    /**
     * Verifies {@code program} loaded with {@code attrs}: its program type (context, helpers,
     * return values), the maps its {@code lddw} references index, its license and flags.
     */
    public static Verdict verify(Program program, Options options, LoadAttrs attrs) {
        return verify(program, options, attrs, null);
    }

    static Verdict verify(Program program, Options options, LoadAttrs attrs, Observer observer) {
        Cfg.Error structural = Cfg.check(program, options.privileged());
        if (structural != null) {
            return early(options, structural.insn(), structural.message());
        }
        String maps = MapLoad.check(program, attrs);
        if (maps != null) {
            int at = maps.indexOf(':');
            return early(options, Integer.parseInt(maps.substring(0, at)), maps.substring(at + 1));
        }
        PathExplorer e = new PathExplorer(program, options, attrs, observer);
        try {
            e.run();
            if (e.klog.level == 1) {
                e.klog.clear();
            }
            e.checkMaxStackDepth();
            e.klog.summary(e.processed, e.maxStatesPerInsn, e.totalStates, e.peakStates);
            return Verdict.accept(e.processed, e.log, e.subprogDepth[0], e.klog.toString())
                    .withLoopIterations(e.loopIterations);
        } catch (Rejection r) {
            e.klog.verbose(r.getMessage() + "\n" + r.trailer);
            e.klog.summary(e.processed, e.maxStatesPerInsn, e.totalStates, e.peakStates);
            // kernel: some errors log more than one line; the last one is the verdict's message
            String message = r.getMessage();
            int nl = message.lastIndexOf('\n');
            if (nl >= 0) {
                e.log.addAll(List.of(message.substring(0, nl).split("\n")));
                message = message.substring(nl + 1);
            }
            return Verdict.reject(r.insn, message, e.processed, e.log, e.subprogDepth[0], e.klog.toString())
                    .withLoopIterations(e.loopIterations);
        }
    }

    private void markTarget(int index) {
        if (index >= 0 && index < prunePoint.length) {
            prunePoint[index] = true;
            jmpPoint[index] = true;
        }
    }

    /** kernel: push_insn_history, at most one entry per instruction. */
    private void historyEntry() {
        if (!historyEntry) {
            historyEntry = true;
            history++;
        }
    }

    /** kernel: update_branch_counts for a path that ended (exit or pruned). */
    private void pathDone() {
        for (Checkpoint c = parent; c != null; c = c.parent) {
            if (--c.branches > 0) {
                break;
            }
        }
    }

    /**
     * kernel: is_state_visited. True when a state explored earlier at {@code idx} covers the
     * current one; otherwise the current state may be kept for later paths.
     */
    private boolean visited(int idx, int slot) throws Rejection {
        int[] live = new int[frames.length];
        int[] relevant = new int[frames.length];
        for (int i = 0; i < frames.length; i++) {
            // kernel: a caller's registers are as live as they are at its call instruction
            int at = i == frames.length - 1 ? idx : program.indexOfSlot(frames[i + 1].callsite);
            live[i] = liveIn[at];
            relevant[i] = relevantIn[at];
        }
        int[] all = new int[frames.length];
        java.util.Arrays.fill(all, -1);
        // kernel: is_force_checkpoint; a may_goto keeps a state on every visit
        boolean mayGoto = program.insn(idx) instanceof Insn.MayGoto;
        boolean force = history > 40 || mayGoto;
        boolean add = force || jmpsProcessed - prevJmpsProcessed >= 2 && processed - prevInsnProcessed >= 8;
        List<Checkpoint> list = explored.computeIfAbsent(idx, k -> new ArrayList<>());
        int states = 0;
        for (java.util.Iterator<Checkpoint> it = list.iterator(); it.hasNext(); ) {
            Checkpoint c = it.next();
            states++;
            if (c.branches > 0) {
                // kernel: a may_goto loop whose iteration is covered by an earlier one (any
                // range within the earlier's) stops: the earlier iteration explores the rest
                if (mayGoto && c.mayGotoDepth != mayGotoDepth && StateEquivalence.equal(c.frames, frames, all,
                        all, privileged, StateEquivalence.Exact.RANGE_WITHIN)) {
                    c.hits++;
                    return true;
                }
                if (c.mayGotoDepth == mayGotoDepth && StateEquivalence.maybeLooping(c.frames, frames)
                        && StateEquivalence.equal(c.frames, frames,
                        live, all, privileged, StateEquivalence.Exact.EXACT)) {
                    String message = "infinite loop detected at insn " + slot;
                    Rejection r = new Rejection(slot, message);
                    KernelLog cur = new KernelLog(klog.level);
                    cur.verbose("cur state:");
                    cur.state(frames[frames.length - 1], true);
                    cur.verbose("old state:");
                    cur.state(c.frames[frames.length - 1], true);
                    r.trailer = cur.toString();
                    throw r;
                }
                if (!force && jmpsProcessed - prevJmpsProcessed < 20 && processed - prevInsnProcessed < 100) {
                    add = false;
                }
            } else if (StateEquivalence.equal(c.frames, frames, live, relevant, privileged,
                    StateEquivalence.Exact.NOT_EXACT)) {
                c.hits++;
                return true;
            }
            if (add) {
                c.misses++;
            }
            // kernel: a state that keeps missing is dropped; freed (no longer counted in the
            // peak) once its paths are done. A may_goto checkpoint still being explored gets
            // more chances, so that the loop's iterations can converge.
            int n = mayGoto && c.branches > 0 ? 64 : 3;
            if (c.misses > c.hits * n + n) {
                it.remove();
                if (c.branches == 0) {
                    peakStates--;
                }
            }
        }
        maxStatesPerInsn = Math.max(maxStatesPerInsn, states);
        // kernel: BPF_COMPLEXITY_LIMIT_STATES, for unprivileged loaders
        if (!privileged && states > 64 || !add) {
            return false;
        }
        totalStates++;
        peakStates++;
        prevJmpsProcessed = jmpsProcessed;
        prevInsnProcessed = processed;
        Checkpoint c = new Checkpoint(Frame.copy(frames), parent, mayGotoDepth);
        list.addFirst(c);
        parent = c;
        history = 0;
        return false;
    }

    private void run() throws Rejection {
        Frame main = Frame.entry(-1, 0, 0);
        main.regs[1] = new RegState.Ctx();
        setFrames(new Frame[] {main});
        if (klog.level == 2) {
            for (int i = 0; i < subprogStarts.length; i++) {
                klog.verbose("func#" + i + " @" + subprogStarts[i] + "\n");
            }
            klog.verbose(LiveRegs.table(program, printer));
        }
        klog.scratchAll();
        int idx = 0;
        /** The slot a non-linear step came from (a resumed branch, a return), or -1. */
        int resumedFrom = -1;
        while (true) {
            int slot = program.slotOf(idx);
            if (++processed > MAX_PROCESSED) {
                throw new Rejection(slot, "BPF program is too large. Processed " + processed + " insn");
            }
            Insn insn = program.insn(idx);
            historyEntry = false;
            if (prunePoint[idx] && visited(idx, slot)) {
                klog.verbose(resumedFrom >= 0 ? "\nfrom " + resumedFrom + " to " + slot + ": safe\n"
                    : slot + ": safe\n");
                pathDone();
                Pending p = pending.poll();
                if (p == null) {
                    return;
                }
                idx = resume(p);
                resumedFrom = p.from();
                continue;
            }
            if (jmpPoint[idx]) {
                historyEntry();
            }
            if (observer != null) {
                observer.before(idx, List.of(regs));
            }
            if (insn instanceof Insn.JumpImm || insn instanceof Insn.JumpReg || insn instanceof Insn.Ja
                    || insn instanceof Insn.Gotol || insn instanceof Insn.Exit || insn instanceof Insn.Call
                    || insn instanceof Insn.CallLocal || insn instanceof Insn.CallKfunc || insn instanceof Insn.Callx
                    || insn instanceof Insn.MayGoto) {
                jmpsProcessed++;
            }
            if (klog.enabled()) {
                if (klog.level == 2 && resumedFrom >= 0) {
                    klog.verbose("\nfrom " + resumedFrom + " to " + slot + ":");
                    klog.state(frames[frames.length - 1], true);
                }
                if (klog.scratched()) {
                    klog.insnState(slot, frames[frames.length - 1]);
                }
                klog.insn(slot, printer.text(program, idx));
            }
            resumedFrom = -1;
            int next;
            try {
                next = step(insn, idx, slot);
            } catch (Refusal f) {
                throw new Rejection(slot, f.getMessage());
            }
            // a jump back (a return to a caller placed before its subprogram is no loop)
            if (next >= 0 && next <= idx && isJump(insn)) {
                backEdge(idx);
            }
            if (next == EXITED) {
                Pending p = pending.poll();
                if (p == null) {
                    return;
                }
                resumedFrom = p.from();
                next = resume(p);
            } else if (next < -2) {
                // a return from a callee: the log names the exit's slot as where it came from
                resumedFrom = slot;
                next = -next - 3;
            }
            idx = next;
        }
    }

    /** {@link #step}'s answer for the main program's exit: the path is done. */
    private static final int EXITED = -2;

    /**
     * Checks one instruction and applies it; the next instruction's index, {@link #EXITED},
     * or {@code -3 - next} for a return from a callee.
     */
    private int step(Insn insn, int idx, int slot) throws Rejection, Refusal {
            return switch (insn) {
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
                case Insn.LoadImm64 l when l.src() == PseudoSrc.FUNC && !attrs.funcInfo() ->
                    // kernel: check_ld_imm; a callback needs BTF func_info, which this load does not carry
                    throw new Refusal("missing btf func_info");
                case Insn.LoadImm64 l when MapLoad.isMapReference(l) -> {
                    writable(slot, l.dst());
                    regs[l.dst().number()] = MapLoad.pointer(l, attrs);
                    yield idx + 1;
                }
                case Insn.Call c -> {
                    // kernel: the caller-saved registers are checked as written (and so scratched)
                    for (int r = 0; r <= 5; r++) {
                        klog.scratchReg(r);
                    }
                    HelperCall.call(machine, c.helperId(), slot);
                    yield idx + 1;
                }
                case Insn.Load l -> {
                    load(slot, l.size(), l.dst(), l.src(), l.off(), false);
                    yield idx + 1;
                }
                case Insn.LoadSx l -> {
                    load(slot, l.size(), l.dst(), l.src(), l.off(), true);
                    yield idx + 1;
                }
                case Insn.Store st -> {
                    readable(slot, st.src());
                    readable(slot, st.dst());
                    store(slot, st.size(), st.dst(), st.off(), st.src(), 0, false);
                    yield idx + 1;
                }
                case Insn.StoreImm st -> {
                    readable(slot, st.dst());
                    store(slot, st.size(), st.dst(), st.off(), null, st.imm(), true);
                    yield idx + 1;
                }
                case Insn.Atomic at when !at.op().isAcquireRelease() -> {
                    atomic(slot, at);
                    yield idx + 1;
                }
                case Insn.JumpImm j -> conditional(slot, idx, j.width(), j.op(), j.dst(), null,
                    Scalar.known(j.imm()), j.target());
                case Insn.JumpReg j -> conditional(slot, idx, j.width(), j.op(), j.dst(), j.src(),
                    null, j.target());
                case Insn.Ja j -> target(idx, j.target());
                case Insn.Gotol j -> target(idx, j.target());
                case Insn.CallLocal c -> callLocal(slot, idx, c);
                case Insn.MayGoto m -> {
                    // kernel: check_cond_jmp_op for BPF_JCOND; the path goes on at the target, the
                    // next iteration (the fall-through) waits one may_goto deeper
                    push(slot, Frame.copy(frames), idx + 1, mayGotoDepth + 1);
                    yield target(idx, m.target());
                }
                case Insn.Exit x when frames.length > 1 -> -3 - returnFromCallee(slot);
                case Insn.Exit x -> {
                    exit(slot);
                    pathDone();
                    yield EXITED;
                }
                default -> throw notModelled(slot, describe(insn));
            };
    }

    private static boolean isJump(Insn insn) {
        return insn instanceof Insn.JumpImm || insn instanceof Insn.JumpReg || insn instanceof Insn.Ja
                || insn instanceof Insn.Gotol || insn instanceof Insn.MayGoto;
    }

    /** Counts one walk of the back-edge leaving instruction {@code from}: one more unrolled iteration. */
    private void backEdge(int from) {
        if (backEdgeWalks == null) {
            backEdgeWalks = new java.util.HashMap<>();
        }
        loopIterations = Math.max(loopIterations, backEdgeWalks.merge(from, 1, Integer::sum));
    }

    /** Makes {@code f} the current state, its last frame the current function. */
    private void setFrames(Frame[] f) {
        frames = f;
        regs = f[f.length - 1].regs;
        stack = f[f.length - 1].stack;
    }

    /** The subprogram whose code holds {@code slot} (kernel: find_containing_subprog). */
    private int subprogAt(int slot) {
        int i = java.util.Arrays.binarySearch(subprogStarts, slot);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * kernel: check_func_call for a static subprogram (bpflab has no BTF, so every
     * subprogram is static): a new frame whose R1-R5 are the caller's, the caller's R0-R5
     * cleared; returns the callee's first instruction.
     */
    private int callLocal(int slot, int idx, Insn.CallLocal c) throws Rejection {
        int entry = target(idx, c.target());
        if (frames.length >= Frame.MAX_CALL_FRAMES) {
            throw new Rejection(slot, "the call stack of " + (frames.length + 1) + " frames is too deep");
        }
        Frame caller = frames[frames.length - 1];
        Frame callee = Frame.entry(slot, frames.length, subprogAt(program.slotOf(entry)));
        // kernel: set_callee_state copies the arguments as they are, initialised or not
        System.arraycopy(caller.regs, 1, callee.regs, 1, 5);
        for (int r = 0; r <= 5; r++) {
            caller.regs[r] = RegState.NOT_INIT;
        }
        Frame[] chain = java.util.Arrays.copyOf(frames, frames.length + 1);
        chain[frames.length] = callee;
        setFrames(chain);
        if (klog.enabled()) {
            klog.verbose("caller:\n");
            klog.state(caller, true);
            klog.verbose("callee:\n");
            klog.state(callee, true);
        }
        klog.scratchAll();
        return entry;
    }

    /**
     * kernel: prepare_func_exit; the callee's R0 becomes the caller's, and the caller goes on
     * after its call. Returns that instruction.
     */
    private int returnFromCallee(int slot) throws Rejection {
        Frame callee = frames[frames.length - 1];
        Frame caller = frames[frames.length - 2];
        if (callee.regs[0] instanceof RegState.StackPtr) {
            // kernel: a pointer into the callee's stack would dangle; the kernel refuses any
            throw new Rejection(slot, "cannot return stack pointer to the caller");
        }
        caller.regs[0] = callee.regs[0];
        int back = program.indexOfSlot(callee.callsite) + 1;
        if (klog.enabled()) {
            klog.verbose("returning from callee:\n");
            klog.state(callee, true);
            klog.verbose("to caller at " + program.slotOf(back) + ":\n");
            klog.state(caller, true);
        }
        setFrames(java.util.Arrays.copyOf(frames, frames.length - 1));
        return back;
    }

    /** kernel: round_up_stack_depth with the JIT on, as the machines bpflab models run it. */
    private static int roundUpStackDepth(int depth) {
        return (depth + 15) / 16 * 16;
    }

    /**
     * kernel: check_max_stack_depth, after exploration: along every chain of calls from the
     * main program the subprograms' stacks together stay within 512 bytes, and the chain
     * within 8 frames.
     */
    private void checkMaxStackDepth() throws Rejection {
        walkCallChain(0, 0, 1);
    }

    /** One step of check_max_stack_depth_subprog's walk, depth first in address order. */
    private void walkCallChain(int sub, int depthBefore, int frameCount) throws Rejection {
        int depth = depthBefore + roundUpStackDepth(subprogDepth[sub]);
        if (depth > StackState.MAX_STACK) {
            throw new Rejection(-1, "combined stack size of " + frameCount + " calls is " + depth + ". Too large");
        }
        int end = sub + 1 < subprogStarts.length ? subprogStarts[sub + 1] : program.slotCount();
        for (int s = subprogStarts[sub]; s < end; s++) {
            int i = program.indexOfSlot(s);
            if (i < 0) {
                continue;
            }
            Insn insn = program.insn(i);
            int callee;
            if (insn instanceof Insn.CallLocal(Target t)) {
                callee = subprogAt(program.slotOf(target(i, t)));
            } else if (insn instanceof Insn.LoadImm64(var d, PseudoSrc src, long imm) && src == PseudoSrc.FUNC) {
                callee = subprogAt(s + 1 + (int) imm);
            } else {
                continue;
            }
            if (frameCount >= Frame.MAX_CALL_FRAMES) {
                throw new Rejection(-1, "the call stack of " + frameCount + " frames is too deep !");
            }
            walkCallChain(callee, depth, frameCount + 1);
        }
    }

    /** kernel: pop_stack; the pending state becomes the current one. */
    private int resume(Pending p) {
        int from = program.indexOfSlot(p.from());
        // the taken edge of a jump back (a forked ALU instruction also re-runs itself, without a loop)
        if (from >= 0 && p.index() <= from && isJump(program.insn(from))) {
            backEdge(from);
        }
        setFrames(p.frames());
        mayGotoDepth = p.mayGotoDepth();
        parent = p.parent();
        history = p.history();
        klog.cutTo(p.logPos());
        klog.scratchAll();
        return p.index();
    }

    private static Rejection notModelled(int slot, String what) {
        return new Rejection(slot, notModelledText(what + " yet (insn " + slot + ")"));
    }

    /** The message for what bpflab's verifier does not model. */
    static String notModelledText(String what) {
        return "bpflab does not model " + what + "; its verifier covers scalars, jumps, the stack,"
            + " bpf-to-bpf calls, pointers, context, packet and map accesses and helper calls so far";
    }

    /** kernel: ++env->id_gen. */
    private int newId() {
        return ++idGen;
    }

    /** The state as the rule classes see it. */
    private final HelperCall.Machine machine = new HelperCall.Machine() {
        @Override
        public RegState[] regs() {
            return regs;
        }

        @Override
        public StackState stack() {
            return stack;
        }

        @Override
        public int newId() {
            return PathExplorer.this.newId();
        }

        @Override
        public void stackUsed(int bytes) {
            int sub = frames[frames.length - 1].subprog;
            subprogDepth[sub] = Math.max(subprogDepth[sub], bytes);
        }

        @Override
        public LoadAttrs attrs() {
            return attrs;
        }

        @Override
        public StackState refs() {
            return frames[0].stack;
        }

        @Override
        public Frame[] frames() {
            return frames;
        }

        @Override
        public boolean privileged() {
            return privileged;
        }
    };

    private static String describe(Insn insn) {
        return switch (insn) {
            case Insn.Atomic a -> "load-acquire and store-release";
            case Insn.LoadImm64 l -> "lddw of a " + l.src().name().toLowerCase(java.util.Locale.ROOT) + " reference";
            case Insn.LegacyLoad l -> "legacy packet loads";
            case Insn.Call c -> "helper calls";
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
        klog.scratchReg(r.number());
        RegState s = regs[r.number()];
        if (s instanceof RegState.NotInit) {
            throw new Rejection(slot, "R" + r.number() + " !read_ok");
        }
        return s;
    }

    /** kernel: check_reg_arg(DST_OP / DST_OP_NO_MARK). */
    private void writable(int slot, Reg r) throws Rejection {
        klog.scratchReg(r.number());
        if (r == Reg.R10) {
            throw new Rejection(slot, "frame pointer is read only");
        }
    }

    /** kernel: is_pointer_value; privileged loaders may leak pointers, the others may not. */
    private boolean isPointerValue(RegState s) {
        return !privileged && s.isPointer();
    }

    /** kernel: bpf_alu_string, the operator names indexed by the op bits. */
    private static final String[] ALU_STRING = {
        "+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=", "^=", "=", "s>>=", "endian",
    };

    /** kernel: BPF_MAX_VAR_OFF, the largest offset a pointer may carry. */
    private static final long MAX_VAR_OFF = 1L << 29;

    /**
     * kernel: adjust_ptr_min_max_vals for a pointer {@code dst} and a scalar {@code off}.
     * bpflab models a stack pointer moved by a constant; other pointer arithmetic is not
     * modelled yet.
     */
    private RegState pointerAlu(int slot, AluOp op, Width w, Reg dst, RegState ptr, Scalar off, boolean ptrIsSrc)
            throws Rejection, Refusal {
        if (!(ptr instanceof RegState.StackPtr)) {
            return PointerAlu.apply(op, w, dst.number(), ptr, off, ptrIsSrc, privileged, this::newId);
        }
        if (w != Width.W64) {
            if (op == AluOp.SUB && privileged) {
                return new RegState.ScalarReg(Scalar.UNKNOWN);
            }
            throw new Rejection(slot, "R" + dst.number() + " 32-bit pointer arithmetic prohibited");
        }
        if (op == AluOp.AND || op == AluOp.OR || op == AluOp.XOR) {
            throw new Rejection(slot, "R" + dst.number() + " bitwise operator " + ALU_STRING[op.code >> 4]
                + " on pointer prohibited");
        }
        if (op != AluOp.ADD && op != AluOp.SUB) {
            throw new Rejection(slot, "R" + dst.number() + " pointer arithmetic with " + ALU_STRING[op.code >> 4]
                + " operator prohibited");
        }
        if (op == AluOp.SUB && ptrIsSrc) {
            throw new Rejection(slot, "R" + dst.number() + " tried to subtract pointer from scalar");
        }
        if (!(ptr instanceof RegState.StackPtr p)) {
            throw notModelled(slot, "arithmetic on a context pointer");
        }
        if (op == AluOp.SUB) {
            // kernel: JITs might not handle a frame pointer moved by subtraction
            throw new Rejection(slot, "R" + dst.number() + " subtraction from stack pointer prohibited");
        }
        if (!off.isConst()) {
            throw notModelled(slot, "variable-offset stack pointers");
        }
        long val = off.varOff().value();
        // kernel: check_reg_sane_offset
        if (val >= MAX_VAR_OFF || val <= -MAX_VAR_OFF) {
            throw new Rejection(slot, "value " + val + " makes fp pointer be out of bounds");
        }
        long moved = p.off() + val;
        if (moved >= MAX_VAR_OFF || moved <= -MAX_VAR_OFF) {
            throw new Rejection(slot, "fp pointer offset " + moved + " is not allowed");
        }
        // kernel: check_stack_access_for_ptr_arithmetic, for unprivileged loaders only
        if (!privileged && (moved >= 0 || moved < -StackState.MAX_STACK)) {
            throw new Rejection(slot, "R" + dst.number() + " stack pointer arithmetic goes out of range, "
                + "prohibited for !root; off=" + moved);
        }
        return p.withOff((int) moved);
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

    private void aluImm(int slot, Insn.AluImm a) throws Rejection, Refusal {
        if (a.op() == AluOp.MOV) {
            writable(slot, a.dst());
            regs[a.dst().number()] = new RegState.ScalarReg(ScalarAlu.movImm(a.width(), a.imm()));
            return;
        }
        RegState d = readable(slot, a.dst());
        checkImmediate(slot, a.op(), a.width(), a.imm());
        writable(slot, a.dst());
        if (!(d instanceof RegState.ScalarReg dr)) {
            regs[a.dst().number()] = pointerAlu(slot, a.op(), a.width(), a.dst(), d, Scalar.known(a.imm()), false);
            return;
        }
        binary(slot, a.op(), a.width(), a.dst(), dr, Scalar.known(a.imm()), false);
    }

    private void aluReg(int slot, Insn.AluReg a) throws Rejection, Refusal {
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
        if (!(d instanceof RegState.ScalarReg) && s instanceof RegState.ScalarReg sr) {
            regs[a.dst().number()] = pointerAlu(slot, a.op(), a.width(), a.dst(), d, sr.value(), false);
            return;
        }
        if (d instanceof RegState.ScalarReg dr && !(s instanceof RegState.ScalarReg)) {
            // kernel: scalar += pointer is pointer += scalar
            regs[a.dst().number()] = pointerAlu(slot, a.op(), a.width(), a.dst(), s, dr.value(), true);
            return;
        }
        if (!(d instanceof RegState.ScalarReg dr) || !(s instanceof RegState.ScalarReg sr)) {
            // kernel: combining two pointers yields an arbitrary scalar; only subtraction is allowed
            if (a.op() == AluOp.SUB && privileged) {
                regs[a.dst().number()] = new RegState.ScalarReg(Scalar.UNKNOWN);
                return;
            }
            throw new Rejection(slot, "R" + a.dst().number() + " pointer " + ALU_STRING[a.op().code >> 4]
                + " pointer prohibited");
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
            Frame[] other = Frame.copy(frames);
            other[other.length - 1].regs[dst.number()] = new RegState.ScalarReg(fork.pushed());
            push(slot, other, program.indexOfSlot(slot));
            dv = fork.current();
        }
        Scalar result = ScalarAlu.apply(op, w, dv, sv);
        String broken = result.invariantViolation();
        if (broken != null) {
            // kernel: reg_bounds_sanity_check(..., "alu") logs and forgets the bounds
            log.add(LogFormat.invariantViolation("alu", broken, result));
            klog.verbose(log.getLast() + "\n");
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
    private void push(int slot, Frame[] state, int index) throws Rejection {
        push(slot, state, index, mayGotoDepth);
    }

    /** kernel: push_stack, with the pushed state's may_goto depth. */
    private void push(int slot, Frame[] state, int index, int depth) throws Rejection {
        pending.push(new Pending(state, index, slot, klog.position(), parent, history, depth));
        if (parent != null) {
            parent.branches++;
        }
        if (pending.size() > MAX_PENDING) {
            throw new Rejection(slot, "The sequence of " + pending.size() + " jumps is too complex.");
        }
    }

    /** kernel: check_cond_jmp_op for scalars. */
    private int conditional(int slot, int idx, Width w, JmpOp op, Reg dst, Reg srcReg, Scalar imm, Target t)
            throws Rejection, Refusal {
        RegState d = readable(slot, dst);
        RegState s = srcReg == null ? new RegState.ScalarReg(imm) : readable(slot, srcReg);
        if (srcReg != null && isPointerValue(s) && !(PointerBranch.isPacket(d) && PointerBranch.isPacket(s))) {
            throw new Rejection(slot, "R" + srcReg.number() + " pointer comparison prohibited");
        }
        int taken = target(idx, t);
        if (!(d instanceof RegState.ScalarReg dr) || !(s instanceof RegState.ScalarReg sr)) {
            // kernel: is_branch_taken knows a pointer's comparison only against 0 and only for
            // pointers that cannot be NULL (reg_not_null), and packet pointers against the end;
            // a null check or a packet comparison teaches each branch something
            switch (PointerBranch.taken(op, w, d, s)) {
                case TAKEN -> {
                    return taken;
                }
                case NOT_TAKEN -> {
                    return idx + 1;
                }
                case UNKNOWN -> { }
            }
            Frame[] other = Frame.copy(frames);
            push(slot, other, taken);
            boolean learnt = PointerBranch.learn(op, w, dst.number(), srcReg == null ? -1 : srcReg.number(), imm,
                frames, other);
            if (!learnt && isPointerValue(d)) {
                throw new Rejection(slot, "R" + dst.number() + " pointer comparison prohibited");
            }
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
            collectLinked(sr.id(), idx, linked);
        }
        if (dr.id() != 0) {
            collectLinked(dr.id(), idx, linked);
        }
        if (linked.size() > 1) {
            historyEntry();
        }
        boolean same = srcReg == dst;
        ScalarBranch.Refinement ref = same
            ? ScalarBranch.refineSameRegister(op, w, dv)
            : ScalarBranch.refine(op, w, dv, sv);
        log.addAll(ref.log());
        ref.log().forEach(l -> klog.verbose(l + "\n"));
        Frame[] otherFrames = Frame.copy(frames);
        RegState[] other = otherFrames[otherFrames.length - 1].regs;
        other[dst.number()] = with(other[dst.number()], ref.taken().dst());
        regs[dst.number()] = with(regs[dst.number()], ref.fallthrough().dst());
        if (srcReg != null && !same) {
            other[srcReg.number()] = with(other[srcReg.number()], ref.taken().src());
            regs[srcReg.number()] = with(regs[srcReg.number()], ref.fallthrough().src());
        }
        push(slot, otherFrames, taken);
        if (srcReg != null && sr.id() != 0) {
            syncLinked(frames, srcReg, linked);
            syncLinked(otherFrames, srcReg, linked);
        }
        if (dr.id() != 0) {
            syncLinked(frames, dst, linked);
            syncLinked(otherFrames, dst, linked);
        }
        return idx + 1;
    }

    private static RegState with(RegState r, Scalar value) {
        RegState.ScalarReg sr = (RegState.ScalarReg) r;
        return new RegState.ScalarReg(value, sr.id(), sr.addConst(), sr.off());
    }

    /** kernel: check_load_mem (BPF_LDX, BPF_MEMSX). */
    private void load(int slot, Size size, Reg dst, Reg src, int off, boolean signExtend) throws Rejection, Refusal {
        RegState ptr = readable(slot, src);
        writable(slot, dst);
        if (ptr instanceof RegState.Pointer || ptr instanceof RegState.Ctx) {
            regs[dst.number()] = MemoryAccess.access(src.number(), ptr, off, size.bytes, false, null, -1, attrs,
                privileged, signExtend, false);
            if (regs[dst.number()] instanceof RegState.Pointer p && p.maybeNull()) {
                regs[dst.number()] = p.withId(newId());
            }
            return;
        }
        int at = stackAccess(slot, src, ptr, off, size, false);
        RegState value = stackRead(slot, at, size);
        if (value instanceof RegState.ScalarReg sr && size != Size.DW) {
            // kernel: a narrow load zero-extends (coerce_reg_to_size), a sign-extending one
            // sign-extends (coerce_reg_to_size_sx); the result is linked to nothing
            Scalar v = signExtend ? ScalarAlu.movSx(Width.W64, sr.value(), size.bits())
                : ScalarAlu.truncate(sr.value(), size.bytes);
            value = new RegState.ScalarReg(v, signExtend ? 0 : sr.id(), sr.addConst(), sr.off());
            if (signExtend) {
                value = ((RegState.ScalarReg) value).unlinked();
            }
        }
        regs[dst.number()] = value;
    }

    /**
     * kernel: check_mem_access's alignment and bounds checks for a pointer into the stack;
     * returns the accessed offset from the frame pointer. Other pointers are not modelled.
     */
    private int stackAccess(int slot, Reg base, RegState ptr, int off, Size size, boolean write) throws Rejection {
        switch (ptr) {
            case RegState.ScalarReg s -> throw new Rejection(slot, "R" + base.number() + " invalid mem access 'scalar'");
            case RegState.Ctx c -> throw notModelled(slot, "context access");
            case RegState.Pointer p -> throw notModelled(slot, "variable-offset stack pointers");
            case RegState.NotInit n -> throw new Rejection(slot, "R" + base.number() + " !read_ok");
            case RegState.StackPtr p -> {
                // kernel: check_ptr_alignment; the stack is always strict (spill tracking relies on
                // it); the 6.18 kernel prints a constant var_off as its value
                if (size.bytes > 1 && Math.floorMod(p.off() + off, size.bytes) != 0) {
                    throw new Rejection(slot, "misaligned stack access off 0+" + p.off() + "+" + off
                        + " size " + size.bytes);
                }
                int at = p.off() + off;
                // kernel: check_stack_slot_within_bounds; an unprivileged read may not go below
                // what the program has written (allow_uninit_stack is for privileged loaders)
                mem = frames[p.frameno()].stack;
                int minValid = write || privileged ? -StackState.MAX_STACK : -mem.allocated();
                if (at < minValid || at > -1 || at + size.bytes > 0) {
                    throw new Rejection(slot, "invalid " + (write ? "write to" : "read from") + " stack R"
                        + base.number() + " off=" + at + " size=" + size.bytes);
                }
                mem.grow(-at);
                // kernel: update_stack_depth, for the subprogram that owns the stack
                int sub = frames[p.frameno()].subprog;
                subprogDepth[sub] = Math.max(subprogDepth[sub], mem.allocated());
                return at;
            }
        }
    }

    /** The stack the last {@link #stackAccess} went to, the current frame's or a caller's. */
    private StackState mem;

    /** kernel: check_stack_read_fixed_off. */
    private RegState stackRead(int slot, int off, Size size) throws Rejection {
        int first = -off - 1;
        int spi = first / StackState.SLOT;
        klog.scratchSlot(spi);
        if (mem.isSpill(spi)) {
            RegState spilled = mem.spilled(spi);
            int spillSize = 1;
            for (int i = StackState.SLOT - 1; i > 0 && mem.slotType(spi, i - 1) == StackState.SPILL; i--) {
                spillSize++;
            }
            if (size.bytes == StackState.SLOT && spillSize == StackState.SLOT) {
                historyEntry();
                return spilled;
            }
            if (!(spilled instanceof RegState.ScalarReg sr)) {
                throw new Rejection(slot, "invalid size of register fill");
            }
            // kernel: bpf_stack_narrow_access_ok; on a little-endian machine the low bytes of
            // the spilled value are at the slot's start
            if (size.bytes <= spillSize && Math.floorMod(off, StackState.SLOT) == 0) {
                historyEntry();
                return widthOf(sr.value()) > size.bits() ? sr.unlinked() : sr;
            }
            int spills = 0;
            int zeros = 0;
            for (int i = 0; i < size.bytes; i++) {
                byte t = mem.type(first - i);
                if (t == StackState.SPILL) {
                    spills++;
                } else if (t == StackState.ZERO) {
                    zeros++;
                } else if (t != StackState.MISC && !(t == StackState.INVALID && privileged)) {
                    throw invalidRead(slot, off, i, size);
                }
            }
            boolean spilledZero = spills == size.bytes && sr.value().isConst() && sr.value().varOff().value() == 0;
            if (spilledZero) {
                // kernel: this is a register fill, recorded as one
                historyEntry();
            }
            boolean zero = spilledZero || zeros == size.bytes;
            return new RegState.ScalarReg(zero ? Scalar.known(0) : Scalar.UNKNOWN);
        }
        for (int i = 0; i < size.bytes; i++) {
            byte t = mem.type(first - i);
            if (t != StackState.MISC && t != StackState.ZERO && !(t == StackState.INVALID && privileged)) {
                throw invalidRead(slot, off, i, size);
            }
        }
        // kernel: mark_reg_stack_read; only zero bytes read back as a known zero
        boolean zeros = true;
        for (int i = 0; i < size.bytes; i++) {
            klog.scratchSlot((first - i) / StackState.SLOT);
            if (mem.type(first - i) != StackState.ZERO) {
                zeros = false;
                break;
            }
        }
        return new RegState.ScalarReg(zeros ? Scalar.known(0) : Scalar.UNKNOWN);
    }

    private static Rejection invalidRead(int slot, int off, int i, Size size) {
        return new Rejection(slot, "invalid read from stack off " + off + "+" + i + " size " + size.bytes);
    }

    /** kernel: get_reg_width, the bits needed for the largest unsigned value. */
    private static int widthOf(Scalar s) {
        return 64 - Long.numberOfLeadingZeros(s.umax());
    }

    /**
     * kernel: check_atomic_rmw on the stack: the slot is read (as a fill into the register
     * that receives the old value, for the fetching forms), then written with an unknown
     * value, which leaves its bytes misc.
     */
    private void atomic(int slot, Insn.Atomic a) throws Rejection, Refusal {
        if (a.size() != Size.W && a.size() != Size.DW) {
            throw new Rejection(slot, "invalid atomic operand size");
        }
        RegState src = readable(slot, a.src());
        RegState ptr = readable(slot, a.dst());
        if (a.op() == io.bpflab.isa.AtomicOp.CMPXCHG && isPointerValue(readable(slot, Reg.R0))) {
            throw new Rejection(slot, "R0 leaks addr into mem");
        }
        if (isPointerValue(src)) {
            throw new Rejection(slot, "R" + a.src().number() + " leaks addr into mem");
        }
        RegState.Pointer atomicBase = ptr instanceof RegState.Ctx || ptr instanceof RegState.Pointer
            ? PointerAlu.asPointer(ptr) : null;
        if (atomicBase != null && (atomicBase.kind() == PtrKind.CTX || atomicBase.kind().isPacket()
                || atomicBase.kind() == PtrKind.FLOW_KEYS || atomicBase.kind().isSocket())) {
            throw new Rejection(slot, "BPF_ATOMIC stores into R" + a.dst().number() + " " + atomicBase.typeName()
                + " is not allowed");
        }
        Reg load = !a.op().fetches() ? null : a.op() == io.bpflab.isa.AtomicOp.CMPXCHG ? Reg.R0 : a.src();
        if (load != null) {
            writable(slot, load);
        }
        if (atomicBase != null) {
            // kernel: check_atomic_rmw; a read (strictly aligned), the old value, then a write
            RegState old = MemoryAccess.access(a.dst().number(), ptr, a.off(), a.size().bytes, false, null, -1, attrs,
                privileged, false, true);
            if (load != null) {
                regs[load.number()] = old;
            }
            MemoryAccess.access(a.dst().number(), ptr, a.off(), a.size().bytes, true, null, -1, attrs, privileged,
                false, true);
            return;
        }
        int at = stackAccess(slot, a.dst(), ptr, a.off(), a.size(), false);
        checkStackReadable(slot, at, a.size());
        if (load != null) {
            RegState old = stackRead(slot, at, a.size());
            if (old instanceof RegState.ScalarReg sr && a.size() != Size.DW) {
                old = new RegState.ScalarReg(ScalarAlu.truncate(sr.value(), a.size().bytes), sr.id(), sr.addConst(),
                    sr.off());
            }
            regs[load.number()] = old;
        }
        store(slot, a.size(), a.dst(), a.off(), null, 0, false);
    }

    /**
     * kernel: check_stack_read_fixed_off with no destination register: a spilled pointer may
     * be read only whole, by a privileged loader; other bytes must be initialised.
     */
    private void checkStackReadable(int slot, int off, Size size) throws Rejection {
        int first = -off - 1;
        int spi = first / StackState.SLOT;
        if (mem.isSpill(spi)) {
            RegState spilled = mem.spilled(spi);
            boolean whole = size == Size.DW && mem.slotType(spi, 0) == StackState.SPILL;
            if (!whole && !(spilled instanceof RegState.ScalarReg)) {
                throw new Rejection(slot, "invalid size of register fill");
            }
            if (whole && isPointerValue(spilled)) {
                throw new Rejection(slot, "leaking pointer from stack off " + off);
            }
            return;
        }
        for (int i = 0; i < size.bytes; i++) {
            byte t = mem.type(first - i);
            if (t != StackState.MISC && t != StackState.ZERO && !(t == StackState.INVALID && privileged)) {
                throw invalidRead(slot, off, i, size);
            }
        }
    }

    /**
     * kernel: check_store_reg / BPF_ST, then check_stack_write_fixed_off. {@code src} is null
     * for a store of the immediate {@code imm} ({@code immediate}) or of an unknown value (an
     * atomic operation's write).
     */
    private void store(int slot, Size size, Reg dst, int off, Reg src, int imm, boolean immediate) throws Rejection, Refusal {
        RegState base = regs[dst.number()];
        if (base instanceof RegState.Pointer || base instanceof RegState.Ctx) {
            MemoryAccess.access(dst.number(), base, off, size.bytes, true, src == null ? null : regs[src.number()],
                src == null ? -1 : src.number(), attrs, privileged, false, src == null && !immediate);
            return;
        }
        int at = stackAccess(slot, dst, regs[dst.number()], off, size, true);
        int first = -at - 1;
        int spi = first / StackState.SLOT;
        if (!privileged && mem.isSpill(spi) && !(mem.spilled(spi) instanceof RegState.ScalarReg)
                && size.bytes != StackState.SLOT) {
            throw new Rejection(slot, "attempt to corrupt spilled pointer on stack");
        }
        klog.scratchSlot(spi);
        RegState value = src == null ? null : regs[src.number()];
        boolean aligned = at % StackState.SLOT == 0;
        if (value instanceof RegState.ScalarReg sr && aligned && privileged) {
            // kernel: a spill keeps the scalar's facts, linked to the register when it fits
            boolean fits = widthOf(sr.value()) <= size.bits();
            RegState.ScalarReg saved = fits ? linkForCopy(src, sr) : sr;
            spill(spi, fits ? saved : saved.unlinked(), size);
        } else if (immediate && aligned && privileged) {
            // kernel: BPF_ST of an immediate is spilled as a known (sign-extended) constant
            spill(spi, new RegState.ScalarReg(Scalar.known(imm)), size);
        } else if (value != null && value.isPointer()) {
            if (size.bytes != StackState.SLOT) {
                throw new Rejection(slot, "invalid size of register spill");
            }
            if (mem != stack && value instanceof RegState.StackPtr) {
                throw new Rejection(slot, "cannot spill pointers to stack into stack frame of the caller");
            }
            spill(spi, value, size);
        } else {
            // kernel: a plain write destroys a spill (scrub_special_slot) and types the bytes
            if (mem.isSpill(spi)) {
                for (int i = 0; i < StackState.SLOT; i++) {
                    if (mem.slotType(spi, i) != StackState.INVALID) {
                        mem.setType(spi * StackState.SLOT + i, StackState.MISC);
                    }
                }
            }
            mem.setSpilled(spi, RegState.NOT_INIT);
            boolean zero = value == null ? immediate && imm == 0
                : value instanceof RegState.ScalarReg sr && sr.value().isConst() && sr.value().varOff().value() == 0;
            for (int i = 0; i < size.bytes; i++) {
                mem.setType(first - i, zero ? StackState.ZERO : StackState.MISC);
            }
        }
    }

    /** kernel: save_register_state; the spilled bytes are the slot's last entries. */
    private void spill(int spi, RegState value, Size size) {
        historyEntry();
        mem.setSpilled(spi, value);
        for (int i = StackState.SLOT; i > StackState.SLOT - size.bytes; i--) {
            mem.setType(spi * StackState.SLOT + i - 1, StackState.SPILL);
        }
        for (int i = StackState.SLOT - size.bytes; i > 0; i--) {
            byte t = mem.slotType(spi, i - 1);
            if (t != StackState.ZERO && t != StackState.INVALID) {
                mem.setType(spi * StackState.SLOT + i - 1, StackState.MISC);
            }
        }
    }

    /** kernel: MAX_LINKED_REGS; registers past it are unlinked. */
    private static final int MAX_LINKED = 6;

    /**
     * Linked values are numbered, in each frame, 0-10 for registers and 11 and up for stack
     * slots (11 + spi), plus {@link #FRAME_STRIDE} times the frame number.
     */
    private static final int FIRST_SLOT = 11;
    private static final int FRAME_STRIDE = 1 << 8;

    /**
     * kernel: collect_linked_regs over every frame from the current one down, its live
     * registers, then its spilled scalars. The 6.18 kernel leaves out registers dead before
     * the jump (testdata/verifier/logs/two-branches.2.log: the dead R1 keeps its range); a
     * caller's registers are as live as at its call.
     */
    private void collectLinked(int id, int idx, List<Integer> linked) {
        for (int f = frames.length - 1; f >= 0; f--) {
            Frame frame = frames[f];
            int live = liveIn[f == frames.length - 1 ? idx : program.indexOfSlot(frames[f + 1].callsite)];
            for (int r = 0; r < FIRST_SLOT + frame.stack.allocated() / StackState.SLOT; r++) {
                if (r == 10 || r < FIRST_SLOT && (live & (1 << r)) == 0) {
                    continue;
                }
                RegState v = r < FIRST_SLOT ? frame.regs[r]
                    : frame.stack.isSpill(r - FIRST_SLOT) ? frame.stack.spilled(r - FIRST_SLOT) : RegState.NOT_INIT;
                int key = f * FRAME_STRIDE + r;
                if (v instanceof RegState.ScalarReg sr && sr.id() == id) {
                    if (linked.contains(key)) {
                        continue;
                    }
                    if (linked.size() < MAX_LINKED) {
                        linked.add(key);
                    } else if (r < FIRST_SLOT) {
                        frame.regs[r] = sr.unlinked();
                    } else {
                        frame.stack.setSpilled(r - FIRST_SLOT, sr.unlinked());
                    }
                }
            }
        }
    }

    /** kernel: sync_linked_regs; what the branch learned about {@code known} holds for its copies. */
    private static void syncLinked(Frame[] state, Reg knownReg, List<Integer> linked) {
        int cur = state.length - 1;
        RegState.ScalarReg known = (RegState.ScalarReg) state[cur].regs[knownReg.number()];
        for (int key : linked) {
            Frame frame = state[key / FRAME_STRIDE];
            int r = key % FRAME_STRIDE;
            RegState v = r < FIRST_SLOT ? frame.regs[r] : frame.stack.spilled(r - FIRST_SLOT);
            if (key == cur * FRAME_STRIDE + knownReg.number() || !(v instanceof RegState.ScalarReg reg)
                    || reg.id() != known.id()) {
                continue;
            }
            RegState.ScalarReg synced;
            if ((!reg.addConst() && !known.addConst()) || reg.off() == known.off()) {
                synced = known;
            } else {
                Scalar delta = Scalar.known(reg.off() - known.off());
                synced = new RegState.ScalarReg(ScalarAlu.addLinkedDelta(known.value(), delta),
                    reg.id(), reg.addConst(), reg.off());
            }
            if (r < FIRST_SLOT) {
                frame.regs[r] = synced;
            } else {
                frame.stack.setSpilled(r - FIRST_SLOT, synced);
            }
        }
    }

    /** kernel: check_return_code for the main program, before the program type's range check. */
    private void exit(int slot) throws Rejection, Refusal {
        if (!frames[0].stack.refs().isEmpty()) {
            // kernel: check_reference_leak logs every reference still held
            StringBuilder sb = new StringBuilder();
            for (StackState.Ref r : frames[0].stack.refs()) {
                sb.append("Unreleased reference id=").append(r.id()).append(" alloc_insn=").append(r.insn())
                    .append('\n');
            }
            // the 6.18 kernel ends with the reason
            sb.append("BPF_EXIT instruction in main prog would lead to reference leak");
            throw new Refusal(sb.toString());
        }
        RegState r0 = readable(slot, Reg.R0);
        if (isPointerValue(r0)) {
            throw new Rejection(slot, "R0 leaks addr as return value");
        }
        ReturnRange.check(attrs, r0);
    }
}
