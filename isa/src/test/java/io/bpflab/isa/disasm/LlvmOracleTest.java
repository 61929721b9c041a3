package io.bpflab.isa.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.InsnGenerator;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Mode;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LLVM 19 as the oracle: our LLVM-style text of a few thousand generated instructions
 * assembles with llvm-mc-19 to exactly our bytes, and llvm-objdump-19 prints our bytes as
 * the text we print (in its hex radix) for every instruction it has syntax for.
 */
class LlvmOracleTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        if (!LlvmTools.available()) {
            System.out.println("LlvmOracleTest skipped: " + LlvmTools.missing());
        }
        Assumptions.assumeTrue(LlvmTools.available(), LlvmTools.missing());
    }

    /**
     * 24 random programs of 150 instructions (every form, random operands, jumps and calls
     * aimed inside their program), every form from 8 seeds, and hand-picked extremes; the
     * programs are concatenated, which keeps every relative target inside its own program.
     */
    static Program generated() {
        List<Insn> all = new ArrayList<>();
        for (long seed = 0; seed < 24; seed++) {
            all.addAll(new InsnGenerator(seed).program(150).insns());
        }
        for (long seed = 100; seed < 108; seed++) {
            all.addAll(new InsnGenerator(seed).everyForm());
            all.add(new Insn.Exit());
        }
        all.addAll(extremes());
        return Program.of(all);
    }

    /** Boundary values of every field, and a gotol beyond 16 bits. */
    static List<Insn> extremes() {
        List<Insn> x = new ArrayList<>();
        for (int imm : new int[] {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xffff, -32768}) {
            x.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R1, imm));
            x.add(new Insn.AluImm(Width.W32, AluOp.ADD, Reg.R2, imm));
            x.add(new Insn.StoreImm(Size.B, Reg.R10, -1, imm));
            x.add(new Insn.JumpImm(Width.W32, JmpOp.JSGT, Reg.R3, imm, Target.offset(0)));
            x.add(new Insn.Call(imm));
            x.add(new Insn.LegacyLoad(Mode.ABS, Size.W, Reg.R0, imm));
            x.add(new Insn.LoadImm64(Reg.R4, PseudoSrc.MAP_VALUE, imm & 0xffffffffL));
        }
        for (long imm : new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0xffffffffL, 0x100000000L,
                0x1122334455667788L, -0x80000000L}) {
            x.add(Insn.LoadImm64.of(Reg.R5, imm));
        }
        for (int off : new int[] {Short.MIN_VALUE, Short.MAX_VALUE, 0, -1}) {
            x.add(new Insn.Load(Size.DW, Reg.R6, Reg.R10, off));
            x.add(new Insn.LoadSx(Size.H, Reg.R6, Reg.R9, off));
            x.add(new Insn.Atomic(Size.W, AtomicOp.CMPXCHG, Reg.R7, Reg.R8, off));
        }
        x.add(new Insn.AddrSpaceCast(Reg.R1, Reg.R2, 0xffff, 0x1234));
        x.add(new Insn.Gotol(Target.offset(40_000)));
        x.add(new Insn.Gotol(Target.offset(Short.MAX_VALUE)));
        x.add(new Insn.Gotol(Target.offset(Short.MIN_VALUE + 40_000)));
        for (int i = 0; i < 40_000; i++) {
            x.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, i));
        }
        x.add(new Insn.Exit());
        return x;
    }

    static Program withoutAcquireRelease(Program p) {
        return Program.of(p.insns().stream()
                .map(i -> i instanceof Insn.Atomic a && a.op().isAcquireRelease()
                        ? new Insn.Atomic(a.size() == Size.DW ? Size.DW : Size.W, AtomicOp.XCHG, a.dst(), a.src(), a.off())
                        : i)
                .toList());
    }

    static Stream<Arguments> styles() {
        LlvmPrinter only19 = LlvmPrinter.DEFAULT.withLlvm19(true);
        return Stream.of(
                Arguments.of("decimal, offsets", Disassembler.DEFAULT.withLlvm(only19).withLabels(Disassembler.Labels.OFFSETS)),
                Arguments.of("hex, offsets", Disassembler.DEFAULT.withLlvm(only19.withRadix(Radix.HEX))
                        .withLabels(Disassembler.Labels.OFFSETS)),
                Arguments.of("decimal, labels", Disassembler.DEFAULT.withLlvm(only19).withLabels(Disassembler.Labels.ALWAYS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void llvmMcAssemblesOurTextToOurBytes(String name, Disassembler d) throws Exception {
        Program p = generated();
        assertSameBytes(p, d);
    }

    @Test
    void defaultStyleAssemblesWhereLlvm19HasTheSyntax() throws Exception {
        // Load-acquire/store-release print in LLVM 21 syntax by default; llvm-mc-19 knows them not.
        assertSameBytes(withoutAcquireRelease(generated()), Disassembler.DEFAULT);
    }

    private void assertSameBytes(Program p, Disassembler d) throws Exception {
        assertTrue(p.size() > 3000, "a few thousand instructions");
        byte[] expected = Encoder.encode(p);
        byte[] actual = LlvmTools.assemble(d.asm(p), dir);
        if (!java.util.Arrays.equals(expected, actual)) {
            List<LlvmText> texts = d.texts(p);
            for (int i = 0; i < p.size(); i++) {
                int at = p.slotOf(i) * 8;
                int len = p.insn(i).slots() * 8;
                if (actual.length < at + len || !java.util.Arrays.equals(expected, at, at + len, actual, at, at + len)) {
                    fail("slot " + p.slotOf(i) + ": " + p.insn(i) + " printed as '" + texts.get(i).asm()
                            + "' assembles to other bytes");
                }
            }
            assertEquals(expected.length, actual.length, "length of .text");
        }
    }

    @Test
    void llvmObjdumpPrintsOurBytesAsWePrintThem() throws Exception {
        Program p = generated();
        List<String> objdump = LlvmTools.objdump(Encoder.encode(p), dir);
        LlvmPrinter hex = LlvmPrinter.DEFAULT.withRadix(Radix.HEX);
        int compared = 0;
        for (int i = 0; i < p.size(); i++) {
            Insn insn = p.insn(i);
            String theirs = objdump.get(p.slotOf(i));
            String expected = asLlvm19Decodes(insn, hex);
            assertEquals(normalise(expected), normalise(theirs), "slot " + p.slotOf(i) + ": " + insn);
            compared++;
        }
        assertEquals(p.size(), compared);
    }

    @Test
    void llvmObjdumpsTextDecodesToTheSameInstructions() throws Exception {
        // The check, taken literally: what llvm-objdump-19 prints for our bytes goes
        // back through llvm-mc-19 to the same bytes, for every instruction LLVM 19 has syntax
        // for (the others, which objdump prints lossily, stay raw words).
        Program p = generated();
        byte[] bytes = Encoder.encode(p);
        List<String> objdump = LlvmTools.objdump(bytes, dir);
        LlvmPrinter only19 = LlvmPrinter.DEFAULT.withLlvm19(true);
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < p.size(); i++) {
            LlvmText ours = only19.text(p.insn(i));
            String line = ours instanceof LlvmText.Syntax ? withoutAnnotation(objdump.get(p.slotOf(i))) : ours.asm();
            src.append('\t').append(line).append('\n');
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, LlvmTools.assemble(src.toString(), dir));
    }

    @Test
    void syntaxFormsPrintExactlyAsObjdumpDoes() throws Exception {
        // Per instruction, for the forms LLVM has syntax for: our hex text is objdump's text
        // (only its "<.text+0x..>" annotation and column whitespace differ).
        Program p = Program.of(new InsnGenerator(3).everyForm());
        List<String> objdump = LlvmTools.objdump(Encoder.encode(p), dir);
        LlvmPrinter hex = LlvmPrinter.DEFAULT.withRadix(Radix.HEX).withLlvm19(true);
        int syntax = 0;
        for (int i = 0; i < p.size(); i++) {
            if (hex.text(p.insn(i)) instanceof LlvmText.Syntax(String text)) {
                assertEquals(normalise(text), normalise(objdump.get(p.slotOf(i))), p.insn(i).toString());
                syntax++;
            }
        }
        assertTrue(syntax > 150, "forms with LLVM syntax compared: " + syntax);
    }

    /**
     * What llvm-objdump-19 prints for an instruction: ours where LLVM 19 has the syntax;
     * where it has none, the instruction LLVM 19's decoder takes the bytes for.
     */
    static String asLlvm19Decodes(Insn insn, LlvmPrinter hex) {
        Insn seen = switch (insn) {
            // ld_pseudo: LLVM decodes the first imm only.
            case Insn.LoadImm64(Reg dst, PseudoSrc src, long imm) when src != PseudoSrc.IMM64 ->
                    new Insn.LoadImm64(dst, src, imm & 0xffffffffL);
            // src 1 and 2 are not shown: a local or kfunc call prints as a helper call by imm.
            case Insn.CallLocal(Target.Offset(int off)) -> new Insn.Call(off);
            case Insn.CallKfunc(int btfId, int off) -> new Insn.Call(btfId);
            // skb[rN] has no displacement in LLVM: the imm is not shown.
            case Insn.LegacyLoad(Mode mode, Size size, Reg src, int imm) when mode == Mode.IND ->
                    new Insn.LegacyLoad(mode, size, src, 0);
            // LLVM 19 has no acquire/release: its decoder looks at the low byte of imm only, so
            // a 32/64-bit load-acquire (0x100) passes for "lock ... +=" (0x00); it knows no
            // store-release (0x10) and no 8/16-bit atomics.
            case Insn.Atomic a when a.op().isAcquireRelease() ->
                    a.op() == AtomicOp.LOAD_ACQUIRE && (a.size() == Size.W || a.size() == Size.DW)
                            ? new Insn.Atomic(a.size(), AtomicOp.ADD, a.dst(), a.src(), a.off())
                            : null;
            default -> insn;
        };
        return seen == null ? "<unknown>" : hex.text(seen).readable();
    }

    /** Drops objdump's {@code <.text+0x18>} target annotation and column whitespace. */
    static String normalise(String s) {
        return s == null ? null : withoutAnnotation(s).replaceAll("\\s+", " ").trim();
    }

    static String withoutAnnotation(String s) {
        return s.replaceAll("(?<=\\S)\\s+<[^<>]*>$", "");
    }
}
