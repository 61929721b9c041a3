package io.bpflab.vm;

/**
 * What runs a machine's code. The interpreter is {@link #INTERPRETER}; the JIT
 * (io.bpflab.jit) implements the same contract over the same {@link Run} state, maps,
 * helpers and {@link Semantics}, and a {@link Vm} uses whichever it is given for the
 * program and for every callback the program's helpers make.
 */
@FunctionalInterface
public interface Engine {

    /**
     * Runs {@code x} from instruction {@code pc} in call frame {@code depth} until that
     * frame exits, and returns r0. r1-r5 are the arguments, r10 the frame pointer. The
     * engine keeps {@link Run#insns()} current, stops at the run's instruction budget,
     * and reports faults as {@link BpfFault}s placed at the instruction's slot.
     */
    long execute(Run run, Executable x, int pc, int depth, long r1, long r2, long r3, long r4, long r5, long r10);

    Engine INTERPRETER = Interpreter::execute;
}
