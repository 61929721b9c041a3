package io.bpflab.verifier;

import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Target;
import java.util.List;
import java.util.TreeSet;

/**
 * The structural checks the kernel makes before exploring any path (kernel/bpf/verifier.c:
 * add_subprog, check_subprogs, check_cfg with visit_insn and push_insn). Everything here is
 * numbered by slot, as the kernel numbers instructions: lddw takes two.
 */
final class Cfg {
    /** kernel: the insn_state flags of check_cfg. */
    private static final int DISCOVERED = 0x10;
    private static final int EXPLORED = 0x20;
    private static final int FALLTHROUGH = 1;
    private static final int BRANCH = 2;
    private static final int DONE_EXPLORING = 0;
    private static final int KEEP_EXPLORING = 1;

    /** A structural error: the kernel's message and the slot it is about (-1 for none). */
    record Error(int insn, String message) {
    }

    /** Thrown inside the walk to carry an error out of it. */
    private static final class Failure extends Exception {
        final transient Error error;

        Failure(int insn, String message) {
            super(message, null, false, false);
            this.error = new Error(insn, message);
        }
    }

    private final Program program;
    private final boolean privileged;
    private final int len;
    /** Instruction index at each slot, -1 for the second half of an lddw. */
    private final int[] indexAt;
    private int[] state;
    private int[] stack;
    private int sp;

    private Cfg(Program program, boolean privileged) {
        this.program = program;
        this.privileged = privileged;
        this.len = program.slotCount();
        this.indexAt = new int[len];
        for (int s = 0; s < len; s++) {
            indexAt[s] = program.indexOfSlot(s);
        }
    }

    /** The first structural error of {@code program}, or null. */
    static Error check(Program program, boolean privileged) {
        Cfg c = new Cfg(program, privileged);
        try {
            if (c.len == 0) {
                // kernel: bpf_prog_load refuses it with EINVAL and no log
                throw new Failure(-1, "empty program");
            }
            List<Integer> starts = c.subprogramStarts();
            c.checkSubprograms(starts);
            c.checkOpcodes();
            c.walk();
            c.checkReached();
            return null;
        } catch (Failure f) {
            return f.error;
        }
    }

    /**
     * kernel: resolve_pseudo_ldimm64's bpf_opcode_in_insntable, between check_subprogs and
     * check_cfg; callx (0x8d) is in RFC 9669 but not in the kernel's instruction table.
     */
    void checkOpcodes() throws Failure {
        for (int i = 0; i < program.size(); i++) {
            if (program.insn(i) instanceof Insn.Callx) {
                throw new Failure(program.slotOf(i), "unknown opcode 8d");
            }
        }
    }

    /** The slot a jump or call written at instruction {@code index} goes to. */
    int targetSlot(int index, Target target) throws Failure {
        return switch (target) {
            case Target.Offset o -> program.slotOf(index) + 1 + o.slots();
            case Target.Label l -> {
                Integer at = program.labels().get(l.name());
                if (at == null) {
                    throw new Failure(program.slotOf(index), "undefined label '" + l.name() + "'");
                }
                yield program.slotOf(at);
            }
        };
    }

    /**
     * The first slot of every subprogram, in address order, for a program that passed
     * {@link #check}.
     */
    static List<Integer> subprogramStarts(Program program) {
        try {
            return new Cfg(program, true).subprogramStarts();
        } catch (Failure f) {
            throw new IllegalArgumentException(f.getMessage());
        }
    }

