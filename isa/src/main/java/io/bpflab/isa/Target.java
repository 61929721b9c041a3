package io.bpflab.isa;

/**
 * Where a jump or local call goes. Assembled code names labels; decoded code carries the
 * wire's relative offset. Either form encodes to the same bytes.
 */
public sealed interface Target {

    /** A label of the enclosing {@link Program}, resolved at encoding. */
    record Label(String name) implements Target {
        public Label {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("empty label name");
            }
        }
    }

    /** An offset in instruction slots from the slot after the jump (RFC 9669 4.3). */
    record Offset(int slots) implements Target {
    }

    static Target label(String name) {
        return new Label(name);
    }

    static Target offset(int slots) {
        return new Offset(slots);
    }
}
