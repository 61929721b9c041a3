package io.bpflab.asm;

import io.bpflab.isa.elf.BpfObject;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data over labels defined later: LEB128 relaxation and llvm-mc-19's fixups of 1- and
 * 2-byte values (testdata/asm/directives/forward-data.s has the bytes of every case
 * against llvm-mc-19; these pin the rules one by one).
 */
class ForwardDataTest {

    private static String data(String src) {
        Assembly a = Assembler.assemble(src, "f.s", Dialect.LLVM);
        assertTrue(a.ok(), a.formatDiagnostics());
        BpfObject o = a.object();
        return HexFormat.of().formatHex(o.section(".data").orElseThrow().data());
    }

    @Test
    void lebOverLabelsDefinedLater() {
        // 200 needs two bytes; -200 too; the .long is fixed up to the same value.
        assertEquals("c801" + "b87e" + "c8000000", data(".data\n.uleb128 .Lb-.La\n.sleb128 .La-.Lb\n.long .Lb-.La\n.La:\n.zero 200\n.Lb:\n")
                .substring(0, 16));
    }

    @Test
    void lebSizesSettleOverSeveralPasses() {
        // Each value's size moves the labels the other one measures: 127 + 2 bytes of the second LEB.
        String d = data(".data\n.La:\n.uleb128 .Lc-.La\n.Lb:\n.uleb128 .Lc-.Lb\n.zero 126\n.Lc:\n");
        assertEquals("8101" + "7f", d.substring(0, 6));
    }

    @Test
    void lebKeepsItsSizeWhenItsValueShrinks() {
        assertEquals("7e05", data(".data\n.uleb128 .Lb - .La\n.uleb128 .Lq - .Lp\n.La:\n.zero 125\n.p2align 2\n.Lb:\n.Lp:\n.zero 5\n.Lq:\n")
                .substring(0, 4));
        assertEquals("ff80808000", HexFormat.of().formatHex(SourceAssembler.leb(127, false, 5)));
        assertEquals("81ff7f", HexFormat.of().formatHex(SourceAssembler.leb(-127, true, 3)));
    }

    @Test
    void shortValuesFoldedAsReadAreWritten() {
        // Labels already defined, only data between: llvm folds these as it reads them.
        assertEquals("01" + "01" + "0100", data(".data\n.La:\n.byte 1\n.Lb:\n.byte .Lb-.La\n.short .Lb-.La\n"));
        // A .zero between still folds (llvm folds across fill fragments of known size).
        assertEquals("000000" + "03", data(".data\n.La:\n.zero 3\n.Lb:\n.byte .Lb-.La\n"));
    }

    @Test
    void shortValuesFixedUpAfterLayoutAreWrittenAsJumpOffsets() {
        // value 1: (1 - 8) / 8 unsigned is ...ffff, written 2 bytes after a .byte left zero.
        assertEquals("00" + "00ffff" + "0001", data(".data\n.byte .Lb-.La\n.byte 0,0,0,0\n.La:\n.byte 1\n.Lb:\n"));
        // Across an alignment: value 4 gives (4 - 8) / 8 = ...ffff too; value 24 gives 2.
        assertEquals("01000000" + "00" + "00ffff00", data(".data\n.La:\n.byte 1\n.p2align 2\n.Lb:\n.byte .Lb-.La\n.byte 0,0,0,0\n"));
        assertEquals("0000" + "0200", data(".data\n.short .Lb-.La\n.byte 0,0\n.La:\n.zero 24\n.Lb:\n").substring(0, 8));
        // The write stops at the end of the fragment (here the section).
        assertEquals("090000ff", data(".data\n.byte 9\n.short .Lb-.La\n.La:\n.byte 1\n.Lb:\n"));
    }

    @Test
    void errorsWithLlvmsMeaning() {
        Assembly a = Assembler.assemble(".data\n.uleb128 ext\n.byte .Lb-.La\n.La:\n.zero 300000\n.Lb:\n", "f.s", Dialect.LLVM);
        assertFalse(a.ok());
        String d = a.formatDiagnostics();
        assertTrue(d.contains("f.s:2:10: error: expected a constant expression, found symbol 'ext'"), d);
        assertTrue(d.contains("f.s:3:7: error: value 300000 of a label difference llvm-mc-19 fixes up after layout is out of its range"), d);
    }
}
