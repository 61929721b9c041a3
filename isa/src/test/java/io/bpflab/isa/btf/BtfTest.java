package io.bpflab.isa.btf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.elf.BpfObject;
import io.bpflab.isa.elf.ElfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@link Btf}, {@link BtfExt} and {@link CoreResolver} on clang's BTF and the running kernel's. */
class BtfTest {

    static final Path DIR = Path.of(System.getProperty("bpflab.root", ".")).resolve("testdata/elf").normalize();
    static final Path VMLINUX = Path.of("/sys/kernel/btf/vmlinux");

    static BpfObject object(String name) throws Exception {
        return ElfReader.read(Files.readAllBytes(DIR.resolve(name)));
    }

    static Btf btf(String name) throws Exception {
        return Btf.parse(object(name).section(".BTF").orElseThrow().data());
    }

    @Test
    void mapDefinitionStructs() throws Exception {
        Btf b = btf("btf_hash.o");
        int ds = b.datasec(".maps").orElseThrow();
        BtfType.Datasec d = (BtfType.Datasec) b.type(ds);
        assertEquals(1, d.vars().size());
        BtfType.Var v = (BtfType.Var) b.type(d.vars().getFirst().type());
        assertEquals("flows", v.name());
        BtfType.Struct s = (BtfType.Struct) b.type(b.skipQualifiers(v.type()));
        assertEquals(List.of("type", "key", "value", "max_entries"), s.members().stream().map(BtfType.Member::name).toList());
        int flow = b.byName("flow").getFirst();
        assertEquals(16, b.size(flow));
        assertEquals("struct flow", b.describe(flow));
    }

    @Test
    void funcAndLineInfo() throws Exception {
        BpfObject o = object("subprog.o");
        Btf b = Btf.parse(o.section(".BTF").orElseThrow().data());
        BtfExt x = BtfExt.parse(o.section(".BTF.ext").orElseThrow().data(), b);
        assertEquals(List.of("only_ipv4"), x.funcInfo("xdp").stream().map(f -> b.type(f.typeId()).name()).toList());
        assertEquals(List.of("is_ipv4"), x.funcInfo(".text").stream().map(f -> b.type(f.typeId()).name()).toList());
        BtfExt.LineInfo first = x.lineInfo(".text").getFirst();
        assertEquals("subprog.c", b.string(first.fileNameOff()));
        assertTrue(b.string(first.lineOff()).contains("is_ipv4"), b.string(first.lineOff()));
        assertTrue(x.coreRelos("xdp").isEmpty());
    }

    @Test
    void coreRelocationsOfTheObjects() throws Exception {
        BpfObject o = object("core_info.o");
        Btf b = Btf.parse(o.section(".BTF").orElseThrow().data());
        BtfExt x = BtfExt.parse(o.section(".BTF.ext").orElseThrow().data(), b);
        List<BtfExt.CoreKind> kinds = x.coreRelos("socket").stream().map(BtfExt.CoreRelo::kind).distinct().sorted().toList();
        assertEquals(List.of(BtfExt.CoreKind.FIELD_BYTE_SIZE, BtfExt.CoreKind.FIELD_EXISTS, BtfExt.CoreKind.TYPE_SIZE,
                BtfExt.CoreKind.ENUMVAL_EXISTS, BtfExt.CoreKind.ENUMVAL_VALUE), kinds);
    }

    @Test
    void essentialNames() {
        assertEquals("task_struct", CoreResolver.essential("task_struct___v2"));
        assertEquals("__sk_buff", CoreResolver.essential("__sk_buff___local"));
        assertEquals("a____b", CoreResolver.essential("a____b"));
        assertEquals("x", CoreResolver.essential("x"));
    }

    @Test
    void theRunningKernelsBtf() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(VMLINUX), VMLINUX + " is not readable");
        Btf k = Btf.parse(Files.readAllBytes(VMLINUX));
        assertTrue(k.count() > 10_000, k.count() + " types");
        int skb = k.byName("__sk_buff").stream().filter(i -> k.type(i) instanceof BtfType.Struct).findFirst().orElseThrow();
        BtfType.Struct s = (BtfType.Struct) k.type(skb);
        assertEquals("len", s.members().getFirst().name());
        assertEquals(24, k.size(k.byName("xdp_md").getFirst()));
    }

    @Test
    void resolvesAgainstTheKernel() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(VMLINUX), VMLINUX + " is not readable");
        Btf k = Btf.parse(Files.readAllBytes(VMLINUX));
        BpfObject o = object("core_info.o");
        Btf b = Btf.parse(o.section(".BTF").orElseThrow().data());
        BtfExt x = BtfExt.parse(o.section(".BTF.ext").orElseThrow().data(), b);
        CoreResolver r = new CoreResolver(b, k);
        StringBuilder sb = new StringBuilder();
        for (BtfExt.CoreRelo c : x.coreRelos("socket")) {
            sb.append(c.kind().libbpfName()).append('=').append(r.resolve(c).value()).append(' ');
        }
        assertEquals("field_exists=1 field_exists=0 byte_sz=4 type_size=24 enumval_exists=1 enumval_value=2 enumval_exists=0 ",
                sb.toString());
    }

    @Test
    void damagedBtfNamesTheOffset() throws Exception {
        byte[] data = object("xdp_pass.o").section(".BTF").orElseThrow().data();
        BtfException e = assertThrows(BtfException.class, () -> Btf.parse(java.util.Arrays.copyOf(data, 10)));
        assertEquals(0, e.offset());
        byte[] cut = java.util.Arrays.copyOf(data, data.length);
        // point the first type at a type id that does not exist (PTR -> 5000 or a member's type)
        cut[24 + 8] = (byte) 0x88;
        cut[24 + 9] = (byte) 0x13;
        BtfException bad = assertThrows(BtfException.class, () -> Btf.parse(cut));
        assertTrue(bad.getMessage().contains("does not exist"), bad.getMessage());
    }
}
