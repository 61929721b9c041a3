package io.bpflab.verifier;

import java.util.Arrays;

/**
 * One function's part of a verifier state (kernel: struct bpf_func_state): its registers, its
 * 512-byte stack, the call instruction that created it and the subprogram it runs. A state is
 * the array of the frames of its call chain, the caller first (kernel: bpf_verifier_state's
 * {@code frame[]} and {@code curframe}, here the array's last index); frame {@code n} sits at
 * index {@code n}, at most {@link #MAX_CALL_FRAMES} of them.
 */
final class Frame {
    /** kernel: MAX_CALL_FRAMES. */
    static final int MAX_CALL_FRAMES = 8;

    final RegState[] regs;
    final StackState stack;
    /** The slot of the call instruction that entered this frame (kernel: callsite); -1 for frame 0. */
    final int callsite;
    /** The position in the call chain (kernel: frameno). */
    final int frameno;
    /** The subprogram it runs, numbered from 0 in address order (kernel: subprogno). */
    final int subprog;

    Frame(RegState[] regs, StackState stack, int callsite, int frameno, int subprog) {
        this.regs = regs;
        this.stack = stack;
        this.callsite = callsite;
        this.frameno = frameno;
        this.subprog = subprog;
    }

    /**
     * kernel: init_func_state; every register but the frame pointer uninitialised, an empty
     * stack.
     */
    static Frame entry(int callsite, int frameno, int subprog) {
        RegState[] regs = new RegState[11];
        Arrays.fill(regs, RegState.NOT_INIT);
        regs[10] = new RegState.StackPtr(0, frameno);
        return new Frame(regs, new StackState(), callsite, frameno, subprog);
    }

    Frame copy() {
        return new Frame(regs.clone(), stack.copy(), callsite, frameno, subprog);
    }

    /** A deep copy of a whole state (kernel: copy_verifier_state). */
    static Frame[] copy(Frame[] frames) {
        Frame[] out = new Frame[frames.length];
        for (int i = 0; i < frames.length; i++) {
            out[i] = frames[i].copy();
        }
        return out;
    }
}
