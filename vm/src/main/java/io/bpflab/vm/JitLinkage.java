package io.bpflab.vm;

/**
 * What compiled code (the {@code io.bpflab.jit} module, an {@link Engine}) needs beyond
 * {@link Run}'s public engine API and that the interpreter reaches through package access:
 * the frames' bytes and addresses, pre-decoded lddw values, code addresses, LD_ABS, and
 * placing a fault at an instruction. Every operation's meaning stays in {@link Semantics},
 * {@link Memory}, {@link Run} and the interpreter; nothing here decides a result of its own.
 */
public final class JitLinkage {

    private JitLinkage() {
    }

    /** True when the run traces instructions, which only the interpreter can do. */
    public static boolean tracing(Run run) {
        return run.tracer != null;
    }

    /** The bytes of stack frame {@code depth}, marked used so the next run clears them. */
    public static byte[] enterFrame(Run run, int depth) {
        run.enterFrame(depth);
        return run.vm.frame(depth).data;
    }

    /** r10 of frame {@code depth}. */
    public static long frameTop(Run run, int depth) {
        return run.vm.frameTop(depth);
    }

    /** The value lddw loads at instruction index {@code i} (map handles and addresses resolved). */
    public static long wide(Executable x, int i) {
        return x.wides[i];
    }

    public static boolean isCodeAddress(long v) {
        return Vm.isCodeAddress(v);
    }

    public static int codeIndex(long v) {
        return Vm.codeIndex(v);
    }

    public static long addrSpaceCast(long v, int dstAs, int srcAs) {
        return Interpreter.addrSpaceCast(v, dstAs << 16 | srcAs);
    }

    /** LD_ABS/LD_IND: the value, or -1 when outside the packet (the program then ends with r0 = 0). */
    public static long legacyPacketLoad(Run run, int off, int size) {
        return run.legacyPacketLoad(off, size);
    }

    /** The same fault placed at instruction slot {@code slot}, unless it was placed already. */
    public static BpfFault place(BpfFault f, int slot) {
        return f.at(slot);
    }

    /**
     * Runs the rest of frame {@code depth} on the interpreter from instruction index
     * {@code pc} with registers r0-r10 from {@code regs} and that frame's may_goto budget,
     * and returns r0; the frame's r1-r5 at its exit are left in {@code regs[1..5]}.
     * Compiled code hands over where only the interpreter's per-jump budget checks are exact.
     */
    public static long resume(Run run, Executable x, int pc, int depth, long[] regs, long mayGoto) {
        long[] outer = run.resumed;
        run.resume = regs;
        run.resumed = regs;
        run.resumeMayGoto = mayGoto;
        try {
            return Interpreter.execute(run, x, pc, depth, regs[1], regs[2], regs[3], regs[4], regs[5], regs[10]);
        } finally {
            // A resumed frame's helper may call back into compiled code that resumes again.
            run.resumed = outer;
        }
    }
}
