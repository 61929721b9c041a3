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

        /** As the kernel's verifier log prints line info: {@code ; text @ prog.c:12} (the file's last component). */
        public String kernelStyle() {
            return "; " + (text.isEmpty() ? "" : text.strip() + " ") + "@ " + file.substring(file.lastIndexOf('/') + 1) + ":" + line;
        }
    }

    public static final SourceLines NONE = new SourceLines(Map.of());

    private final TreeMap<Integer, Line> byIndex;

    /** {@code byIndex}: the instruction index where each line's code starts. */
    public SourceLines(Map<Integer, Line> byIndex) {
        this.byIndex = new TreeMap<>(byIndex);
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
