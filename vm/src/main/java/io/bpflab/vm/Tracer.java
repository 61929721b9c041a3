package io.bpflab.vm;

/** Observes execution one instruction at a time ({@code bpflab run --trace}). */
public interface Tracer {

    /** Called before instruction {@code index} of {@code x} runs, with the registers as they are then. */
    void step(Executable x, int index, long[] regs, int depth);

    /** Called once when the program exits or faults, with the final registers. */
    void exit(long[] regs);
}
