package io.bpflab.isa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static Stream<Insn> everyForm() {
        return new InsnGenerator(1).everyForm().stream();
    }

    @ParameterizedTest
    @MethodSource("everyForm")
    void everyFormEncodesDecodesAndEncodesAgain(Insn insn) throws Exception {
        // A lone jump or call needs somewhere to land: the exit after it.
        Program p = Program.of(insn, new Insn.Exit());
        byte[] bytes = Encoder.encode(p);
        assertEquals(p.slotCount() * 8, bytes.length);
        Program back = Decoder.decode(bytes);
        assertEquals(p.insns(), back.insns());
        assertArrayEquals(bytes, Encoder.encode(back));
    }

    @Test
    void everyOpcodeFormIsCovered() {
        // Distinct wire opcodes: ALU 12 ops x K/X x 2 classes (sdiv/smod, movsx and
        // addr_space_cast share opcodes) = 48, neg 2, end 3, conditional jumps 11 x 2 x 2 = 44,
        // ldx 4, ldsx 3, ld abs/ind 6, stx 4, st 4, atomic 4, lddw 1, ja/gotol/may_goto 3,
        // call 1, callx 1, exit 1: 129, every opcode the kernel's table has plus callx.
        long opcodes = everyForm().map(i -> Encoder.toRaw(i).getFirst().opcode()).distinct().count();
        assertEquals(129, opcodes);
    }

    @Test
    void randomProgramsRoundTrip() throws Exception {
        for (long seed = 0; seed < 200; seed++) {
            Program p = new InsnGenerator(seed).program(200);
            byte[] bytes = Encoder.encode(p);
            Program back = Decoder.decode(bytes);
            assertEquals(p.insns(), back.insns(), "seed " + seed);
            assertArrayEquals(bytes, Encoder.encode(back), "seed " + seed);
        }
    }

    @Test
    void labelsEncodeToOffsets() throws Exception {
        Program p = new Program(List.of(
                new Insn.JumpImm(Width.W64, JmpOp.JEQ, Reg.R1, 0, Target.label("out")),
                Insn.LoadImm64.of(Reg.R0, 0x1122334455667788L),
                new Insn.Ja(Target.label("top")),
                new Insn.Exit()), java.util.Map.of("top", 0, "out", 3));
        Program back = Decoder.decode(Encoder.encode(p));
        assertEquals(new Insn.JumpImm(Width.W64, JmpOp.JEQ, Reg.R1, 0, Target.offset(3)), back.insn(0));
        assertEquals(new Insn.Ja(Target.offset(-4)), back.insn(2));
        assertEquals(3, back.resolve(back.insn(0) instanceof Insn.JumpImm j ? j.target() : null, 0));
    }

    @Test
    void lddwSplitsItsImmediateAcrossTwoSlots() throws Exception {
        byte[] b = Encoder.encode(Program.of(Insn.LoadImm64.of(Reg.R0, 0x1122334455667788L), new Insn.Exit()));
        // The conformance suite's lddw.data gives these words.
        assertEquals(0x5566778800000018L, word(b, 0));
        assertEquals(0x1122334400000000L, word(b, 1));
        assertEquals(0x0000000000000095L, word(b, 2));
    }

    static long word(byte[] b, int slot) {
        return java.nio.ByteBuffer.wrap(b, slot * 8, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    }

    @Test
    void sectionsDecodeWithCallsThatALoaderWillLink() throws Exception {
        // clang's call to a function in .text: imm -1 + 4 until relocated, outside this section.
        byte[] code = java.util.HexFormat.of().parseHex("8510000003000000" + "9500000000000000");
        org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class, () -> Decoder.decode(code));
        Program p = Decoder.decodeSection(code);
        assertEquals(new Insn.CallLocal(Target.offset(3)), p.insn(0));
        assertArrayEquals(code, Encoder.encode(p));
    }
}
