package io.bpflab.verifier;

import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Width;
import io.bpflab.isa.linux.TypeFlag;

/**
 * Conditional jumps with a pointer operand (kernel: check_cond_jmp_op's pointer cases):
 * outcomes known in advance (a pointer that cannot be NULL against 0, a packet pointer known
 * to be past the end), null checks that turn every register sharing the pointer's id into a
 * known pointer or the number 0 (mark_ptr_or_null_regs), and comparisons of a packet pointer
 * with the packet's end that give the pointers of its id a range (try_match_pkt_pointers,
 * find_good_pkt_pointers).
 */
final class PointerBranch {
    /** kernel: BEYOND_PKT_END and AT_PKT_END, the ranges of a pointer known to be past or at the end. */
    static final int BEYOND_PKT_END = -1;
    static final int AT_PKT_END = -2;
    /** kernel: MAX_PACKET_OFF. */
    private static final long MAX_PACKET_OFF = 0xffff;

    private PointerBranch() {
    }

    /** kernel: reg_is_pkt_pointer_any. */
    static boolean isPacket(RegState r) {
        return r instanceof RegState.Pointer p && (p.kind().isPacket() || p.kind() == PtrKind.PACKET_END);
    }

    private static boolean isKind(RegState r, PtrKind k) {
        return r instanceof RegState.Pointer p && p.kind() == k;
    }

    /** kernel: reg_not_null. */
    static boolean notNull(RegState r) {
        if (!(r instanceof RegState.Pointer p) || p.maybeNull()) {
            return false;
        }
        if (p.var().smin() <= -PointerAlu.MAX_VAR_OFF || p.var().smax() >= PointerAlu.MAX_VAR_OFF) {
            return false;
        }
        return switch (p.kind()) {
            case SOCKET, TCP_SOCK, XDP_SOCK, MAP_VALUE, MAP_KEY, SOCK_COMMON, MEM, MAP_PTR -> true;
            case BTF_ID -> p.has(TypeFlag.PTR_TRUSTED);
            default -> false;
        };
    }

    /** kernel: flip_opcode. */
    private static JmpOp flip(JmpOp op) {
        return switch (op) {
            case JGT -> JmpOp.JLT;
            case JLT -> JmpOp.JGT;
            case JGE -> JmpOp.JLE;
            case JLE -> JmpOp.JGE;
            case JSGT -> JmpOp.JSLT;
            case JSLT -> JmpOp.JSGT;
            case JSGE -> JmpOp.JSLE;
            case JSLE -> JmpOp.JSGE;
            default -> op;
        };
    }

    /** kernel: is_branch_taken when either operand is a pointer. */
    static ScalarBranch.Outcome taken(JmpOp op, Width w, RegState d, RegState s) {
        boolean jmp32 = w != Width.W64;
        if (isPacket(d) && isPacket(s) && !jmp32) {
            return packetTaken(op, d, s);
        }
        if (jmp32) {
            return ScalarBranch.Outcome.UNKNOWN;
        }
        RegState ptr = d;
        RegState other = s;
        if (!(other instanceof RegState.ScalarReg sr && sr.value().isConst())) {
            ptr = s;
            other = d;
            op = flip(op);
        }
        if (!(other instanceof RegState.ScalarReg sr) || !sr.value().isConst() || !notNull(ptr)
                || sr.value().varOff().value() != 0) {
            return ScalarBranch.Outcome.UNKNOWN;
        }
        return switch (op) {
            case JEQ -> ScalarBranch.Outcome.NOT_TAKEN;
            case JNE -> ScalarBranch.Outcome.TAKEN;
            default -> ScalarBranch.Outcome.UNKNOWN;
        };
    }

