package io.bpflab.isa.elf;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading an llvm-mc-19 object and writing it back gives the same bytes. */
class ElfRoundTripTest {

    static List<Path> objects() throws IOException {
        Path dir = Path.of(System.getProperty("bpflab.root", ".")).resolve("testdata/asm").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "testdata/asm not found at " + dir);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".o")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> writeOfReadIsIdentity() throws IOException {
        return objects().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            byte[] b = Files.readAllBytes(p);
            assertArrayEquals(b, ElfWriter.write(ElfReader.read(b)));
        }));
    }

    @Test
    void readsSectionsSymbolsAndRelocations() throws Exception {
        Path p = objects().stream().filter(o -> o.getFileName().toString().equals("03_array_map.o")).findFirst().orElseThrow();
        BpfObject obj = ElfReader.read(Files.readAllBytes(p));
        ElfSection xdp = obj.section("xdp").orElseThrow();
        assertTrue(xdp.isExecutable());
        assertEquals(1, xdp.relocations().size());
        Relocation r = xdp.relocations().getFirst();
        assertEquals(RelocType.R_BPF_64_64, r.type());
        assertEquals("counts", obj.symbols().get(r.symbol()).name());
        assertEquals(".maps", obj.symbols().get(r.symbol()).section());
    }

    @Test
    void mapsSectionBecomesMapDefs() throws Exception {
        byte[] def = new byte[20];
        int[] fields = {2, 4, 8, 16, 0};
        for (int i = 0; i < 5; i++) {
            def[i * 4] = (byte) fields[i];
        }
        BpfObject obj = new BpfObject(List.of(new ElfSection("maps", Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE, 4, 0, def, List.of())),
                List.of(new ElfSymbol("counts", Elf.STT_OBJECT, Elf.STB_GLOBAL, 0, "maps", 0, 0, 20)), List.of(), List.of());
        BpfObject back = ElfReader.read(ElfWriter.write(obj));
        assertEquals(List.of(new MapDef("counts", "array", 2, 4, 8, 16, 0)), back.maps());
    }

    @Test
    void badInputIsAnExceptionWithAReason() {
        ElfReader.BadElfException e = assertThrows(ElfReader.BadElfException.class, () -> ElfReader.read(new byte[]{1, 2, 3}));
        assertEquals("not an ELF file", e.getMessage());
        byte[] x86 = new byte[64];
        x86[0] = 0x7f;
        x86[1] = 'E';
        x86[2] = 'L';
        x86[3] = 'F';
        x86[4] = 2;
        x86[5] = 1;
        x86[18] = 62;
        assertEquals("ELF machine is 62, not BPF (247)", assertThrows(ElfReader.BadElfException.class, () -> ElfReader.read(x86)).getMessage());
    }

    @Test
    void stringTableIsTailMergedInLlvmOrder() {
        ElfWriter.StringTable t = new ElfWriter.StringTable(List.of(".text", ".rel.text", "ext", "map", ".maps", ".rel.maps"));
        assertEquals("\0.rel.text\0.rel.maps\0map\0", new String(t.bytes(), java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(5, t.offset(".text"));
        assertEquals(7, t.offset("ext"));
    }
}
