package io.bpflab.isa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a program's instructions came from: instruction index to source file, line and the
 * line's text (from assembler {@code .loc} directives or an ELF object's BTF/DWARF line
 * info). Programs without such information use {@link #NONE}; every consumer (trace,
 * debugger, verifier report) shows a line only when one is known, as the kernel's log prints
 * {@code ; source} comments only for objects that carry line info.
 */
public final class SourceLines {

    /** One source line. {@code text} may be empty when only the position is known. */
    public record Line(String file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + (text.isEmpty() ? "" : ": " + text.strip());
        }

        /** {@code prog.c:12: text}: the file's last component, the line and its text, as traces print it. */
        public String display() {
            return file.substring(file.lastIndexOf('/') + 1) + ":" + line + (text.isEmpty() ? "" : ": " + text.strip());
        }
    }

    public static final SourceLines NONE = new SourceLines(Map.of());

    private final TreeMap<Integer, Line> byIndex;
    private final Map<Integer, String> functions;

    /** {@code byIndex}: the instruction index where each line's code starts. */
    public SourceLines(Map<Integer, Line> byIndex) {
        this(byIndex, Map.of());
    }

    /** With the names of the functions (bpf-to-bpf subprograms) starting at some indexes, from an object's BTF. */
    public SourceLines(Map<Integer, Line> byIndex, Map<Integer, String> functions) {
        this.byIndex = new TreeMap<>(byIndex);
        this.functions = Map.copyOf(functions);
    }

    /** The name of the function whose first instruction is {@code index}, when known. */
    public Optional<String> functionStartingAt(int index) {
        return Optional.ofNullable(functions.get(index));
    }

    public boolean isEmpty() {
        return byIndex.isEmpty();
    }

    /** The line instruction {@code index} belongs to: the nearest start at or before it. */
    public Optional<Line> at(int index) {
        var e = byIndex.floorEntry(index);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** The line that starts exactly at {@code index}, if one does. */
    public Optional<Line> startingAt(int index) {
        return Optional.ofNullable(byIndex.get(index));
    }

    /**
     * The first instruction of each place line {@code line} of {@code file} starts code;
     * {@code file} matches a whole path or its last components ({@code prog.c} matches
     * {@code src/prog.c}).
     */
    public List<Integer> indexesOf(String file, int line) {
        List<Integer> out = new ArrayList<>();
        for (var e : byIndex.entrySet()) {
            Line l = e.getValue();
            if (l.line() == line && (l.file().equals(file) || l.file().endsWith("/" + file))) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    public Map<Integer, Line> asMap() {
        return java.util.Collections.unmodifiableMap(byIndex);
    }
}