    /** kernel: is_pkt_ptr_branch_taken. */
    private static ScalarBranch.Outcome packetTaken(JmpOp op, RegState d, RegState s) {
        RegState.Pointer pkt;
        if (isKind(s, PtrKind.PACKET_END)) {
            pkt = (RegState.Pointer) d;
        } else if (isKind(d, PtrKind.PACKET_END)) {
            pkt = (RegState.Pointer) s;
            op = flip(op);
        } else {
            return ScalarBranch.Outcome.UNKNOWN;
        }
        if (pkt.range() >= 0) {
            return ScalarBranch.Outcome.UNKNOWN;
        }
        boolean beyond = pkt.range() == BEYOND_PKT_END;
        return switch (op) {
            case JLE, JGT -> beyond ? (op == JmpOp.JGT ? ScalarBranch.Outcome.TAKEN : ScalarBranch.Outcome.NOT_TAKEN)
                : ScalarBranch.Outcome.UNKNOWN;
            case JLT, JGE -> beyond || pkt.range() == AT_PKT_END
                ? (op == JmpOp.JGE ? ScalarBranch.Outcome.TAKEN : ScalarBranch.Outcome.NOT_TAKEN)
                : ScalarBranch.Outcome.UNKNOWN;
            default -> ScalarBranch.Outcome.UNKNOWN;
        };
    }

    /**
     * What each branch learns: {@code regs}/{@code stack} fall through, {@code other}/{@code otherStack}
     * take the jump. False when the comparison teaches nothing (the caller then refuses an
     * unprivileged pointer comparison).
     */
    static boolean learn(JmpOp op, Width w, int dst, int src, Scalar imm, Frame[] fallthrough, Frame[] jump) {
        boolean jmp32 = w != Width.W64;
        RegState[] regs = fallthrough[fallthrough.length - 1].regs;
        RegState[] other = jump[jump.length - 1].regs;
        RegState d = regs[dst];
        if (!jmp32 && src >= 0 && d.isPointer() && regs[src].isPointer()
                && (op == JmpOp.JEQ || op == JmpOp.JNE)) {
            // kernel: pointers found equal share non-nullness
            RegState[] eq = op == JmpOp.JEQ ? other : regs;
            if (notNull(d) && regs[src] instanceof RegState.Pointer p && p.maybeNull()) {
                eq[src] = p.withFlags(p.flags() & ~TypeFlag.PTR_MAYBE_NULL.bit());
            }
            if (notNull(regs[src]) && d instanceof RegState.Pointer p && p.maybeNull()) {
                eq[dst] = p.withFlags(p.flags() & ~TypeFlag.PTR_MAYBE_NULL.bit());
            }
        }
        if (!jmp32 && src < 0 && imm.isConst() && imm.varOff().value() == 0 && (op == JmpOp.JEQ || op == JmpOp.JNE)
                && d instanceof RegState.Pointer p && p.maybeNull()) {
            markPtrOrNull(fallthrough, p, op == JmpOp.JNE);
            markPtrOrNull(jump, p, op == JmpOp.JEQ);
            return true;
        }
        if (src < 0 || jmp32) {
            return false;
        }
        return matchPacketPointers(op, dst, src, fallthrough, jump);
    }

    /** kernel: mark_ptr_or_null_regs over one state, every frame. */
    private static void markPtrOrNull(Frame[] state, RegState.Pointer checked, boolean isNull) {
        int id = checked.id();
        if (checked.refObjId() != 0 && checked.refObjId() == id && isNull) {
            state[0].stack.release(id);
        }
        for (Frame f : state) {
            for (int r = 0; r < f.regs.length; r++) {
                f.regs[r] = markOne(f.regs[r], id, isNull);
            }
            for (int spi = 0; spi < StackState.MAX_STACK / StackState.SLOT; spi++) {
                if (f.stack.isSpill(spi)) {
                    f.stack.setSpilled(spi, markOne(f.stack.spilled(spi), id, isNull));
                }
            }
        }
    }

    /** kernel: mark_ptr_or_null_reg. */
    private static RegState markOne(RegState r, int id, boolean isNull) {
        if (!(r instanceof RegState.Pointer p) || !p.maybeNull() || p.id() != id) {
            return r;
        }
        if (isNull) {
            return new RegState.ScalarReg(Scalar.known(0));
        }
        return p.withFlags(p.flags() & ~TypeFlag.PTR_MAYBE_NULL.bit()).withId(0);
    }

