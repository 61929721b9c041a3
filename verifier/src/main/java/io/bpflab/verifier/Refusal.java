package io.bpflab.verifier;

/**
 * A verifier error found by one of the rule classes ({@link PointerAlu}, {@link MemoryAccess},
 * {@link HelperCall}, ...), which do not know the instruction's position;
 * {@link PathExplorer} turns it into its rejection at the current instruction. The message
 * may hold several lines when the kernel logs more than one for an error ("invalid access to
 * map value, value_size=8 off=8 size=8" then "R1 min value is outside of the allowed memory
 * range"); the verdict's message is the last.
 */
final class Refusal extends Exception {
    Refusal(String message) {
        super(message, null, false, false);
    }
}
