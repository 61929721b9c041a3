package io.bpflab.verifier;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether a state already explored at an instruction covers the current one, so that the
 * current path can stop there (kernel: states_equal, regsafe, stacksafe, check_ids).
 *
 * <p>bpflab does not backtrack precision along paths as the kernel does; a scalar register
 * counts as precise when its value may reach a verifier decision on some path from the
 * instruction ({@link LiveRegs#relevant}, a superset of the kernel's marks), and spilled
 * scalars always count as precise. A precise old scalar covers a current one when its
 * ranges and tnum contain the current ones; an imprecise one covers any scalar. Registers
 * dead at the instruction are ignored (the 6.18 kernel clears them in stored states from the
 * same static liveness, {@link LiveRegs}); stack slots are all compared, liveness or not.
 */
final class StateEquivalence {
    /**
     * kernel: enum exact_level. NOT_EXACT: live registers, precise scalars by range; EXACT:
     * every register the same; RANGE_WITHIN: every register, every scalar by range, precise or
     * not (the may_goto loop check).
     */
    enum Exact { NOT_EXACT, EXACT, RANGE_WITHIN }

    private final boolean allowUninitStack;
    private final Exact exact;
    /** kernel: bpf_idmap, the old ids matched to current ones so far. */
    private final Map<Integer, Integer> oldToCur = new HashMap<>();
    private final Map<Integer, Integer> curToOld = new HashMap<>();
    /** kernel: idmap->tmp_id_gen, fresh ids for scalars without one. */
    private int tmpId = Integer.MIN_VALUE;

    private StateEquivalence(boolean allowUninitStack, Exact exact) {
        this.allowUninitStack = allowUninitStack;
        this.exact = exact;
    }

    /**
     * kernel: states_equal; the same call chain (frame by frame the same call sites), each
     * frame covered (func_states_equal), one id map for the whole state. {@code live[i]} masks
     * the registers of frame {@code i} compared, {@code precise[i]} its scalar registers whose
     * values must be covered.
     */
    static boolean equal(Frame[] old, Frame[] cur, int[] live, int[] precise, boolean allowUninitStack,
                         Exact exact) {
        if (old.length != cur.length) {
            return false;
        }
        StateEquivalence eq = new StateEquivalence(allowUninitStack, exact);
        for (int i = 0; i < old.length; i++) {
            if (old[i].callsite != cur[i].callsite || !eq.funcStatesEqual(old[i], cur[i], live[i], precise[i])) {
                return false;
            }
        }
        return true;
    }

    /** kernel: func_states_equal. */
    private boolean funcStatesEqual(Frame old, Frame cur, int live, int precise) {
        for (int r = 0; r < old.regs.length; r++) {
            if (exact == Exact.NOT_EXACT && r != 10 && (live & (1 << r)) == 0) {
                continue;
            }
            if (!regsafe(old.regs[r], cur.regs[r], (precise & (1 << r)) != 0)) {
                return false;
            }
        }
        return stacksafe(old.stack, cur.stack) && refsafe(old.stack, cur.stack);
    }

    /**
     * kernel: states_maybe_looping; the same depth of calls and every register of the current
     * frame the same, ids included.
     */
    static boolean maybeLooping(Frame[] old, Frame[] cur) {
        return old.length == cur.length && java.util.Arrays.equals(old[old.length - 1].regs, cur[cur.length - 1].regs);
    }

    /** kernel: check_ids. */
    private boolean checkIds(int oldId, int curId) {
        if ((oldId == 0) != (curId == 0)) {
            return false;
        }
        if (oldId == 0) {
            return true;
        }
        Integer mapped = oldToCur.get(oldId);
        if (mapped != null) {
            return mapped == curId;
        }
        if (curToOld.containsKey(curId)) {
            return false;
        }
        oldToCur.put(oldId, curId);
        curToOld.put(curId, oldId);
        return true;
    }

    /** kernel: check_scalar_ids; a scalar without id gets a fresh one, matching nothing else. */
    private boolean checkScalarIds(int oldId, int curId) {
        return checkIds(oldId != 0 ? oldId : tmpId++, curId != 0 ? curId : tmpId++);
    }

    /** kernel: regsafe; an imprecise old scalar covers any current scalar. */
    boolean regsafe(RegState old, RegState cur, boolean precise) {
        if (old instanceof RegState.NotInit) {
            return exact == Exact.NOT_EXACT || cur instanceof RegState.NotInit;
        }
        if (cur instanceof RegState.NotInit) {
            return false;
        }
        return switch (old) {
            case RegState.ScalarReg o -> {
                if (!(cur instanceof RegState.ScalarReg c)) {
                    yield false;
                }
                if (exact == Exact.EXACT) {
                    // kernel: regs_exact
                    yield o.value().equals(c.value()) && o.addConst() == c.addConst() && o.off() == c.off()
                        && checkIds(o.id(), c.id());
                }
                if (!precise && exact == Exact.NOT_EXACT) {
                    yield true;
                }
                if (o.addConst() != c.addConst() || o.addConst() && o.off() != c.off()) {
                    yield false;
                }
                yield rangeWithin(o.value(), c.value()) && o.value().varOff().contains(c.value().varOff())
                    && checkScalarIds(o.id(), c.id());
            }
            case RegState.StackPtr o -> o.equals(cur);
            case RegState.Ctx o -> cur instanceof RegState.Ctx;
            case RegState.Pointer o -> cur instanceof RegState.Pointer c && pointerSafe(o, c);
            case RegState.NotInit o -> true;
        };
    }

    /**
     * kernel: regsafe for pointers: the same kind, flags, map and fixed offset, a variable part
     * within the old one's, a packet range at least the old one's, and ids that map one to one.
     */
    private boolean pointerSafe(RegState.Pointer o, RegState.Pointer c) {
        if (exact == Exact.EXACT) {
            return o.kind() == c.kind() && o.flags() == c.flags() && o.off() == c.off() && o.var().equals(c.var())
                && o.range() == c.range() && o.map() == c.map() && o.memSize() == c.memSize()
                && checkIds(o.id(), c.id()) && checkIds(o.refObjId(), c.refObjId());
        }
        if (o.kind() != c.kind() || o.flags() != c.flags() || o.off() != c.off() || o.map() != c.map()
                || o.memSize() != c.memSize() || !o.btf().equals(c.btf())) {
            return false;
        }
        if (o.kind().isPacket() && o.range() > c.range() || !o.kind().isPacket() && o.range() != c.range()) {
            return false;
        }
        return rangeWithin(o.var(), c.var()) && o.var().varOff().contains(c.var().varOff())
            && checkIds(o.id(), c.id()) && checkIds(o.refObjId(), c.refObjId());
    }

    /** kernel: refsafe; the same references held, their ids mapped as the registers' are. */
    private boolean refsafe(StackState old, StackState cur) {
        if (old.refs().size() != cur.refs().size()) {
            return false;
        }
        for (int i = 0; i < old.refs().size(); i++) {
            if (!checkIds(old.refs().get(i).id(), cur.refs().get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /** kernel: range_within. */
    private static boolean rangeWithin(Scalar o, Scalar c) {
        return Long.compareUnsigned(o.umin(), c.umin()) <= 0 && Long.compareUnsigned(c.umax(), o.umax()) <= 0
            && o.smin() <= c.smin() && c.smax() <= o.smax()
            && Integer.compareUnsigned(o.u32min(), c.u32min()) <= 0 && Integer.compareUnsigned(c.u32max(), o.u32max()) <= 0
            && o.s32min() <= c.s32min() && c.s32max() <= o.s32max();
    }

    /**
     * kernel: scalar_reg_for_stack; the scalar a slot holds when it is a whole spilled
     * scalar, or an unknown scalar when every byte is misc, else null.
     */
    private RegState scalarForStack(StackState s, int spi) {
        boolean allSpill = true;
        boolean allMisc = true;
        for (int i = 0; i < StackState.SLOT; i++) {
            byte t = s.slotType(spi, i);
            allSpill &= t == StackState.SPILL;
            allMisc &= t == StackState.MISC || t == StackState.INVALID && allowUninitStack;
        }
        if (allSpill && s.spilled(spi) instanceof RegState.ScalarReg) {
            return s.spilled(spi);
        }
        return allMisc ? new RegState.ScalarReg(Scalar.UNKNOWN) : null;
    }

    /** kernel: stacksafe, byte by byte over the old state's stack. */
    private boolean stacksafe(StackState old, StackState cur) {
        for (int i = 0; i < old.allocated(); i++) {
            int spi = i / StackState.SLOT;
            byte ot = old.type(i);
            if (exact != Exact.NOT_EXACT && (i >= cur.allocated() || ot != cur.type(i))) {
                return false;
            }
            if (ot == StackState.INVALID) {
                continue;
            }
            if (allowUninitStack && ot == StackState.MISC) {
                continue;
            }
            if (i >= cur.allocated()) {
                return false;
            }
            RegState oldReg = scalarForStack(old, spi);
            RegState curReg = scalarForStack(cur, spi);
            if (oldReg != null && curReg != null) {
                if (!regsafe(oldReg, curReg, true)) {
                    return false;
                }
                i += StackState.SLOT - 1 - i % StackState.SLOT;
                continue;
            }
            byte ct = cur.type(i);
            // kernel: what was safe with misc bytes is safe with zeros, not the other way
            if (ot == StackState.MISC && ct == StackState.ZERO) {
                continue;
            }
            if (ot != ct) {
                return false;
            }
            if (i % StackState.SLOT != StackState.SLOT - 1) {
                continue;
            }
            if (old.isSpill(spi) && !regsafe(old.spilled(spi), cur.spilled(spi), true)) {
                return false;
            }
        }
        return true;
    }
}
