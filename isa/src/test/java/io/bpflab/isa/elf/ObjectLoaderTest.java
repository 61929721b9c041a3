package io.bpflab.isa.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.bpflab.isa.Insn;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Target;
import io.bpflab.isa.btf.Btf;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ObjectLoader} on the clang-19 objects of testdata/elf, and on damaged copies of them. */
class ObjectLoaderTest {

    static final Path VMLINUX = Path.of("/sys/kernel/btf/vmlinux");
    static Btf kernel;

    @BeforeAll
    static void kernelBtf() throws Exception {
        if (Files.isReadable(VMLINUX)) {
            kernel = Btf.parse(Files.readAllBytes(VMLINUX));
        }
    }

    static ObjectLoader.Options options() {
        return kernel == null ? ObjectLoader.Options.none()
                : new ObjectLoader.Options(() -> kernel, 6 << 16 | 12 << 8, Map.of("CONFIG_BPF", "y"));
    }

    static LoadedObject load(String name) throws Exception {
        return ObjectLoader.load(ElfFile.read(name), options());
    }

    static String error(byte[] b) {
        return assertThrows(ObjectException.class, () -> ObjectLoader.load(b, options())).getMessage();
    }

    @Test
    void programsAreTheFunctionsOfProgramSections() throws Exception {
        LoadedObject o = load("multi_prog.o");
        assertEquals(List.of("on_xdp", "on_socket", "on_tc", "on_ret"), o.programs().stream().map(ObjectProgram::name).toList());
        assertEquals(List.of("xdp", "socket", "tc", "kretprobe/do_unlinkat"),
                o.programs().stream().map(ObjectProgram::section).toList());
        assertEquals(ProgramType.KPROBE, o.program("on_ret").orElseThrow().sectionDef().orElseThrow().programType());
        assertEquals("GPL", o.license());
        assertEquals(0x060c00, o.kernelVersion().orElseThrow());
        assertEquals("on_tc", o.program("tc").orElseThrow().name());
    }

    @Test
    void twoProgramsInOneSectionAreTwoPrograms() throws Exception {
        LoadedObject o = load("tail_call.o");
        assertEquals(List.of("second", "first"), o.programs().stream().map(ObjectProgram::name).toList());
        ObjectMap jmp = o.maps().getFirst();
        assertEquals(Map.of(1, "second"), jmp.programValues());
        assertEquals(4, jmp.def().valueSize());
    }

    @Test
    void textSubprogramsAreAppendedAndCallsRelinked() throws Exception {
        ObjectProgram tc = load("shared_subprogs.o").program("tc_len").orElseThrow();
        assertEquals(List.of("tc_len", "double_sum", "add_len", "twice"), tc.functions().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList());
        for (int i = 0; i < tc.program().size(); i++) {
            if (tc.program().insn(i) instanceof Insn.CallLocal(Target t)) {
                int to = tc.program().resolve(t, i);
                assertTrue(tc.functions().containsKey(tc.program().slotOf(to)), "call at " + i + " reaches a function start");
            }
        }
        assertEquals("double_sum", tc.functionAt(tc.functions().entrySet().stream()
                .filter(e -> e.getValue().equals("double_sum")).findFirst().orElseThrow().getKey() + 1));
    }

    @Test
    void callbacksBecomePseudoFunc() throws Exception {
        ObjectProgram p = load("bpf_loop.o").program("sum_loop").orElseThrow();
        Insn.LoadImm64 ld = p.program().insns().stream().filter(i -> i instanceof Insn.LoadImm64).map(i -> (Insn.LoadImm64) i)
                .findFirst().orElseThrow();
        assertEquals(PseudoSrc.FUNC, ld.src());
        assertTrue(p.program().subprogramStarts().size() == 2);
    }

