package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.RawInsn;
import io.bpflab.isa.Reg;
import org.junit.jupiter.api.Test;

class MapReferencesTest {

    private static byte[] encode(Insn... insns) throws Exception {
        return Encoder.encode(Program.of(insns));
    }

    @Test
    void mapIndexBecomesFd() throws Exception {
        byte[] code = encode(
                new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 1),
                new Insn.LoadImm64(Reg.R2, PseudoSrc.MAP_VALUE, 8L << 32),
                Insn.LoadImm64.of(Reg.R3, 1),
                new Insn.Exit());
        byte[] patched = MapReferences.patch(code, new int[] {40, 41});
        assertEquals(new RawInsn(0x18, 1, 1, (short) 0, 41), RawInsn.read(patched, 0));
        assertEquals(new RawInsn(0x18, 2, 2, (short) 0, 40), RawInsn.read(patched, 2));
        assertEquals(new RawInsn(0, 0, 0, (short) 0, 8), RawInsn.read(patched, 3), "value offset kept");
        assertEquals(new RawInsn(0x18, 3, 0, (short) 0, 1), RawInsn.read(patched, 4), "plain lddw untouched");
        assertEquals(1, RawInsn.read(code, 0).imm(), "input not modified");
    }

    @Test
    void secondSlotOfAnLddwIsNotAnInstruction() throws Exception {
        // the high half of 0x18_00000000 encodes as a slot whose opcode byte would be 0x18
        byte[] code = encode(Insn.LoadImm64.of(Reg.R1, 0x0000_0118_0000_0000L), new Insn.Exit());
        assertArrayEquals(code, MapReferences.patch(code, new int[0]));
    }

    @Test
    void undeclaredMapIsBadInputWithItsSlot() throws Exception {
        byte[] code = encode(new Insn.AluImm(io.bpflab.isa.Width.W64, io.bpflab.isa.AluOp.MOV, Reg.R0, 0),
                new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 2), new Insn.Exit());
        MapReferenceException e = assertThrows(MapReferenceException.class,
                () -> MapReferences.patch(code, new int[] {7, 8}));
        assertEquals(1, e.slot());
        assertEquals("insn 1: lddw refers to map 2 but the program declares 2 maps (0..1)", e.getMessage());
        byte[] noMaps = encode(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 0), new Insn.Exit());
        assertEquals("insn 0: lddw refers to map 0 but the program declares no maps",
                assertThrows(MapReferenceException.class, () -> MapReferences.patch(noMaps, new int[0]))
                        .getMessage());
    }

    @Test
    void fdArrayReferencesStayIndexes() throws Exception {
        byte[] code = encode(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_IDX, 0), new Insn.Exit());
        assertTrue(MapReferences.usesFdArray(code));
        assertArrayEquals(code, MapReferences.patch(code, new int[] {9}));
        assertFalse(MapReferences.usesFdArray(encode(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 0),
                new Insn.Exit())));
        assertThrows(MapReferenceException.class, () -> MapReferences.patch(code, new int[0]));
    }
}
