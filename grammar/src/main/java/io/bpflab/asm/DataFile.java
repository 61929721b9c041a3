package io.bpflab.asm;

import io.bpflab.isa.DecodeException;
import io.bpflab.isa.Decoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.RawInsn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A bpf_conformance test file (DESIGN 4): {@code -- asm}, {@code -- raw}, {@code -- mem},
 * {@code -- result}, {@code -- error} and {@code #} comments, plus any other {@code -- name}
 * section (bpflab's lab extensions {@code -- type}, {@code -- packet}, {@code -- maps},
 * {@code -- verifier}, {@code -- map-after}; the suite's {@code -- c}) kept as text for the
 * modules that interpret them.
 *
 * <p>As in the suite's runner, {@code -- raw} words (each a 64-bit little-endian slot, opcode
 * in the low byte) take precedence over {@code -- asm}; the result is a hex or decimal
 * 64-bit value.
 */
public final class DataFile {

    private final String fileName;
    private final Map<String, String> sections;
    private final Map<String, Integer> sectionLines;
    private final Program program;
    private final long[] raw;
    private final byte[] mem;
    private final OptionalLong expectedResult;
    private final String expectedError;
    private final List<Diagnostic> diagnostics;
    private final Assembly assembly;

    private DataFile(String fileName, Map<String, String> sections, Map<String, Integer> sectionLines, Program program,
                     long[] raw, byte[] mem, OptionalLong expectedResult, String expectedError,
                     List<Diagnostic> diagnostics, Assembly assembly) {
        this.fileName = fileName;
        this.sections = sections;
        this.sectionLines = sectionLines;
        this.program = program;
        this.raw = raw;
        this.mem = mem;
        this.expectedResult = expectedResult;
        this.expectedError = expectedError;
        this.diagnostics = diagnostics;
        this.assembly = assembly;
    }

    public static DataFile parse(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DataFile parse(String text, String fileName) {
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        StringBuilder cur = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == lines.length - 1 && line.isEmpty()) {
                break;
            }
            if (line.startsWith("--")) {
                String name = line.substring(2).trim();
                cur = parts.computeIfAbsent(name, k -> new StringBuilder());
                firstLine.putIfAbsent(name, i + 2);
                continue;
            }
            if (cur != null) {
                cur.append(line).append('\n');
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        parts.forEach((k, v) -> sections.put(k, v.toString()));
        List<Diagnostic> diags = new ArrayList<>();

        long[] raw = null;
        if (sections.containsKey("raw")) {
            raw = words(sections.get("raw"), fileName, firstLine.get("raw"), diags);
        }
        byte[] mem = sections.containsKey("mem") ? bytes(sections.get("mem"), fileName, firstLine.get("mem"), diags) : new byte[0];
        OptionalLong result = OptionalLong.empty();
        if (sections.containsKey("result")) {
            String r = lastValue(sections.get("result"));
            if (r != null) {
                try {
                    result = OptionalLong.of(r.startsWith("0x") || r.startsWith("0X")
                            ? Long.parseUnsignedLong(r.substring(2), 16) : Long.parseUnsignedLong(r));
                } catch (NumberFormatException e) {
                    diags.add(new Diagnostic(fileName, firstLine.get("result"), 1, "invalid result '" + r + "'", r));
                }
            }
        }
        String error = sections.containsKey("error") ? lastValue(sections.get("error")) : null;

        Program program = null;
        Assembly assembly = null;
        if (sections.containsKey("asm")) {
            String asm = padded(sections.get("asm"), firstLine.get("asm"));
            assembly = Assembler.assemble(asm, fileName, Dialect.CONFORMANCE);
            diags.addAll(assembly.diagnostics());
            program = assembly.program();
        }
        if (raw != null) {
            byte[] code = new byte[raw.length * RawInsn.BYTES];
            for (int i = 0; i < raw.length; i++) {
                for (int b = 0; b < 8; b++) {
                    code[i * 8 + b] = (byte) (raw[i] >>> (8 * b));
                }
            }
            try {
                program = Decoder.decode(code);
            } catch (DecodeException e) {
                diags.add(new Diagnostic(fileName, firstLine.get("raw") + e.slot(), 1, e.getMessage(), null));
            }
        }
        return new DataFile(fileName, Collections.unmodifiableMap(sections), firstLine, program, raw, mem, result, error,
                List.copyOf(diags), assembly);
    }

    /** Blank lines before the section keep line numbers of diagnostics those of the .data file. */
    private static String padded(String text, int firstLine) {
        return "\n".repeat(firstLine - 1) + text;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).trim();
    }

    private static String lastValue(String text) {
        String last = null;
        for (String line : text.split("\n")) {
            String s = stripComment(line);
            if (!s.isEmpty()) {
                last = s;
            }
        }
        return last;
    }

    private static long[] words(String text, String file, int line0, List<Diagnostic> diags) {
        List<Long> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            for (String w : stripComment(lines[i]).split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                try {
                    out.add(w.startsWith("0x") || w.startsWith("0X") ? Long.parseUnsignedLong(w.substring(2), 16)
                            : Long.parseUnsignedLong(w));
                } catch (NumberFormatException e) {
                    diags.add(new Diagnostic(file, line0 + i, lines[i].indexOf(w) + 1, "invalid instruction word '" + w + "'", lines[i]));
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static byte[] bytes(String text, String file, int line0, List<Diagnostic> diags) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            for (String w : stripComment(lines[i]).split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                try {
                    int v = Integer.parseInt(w.startsWith("0x") ? w.substring(2) : w, 16);
                    if (v > 0xff) {
                        throw new NumberFormatException();
                    }
                    out.write(v);
                } catch (NumberFormatException e) {
                    diags.add(new Diagnostic(file, line0 + i, lines[i].indexOf(w) + 1, "invalid byte '" + w + "'", lines[i]));
                }
            }
        }
        return out.toByteArray();
    }

    public String fileName() {
        return fileName;
    }

    /** True when every section parsed and the program assembled (or decoded). */
    public boolean ok() {
        return diagnostics.isEmpty() && program != null;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The program: decoded from {@code -- raw} when present, else assembled from {@code -- asm}; null on errors. */
    public Program program() {
        return program;
    }

    /** The {@code -- asm} section assembled (null without one), for its diagnostics and labels. */
    public Assembly assembly() {
        return assembly;
    }

    /** The {@code -- raw} words, when the file has them. */
    public java.util.Optional<long[]> raw() {
        return java.util.Optional.ofNullable(raw == null ? null : raw.clone());
    }

    /** The {@code -- mem} bytes (empty without the section). */
    public byte[] mem() {
        return mem.clone();
    }

    public OptionalLong expectedResult() {
        return expectedResult;
    }

    /** The {@code -- error} text, when the test expects a failure. */
    public java.util.Optional<String> expectedError() {
        return java.util.Optional.ofNullable(expectedError);
    }

    /** Every section by name (without the leading dashes), its raw text in file order. */
    public Map<String, String> sections() {
        return sections;
    }

    /** The 1-based line in the file where section {@code name}'s text starts, for messages about it. */
    public int sectionLine(String name) {
        return sectionLines.getOrDefault(name, 0);
    }
}
