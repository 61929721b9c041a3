package io.bpflab.asm;

import io.bpflab.isa.Program;
import io.bpflab.isa.elf.BpfObject;
import io.bpflab.isa.elf.MapDef;

import io.bpflab.isa.linux.ProgramType;
import io.bpflab.isa.linux.SectionDef;

import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The result of assembling one source: either every diagnostic of the file, or the object.
 *
 * <p>{@link #program()} is the first section holding instructions, labels kept (their
 * index in that program); {@link #programs()} has every such section by name. In these
 * programs an lddw of a map declared with {@code .map} is {@code BPF_PSEUDO_MAP_FD} with the
 * map's index in {@link #maps()} as its immediate; the object keeps the relocation instead,
 * as clang's objects do.
 */
public record Assembly(String file, List<Diagnostic> diagnostics, Program program, List<MapDef> maps,
                       BpfObject object, Map<String, Program> programs) {

    public Assembly {
        diagnostics = List.copyOf(diagnostics);
        maps = List.copyOf(maps);
        programs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(programs));
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

    /** The name of the section {@link #program()} comes from. */
    public Optional<String> programSection() {
        return programs.keySet().stream().findFirst();
    }

    public boolean ok() {
        return diagnostics.isEmpty();
    }

    /** Every diagnostic formatted with its source line and caret, one after the other. */
    public String formatDiagnostics() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append(d.format()).append('\n');
        }
        return sb.toString();
    }
}
