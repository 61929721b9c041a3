package io.bpflab.vm;

import io.bpflab.isa.Program;
import java.util.Map;
import java.util.TreeMap;

/**
 * The emulated machine: an address space with eight 512-byte stack frames, the maps a
 * program refers to, a helper table and a deterministic environment. Load a program with
 * {@link #load}, run it with {@link #run}. Not thread-safe: one machine runs one program at a time.
 */
public final class Vm {

    /** {@code --max-insns} default: a runaway program stops after 10^9 instructions. */
    public static final long DEFAULT_BUDGET = 1_000_000_000L;
    /** Kernel: MAX_BPF_STACK, the stack of one frame. */
    public static final int FRAME_SIZE = 512;

    static final int FIRST_FRAME_ID = 1;
    static final int CONTEXT_ID = 9;
    static final int PACKET_ID = 0;
    static final int HANDLE_ID = 13;
    static final int CODE_ID = 14;
    static final int FIRST_FREE_ID = 16;

    private final Memory memory = new Memory(FIRST_FREE_ID);
    private final Region[] frames = new Region[Interpreter.MAX_FRAMES];
    private final Helpers helpers;
    private final Environment environment;
    private final Map<Integer, BpfMap> maps = new TreeMap<>();
    private final Run run = new Run(this);
    private long budget = DEFAULT_BUDGET;
    private Tracer tracer;
    private Engine engine = Engine.INTERPRETER;
    private final java.util.List<String> printk = new java.util.ArrayList<>();

    public Vm(Helpers helpers, Environment environment) {
        this.helpers = helpers;
        this.environment = environment;
        for (int f = 0; f < frames.length; f++) {
            frames[f] = Region.of("stack frame " + f, new byte[FRAME_SIZE], true);
            memory.mapAt(FIRST_FRAME_ID + f, frames[f]);
        }
    }

    /** A machine with the Linux helpers and the default environment. */
    public static Vm linux() {
        return new Vm(Helpers.linux(), new Environment());
    }

    /** A machine for bpf_conformance tests: helper 5 is uBPF's unwind (DESIGN §4). */
    public static Vm conformance() {
        return new Vm(Helpers.conformance(), new Environment());
    }

    public Memory memory() {
        return memory;
    }

    public Environment environment() {
        return environment;
    }

    /** The instruction budget of each run. */
    public void budget(long maxInsns) {
        if (maxInsns <= 0) {
            throw new IllegalArgumentException("instruction budget must be positive");
        }
        this.budget = maxInsns;
    }

    /** The engine that runs programs and callbacks ({@link Engine#INTERPRETER} unless set). */
    public void engine(Engine e) {
        this.engine = java.util.Objects.requireNonNull(e);
    }

    public Engine engine() {
        return engine;
    }

    public void tracer(Tracer t) {
        this.tracer = t;
    }

    Region frame(int depth) {
        return frames[depth];
    }

    /** r10 of frame {@code depth}: one past the frame's last byte. */
    public long frameTop(int depth) {
        return frames[depth].end();
    }

    HelperFunction helper(long id) {
        return helpers.get(id);
    }

    /** Registers {@code map} under file descriptor {@code fd}, the number lddw's immediate names. */
    public void addMap(int fd, BpfMap map) {
        if (maps.putIfAbsent(fd, map) != null) {
            throw new IllegalArgumentException("map fd " + fd + " is already taken");
        }
        map.attach(this);
    }

    public Map<Integer, BpfMap> maps() {
        return java.util.Collections.unmodifiableMap(maps);
    }

    public BpfMap map(int fd) {
        BpfMap m = maps.get(fd);
        if (m == null) {
            throw new IllegalArgumentException("no map with fd " + fd);
        }
        return m;
    }

    /** The value a program holds for a map (lddw BPF_PSEUDO_MAP_FD): an address nothing is mapped at. */
    public long mapHandle(int fd) {
        map(fd);
        return (long) HANDLE_ID << 32 | (fd & 0xffffffffL);
    }

