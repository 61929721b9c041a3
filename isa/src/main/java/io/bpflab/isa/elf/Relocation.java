package io.bpflab.isa.elf;

import java.util.Objects;

/** A REL entry: at {@code offset} of its section, {@code type} against symbol number {@code symbol} of {@link BpfObject#symbols()}. */
public record Relocation(long offset, RelocType type, int symbol) {
    public Relocation {
        Objects.requireNonNull(type);
    }
}
