package io.bpflab.isa.elf;

/**
 * A symbol. {@code section} is the section's name, or null for an undefined symbol (or an
 * absolute one such as STT_FILE, with {@code shndx} {@link Elf#SHN_ABS}).
 */
public record ElfSymbol(String name, int type, int bind, int visibility, String section, int shndx, long value, long size) {

    public boolean isLocal() {
        return bind == Elf.STB_LOCAL;
    }

    public static ElfSymbol sectionSymbol(String section) {
        return new ElfSymbol("", Elf.STT_SECTION, Elf.STB_LOCAL, 0, section, 0, 0, 0);
    }
}
