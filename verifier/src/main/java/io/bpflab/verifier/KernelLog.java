package io.bpflab.verifier;

/**
 * The verifier log as the kernel builds it (kernel/bpf/log.c and do_check): one line per
 * processed instruction ({@code 3: (25) if r1 > 0x3 goto pc+3}), the registers and stack
 * slots the instruction touched appended to it after a column-aligned {@code ;} (kernel:
 * print_insn_state, which prints only "scratched" state), the full state after
 * {@code from 7 to 9:} when a pending branch is resumed (level 2), and at level 1 only the
 * path that failed: resuming a branch cuts the log back to where the branch was pushed.
 */
final class KernelLog {
    /** kernel: BPF_LOG_ALIGNMENT and BPF_LOG_MIN_ALIGNMENT. */
    private static final int ALIGNMENT = 40;
    private static final int MIN_ALIGNMENT = 8;

    final int level;
    private final StringBuilder text = new StringBuilder();
    private int prevLogPos;
    private int prevInsnPrintPos;
    private int scratchedRegs;
    private long scratchedSlots;

    KernelLog(int level) {
        if (level < 0 || level > 2) {
            throw new IllegalArgumentException("log level must be 0, 1 or 2, not " + level);
        }
        this.level = level;
    }

    boolean enabled() {
        return level >= 1;
    }

    int position() {
        return text.length();
    }

    /** kernel: verbose(); the text goes in unchanged at levels 1 and 2. */
    void verbose(String s) {
        if (enabled()) {
            text.append(s);
        }
    }

    void scratchReg(int regno) {
        scratchedRegs |= 1 << regno;
    }

    void scratchSlot(int spi) {
        scratchedSlots |= 1L << spi;
    }

    /** kernel: mark_verifier_state_scratched. */
    void scratchAll() {
        scratchedRegs = -1;
        scratchedSlots = -1L;
    }

    boolean scratched() {
        return scratchedRegs != 0 || scratchedSlots != 0;
    }

    /** The {@code N: (code) text} line of an instruction about to be processed. */
    void insn(int slot, String disassembly) {
        prevLogPos = text.length();
        text.append(slot).append(": ").append(disassembly).append('\n');
        prevInsnPrintPos = text.length() - prevLogPos;
        prevLogPos = text.length();
    }

    /**
     * kernel: print_insn_state; the scratched state goes on the previous instruction's line
     * when nothing was logged since, else on a line of its own numbered {@code slot}.
     */
    void insnState(int slot, Frame frame) {
        if (prevLogPos != 0 && prevLogPos == text.length()) {
            text.setLength(prevLogPos - 1);
            text.repeat(' ', Math.max(1, alignment(prevInsnPrintPos))).append(';');
        } else {
            text.append(slot).append(':');
        }
        state(frame, false);
    }

    /** kernel: vlog_alignment. */
    private static int alignment(int pos) {
        int target = Math.max(pos + MIN_ALIGNMENT / 2, ALIGNMENT);
        return (target + MIN_ALIGNMENT - 1) / MIN_ALIGNMENT * MIN_ALIGNMENT - pos - 1;
    }

    /**
     * kernel: print_verifier_state for one frame; {@code all} prints every register and slot,
     * scratched or not. A callee's frame is introduced by its number ({@code  frame1:}).
     */
    void state(Frame frame, boolean all) {
        RegState[] regs = frame.regs;
        StackState stack = frame.stack;
        if (frame.frameno != 0) {
            text.append(" frame").append(frame.frameno).append(':');
        }
        for (int r = 0; r < regs.length; r++) {
            if (regs[r] instanceof RegState.NotInit || !all && (scratchedRegs & (1 << r)) == 0) {
                continue;
            }
            text.append(" R").append(r).append('=').append(regs[r].render(frame.frameno));
        }
        for (int spi = 0; spi < stack.allocated() / StackState.SLOT; spi++) {
            if (!all && (scratchedSlots & (1L << spi)) == 0) {
                continue;
            }
            String slot = stack.render(spi, frame.frameno);
            if (slot != null) {
                text.append(" fp").append(-(spi + 1) * StackState.SLOT).append('=').append(slot);
            }
        }
        text.append('\n');
        if (!all) {
            scratchedRegs = 0;
            scratchedSlots = 0;
        }
    }

    /**
     * Level 1 keeps only the failing path: resuming a branch drops what the explored path
     * logged since the branch was pushed at {@code pushPos}. The 6.18 kernel then goes on
     * after the branch instruction's text on the same line.
     */
    void cutTo(int pushPos) {
        if (level == 1 && pushPos > 0 && pushPos <= text.length()) {
            text.setLength(pushPos - 1);
            text.append(' ');
        }
    }

    /** Drops everything (the kernel empties a level-1 log when the program is accepted). */
    void clear() {
        text.setLength(0);
    }

    /** kernel: the line print_verification_stats ends every log with. */
    void summary(int processed, int maxStatesPerInsn, int totalStates, int peakStates) {
        verbose("processed " + processed + " insns (limit " + PathExplorer.MAX_PROCESSED + ") max_states_per_insn "
            + maxStatesPerInsn + " total_states " + totalStates + " peak_states " + peakStates + " mark_read 0\n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
