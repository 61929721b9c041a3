package io.bpflab.isa.elf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link BpfObject} as an ELF64 little-endian relocatable file laid out the way
 * llvm-mc's ELFObjectWriter lays it out, so the bytes are identical:
 * <ul>
 *   <li>section headers: null, {@code .strtab}, each section followed by its {@code .rel}
 *       section, {@code .symtab} last;</li>
 *   <li>file contents: the sections' bytes (each aligned to its alignment), the symbol
 *       table, the relocation sections, the address-significance table, the string
 *       table, then the section headers aligned to 8;</li>
 *   <li>one string table for section and symbol names, tail-merged in LLVM's
 *       StringTableBuilder order (descending by reversed string);</li>
 *   <li>symbols: null, STT_FILE, the other locals, then globals, each group in the
 *       object's order.</li>
 * </ul>
 */
public final class ElfWriter {

    private ElfWriter() {
    }

    private static final int EHDR_SIZE = 64;
    private static final int SHDR_SIZE = 64;
    private static final int SYM_SIZE = 24;
    private static final int REL_SIZE = 16;

    private record Header(String name, int type, long flags, long offset, long size, int link, int info, long align,
                          long entSize) {
    }

    public static byte[] write(BpfObject obj) {
        // Symbol order: STT_FILE first, other locals, then globals (ELF gABI: locals precede globals).
        List<Integer> order = new ArrayList<>();
        List<ElfSymbol> syms = obj.symbols();
        for (int i = 0; i < syms.size(); i++) {
            if (syms.get(i).type() == Elf.STT_FILE && syms.get(i).isLocal()) {
                order.add(i);
            }
        }
        for (int i = 0; i < syms.size(); i++) {
            if (syms.get(i).isLocal() && syms.get(i).type() != Elf.STT_FILE) {
                order.add(i);
            }
        }
        int firstGlobal = order.size() + 1;
        for (int i = 0; i < syms.size(); i++) {
            if (!syms.get(i).isLocal()) {
                order.add(i);
            }
        }
        int[] elfIndex = new int[syms.size()];
        for (int k = 0; k < order.size(); k++) {
            elfIndex[order.get(k)] = k + 1;
        }

        // Section table indices.
        List<ElfSection> sections = obj.sections();
        Map<String, Integer> sectionIndex = new HashMap<>();
        int next = 2;
        int[] relIndex = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            sectionIndex.put(sections.get(i).name(), next++);
            relIndex[i] = sections.get(i).relocations().isEmpty() ? -1 : next++;
        }
        int symtabIndex = next++;
        int shnum = next;

        LinkedHashSet<String> names = new LinkedHashSet<>();
        names.add(".strtab");
        for (ElfSection s : sections) {
            names.add(s.name());
            if (!s.relocations().isEmpty()) {
                names.add(".rel" + s.name());
            }
        }
        names.add(".symtab");
        for (ElfSymbol s : syms) {
            if (!s.name().isEmpty()) {
                names.add(s.name());
            }
        }
        StringTable strtab = new StringTable(names);

        Out out = new Out();
        out.zeros(EHDR_SIZE);
        Header[] headers = new Header[shnum];
        headers[0] = new Header("", Elf.SHT_NULL, 0, 0, 0, 0, 0, 0, 0);
        int addrsigAt = -1;
        for (int i = 0; i < sections.size(); i++) {
            ElfSection s = sections.get(i);
            if (s.type() == Elf.SHT_LLVM_ADDRSIG) {
                addrsigAt = i;
                continue;
            }
            out.align(s.align());
            long start = out.size();
            if (s.type() != Elf.SHT_NOBITS) {
                out.bytes(s.data());
            }
            headers[sectionIndex.get(s.name())] = new Header(s.name(), s.type(), s.flags(), start, s.data().length, 0, 0,
                    s.align(), s.entSize());
        }

        out.align(8);
        long symtabStart = out.size();
        out.zeros(SYM_SIZE);
        for (int k : order) {
            ElfSymbol s = syms.get(k);
            out.u32(s.name().isEmpty() ? 0 : strtab.offset(s.name()));
            out.u8(s.bind() << 4 | s.type());
            out.u8(s.visibility());
            int shndx = s.section() != null ? sectionIndex.get(s.section()) : s.shndx();
            out.u16(shndx);
            out.u64(s.value());
            out.u64(s.size());
        }
        headers[symtabIndex] = new Header(".symtab", Elf.SHT_SYMTAB, 0, symtabStart, out.size() - symtabStart, 1,
                firstGlobal, 8, SYM_SIZE);

        for (int i = 0; i < sections.size(); i++) {
            ElfSection s = sections.get(i);
            if (relIndex[i] < 0) {
                continue;
            }
            out.align(8);
            long start = out.size();
            List<Relocation> relocs = new ArrayList<>(s.relocations());
            relocs.sort(Comparator.comparingLong(Relocation::offset));
            for (Relocation r : relocs) {
                out.u64(r.offset());
                out.u64((long) elfIndex[r.symbol()] << 32 | r.type().code);
            }
            headers[relIndex[i]] = new Header(".rel" + s.name(), Elf.SHT_REL, Elf.SHF_INFO_LINK, start,
                    out.size() - start, symtabIndex, sectionIndex.get(s.name()), 8, REL_SIZE);
        }

