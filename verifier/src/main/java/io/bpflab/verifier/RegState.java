package io.bpflab.verifier;

/**
 * What a register holds on one path (kernel: the type of {@code struct bpf_reg_state}). So
 * far the explorer knows scalars, the context pointer and pointers into the stack.
 */
public sealed interface RegState {

    /** Never written on this path (kernel: NOT_INIT); reading it is "R%d !read_ok". */
    record NotInit() implements RegState {
    }

    /**
     * A number (kernel: SCALAR_VALUE). Registers copied from one another share a non-zero
     * {@code id}, so that what a branch learns about one holds for the others (kernel:
     * linked scalars); {@code addConst} marks a copy that has since had the constant
     * {@code off} added (kernel: BPF_ADD_CONST).
     */
    record ScalarReg(Scalar value, int id, boolean addConst, int off) implements RegState {
        public ScalarReg {
            java.util.Objects.requireNonNull(value);
        }

        /** A scalar linked to no other register. */
        public ScalarReg(Scalar value) {
            this(value, 0, false, 0);
        }

        /** The same value, linked to nothing (kernel: clear_scalar_id). */
        public ScalarReg unlinked() {
            return new ScalarReg(value, 0, false, 0);
        }
    }

    /** The context pointer R1 holds at entry (kernel: PTR_TO_CTX, offset 0). */
    record Ctx() implements RegState {
    }

    /**
     * A pointer into the stack of frame {@code frameno} of the call chain at a constant offset
     * (kernel: PTR_TO_STACK with a known var_off of 0, {@code off} and {@code frameno}); R10
     * starts as {@code StackPtr(0, n)} in frame n, the frame pointer.
     */
    record StackPtr(int off, int frameno) implements RegState {
        /** A pointer into the stack of frame 0. */
        public StackPtr(int off) {
            this(off, 0);
        }

        /** The same frame, moved to {@code newOff}. */
        public StackPtr withOff(int newOff) {
            return new StackPtr(newOff, frameno);
        }
    }

    /** The frame pointer R10. */
    RegState FRAME_POINTER = new StackPtr(0);

    RegState NOT_INIT = new NotInit();

    default boolean isPointer() {
        return this instanceof Ctx || this instanceof StackPtr;
    }

    /** As the log prints it: {@code ctx()}, {@code fp0}, {@code 42}, {@code scalar(...)}. */
    default String render() {
        return render(0);
    }

    /**
     * As the log prints it in frame {@code frameno}: a pointer into another frame's stack
     * names that frame ({@code fp[0]-8}, kernel: print_reg_state).
     */
    default String render(int frameno) {
        return switch (this) {
            case NotInit n -> "?";
            case ScalarReg s -> s.id() == 0 ? LogFormat.scalar(s.value())
                : s.addConst() ? LogFormat.scalarLinked(s.value(), false, s.id(), s.off())
                : LogFormat.scalar(s.value(), false, s.id());
            case Ctx c -> "ctx()";
            case StackPtr p -> "fp" + (p.frameno() != frameno ? "[" + p.frameno() + "]" : "") + p.off();
        };
    }
}
