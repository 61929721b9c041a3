package io.bpflab.isa.elf;

/**
 * Where an instruction came from, from {@code .BTF.ext} line_info: the source file, line and
 * column, and the line's text as clang recorded it (kernel verifier logs print it as
 * {@code ; text @ file:line}).
 */
public record SourceLine(String file, int line, int column, String text) {

    /** {@code file.c:42: if (data + sizeof(*eth) > data_end)}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + text.strip();
    }
}
