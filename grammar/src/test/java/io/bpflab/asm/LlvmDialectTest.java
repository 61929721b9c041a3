package io.bpflab.asm;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.elf.ElfSymbol;
import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.elf.RelocType;
import io.bpflab.isa.elf.Relocation;
import io.bpflab.isa.linux.ProgramType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The LLVM dialect's bpflab extensions and the forms llvm-mc-19 does not check byte for byte
 * in the corpus (its output is the oracle for everything else: see LlvmObjectTest).
 */
class LlvmDialectTest {

    static Assembly ok(String src) {
        Assembly a = Assembler.assemble(src, "t.s", Dialect.LLVM);
        assertTrue(a.ok(), a.formatDiagnostics());
        return a;
    }

    static String hex(String src) throws EncodeException {
        return Hex.of(Encoder.encode(ok(src).program()));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            // constant folding as llvm-mc-19 folds (checked against it while writing the corpus)
            "r0 = 4 - 1 => b7 00 00 00 03 00 00 00",
            "r0 = 1 << 3 => b7 00 00 00 08 00 00 00",
            "r0 = 1 == 1 => b7 00 00 00 ff ff ff ff",
            "r0 = 2 + 3 & 1 => b7 00 00 00 03 00 00 00",
            "r0 = -8 >> 1 => b7 00 00 00 fc ff ff ff",
            "r0 = 7 / -2 => b7 00 00 00 fd ff ff ff",
            "r0 = 0x100000002 => b7 00 00 00 02 00 00 00",
            "w1 = 0xFFFF1234 => b4 01 00 00 34 12 ff ff",
            "if w1 & 1 != 1 goto +0 => 46 01 00 00 00 00 00 00",
            // helpers by name, the kernel log's NAME#ID, and its other spellings
            "call bpf_map_lookup_elem => 85 00 00 00 01 00 00 00",
            "call map_lookup_elem => 85 00 00 00 01 00 00 00",
            "call bpf_map_lookup_elem#1 => 85 00 00 00 01 00 00 00",
            "call unknown#250 => 85 00 00 00 fa 00 00 00",
            "call pc+2 => 85 10 00 00 02 00 00 00",
            "call kernel-function#77 => 85 20 00 00 4d 00 00 00",
            "goto pc-1 => 05 00 ff ff 00 00 00 00",
            "12: (b7) r0 = 5 => b7 00 00 00 05 00 00 00",
            "4: (18) r1 = 0x3 => 18 01 00 00 03 00 00 00 | 00 00 00 00 00 00 00 00",
            "(61) r2 = *(u32 *)(r1 +4) => 61 12 04 00 00 00 00 00",
            "r0 = atomic64_cmpxchg((u64 *)(r1 +0), r0, r2) => db 21 00 00 f1 00 00 00",
            "r2 = atomic64_xchg((u64 *)(r1 -8), r2) => db 21 f8 ff e1 00 00 00",
            "r3 = atomic_fetch_add((u32 *)(r1 +0), r3) => c3 31 00 00 01 00 00 00",
            "w0 = load_acquire((u32 *)(r1 + 8)) => c3 10 08 00 00 01 00 00",
            "store_release((u64 *)(r1 + 8), r2) => db 21 08 00 10 01 00 00",
            "r0 = *(u16 *)skb[r3 + 12] => 48 30 00 00 0c 00 00 00",
            "ld_pseudo r1, 2, 7 => 18 21 00 00 07 00 00 00 | 00 00 00 00 00 00 00 00",
            "r0 = 1 ; r1 = 2 => b7 00 00 00 01 00 00 00 | b7 01 00 00 02 00 00 00",
    })
    void encodes(String asm, String expected) throws EncodeException {
        assertEquals(expected.trim(), hex(asm.trim()));
    }

    @Test
    void commentsOfEveryKindAndVerifierLogSourceLines() throws EncodeException {
        assertEquals("b7 00 00 00 01 00 00 00 | 95 00 00 00 00 00 00 00", hex("""
                ; int main() {   (a source line of the verifier log)
                r0 = 1 # hash
                /* block
                   over lines */ exit // slashes
                """));
    }

    @Test
    void labelsStayInTheProgram() {
        Assembly a = ok("""
                entry:
                    if r1 == 0 goto out
                    r0 = 1
                out:
                    exit
                """);
        assertEquals(new Insn.JumpImm(io.bpflab.isa.Width.W64, io.bpflab.isa.JmpOp.JEQ, Reg.R1, 0, Target.label("out")),
                a.program().insn(0));
        assertEquals(0, a.program().labels().get("entry"));
        assertEquals(2, a.program().labels().get("out"));
    }

    @Test
    void aHelperNameDefinedAsALabelIsALocalCall() {
        Assembly a = ok("""
                call map_lookup_elem
                exit
                map_lookup_elem:
                r0 = 0
                exit
                """);
        assertEquals(new Insn.CallLocal(Target.label("map_lookup_elem")), a.program().insn(0));
    }

    @Test
    void anUnknownNameIsAnExternalCallWithARelocationAsInLlvm() {
        Assembly a = ok("call my_extern\nexit\n");
        var text = a.object().section(".text").orElseThrow();
        assertEquals(List.of(new Relocation(0, RelocType.R_BPF_64_32, 0)), text.relocations());
        assertEquals("my_extern", a.object().symbols().get(0).name());
        assertEquals("85 10 00 00 ff ff ff ff", Hex.of(java.util.Arrays.copyOf(text.data(), 8)));
    }

    @Test
    void aCallToAGlobalFunctionOfTheSameSectionIsRelocatedAsInLlvm() {
        Assembly a = ok(".globl g\nf:\ncall g\nexit\ng:\nr0 = 1\nexit\n");
        var text = a.object().section(".text").orElseThrow();
        int g = a.object().symbols().stream().map(ElfSymbol::name).toList().indexOf("g");
        assertEquals(List.of(new Relocation(0, RelocType.R_BPF_64_32, g)), text.relocations());
        assertEquals("85 10 00 00 ff ff ff ff", Hex.of(java.util.Arrays.copyOf(text.data(), 8)));
        // The program (for the verifier and the VM) still calls the function.
        assertEquals(new Insn.CallLocal(Target.label("g")), a.program().insn(0));
        assertEquals(2, a.program().labels().get("g"));
    }

    /** llvm-mc-19 fails on each of these (it asks for a relocation that BPF does not have): bpflab says why. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "f:\\ngoto nowhere\\nexit\\n                              | t.s:2:6: error: undefined label 'nowhere'",
        "f:\\nif r1 > 2 goto nowhere\\nexit\\n                    | t.s:2:16: error: undefined label 'nowhere'",
        "f:\\ngotol other\\nexit\\n.section tc,\"ax\"\\nother:\\nexit\\n | t.s:2:7: error: label 'other' is in section tc, not in .text",
        ".globl g\\nf:\\ngoto g\\ng:\\nexit\\n                     | t.s:3:6: error: jump to global symbol 'g': a jump offset cannot be relocated",
        ".weak g\\nf:\\nmay_goto g\\ng:\\nexit\\n                  | t.s:3:10: error: jump to weak symbol 'g': a jump offset cannot be relocated",
    })
    void jumpsCannotLeaveTheirSection(String src, String message) {
        Assembly a = Assembler.assemble(src.replace("\\n", "\n"), "t.s", Dialect.LLVM);
        assertTrue(a.formatDiagnostics().startsWith(message), a.formatDiagnostics());
    }

    @Test
    void mapDeclarations() throws Exception {
        Assembly a = ok("""
                .map counts, array, key=4, value=8, entries=16
                .map seen, lru_hash, key=8, value=8, entries=1024, flags=1
                    .section xdp
                    r1 = seen ll
                    r2 = counts ll
                    exit
                """);
        assertEquals(List.of(new MapDef("counts", "array", 2, 4, 8, 16, 0), new MapDef("seen", "lru_hash", 9, 8, 8, 1024, 1)),
                a.maps());
        assertEquals(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 1), a.program().insn(0));
        assertEquals(new Insn.LoadImm64(Reg.R2, PseudoSrc.MAP_FD, 0), a.program().insn(1));
        var xdp = a.object().section("xdp").orElseThrow();
        assertEquals(2, xdp.relocations().size());
        ElfSymbol seen = a.object().symbols().get(xdp.relocations().getFirst().symbol());
        assertEquals("seen", seen.name());
        assertEquals("maps", seen.section());
        assertEquals(20, seen.size());
        assertEquals(a.maps(), io.bpflab.isa.elf.ElfReader.read(io.bpflab.isa.elf.ElfWriter.write(a.object())).maps());
    }

    @Test
    void programTypeFromTheSectionName() {
        Assembly a = ok(".section \"kprobe/sys_open\"\nr0 = 0\nexit\n");
        assertEquals(Optional.of("kprobe/sys_open"), a.programSection());
        assertEquals(Optional.of(ProgramType.KPROBE), Assembly.programType("kprobe/sys_open"));
        assertEquals(Optional.of(ProgramType.XDP), Assembly.programType("xdp"));
        assertEquals(Optional.of(ProgramType.SOCKET_FILTER), Assembly.programType(ok("r0 = 0\nexit\n").programSection().orElseThrow()));
    }

    @Test
    void rawWordsInText() throws EncodeException {
        Assembly a = ok("r0 = 0\n.8byte 0x0000000000000095\n");
        assertEquals("b7 00 00 00 00 00 00 00 | 95 00 00 00 00 00 00 00", Hex.of(Encoder.encode(a.program())));
        assertEquals(new Insn.Exit(), a.program().insn(1));
    }

    @Test
    void theFirstProgramIsTheFirstSectionWithCode() {
        Assembly a = ok("""
                    .text
                    .section xdp,"ax",@progbits
                prog:
                    call sub
                    exit
                    .text
                sub:
                    r0 = 1
                    exit
                """);
        assertEquals(Optional.of("xdp"), a.programSection());
        assertEquals(List.of("xdp", ".text"), List.copyOf(a.programs().keySet()));
    }
}
