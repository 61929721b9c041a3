package io.bpflab.isa.elf;

import java.util.List;
import java.util.Optional;

/**
 * A BPF relocatable object: sections in creation order, symbols in creation order (the
 * writer puts STT_FILE first, then locals, then globals, as the ELF format requires and
 * llvm-mc does), maps declared with {@code .map}, and the symbols listed by
 * {@code .addrsig_sym} (indices into {@link #symbols()}).
 */
public record BpfObject(List<ElfSection> sections, List<ElfSymbol> symbols, List<MapDef> maps, List<Integer> addrsig) {

    public BpfObject {
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
        maps = List.copyOf(maps);
        addrsig = List.copyOf(addrsig);
    }

    public Optional<ElfSection> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