    /** kernel: add_subprog_and_kfunc; subprograms start at 0 and at each local call's target. */
    private List<Integer> subprogramStarts() throws Failure {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int i = 0; i < program.size(); i++) {
            Insn insn = program.insn(i);
            int target;
            if (insn instanceof Insn.CallLocal(Target t)) {
                target = targetSlot(i, t);
            } else if (insn instanceof Insn.LoadImm64(var dst, PseudoSrc src, long imm) && src == PseudoSrc.FUNC) {
                target = program.slotOf(i) + 1 + (int) imm;
            } else {
                continue;
            }
            if (target < 0 || target >= len) {
                throw new Failure(program.slotOf(i), "call to invalid destination");
            }
            starts.add(target);
        }
        return List.copyOf(starts);
    }

    private static boolean isJump(Insn insn) {
        return Insn.jumpTargetOf(insn) != null;
    }

    private static Target jumpTarget(Insn insn) {
        Target t = Insn.jumpTargetOf(insn);
        if (t == null) {
            throw new IllegalArgumentException("not a jump: " + insn);
        }
        return t;
    }

    /** kernel: check_subprogs; jumps stay inside their subprogram, which ends in exit or goto. */
    private void checkSubprograms(List<Integer> starts) throws Failure {
        int cur = 0;
        int subStart = starts.get(0);
        int subEnd = starts.size() > 1 ? starts.get(1) : len;
        for (int s = 0; s < len; s++) {
            int idx = indexAt[s];
            Insn insn = idx >= 0 ? program.insn(idx) : null;
            if (insn != null && isJump(insn)) {
                int off = targetSlot(idx, jumpTarget(insn));
                if (off < subStart || off >= subEnd) {
                    throw new Failure(s, "jump out of range from insn " + s + " to " + off);
                }
            }
            if (s == subEnd - 1) {
                // kernel: the last instruction may not fall through into the next subprogram
                if (!(insn instanceof Insn.Exit || insn instanceof Insn.Ja || insn instanceof Insn.Gotol)) {
                    throw new Failure(s, "last insn is not an exit or jmp");
                }
                subStart = subEnd;
                cur++;
                if (cur < starts.size()) {
                    subEnd = cur + 1 < starts.size() ? starts.get(cur + 1) : len;
                }
            }
        }
    }

    /** kernel: check_cfg's depth-first walk. */
    private void walk() throws Failure {
        state = new int[len];
        stack = new int[len];
        state[0] = DISCOVERED;
        stack[0] = 0;
        sp = 1;
        while (sp > 0) {
            int t = stack[sp - 1];
            if (visit(t) == DONE_EXPLORING) {
                state[t] = EXPLORED;
                sp--;
            }
        }
    }

    /** kernel: visit_insn. */
    private int visit(int t) throws Failure {
        int idx = indexAt[t];
        if (idx < 0) {
            // kernel: the second half of an lddw reads as an ordinary instruction here; the
            // final pass reports the jump into it
            return push(t, t + 1, FALLTHROUGH);
        }
        Insn insn = program.insn(idx);
        return switch (insn) {
            case Insn.LoadImm64 l when l.src() == PseudoSrc.FUNC -> visitCall(t, t + 1 + (int) l.imm(), 2);
            case Insn.Exit e -> DONE_EXPLORING;
            case Insn.CallLocal c -> visitCall(t, targetSlot(idx, c.target()), 1);
            case Insn.Call c -> visitCall(t, -1, 1);
            case Insn.CallKfunc c -> visitCall(t, -1, 1);
            case Insn.Callx c -> visitCall(t, -1, 1);
            case Insn.Ja j -> push(t, targetSlot(idx, j.target()), FALLTHROUGH);
            case Insn.Gotol j -> push(t, targetSlot(idx, j.target()), FALLTHROUGH);
            case Insn.JumpReg j -> conditional(t, targetSlot(idx, j.target()));
            case Insn.JumpImm j -> conditional(t, targetSlot(idx, j.target()));
            case Insn.MayGoto j -> conditional(t, targetSlot(idx, j.target()));
            default -> push(t, t + insn.slots(), FALLTHROUGH);
        };
    }

    private int conditional(int t, int target) throws Failure {
        int ret = push(t, t + 1, FALLTHROUGH);
        if (ret != DONE_EXPLORING) {
            return ret;
        }
        return push(t, target, BRANCH);
    }

    /** kernel: visit_func_call_insn; {@code callee} is -1 for helper and kfunc calls. */
    private int visitCall(int t, int callee, int size) throws Failure {
        int ret = push(t, t + size, FALLTHROUGH);
        if (ret != DONE_EXPLORING || callee < 0) {
            return ret;
        }
        return push(t, callee, BRANCH);
    }

    /** kernel: push_insn. */
    private int push(int t, int w, int e) throws Failure {
        if (e == FALLTHROUGH && state[t] >= (DISCOVERED | FALLTHROUGH)) {
            return DONE_EXPLORING;
        }
        if (e == BRANCH && state[t] >= (DISCOVERED | BRANCH)) {
            return DONE_EXPLORING;
        }
        if (w < 0 || w >= len) {
            throw new Failure(t, "jump out of range from insn " + t + " to " + w);
        }
        if (state[w] == 0) {
            state[t] = DISCOVERED | e;
            state[w] = DISCOVERED;
            stack[sp++] = w;
            return KEEP_EXPLORING;
        } else if ((state[w] & 0xF0) == DISCOVERED) {
            // kernel: loops are allowed to privileged programs and explored, bounded, later
            if (privileged) {
                return DONE_EXPLORING;
            }
            throw new Failure(t, "back-edge from insn " + t + " to " + w);
        } else {
            state[t] = DISCOVERED | e;
        }
        return DONE_EXPLORING;
    }

    /** kernel: the end of check_cfg; every instruction reached, none entered mid-lddw. */
    private void checkReached() throws Failure {
        for (int i = 0; i < len; i++) {
            if (state[i] != EXPLORED) {
                throw new Failure(i, "unreachable insn " + i);
            }
            if (program.insn(indexAt[i]) instanceof Insn.LoadImm64) {
                if (state[i + 1] != 0) {
                    throw new Failure(i, "jump into the middle of ldimm64 insn " + i);
                }
                i++;
            }
        }
    }
}
