package io.bpflab.isa.btf;

/**
 * BTF that cannot be read or used: the message names where (the section and the byte
 * offset in it, or the type id) and what is wrong.
 */
public final class BtfException extends Exception {

    private final long offset;

    public BtfException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    /** The byte offset in the BTF data the problem was found at; -1 when it is about a type, not bytes. */
    public long offset() {
        return offset;
    }
}
