package io.bpflab.asm;

import io.bpflab.isa.Insn;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataFileTest {

    @Test
    void readsEverySection() {
        DataFile f = DataFile.parse("""
                # Copyright
                -- asm
                mov %r0, 1 # one
                exit
                -- mem
                00 01 02 ff
                -- result
                0x1
                -- type
                xdp
                -- verifier
                reject
                invalid mem access
                """, "t.data");
        assertTrue(f.ok(), f.diagnostics().toString());
        assertEquals(2, f.program().size());
        assertArrayEquals(new byte[]{0, 1, 2, (byte) 0xff}, f.mem());
        assertEquals(1, f.expectedResult().getAsLong());
        assertTrue(f.expectedError().isEmpty());
        assertEquals("xdp\n", f.sections().get("type"));
        assertEquals("reject\ninvalid mem access\n", f.sections().get("verifier"));
        assertEquals(3, f.sectionLine("asm"));
    }

    @Test
    void rawWordsWinOverAsm() {
        DataFile f = DataFile.parse("""
                -- asm
                mov %r0, 2
                exit
                -- raw
                0x00000001000000b7
                0x0000000000000095
                -- result
                0xffffffffffffffff
                """, "t.data");
        assertTrue(f.ok(), f.diagnostics().toString());
        assertEquals(new Insn.AluImm(io.bpflab.isa.Width.W64, io.bpflab.isa.AluOp.MOV, io.bpflab.isa.Reg.R0, 1), f.program().insn(0));
        assertEquals(-1L, f.expectedResult().getAsLong());
        assertEquals(2, f.raw().orElseThrow().length);
    }

    @Test
    void asmErrorsKeepTheLineNumbersOfTheDataFile() {
        DataFile f = DataFile.parse("""
                # header
                -- asm
                mov %r0, 1
                bogus %r0
                -- result
                0
                -- error
                some error
                """, "t.data");
        assertFalse(f.ok());
        assertEquals(4, f.diagnostics().getFirst().line());
        assertEquals("some error", f.expectedError().orElseThrow());
    }
}