    /** kernel: reg_is_init_pkt_pointer. */
    private static boolean initPacket(RegState r) {
        return r instanceof RegState.Pointer p && p.kind() == PtrKind.PACKET && p.off() == 0 && p.var().isConst()
            && p.var().varOff().value() == 0;
    }

    /** kernel: try_match_pkt_pointers. */
    private static boolean matchPacketPointers(JmpOp op, int dst, int src, Frame[] stack, Frame[] otherStack) {
        RegState[] regs = stack[stack.length - 1].regs;
        RegState[] other = otherStack[otherStack.length - 1].regs;
        RegState d = regs[dst];
        RegState s = regs[src];
        boolean dstPkt = isKind(d, PtrKind.PACKET) && isKind(s, PtrKind.PACKET_END)
            || isKind(d, PtrKind.PACKET_META) && initPacket(s);
        boolean srcPkt = isKind(d, PtrKind.PACKET_END) && isKind(s, PtrKind.PACKET)
            || initPacket(d) && isKind(s, PtrKind.PACKET_META);
        if (!dstPkt && !srcPkt) {
            return false;
        }
        switch (op) {
            case JGT -> {
                if (dstPkt) {
                    goodPointers(stack, (RegState.Pointer) d, false);
                    pktEnd(other, dst, true);
                } else {
                    goodPointers(otherStack, (RegState.Pointer) s, true);
                    pktEnd(regs, src, false);
                }
            }
            case JLT -> {
                if (dstPkt) {
                    goodPointers(otherStack, (RegState.Pointer) d, true);
                    pktEnd(regs, dst, false);
                } else {
                    goodPointers(stack, (RegState.Pointer) s, false);
                    pktEnd(other, src, true);
                }
            }
            case JGE -> {
                if (dstPkt) {
                    goodPointers(stack, (RegState.Pointer) d, true);
                    pktEnd(other, dst, false);
                } else {
                    goodPointers(otherStack, (RegState.Pointer) s, false);
                    pktEnd(regs, src, true);
                }
            }
            case JLE -> {
                if (dstPkt) {
                    goodPointers(otherStack, (RegState.Pointer) d, false);
                    pktEnd(regs, dst, true);
                } else {
                    goodPointers(stack, (RegState.Pointer) s, true);
                    pktEnd(other, src, false);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** kernel: mark_pkt_end. */
    private static void pktEnd(RegState[] regs, int regno, boolean rangeOpen) {
        if (regs[regno] instanceof RegState.Pointer p) {
            regs[regno] = p.withRange(rangeOpen ? BEYOND_PKT_END : AT_PKT_END);
        }
    }

    /** kernel: find_good_pkt_pointers. */
    private static void goodPointers(Frame[] state, RegState.Pointer dst, boolean rightOpen) {
        if (dst.off() < 0 || dst.off() == 0 && rightOpen) {
            return;
        }
        if (Long.compareUnsigned(dst.var().umax(), MAX_PACKET_OFF) > 0 || dst.var().umax() + dst.off() > MAX_PACKET_OFF) {
            return;
        }
        int range = dst.off() + (rightOpen ? 1 : 0);
        for (Frame f : state) {
            for (int r = 0; r < f.regs.length; r++) {
                f.regs[r] = widen(f.regs[r], dst, range);
            }
            for (int spi = 0; spi < StackState.MAX_STACK / StackState.SLOT; spi++) {
                if (f.stack.isSpill(spi)) {
                    f.stack.setSpilled(spi, widen(f.stack.spilled(spi), dst, range));
                }
            }
        }
    }

    private static RegState widen(RegState r, RegState.Pointer dst, int range) {
        if (r instanceof RegState.Pointer p && p.kind() == dst.kind() && p.id() == dst.id() && p.flags() == dst.flags()) {
            return p.withRange(Math.max(p.range(), range));
        }
        return r;
    }
}