    @Test
    void legacyAndIproute2MapDefinitions() throws Exception {
        ObjectMap m = load("legacy_maps.o").maps().getFirst();
        assertEquals(new MapDef("proto_count", "array", 2, 4, 8, 256, 0), m.def());
        assertEquals(ObjectMap.Origin.LEGACY, m.origin());
        ObjectMap ip = load("iproute2_maps.o").maps().getFirst();
        assertEquals(2, ip.pinning());
        assertEquals(1, ip.def().maxEntries());
    }

    @Test
    void btfMapsWithTypesSizesFlagsPinningAndInnerMaps() throws Exception {
        ObjectMap flows = load("btf_hash.o").maps().getFirst();
        assertEquals(new MapDef("flows", "hash", 1, 16, 4, 64, 0), flows.def());
        assertTrue(flows.btfKeyType() > 0);
        assertEquals(1, load("pinned.o").maps().getFirst().pinning());
        assertEquals(1, load("lpm_trie.o").maps().getFirst().def().flags());
        LoadedObject mim = load("map_in_map.o");
        ObjectMap outer = mim.maps().get(mim.mapIndex("outer").orElseThrow());
        assertEquals(MapType.ARRAY_OF_MAPS.id(), outer.def().typeId());
        assertEquals(Map.of(0, "inner"), outer.mapValues());
        assertEquals(MapType.ARRAY.id(), outer.inner().def().typeId());
        ObjectMap tenants = load("hash_of_maps.o").maps().getFirst();
        assertEquals(new MapDef("tenants.inner", "hash", 1, 4, 8, 8, 0), tenants.inner().def());
        ObjectMap rb = load("ringbuf.o").maps().getFirst();
        assertEquals(new MapDef("events", "ringbuf", 27, 0, 0, 4096, 0), rb.def());
    }

    @Test
    void globalDataSectionsAreArrayMapsWithTheirContents() throws Exception {
        LoadedObject o = load("global_data.o");
        assertEquals(List.of(".data", ".rodata", ".bss"), o.maps().stream().map(ObjectMap::name).toList());
        assertEquals("63000000adde0000", java.util.HexFormat.of().formatHex(o.maps().get(0).initial()));
        assertEquals(ObjectLoader.BPF_F_RDONLY_PROG, o.maps().get(1).def().flags());
        long refs = o.programs().getFirst().program().insns().stream()
                .filter(i -> i instanceof Insn.LoadImm64 ld && ld.src() == PseudoSrc.MAP_VALUE).count();
        assertEquals(4, refs);
        assertEquals(List.of(".rodata.cfg", ".data.stats"), load("custom_sections.o").maps().stream().map(ObjectMap::name).toList());
    }

    @Test
    void kconfigExternsGetTheVersionAndWeakDefaults() throws Exception {
        ObjectMap k = load("kconfig.o").maps().getFirst();
        assertEquals(ObjectMap.Origin.KCONFIG, k.origin());
        byte[] v = k.initial();
        long all = ElfFile.u64(v, 0);
        assertTrue(all == (6 << 16 | 12 << 8) || all == ((long) (6 << 16 | 12 << 8) << 32), Long.toHexString(all));
    }

    @Test
    void lineInfoCarriesFileLineAndText() throws Exception {
        ObjectProgram p = load("xdp_drop_ipv6.o").programs().getFirst();
        SourceLine l = p.lineAt(p.program().slotCount() - 1).orElseThrow();
        assertEquals("xdp_drop_ipv6.c", l.file());
        assertTrue(l.line() > 10, l.toString());
        assertTrue(p.lines().values().stream().anyMatch(s -> s.text().contains("if (data + sizeof(*eth) > data_end)")),
                p.lines().toString());
    }

    @Test
    void coreRelocationsAreResolvedAgainstTheKernel() throws Exception {
        Assumptions.assumeTrue(kernel != null, VMLINUX + " is not readable");
        ObjectProgram p = load("core_skb.o").programs().getFirst();
        // struct __sk_buff: len is the first field, whatever the local flavour's order
        assertEquals(new Insn.Load(io.bpflab.isa.Size.W, io.bpflab.isa.Reg.R0, io.bpflab.isa.Reg.R1, 0), p.program().insn(0));
        ObjectProgram k = load("kprobe.o").programs().getFirst();
        assertTrue(k.program().insns().contains(new Insn.Load(io.bpflab.isa.Size.DW, io.bpflab.isa.Reg.R2,
                io.bpflab.isa.Reg.R1, 104)) || k.program().insns().stream().anyMatch(i -> i instanceof Insn.Load ld
                && ld.off() == 104), k.program().insns().toString());
    }

