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
 */
public record Verdict(boolean accepted, int insn, String message, int processed, List<String> log) {

    public Verdict {
        log = List.copyOf(log);
    }

    static Verdict reject(int insn, String message, int processed, List<String> log) {
        List<String> all = new java.util.ArrayList<>(log);
        all.add(message);
        return new Verdict(false, insn, message, processed, all);
    }

    static Verdict accept(int processed, List<String> log) {
        return new Verdict(true, -1, "", processed, log);
    }
}
