package io.bpflab.vm;

import io.bpflab.isa.linux.Helper;
import java.util.Arrays;

/**
 * The state of one program invocation that helpers see and change: the machine, the
 * context and packet, the call frames, the instruction count, a pending tail call.
 * A {@link Vm} reuses one for every run, so running allocates nothing.
 */
public final class Run {

    /** uapi filter.h: ancillary offsets of LD_ABS/LD_IND relative to the network and mac headers. */
    static final int SKF_NET_OFF = -0x100000;
    static final int SKF_LL_OFF = -0x200000;

    /** Kernel: MAX_TAIL_CALL_CNT. */
    public static final int MAX_TAIL_CALLS = 33;

    final Vm vm;
    Tracer tracer;
    long budget;
    long insns;
    final long[] mayGoto = new long[Interpreter.MAX_FRAMES];
    final long[] saved = new long[Interpreter.MAX_FRAMES * 4];
    final int[] returnPc = new int[Interpreter.MAX_FRAMES];
    final Executable[] returnTo = new Executable[Interpreter.MAX_FRAMES];
    private int deepestFrame;
    boolean stopped;
    /**
     * Set by {@link JitLinkage#resume}: the registers r0-r10 compiled code hands over to the
     * interpreter mid-function (and gets r1-r5 back in at exit), and that frame's may_goto budget.
     */
    long[] resume;
    long resumeMayGoto;
    /** Where the innermost resumed execution leaves r1-r5 at its exit. */
    long[] resumed;
    private Executable tailCall;
    long tailCallContext;
    private int tailCalls;
    int depth;
    Executable current;
    long context;
    Packet packet;
    ProgramContext programContext;

    Run(Vm vm) {
        this.vm = vm;
    }

    public Vm vm() {
        return vm;
    }

    public Memory memory() {
        return vm.memory();
    }

    /** The context pointer the program got in r1. */
    public long context() {
        return context;
    }

    /** The packet of this run, or null for program types without one. */
    public Packet packet() {
        return packet;
    }

    /** The typed context of this run, or null for the bare conformance convention. */
    public ProgramContext programContext() {
        return programContext;
    }

    /** Instructions executed so far in this run, callbacks and tail calls included. */
    public long insns() {
        return insns;
    }

    void reset(long budget, Tracer tracer, long context, Packet packet, ProgramContext programContext) {
        for (int f = 0; f <= deepestFrame; f++) {
            Arrays.fill(vm.frame(f).data, (byte) 0);
        }
        deepestFrame = 0;
        this.budget = budget;
        this.tracer = tracer;
        this.insns = 0;
        this.stopped = false;
        this.tailCall = null;
        this.tailCalls = 0;
        this.depth = 0;
        this.context = context;
        this.packet = packet;
        this.programContext = programContext;
    }

    /** The run's instruction budget ({@code --max-insns}). */
    public long budget() {
        return budget;
    }

    /** An engine reports the instructions executed so far (before helper calls and on exit). */
    public void insns(long n) {
        insns = n;
    }

    /** An engine says where a helper is being called from, so that callbacks run in the next frame of that program. */
    public void callingFrom(Executable x, int frameDepth) {
        current = x;
        depth = frameDepth;
    }

    /** True once, after a helper asked to end the program (uBPF's unwind). */
    public boolean takeStop() {
        boolean s = stopped;
        stopped = false;
        return s;
    }

    /** The context argument of the tail call {@link #takeTailCall} returned. */
    public long tailCallContext() {
        return tailCallContext;
    }

    /** Records that frame {@code depth} is in use (frames a run used are zeroed before the next run). */
    public void enterFrame(int depth) {
        if (depth > deepestFrame) {
            deepestFrame = depth;
        }
    }

    /** Ends the program after the current helper returns, with r0 = that helper's result (uBPF's unwind). */
    public void stop() {
        stopped = true;
    }

    /**
     * bpf_tail_call: replaces the running program with {@code target} after the helper
     * returns; false (and the caller continues) once 33 tail calls have been made.
     */
    public boolean tailCall(Executable target, long ctx) {
        if (tailCalls >= MAX_TAIL_CALLS) {
            return false;
        }
        tailCalls++;
        tailCall = target;
        tailCallContext = ctx;
        return true;
    }

    /** The program a helper tail-called, once, or null: the engine continues there at instruction 0. */
    public Executable takeTailCall() {
        Executable t = tailCall;
        tailCall = null;
        return t;
    }

    /** Calls helper {@code id}; a fault naming the helper when the machine has none with that id. */
    public long callHelper(long id, long r1, long r2, long r3, long r4, long r5) {
        HelperFunction h = vm.helper(id);
        if (h == null) {
            String name = id >= 0 && id <= Integer.MAX_VALUE
                    ? Helper.byId((int) id).map(x -> x.kernelName() + "#" + id).orElse("unknown#" + id)
                    : "unknown#" + id;
            throw BpfFault.of(BpfFault.Kind.HELPER, "helper " + name + " is not implemented by bpflab");
        }
        return h.call(this, r1, r2, r3, r4, r5);
    }

    /**
     * Calls the subprogram at code address {@code fn} (a callback of bpf_loop,
     * for_each_map_elem, ...) with up to five arguments, in a fresh frame below the
     * caller's, and returns its r0.
     */
    public long callback(long fn, long a1, long a2, long a3, long a4, long a5) {
        if (!Vm.isCodeAddress(fn) || Vm.codeIndex(fn) >= current.program.size()) {
            throw BpfFault.of(BpfFault.Kind.BAD_CALL, "callback 0x" + Long.toHexString(fn) + " is not a function address");
        }
        int caller = depth;
        Executable x = current;
        int d = caller + 1;
        if (d >= Interpreter.MAX_FRAMES) {
            throw BpfFault.of(BpfFault.Kind.CALL_DEPTH, "call depth exceeds " + Interpreter.MAX_FRAMES
                    + " frames (kernel: MAX_CALL_FRAMES)");
        }
        try {
            enterFrame(d);
            return vm.engine().execute(this, x, Vm.codeIndex(fn), d, a1, a2, a3, a4, a5, vm.frameTop(d));
        } finally {
            depth = caller;
            current = x;
        }
    }

    /**
     * LD_ABS/LD_IND: {@code size} bytes of the packet at {@code off} from its start, in
     * network byte order; -1 when outside the packet (the caller ends the program).
     */
    long legacyPacketLoad(int off, int size) {
        Packet p = packet;
        if (p == null) {
            throw BpfFault.of(BpfFault.Kind.UNSUPPORTED, "LD_ABS/LD_IND needs a packet (socket filter or tc program)");
        }
        int at;
        int limit = p.end;
        if (off >= SKF_NET_OFF && off < 0) {
            // kernel: bpf_internal_load_pointer_neg_helper: relative to the network header.
            at = p.mac + ProgramContext.ETH_HLEN + (off - SKF_NET_OFF);
        } else if (off >= SKF_LL_OFF && off < SKF_NET_OFF) {
            at = p.mac + (off - SKF_LL_OFF);
        } else if (off >= 0) {
            at = p.data + off;
        } else {
            return -1;
        }
        if (at < p.mac || at > limit - size) {
            return -1;
        }
        long v = 0;
        for (int k = 0; k < size; k++) {
            v = v << 8 | (p.buf[at + k] & 0xff);
        }
        return v;
    }
}
