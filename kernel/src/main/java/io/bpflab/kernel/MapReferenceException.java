package io.bpflab.kernel;

/** An lddw names a map the program did not declare: bad input, found before the kernel sees it. */
public final class MapReferenceException extends Exception {

    private final int slot;

    public MapReferenceException(int slot, String message) {
        super("insn " + slot + ": " + message);
        this.slot = slot;
    }

    /** The instruction slot of the lddw, as the kernel numbers instructions. */
    public int slot() {
        return slot;
    }
}
