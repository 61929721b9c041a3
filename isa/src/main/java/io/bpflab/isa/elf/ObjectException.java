package io.bpflab.isa.elf;

/**
 * An object that cannot be loaded: damaged, or asking for something bpflab (or libbpf) does
 * not do. The message starts with the section and byte offset concerned when there is one:
 * {@code section xdp offset 0x28: relocation against undefined symbol 'foo'}.
 */
public final class ObjectException extends Exception {

    private final String section;
    private final long offset;

    public ObjectException(String section, long offset, String message) {
        super(prefix(section, offset) + message);
        this.section = section;
        this.offset = offset;
    }

    public ObjectException(String message) {
        this(null, -1, message);
    }

    private static String prefix(String section, long offset) {
        if (section == null) {
            return "";
        }
        return "section " + section + (offset >= 0 ? " offset 0x" + Long.toHexString(offset) : "") + ": ";
    }

    /** The section concerned, or null. */
    public String section() {
        return section;
    }

    /** The byte offset in {@link #section()}, or -1. */
    public long offset() {
        return offset;
    }
}
