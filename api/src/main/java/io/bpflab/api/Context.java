package io.bpflab.api;

/**
 * The input of one run: the packet (XDP, tc, socket filter and the other packet types),
 * the context struct's bytes (kprobe {@code pt_regs}, tracepoint arguments), or for a
 * program without a type the memory r1 points at (the bpf_conformance convention:
 * r1 = memory, r2 = its length); and the engine and instruction budget.
 */
public final class Context {

    private final byte[] packet;
    private final byte[] ctx;
    private final byte[] memory;
    private final Engine engine;
    private final long budget;

    private Context(byte[] packet, byte[] ctx, byte[] memory, Engine engine, long budget) {
        this.packet = packet;
        this.ctx = ctx;
        this.memory = memory;
        this.engine = engine;
        this.budget = budget;
    }

    /**
     * No input: for a program that reads none.
     *
     * @return an empty context on the interpreter
     */
    public static Context empty() {
        return new Context(null, null, new byte[0], Engine.INTERPRETER, 1_000_000_000L);
    }

    /**
     * A packet, from its Ethernet header, for packet program types.
     *
     * @param frame the frame's bytes (copied)
     * @return a context holding the packet
     */
    public static Context packet(byte[] frame) {
        return empty().withPacket(frame);
    }

    /**
     * The bytes of the context struct, for tracing program types.
     *
     * @param bytes the struct's bytes (copied; zero-padded to the type's layout)
     * @return a context holding them
     */
    public static Context ctx(byte[] bytes) {
        return new Context(null, bytes.clone(), new byte[0], Engine.INTERPRETER, 1_000_000_000L);
    }

    /**
     * Memory for a program without a type (bpf_conformance: r1 points at it, r2 holds its length).
     *
     * @param bytes the memory (copied)
     * @return a context holding it
     */
    public static Context memory(byte[] bytes) {
        return new Context(null, null, bytes.clone(), Engine.INTERPRETER, 1_000_000_000L);
    }

    /**
     * This context with a packet.
     *
     * @param frame the frame's bytes (copied)
     * @return a new context
     */
    public Context withPacket(byte[] frame) {
        return new Context(frame.clone(), ctx, memory, engine, budget);
    }

    /**
     * This context on another engine.
     *
     * @param e the engine
     * @return a new context
     */
    public Context on(Engine e) {
        return new Context(packet, ctx, memory, java.util.Objects.requireNonNull(e), budget);
    }

    /**
     * This context with an instruction budget: a run executing more instructions ends
     * with a fault instead of looping for ever.
     *
     * @param maxInsns the budget, at least 1
     * @return a new context
     */
    public Context budget(long maxInsns) {
        if (maxInsns < 1) {
            throw new IllegalArgumentException("the budget must be positive, not " + maxInsns);
        }
        return new Context(packet, ctx, memory, engine, maxInsns);
    }

    /**
     * The engine that runs the program.
     *
     * @return the engine
     */
    public Engine engine() {
        return engine;
    }

    byte[] packetBytes() {
        return packet;
    }

    byte[] ctxBytes() {
        return ctx;
    }

    byte[] memoryBytes() {
        return memory;
    }

    long maxInsns() {
        return budget;
    }
}