        if (addrsigAt >= 0) {
            ElfSection s = sections.get(addrsigAt);
            long start = out.size();
            for (int sym : obj.addrsig()) {
                out.uleb128(elfIndex[sym]);
            }
            headers[sectionIndex.get(s.name())] = new Header(s.name(), s.type(), s.flags(), start, out.size() - start,
                    symtabIndex, 0, s.align(), s.entSize());
        }

        long strtabStart = out.size();
        out.bytes(strtab.bytes());
        headers[1] = new Header(".strtab", Elf.SHT_STRTAB, 0, strtabStart, out.size() - strtabStart, 0, 0, 1, 0);

        out.align(8);
        long shoff = out.size();
        for (Header h : headers) {
            out.u32(h.name().isEmpty() ? 0 : strtab.offset(h.name()));
            out.u32(h.type());
            out.u64(h.flags());
            out.u64(0);
            out.u64(h.offset());
            out.u64(h.size());
            out.u32(h.link());
            out.u32(h.info());
            out.u64(h.align());
            out.u64(h.entSize());
        }
        byte[] b = out.toByteArray();
        writeHeader(b, shoff, shnum);
        return b;
    }

    private static void writeHeader(byte[] b, long shoff, int shnum) {
        b[0] = 0x7f;
        b[1] = 'E';
        b[2] = 'L';
        b[3] = 'F';
        b[4] = 2; // ELFCLASS64
        b[5] = 1; // ELFDATA2LSB
        b[6] = 1; // EV_CURRENT
        put(b, 16, Elf.ET_REL, 2);
        put(b, 18, Elf.EM_BPF, 2);
        put(b, 20, 1, 4);
        put(b, 40, shoff, 8);
        put(b, 52, EHDR_SIZE, 2);
        put(b, 58, SHDR_SIZE, 2);
        put(b, 60, shnum, 2);
        put(b, 62, 1, 2);
    }

    private static void put(byte[] b, int at, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    /** LLVM's StringTableBuilder for ELF: sorted by reversed string, descending, each string that ends the previous one shares its bytes. */
    static final class StringTable {
        private final Map<String, Integer> offsets = new HashMap<>();
        private final byte[] bytes;

        StringTable(java.util.Collection<String> strings) {
            List<byte[]> list = new ArrayList<>();
            for (String s : strings) {
                list.add(s.getBytes(StandardCharsets.UTF_8));
            }
            list.sort(StringTable::compareReversedDescending);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0);
            byte[] previous = null;
            for (byte[] s : list) {
                String key = new String(s, StandardCharsets.UTF_8);
                if (previous != null && endsWith(previous, s)) {
                    offsets.put(key, out.size() - s.length - 1);
                    continue;
                }
                offsets.put(key, out.size());
                out.write(s, 0, s.length);
                out.write(0);
                previous = s;
            }
            bytes = out.toByteArray();
        }

        private static int compareReversedDescending(byte[] a, byte[] b) {
            int n = Math.max(a.length, b.length);
            for (int i = 0; i < n; i++) {
                int ca = i < a.length ? a[a.length - 1 - i] & 0xff : -1;
                int cb = i < b.length ? b[b.length - 1 - i] & 0xff : -1;
                if (ca != cb) {
                    return Integer.compare(cb, ca);
                }
            }
            return 0;
        }

        private static boolean endsWith(byte[] s, byte[] suffix) {
            if (suffix.length > s.length) {
                return false;
            }
            for (int i = 1; i <= suffix.length; i++) {
                if (s[s.length - i] != suffix[suffix.length - i]) {
                    return false;
                }
            }
            return true;
        }

        int offset(String s) {
            return offsets.get(s);
        }

        byte[] bytes() {
            return bytes;
        }
    }

    /** A little-endian byte sink. */
    private static final class Out {
        private byte[] buf = new byte[4096];
        private int size;

        int size() {
            return size;
        }

        private void ensure(int n) {
            if (size + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        void u8(int v) {
            ensure(1);
            buf[size++] = (byte) v;
        }

        void u16(int v) {
            le(v, 2);
        }

        void u32(long v) {
            le(v, 4);
        }

        void u64(long v) {
            le(v, 8);
        }

        private void le(long v, int n) {
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[size++] = (byte) (v >>> (8 * i));
            }
        }

        void uleb128(long v) {
            do {
                int b = (int) (v & 0x7f);
                v >>>= 7;
                u8(v != 0 ? b | 0x80 : b);
            } while (v != 0);
        }

        void bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        void zeros(int n) {
            ensure(n);
            size += n;
        }

        void align(long a) {
            if (a > 1) {
                zeros((int) ((a - size % a) % a));
            }
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }
}
