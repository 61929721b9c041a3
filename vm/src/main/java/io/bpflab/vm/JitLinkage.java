package io.bpflab.vm;

/**
 * What compiled code (the {@code io.bpflab.jit} module) needs from the machine and that the
 * interpreter reaches through package access: starting a run, the frames, the instruction
 * count, helper calls with their stop and tail-call requests, and the interpreter itself
 * for code the JIT leaves to it. Every operation's meaning stays in {@link Semantics},
 * {@link Memory} and {@link Run}; nothing here decides a result of its own.
 */
public final class JitLinkage {

    private JitLinkage() {
    }

    /** True when the machine traces instructions, which only the interpreter can do. */
    public static boolean tracing(Vm vm) {
        return vm.tracer() != null;
    }

    /** The prologue of {@link Vm#run(Executable, long, long, Packet)}: maps the packet, resets the run. */
    public static Run begin(Vm vm, long r1, Packet packet) {
        if (packet != null) {
            vm.mapPacket(packet);
        }
        Run run = vm.currentRun();
        run.reset(vm.budget(), null, r1, packet, null);
        return run;
    }

    /** The prologue of {@link Vm#run(Executable, ProgramContext)}; r1 is {@link Run#context()}. */
    public static Run begin(Vm vm, ProgramContext ctx) {
        long addr = vm.mapContext(ctx.region);
        if (ctx.packet != null) {
            vm.mapPacket(ctx.packet);
        }
        ctx.sync();
        Run run = vm.currentRun();
        run.reset(vm.budget(), null, addr, ctx.packet, ctx);
        return run;
    }

    /** The run state {@code vm} reuses for every run. */
    public static Run run(Vm vm) {
        return vm.currentRun();
    }

    public static long budget(Run run) {
        return run.budget;
    }

    public static void insns(Run run, long insns) {
        run.insns = insns;
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

    /** A helper call as the interpreter makes it, with the call's instruction count and frame. */
    public static long callHelper(Run run, long insns, int depth, Executable current,
                                  long id, long r1, long r2, long r3, long r4, long r5) {
        run.insns = insns;
        run.depth = depth;
        run.current = current;
        return run.callHelper(id, r1, r2, r3, r4, r5);
    }

    /** Whether the helper just called asked to end the program (and clears the request). */
    public static boolean takeStop(Run run) {
        boolean s = run.stopped;
        run.stopped = false;
        return s;
    }

    /** The program a bpf_tail_call just asked for, or null (and clears the request). */
    public static Executable takeTailCall(Run run) {
        return run.takeTailCall();
    }

    public static long tailCallContext(Run run) {
        return run.tailCallContext;
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
     * Interprets {@code x} from instruction {@code pc} in frame {@code depth} (already
     * entered) until that frame exits, and returns r0.
     */
    public static long interpret(Run run, Executable x, int pc, int depth,
                                 long r1, long r2, long r3, long r4, long r5, long r10) {
        return Interpreter.execute(run, x, pc, depth, r1, r2, r3, r4, r5, r10);
    }
}