    /** The map a handle names; a fault for anything else (a helper given a non-map). */
    public BpfMap mapOf(long handle) {
        BpfMap m = handle >>> 32 == HANDLE_ID ? maps.get((int) handle) : null;
        if (m == null) {
            throw BpfFault.of(BpfFault.Kind.BAD_CALL, "0x" + Long.toHexString(handle) + " is not a map");
        }
        return m;
    }

    static long codeAddress(int index) {
        return (long) CODE_ID << 32 | index;
    }

    static boolean isCodeAddress(long v) {
        return v >>> 32 == CODE_ID;
    }

    static int codeIndex(long v) {
        return (int) v;
    }

    public Executable load(Program program, String name) {
        return Executable.load(this, program, name);
    }

    /** Maps {@code bytes} as the context (conformance memory, {@code __sk_buff}, ...) and returns its address. */
    public long mapContext(Region ctx) {
        return memory.mapAt(CONTEXT_ID, ctx);
    }

    void mapPacket(Packet packet) {
        memory.mapAt(PACKET_ID, packet.region);
    }

    /** Maps a region at a fresh id (map values, read-only data) and returns its base. */
    public long map(Region r) {
        return memory.map(r);
    }

    /**
     * Runs {@code x} with r1 = {@code r1}, r2 = {@code r2} (the conformance convention:
     * memory pointer and length), {@code packet} for LD_ABS and packet helpers (may be null).
     *
     * @throws BpfFault when the program faults
     */
    public long run(Executable x, long r1, long r2, Packet packet) {
        if (packet != null) {
            mapPacket(packet);
        }
        run.reset(budget, tracer, r1, packet, null);
        return engine.execute(run, x, 0, 0, r1, r2, 0, 0, 0, frameTop(0));
    }

    /** A packet bpf_clone_redirect sent, and where. */
    public record ClonedPacket(long ifindex, byte[] bytes) {
    }

    private final java.util.List<ClonedPacket> clones = new java.util.ArrayList<>();

    void clone(byte[] bytes, long ifindex) {
        clones.add(new ClonedPacket(ifindex, bytes));
    }

    /** Packets bpf_clone_redirect sent since the machine was made. */
    public java.util.List<ClonedPacket> clones() {
        return java.util.List.copyOf(clones);
    }

    void printk(String line) {
        printk.add(line);
    }

    /** Lines bpf_trace_printk wrote since the last {@link #takePrintk}. */
    public java.util.List<String> takePrintk() {
        java.util.List<String> out = java.util.List.copyOf(printk);
        printk.clear();
        return out;
    }

    /**
     * Runs {@code x} with the bpf_conformance calling convention (DESIGN §4): r1 points at
     * a copy of {@code mem}, r2 holds its length.
     */
    public long runConformance(Executable x, byte[] mem) {
        // The region is reused between runs of the same size: repeated runs allocate nothing.
        Region r = conformanceMemory;
        if (r == null || r.data.length != mem.length) {
            r = Region.of("memory", new byte[mem.length], true);
            conformanceMemory = r;
        }
        System.arraycopy(mem, 0, r.data, 0, mem.length);
        long addr = mapContext(r);
        return run(x, addr, mem.length, null);
    }

    private Region conformanceMemory;

    /**
     * Runs {@code x} on a typed context: r1 points at its struct, its packet (if any) is
     * mapped; helpers that change the packet keep the struct's pointer fields current.
     */
    public long run(Executable x, ProgramContext ctx) {
        long addr = mapContext(ctx.region);
        if (ctx.packet != null) {
            mapPacket(ctx.packet);
        }
        ctx.sync();
        run.reset(budget, tracer, addr, ctx.packet, ctx);
        return engine.execute(run, x, 0, 0, addr, 0, 0, 0, 0, frameTop(0));
    }

    /** Instructions the last run executed (callbacks and tail calls included). */
    public long lastInsnCount() {
        return run.insns;
    }
}
