package io.bpflab.isa;

/**
 * Bytes the kernel would refuse to load as instructions. The message is the kernel's own
 * where it has one ("unknown opcode 8c", "BPF_ALU uses reserved fields"); {@link #slot()}
 * is the instruction number as the kernel counts it.
 */
public final class DecodeException extends Exception {

    private final int slot;

    public DecodeException(int slot, String message) {
        super(message);
        this.slot = slot;
    }

    public int slot() {
        return slot;
    }

    /** {@code insn 3: unknown opcode 8c}. */
    public String describe() {
        return "insn " + slot + ": " + getMessage();
    }
}
