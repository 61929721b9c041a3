package io.bpflab.isa;

/** An instruction that cannot be put on the wire: an undefined label or an out-of-range offset. */
public final class EncodeException extends Exception {

    private final int index;

    public EncodeException(int index, String message) {
        super(message);
        this.index = index;
    }

    /** The logical instruction index that failed. */
    public int index() {
        return index;
    }
}
