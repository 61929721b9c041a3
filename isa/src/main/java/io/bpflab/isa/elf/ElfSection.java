package io.bpflab.isa.elf;

import java.util.List;
import java.util.Objects;

/**
 * A section of a relocatable object as the assembler builds it: its bytes and the
 * relocations against them. The writer derives {@code .rel<name>}, {@code .symtab} and
 * {@code .strtab}; a section of type {@link Elf#SHT_LLVM_ADDRSIG} gets its bytes from
 * {@link BpfObject#addrsig()}.
 */
public record ElfSection(String name, int type, long flags, long align, long entSize, byte[] data,
                         List<Relocation> relocations) {

    public ElfSection {
        Objects.requireNonNull(name);
        Objects.requireNonNull(data);
        relocations = List.copyOf(relocations);
    }

    public boolean isExecutable() {
        return (flags & Elf.SHF_EXECINSTR) != 0;
    }
}
