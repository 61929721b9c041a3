package io.bpflab.isa.elf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test access to the raw layout of an ELF object: where a section's bytes are, to damage them on purpose. */
final class ElfFile {

    static final Path DIR = Path.of(System.getProperty("bpflab.root", ".")).resolve("testdata/elf").normalize();

    private ElfFile() {
    }

    static byte[] read(String name) throws IOException {
        return Files.readAllBytes(DIR.resolve(name));
    }

    /** File offset and size of section {@code name}: {offset, size}. */
    static long[] section(byte[] b, String name) {
        long shoff = u64(b, 40);
        int shnum = u16(b, 60);
        int shstrndx = u16(b, 62);
        long strOff = u64(b, (int) (shoff + shstrndx * 64L) + 24);
        for (int i = 0; i < shnum; i++) {
            int h = (int) (shoff + i * 64L);
            int nameOff = (int) u32(b, h);
            StringBuilder sb = new StringBuilder();
            for (int p = (int) (strOff + nameOff); b[p] != 0; p++) {
                sb.append((char) b[p]);
            }
            if (sb.toString().equals(name)) {
                return new long[] {u64(b, h + 24), u64(b, h + 32)};
            }
        }
        throw new IllegalArgumentException("no section " + name);
    }

    static int u16(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    static long u32(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
    }

    static long u64(byte[] b, int p) {
        return u32(b, p) | u32(b, p + 4) << 32;
    }

    static void put32(byte[] b, int p, long v) {
        for (int i = 0; i < 4; i++) {
            b[p + i] = (byte) (v >>> (8 * i));
        }
    }

    static void put64(byte[] b, int p, long v) {
        put32(b, p, v);
        put32(b, p + 4, v >>> 32);
    }
}
