package io.bpflab.verifier;

import java.util.List;

/**
 * The outcome of verifying one program.
 *
 * @param accepted whether the program passed
 * @param insn the instruction (numbered by slot, as the kernel numbers them) the error is
 *     about, or -1 when accepted or when the error concerns no single instruction
 * @param message the kernel's message for the first error, without newline; empty when accepted
 * @param processed instructions processed by the path exploration (kernel: insn_processed);
 *     0 when a structural check failed before exploration
 * @param log lines logged before the verdict (such as invariant violations), then the message
 * @param stackDepth the bytes of stack the program uses (kernel: the main subprogram's
 *     stack_depth, a multiple of 8)
 * @param kernelLog the verifier log as the kernel writes it at the requested log level (the
 *     failing path at 1, every processed instruction at 2), ending with the
 *     {@code processed N insns ...} summary; empty at level 0
 * @param loopIterations the most times the exploration walked one back-edge (a jump to an
 *     earlier or the same instruction): how often the verifier unrolled the loop it closes;
 *     0 for a program without loops
 */
public record Verdict(boolean accepted, int insn, String message, int processed, List<String> log,
                      int stackDepth, String kernelLog, int loopIterations) {

    public Verdict {
        log = List.copyOf(log);
    }

    /** A verdict that counted no loop iterations (the form before {@code loopIterations}). */
    public Verdict(boolean accepted, int insn, String message, int processed, List<String> log,
                   int stackDepth, String kernelLog) {
        this(accepted, insn, message, processed, log, stackDepth, kernelLog, 0);
    }

    /** This verdict with {@code loopIterations} set. */
    Verdict withLoopIterations(int n) {
        return new Verdict(accepted, insn, message, processed, log, stackDepth, kernelLog, n);
    }

    static Verdict reject(int insn, String message, int processed, List<String> log) {
        return reject(insn, message, processed, log, 0, "");
    }

    static Verdict reject(int insn, String message, int processed, List<String> log, int stackDepth,
                          String kernelLog) {
        List<String> all = new java.util.ArrayList<>(log);
        all.add(message);
        return new Verdict(false, insn, message, processed, all, stackDepth, kernelLog);
    }

    static Verdict accept(int processed, List<String> log, int stackDepth, String kernelLog) {
        return new Verdict(true, -1, "", processed, log, stackDepth, kernelLog);
    }
}
