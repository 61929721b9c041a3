package io.bpflab.verifier;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Width;
import java.util.function.IntSupplier;

/**
 * Arithmetic with a pointer operand (kernel: adjust_ptr_min_max_vals): which pointer kinds
 * allow it, the fixed offset a constant moves, the variable offset an unknown scalar adds,
 * the new id and lost range of a packet pointer moved by a variable amount, and the
 * kernel's messages for what it refuses.
 */
final class PointerAlu {
    /** kernel: BPF_MAX_VAR_OFF. */
    static final long MAX_VAR_OFF = 1L << 29;

    /** kernel: bpf_alu_string, the operator names indexed by the op bits. */
    private static final String[] ALU_STRING = {
        "+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=", "^=", "=", "s>>=", "endian",
    };

    private PointerAlu() {
    }

    /** The pointer as a {@link RegState.Pointer}: the context at offset 0 is {@code ctx}. */
    static RegState.Pointer asPointer(RegState r) {
        return switch (r) {
            case RegState.Pointer p -> p;
            case RegState.Ctx c -> RegState.Pointer.of(PtrKind.CTX);
            default -> throw new IllegalArgumentException("not a pointer: " + r);
        };
    }

    /** The canonical form: an unmoved context pointer is {@link RegState.Ctx}. */
    static RegState canonical(RegState.Pointer p) {
        if (p.kind() == PtrKind.CTX && p.off() == 0 && p.var().isConst() && p.var().varOff().value() == 0
                && p.flags() == 0) {
            return new RegState.Ctx();
        }
        return p;
    }

    /**
     * {@code dst op= off} where {@code ptr} is the pointer operand ({@code ptrIsSrc} for
     * {@code scalar += pointer}).
     */
    static RegState apply(AluOp op, Width w, int dst, RegState ptrState, Scalar off, boolean ptrIsSrc,
                          boolean privileged, IntSupplier newId) throws Refusal {
        RegState.Pointer ptr = asPointer(ptrState);
        boolean known = off.isConst();
        if (known && (off.smin() != off.smax() || off.umin() != off.umax())
                || off.smin() > off.smax() || Long.compareUnsigned(off.umin(), off.umax()) > 0) {
            return new RegState.ScalarReg(Scalar.UNKNOWN);
        }
        if (w != Width.W64) {
            if (op == AluOp.SUB && privileged) {
                return new RegState.ScalarReg(Scalar.UNKNOWN);
            }
            throw new Refusal("R" + dst + " 32-bit pointer arithmetic prohibited");
        }
        String type = ptr.typeName();
        if (ptr.maybeNull()) {
            throw new Refusal("R" + dst + " pointer arithmetic on " + type + " prohibited, null-check it first");
        }
        boolean allowed = switch (ptr.kind()) {
            case CTX, MAP_VALUE, MAP_KEY, STACK, PACKET_META, PACKET, TP_BUFFER, BTF_ID, MEM, FUNC -> true;
            case FLOW_KEYS -> known;
            case MAP_PTR -> known && off.smin() == 0 && op == AluOp.ADD;
            default -> false;
        };
        if (!allowed) {
            throw new Refusal("R" + dst + " pointer arithmetic on " + type + " prohibited");
        }
        saneOffset(off, 0, type);
        saneOffset(ptr.var(), ptr.off(), type);
        RegState.Pointer result;
        switch (op) {
            case ADD -> {
                long moved = ptr.off() + off.smin();
                if (known && moved == (int) moved) {
                    result = ptr.withOff((int) moved, ptr.var());
                } else {
                    result = ptr.withOff(ptr.off(), ScalarAlu.apply(AluOp.ADD, Width.W64, ptr.var(), off));
                    if (ptr.kind().isPacket()) {
                        result = result.withId(newId.getAsInt()).withRange(0);
                    }
                }
            }
            case SUB -> {
                if (ptrIsSrc) {
                    throw new Refusal("R" + dst + " tried to subtract pointer from scalar");
                }
                if (ptr.kind() == PtrKind.STACK) {
                    throw new Refusal("R" + dst + " subtraction from stack pointer prohibited");
                }
                long moved = ptr.off() - off.smin();
                if (known && moved == (int) moved) {
                    result = ptr.withOff((int) moved, ptr.var());
                } else {
                    result = ptr.withOff(ptr.off(), ScalarAlu.apply(AluOp.SUB, Width.W64, ptr.var(), off));
                    if (ptr.kind().isPacket()) {
                        result = result.withId(newId.getAsInt());
                        if (off.smin() < 0) {
                            result = result.withRange(0);
                        }
                    }
                }
            }
            case AND, OR, XOR -> throw new Refusal("R" + dst + " bitwise operator " + ALU_STRING[op.code >> 4]
                + " on pointer prohibited");
            default -> throw new Refusal("R" + dst + " pointer arithmetic with " + ALU_STRING[op.code >> 4]
                + " operator prohibited");
        }
        saneOffset(result.var(), result.off(), type);
        if (!privileged && result.kind() == PtrKind.MAP_VALUE) {
            // kernel: sanitize_check_bounds; unprivileged map value pointers stay in the value
            try {
                MemoryAccess.region(dst, result, result.off(), 1, result.map().valueSize(), false);
            } catch (Refusal r) {
                throw new Refusal("R" + dst + " pointer arithmetic of map value goes out of range, prohibited for !root");
            }
        }
        return canonical(result);
    }

    /** kernel: check_reg_sane_offset for a register with variable part {@code v} and fixed offset {@code off}. */
    private static void saneOffset(Scalar v, int off, String type) throws Refusal {
        long val = v.varOff().value();
        if (v.isConst() && (val >= MAX_VAR_OFF || val <= -MAX_VAR_OFF)) {
            throw new Refusal("math between " + type + " pointer and " + val + " is not allowed");
        }
        if (off >= MAX_VAR_OFF || off <= -MAX_VAR_OFF) {
            throw new Refusal(type + " pointer offset " + off + " is not allowed");
        }
        if (v.smin() == Long.MIN_VALUE) {
            throw new Refusal("math between " + type
                + " pointer and register with unbounded min value is not allowed");
        }
        if (v.smin() >= MAX_VAR_OFF || v.smin() <= -MAX_VAR_OFF) {
            throw new Refusal("value " + v.smin() + " makes " + type + " pointer be out of bounds");
        }
    }
}
