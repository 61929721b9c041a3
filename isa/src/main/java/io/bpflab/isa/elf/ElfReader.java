package io.bpflab.isa.elf;

import io.bpflab.isa.linux.MapType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an ELF64 little-endian BPF relocatable object (what clang and llvm-mc write) into a
 * {@link BpfObject}: every section except the null one, string tables, the symbol table and
 * relocation sections, which become the sections' relocations and the object's symbols (in
 * symbol-table order, without the null symbol). Maps in a legacy {@code maps} section
 * (bpflab's {@code .map}) are read back as {@link MapDef}s.
 */
public final class ElfReader {

    private ElfReader() {
    }

    /** A file that is not a BPF ELF object, or is damaged; the message says what is wrong. */
    public static final class BadElfException extends Exception {
        public BadElfException(String message) {
            super(message);
        }
    }

    public static boolean looksLikeElf(byte[] b) {
        return b.length >= 4 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F';
    }

    /** The largest SHT_NOBITS section read (zero-filled): 256 MiB, far above any BPF object's .bss. */
    static final long MAX_NOBITS = 1L << 28;

    private record Shdr(int name, int type, long flags, long offset, long size, int link, int info, long align,
                        long entSize) {
    }

    public static BpfObject read(byte[] b) throws BadElfException {
        if (!looksLikeElf(b) || b.length < 64) {
            throw new BadElfException("not an ELF file");
        }
        if (b[4] != 2 || b[5] != 1) {
            throw new BadElfException("not a 64-bit little-endian ELF file");
        }
        if (u16(b, 18) != Elf.EM_BPF) {
            throw new BadElfException("ELF machine is " + u16(b, 18) + ", not BPF (247)");
        }
        long shoff = u64(b, 40);
        int shentsize = u16(b, 58);
        int shnum = u16(b, 60);
        int shstrndx = u16(b, 62);
        if (shentsize != 64 || shoff < 0 || shoff > b.length || (long) shnum * 64 > b.length - shoff) {
            throw new BadElfException("section header table is outside the file");
        }
        Shdr[] sh = new Shdr[shnum];
        for (int i = 0; i < shnum; i++) {
            int p = (int) (shoff + i * 64L);
            sh[i] = new Shdr((int) u32(b, p), (int) u32(b, p + 4), u64(b, p + 8), u64(b, p + 24), u64(b, p + 32),
                    (int) u32(b, p + 40), (int) u32(b, p + 44), u64(b, p + 48), u64(b, p + 56));
            if (sh[i].type != Elf.SHT_NOBITS && sh[i].type != Elf.SHT_NULL
                    && (sh[i].offset < 0 || sh[i].size < 0 || sh[i].offset > b.length || sh[i].size > b.length - sh[i].offset)) {
                throw new BadElfException("section " + i + " is outside the file");
            }
            if (sh[i].type == Elf.SHT_NOBITS && (sh[i].size < 0 || sh[i].size > MAX_NOBITS)) {
                throw new BadElfException("section " + i + " (SHT_NOBITS) has a size of " + sh[i].size
                        + " bytes, more than bpflab accepts (" + MAX_NOBITS + ")");
            }
        }
        if (shstrndx >= shnum || sh[shstrndx].type != Elf.SHT_STRTAB) {
            throw new BadElfException("no section name table");
        }
        String[] names = new String[shnum];
        for (int i = 0; i < shnum; i++) {
            names[i] = string(b, sh[shstrndx], sh[i].name);
        }

        int symtab = -1;
        for (int i = 0; i < shnum; i++) {
            if (sh[i].type == Elf.SHT_SYMTAB) {
                symtab = i;
            }
        }
        List<ElfSymbol> symbols = new ArrayList<>();
        if (symtab >= 0) {
            Shdr s = sh[symtab];
            if (s.link <= 0 || s.link >= shnum || sh[s.link].type != Elf.SHT_STRTAB) {
                throw new BadElfException("section " + names[symtab] + ": symbol string table " + s.link + " is not a string table");
            }
            if (s.size % 24 != 0) {
                throw new BadElfException("section " + names[symtab] + ": size " + s.size + " is not a whole number of symbols");
            }
            Shdr str = sh[s.link];
            for (long p = s.offset + 24; p + 24 <= s.offset + s.size; p += 24) {
                int at = (int) p;
                int info = b[at + 4] & 0xff;
                int shndx = u16(b, at + 6);
                String section = shndx > 0 && shndx < shnum ? names[shndx] : null;
                symbols.add(new ElfSymbol(string(b, str, (int) u32(b, at)), info & 0xf, info >>> 4, b[at + 5] & 3,
                        section, section == null ? shndx : 0, u64(b, at + 8), u64(b, at + 16)));
            }
        }

        Map<Integer, List<Relocation>> relocs = new HashMap<>();
        List<Integer> addrsig = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            Shdr s = sh[i];
            if (s.type == Elf.SHT_REL) {
                if (s.info <= 0 || s.info >= shnum || s.size % 16 != 0) {
                    throw new BadElfException("section " + names[i] + ": " + (s.size % 16 != 0
                            ? "size " + s.size + " is not a whole number of relocations"
                            : "relocates section " + s.info + ", which does not exist"));
                }
                List<Relocation> list = relocs.computeIfAbsent(s.info, k -> new ArrayList<>());
                for (long p = s.offset; p + 16 <= s.offset + s.size; p += 16) {
                    long info = u64(b, (int) p + 8);
                    RelocType type = RelocType.ofOrNull((int) info);
                    int sym = (int) (info >>> 32);
                    if (type == null) {
                        throw new BadElfException("section " + names[i] + " offset 0x" + Long.toHexString(p - s.offset)
                                + ": unknown BPF relocation type " + (int) info);
                    }
                    if (sym < 1 || sym > symbols.size()) {
                        throw new BadElfException("section " + names[i] + " offset 0x" + Long.toHexString(p - s.offset)
                                + ": relocation names symbol " + sym + ", not in the symbol table");
                    }
                    list.add(new Relocation(u64(b, (int) p), type, sym - 1));
                }
            } else if (s.type == Elf.SHT_LLVM_ADDRSIG) {
                int p = (int) s.offset;
                while (p < s.offset + s.size) {
                    long v = 0;
                    int shift = 0;
                    int c;
                    do {
                        c = b[p++] & 0xff;
                        v |= (long) (c & 0x7f) << shift;
                        shift += 7;
                    } while ((c & 0x80) != 0 && p < s.offset + s.size && shift < 64);
                    addrsig.add((int) v - 1);
                }
            }
        }

        List<ElfSection> sections = new ArrayList<>();
        List<MapDef> maps = new ArrayList<>();
        for (int i = 1; i < shnum; i++) {
            Shdr s = sh[i];
            if (s.type == Elf.SHT_SYMTAB || s.type == Elf.SHT_REL || i == shstrndx && s.type == Elf.SHT_STRTAB) {
                continue;
            }
            byte[] data = new byte[(int) s.size];
            if (s.type != Elf.SHT_NOBITS) {
                System.arraycopy(b, (int) s.offset, data, 0, data.length);
            }
            sections.add(new ElfSection(names[i], s.type, s.flags, s.align, s.entSize, data,
                    relocs.getOrDefault(i, List.of())));
            if (names[i].equals("maps")) {
                for (ElfSymbol sym : symbols) {
                    if ("maps".equals(sym.section()) && sym.size() == MapDef.DEF_SIZE && sym.value() + MapDef.DEF_SIZE <= data.length) {
                        int p = (int) sym.value();
                        int type = (int) u32(data, p);
                        maps.add(new MapDef(sym.name(), MapType.byId(type).map(MapType::shortName).orElse("type" + type),
                                type, (int) u32(data, p + 4), (int) u32(data, p + 8), (int) u32(data, p + 12), (int) u32(data, p + 16)));
                    }
                }
            }
        }
        return new BpfObject(sections, symbols, maps, addrsig);
    }

    private static String string(byte[] b, Shdr table, int at) throws BadElfException {
        if (at < 0 || at >= table.size || table.type == Elf.SHT_NOBITS) {
            throw new BadElfException("string offset " + at + " is outside its table");
        }
        int start = (int) (table.offset + at);
        int end = start;
        while (end < table.offset + table.size && b[end] != 0) {
            end++;
        }
        return new String(b, start, end - start, StandardCharsets.UTF_8);
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
    }

    private static long u64(byte[] b, int p) {
        return u32(b, p) | u32(b, p + 4) << 32;
    }
}
