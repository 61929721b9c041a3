package io.bpflab.api;

import java.util.OptionalInt;

/**
 * What the verifier said about a program.
 *
 * @param accepted whether the program would load
 * @param message the kernel's message for the first error; empty when accepted
 * @param insn the instruction (numbered by slot, as the kernel numbers them) the error is
 *     about, or -1
 * @param line the source line of that instruction, when the program was assembled from text
 * @param processed instructions the verifier processed (the kernel's insn_processed)
 * @param stackDepth bytes of stack the program uses
 * @param log the verifier log as the kernel writes it at the requested level, ending with
 *     its {@code processed N insns ...} line; empty at level 0
 */
public record Verdict(boolean accepted, String message, int insn, OptionalInt line, int processed, int stackDepth,
                      String log) {

    /**
     * One line: {@code accepted (processed N insns)} or
     * {@code rejected at insn N (line L): message}.
     *
     * @return the verdict as {@code bpflab verify} prints it
     */
    @Override
    public String toString() {
        return accepted ? "accepted (processed " + processed + " insns)"
                : "rejected at insn " + insn + (line.isPresent() ? " (line " + line.getAsInt() + ")" : "") + ": " + message;
    }
}