    @Test
    void coreWithoutKernelBtfIsAClearError() throws Exception {
        ObjectException e = assertThrows(ObjectException.class,
                () -> ObjectLoader.load(ElfFile.read("core_skb.o"), ObjectLoader.Options.none()));
        assertTrue(e.getMessage().contains("CO-RE relocations and no kernel BTF"), e.getMessage());
    }

    @Test
    void anUnresolvableCoreRelocationNamesTheFieldAndTheInstruction() throws Exception {
        Assumptions.assumeTrue(kernel != null, VMLINUX + " is not readable");
        byte[] b = ElfFile.read("core_skb.o");
        long[] btf = ElfFile.section(b, ".BTF");
        // rename the local field "len" to "lem" in the BTF strings: the kernel's __sk_buff has none
        String all = new String(b, (int) btf[0], (int) btf[1], java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = all.indexOf("\0len\0");
        assertTrue(at > 0);
        b[(int) btf[0] + at + 3] = 'm';
        String m = error(b);
        assertTrue(m.startsWith("section tc offset 0x0: CO-RE relocation byte_off of struct __sk_buff___local.lem"), m);
        assertTrue(m.contains("has no field 'lem'"), m);
    }

    @Test
    void truncatedObjects() throws Exception {
        byte[] b = ElfFile.read("btf_hash.o");
        assertEquals("not an ELF file", error(java.util.Arrays.copyOf(b, 3)));
        assertEquals("section header table is outside the file", error(java.util.Arrays.copyOf(b, b.length - 100)));
    }

    @Test
    void wrongMachine() throws Exception {
        byte[] b = ElfFile.read("xdp_pass.o");
        b[18] = 62;
        assertEquals("ELF machine is 62, not BPF (247)", error(b));
    }

    @Test
    void badRelocationOffset() throws Exception {
        byte[] b = ElfFile.read("btf_hash.o");
        long[] rel = ElfFile.section(b, ".reltc");
        ElfFile.put64(b, (int) rel[0], 0x1003);
        assertEquals("section tc offset 0x1003: relocation R_BPF_64_64 is not at an instruction", error(b));
        ElfFile.put64(b, (int) rel[0], 0x8);
        String m = error(b);
        assertTrue(m.startsWith("section tc offset 0x8: relocation R_BPF_64_64 against 'flows' is not on an lddw"), m);
    }

    @Test
    void missingSymbol() throws Exception {
        byte[] b = ElfFile.read("btf_hash.o");
        long[] rel = ElfFile.section(b, ".reltc");
        long info = ElfFile.u64(b, (int) rel[0] + 8);
        ElfFile.put64(b, (int) rel[0] + 8, (info & 0xffffffffL) | 999L << 32);
        assertEquals("section .reltc offset 0x0: relocation names symbol 999, not in the symbol table", error(b));
        // the symbol exists but is undefined (section index 0)
        b = ElfFile.read("global_data.o");
        rel = ElfFile.section(b, ".relxdp");
        long[] symtab = ElfFile.section(b, ".symtab");
        int sym = (int) (ElfFile.u64(b, (int) rel[0] + 8) >>> 32);
        int at = (int) symtab[0] + sym * 24 + 6;
        b[at] = 0;
        b[at + 1] = 0;
        String m = error(b);
        assertEquals("section xdp offset 0x0: relocation R_BPF_64_64 against 'packets': undefined symbol", m);
    }

    @Test
    void corruptBtf() throws Exception {
        byte[] b = ElfFile.read("btf_array.o");
        long[] btf = ElfFile.section(b, ".BTF");
        byte[] bad = b.clone();
        bad[(int) btf[0]] = 0;
        assertEquals("section .BTF offset 0x0: bad BTF magic 0xeb00", error(bad));
        bad = b.clone();
        // the first type's info word: kind 31 does not exist
        int types = (int) (btf[0] + ElfFile.u32(b, (int) btf[0] + 4) + ElfFile.u32(b, (int) btf[0] + 8));
        bad[types + 7] = 0x1f;
        assertEquals("section .BTF offset 0x18: type 1 has unknown BTF kind 31", error(bad));
        bad = b.clone();
        ElfFile.put32(bad, (int) btf[0] + 20, 0x7fffffff);
        assertEquals("section .BTF offset 0x10: BTF string section (offset " + ElfFile.u32(b, (int) btf[0] + 16)
                + ", 2147483647 bytes) is outside the data", error(bad));
    }

    @Test
    void everyTestdataObjectLoads() throws Exception {
        Assumptions.assumeTrue(kernel != null, VMLINUX + " is not readable (CO-RE objects need it)");
        try (Stream<Path> s = Files.list(ElfFile.DIR)) {
            List<Path> objs = s.filter(p -> p.toString().endsWith(".o")).toList();
            assertTrue(objs.size() >= 30);
            for (Path p : objs) {
                LoadedObject o = ObjectLoader.load(Files.readAllBytes(p), options());
                assertFalse(o.programs().isEmpty(), p.toString());
                assertNotNull(o.btf(), p.toString());
            }
        }
    }

    /**
     * Thousands of damaged objects: byte flips, truncations and overwritten words anywhere
     * in the file; loading may refuse them, but only with an {@link ObjectException}.
     */
    @Test
    void fuzzedObjectsNeverThrowAnythingElse() throws IOException {
        List<String> seeds = List.of("btf_hash.o", "global_data.o", "tail_call.o", "map_in_map.o", "shared_subprogs.o",
                "kconfig.o", "core_info.o", "legacy_maps.o", "iproute2_maps.o", "bpf_loop.o");
        Random rnd = new Random(0xb7f);
        int refused = 0;
        int runs = 0;
        for (String seed : seeds) {
            byte[] orig = ElfFile.read(seed);
            for (int n = 0; n < 400; n++) {
                byte[] b = mutate(orig, rnd);
                runs++;
                try {
                    ObjectLoader.load(b, options());
                } catch (ObjectException e) {
                    refused++;
                    assertFalse(e.getMessage().isBlank());
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    fail(seed + " mutation " + n + " threw " + e, e);
                }
            }
        }
        assertTrue(runs >= 4000 && refused > runs / 10, refused + " of " + runs + " refused");
    }

    private static byte[] mutate(byte[] orig, Random rnd) {
        byte[] b = orig.clone();
        switch (rnd.nextInt(4)) {
            case 0 -> {
                for (int k = 1 + rnd.nextInt(8); k > 0; k--) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
            case 2 -> {
                int at = rnd.nextInt(b.length - 4) & ~3;
                ElfFile.put32(b, at, switch (rnd.nextInt(4)) {
                    case 0 -> 0xffffffffL;
                    case 1 -> 0x80000000L;
                    case 2 -> rnd.nextInt(64);
                    default -> rnd.nextInt();
                });
            }
            default -> {
                // damage the BTF or the relocations, where the loader's own checks matter most
                String sec = List.of(".BTF", ".BTF.ext", ".symtab", ".maps").get(rnd.nextInt(4));
                try {
                    long[] s = ElfFile.section(b, sec);
                    if (s[1] > 4) {
                        int at = (int) (s[0] + rnd.nextInt((int) s[1] - 4));
                        ElfFile.put32(b, at, rnd.nextBoolean() ? rnd.nextInt(1 << 16) : rnd.nextInt());
                    }
                } catch (IllegalArgumentException e) {
                    b[rnd.nextInt(b.length)] ^= 0x40;
                }
            }
        }
        return b;
    }
}
