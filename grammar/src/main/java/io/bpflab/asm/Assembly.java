package io.bpflab.asm;

import io.bpflab.isa.Program;
import io.bpflab.isa.SourceLines;
import io.bpflab.isa.elf.BpfObject;
import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.isa.linux.SectionDef;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The result of assembling one source: either every diagnostic of the file, or the object
 * and its programs.
 *
 * <p>{@link #program()} is the first section holding instructions (in the order their
 * first instructions appear), labels kept as their index in that program; {@link #programs()}
 * has every such section by name. In these programs an lddw of a map declared with
 * {@code .map} is {@code BPF_PSEUDO_MAP_FD} with the map's index in {@link #maps()} as its
 * immediate; the object keeps the relocation instead, as clang's objects do. The programs
 * are built on first use: writing the object does not need them.
 */
public final class Assembly {

    private final String file;
    private final List<Diagnostic> diagnostics;
    private final List<MapDef> maps;
    private final BpfObject object;
    private final List<String> programSections;
    private Supplier<Map<String, SourceLines>> buildSourceLines;
    private volatile Map<String, SourceLines> sourceLines;
    private Supplier<Map<String, Program>> build;
    private volatile Map<String, Program> programs;

    Assembly(String file, List<Diagnostic> diagnostics, List<MapDef> maps, BpfObject object,
             List<String> programSections, Supplier<Map<String, SourceLines>> sourceLines,
             Supplier<Map<String, Program>> build) {
        this.file = file;
        this.diagnostics = List.copyOf(diagnostics);
        this.maps = List.copyOf(maps);
        this.object = object;
        this.programSections = List.copyOf(programSections);
        this.buildSourceLines = sourceLines;
        this.build = build;
    }

    static Assembly failed(String file, List<Diagnostic> diagnostics) {
        return new Assembly(file, diagnostics, List.of(), null, List.of(), Map::of, Map::of);
    }

    public String file() {
        return file;
    }

    public boolean ok() {
        return diagnostics.isEmpty();
    }

    /** Every error of the file, in line order; empty when {@link #ok()}. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The first program (see the class comment), an empty one for a file without instructions, null on errors. */
    public Program program() {
        if (!ok()) {
            return null;
        }
        return programSections.isEmpty() ? Program.of() : programs().get(programSections.getFirst());
    }

    /** Every section holding instructions, by name, in the order of their first instructions. */
    public Map<String, Program> programs() {
        Map<String, Program> p = programs;
        if (p == null) {
            synchronized (this) {
                if (programs == null) {
                    programs = Collections.unmodifiableMap(new LinkedHashMap<>(build.get()));
                    build = null;
                }
                p = programs;
            }
        }
        return p;
    }

    /** The name of the section {@link #program()} comes from. */
    public Optional<String> programSection() {
        return programSections.stream().findFirst();
    }

    /** The line of this file each instruction of {@code section} came from (empty when not known). */
    public SourceLines sourceLines(String section) {
        Map<String, SourceLines> s = sourceLines;
        if (s == null) {
            // Built on first use, as the programs are: assembling to an object does not need them.
            synchronized (this) {
                if (sourceLines == null) {
                    sourceLines = Map.copyOf(buildSourceLines.get());
                    buildSourceLines = null;
                }
                s = sourceLines;
            }
        }
        return s.getOrDefault(section, SourceLines.NONE);
    }

    /** Maps declared with {@code .map}, in declaration order. */
    public List<MapDef> maps() {
        return maps;
    }

    /** The relocatable object (null on errors); {@code ElfWriter.write} gives llvm-mc-19's bytes. */
    public BpfObject object() {
        return object;
    }

    /**
     * The program type of a section as libbpf guesses it from the name ({@code xdp},
     * {@code kprobe/...}); {@code .text} (a file with no section) is a socket filter
     * (DESIGN 3). Empty when libbpf would not guess one either.
     */
    public static Optional<ProgramType> programType(String section) {
        if (section.equals(".text")) {
            return Optional.of(ProgramType.SOCKET_FILTER);
        }
        return ProgramType.fromSection(section).map(SectionDef::programType);
    }

    /** Every diagnostic formatted with its source line and caret, one after the other. */
    public String formatDiagnostics() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append(d.format()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Assembly[" + file + (ok() ? ", " + programSections : ", " + diagnostics.size() + " errors") + "]";
    }
}
