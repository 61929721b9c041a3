package io.bpflab.asm;

import io.bpflab.isa.elf.BpfObject;
import io.bpflab.isa.elf.ElfSection;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line and frame tables' errors, with llvm-mc-19's meaning, and the facts of their
 * layout that a reader of the object relies on (the bytes themselves are checked against
 * llvm-mc-19's in LlvmObjectTest, testdata/asm/debug).
 */
class DwarfTablesTest {

    private static String errors(String src) {
        Assembly a = Assembler.assemble(src, "d.s", Dialect.LLVM);
        assertFalse(a.ok(), "expected errors in:\n" + src);
        return a.formatDiagnostics();
    }

    private static BpfObject object(String src) {
        Assembly a = Assembler.assemble(src, "d.s", Dialect.LLVM);
        assertTrue(a.ok(), a.formatDiagnostics());
        return a.object();
    }

    @Test
    void locNeedsAnAssignedFile() {
        assertTrue(errors(".loc 1 2 3\nexit\n").startsWith("d.s:1:6: error: unassigned file number in '.loc' directive"));
        // File 0 is the DWARF 5 root file: only a .file 0 makes it (llvm-mc's default is DWARF 4).
        assertTrue(errors(".file 1 \"/s\" \"a.c\"\n.loc 0 2 3\nexit\n")
                .startsWith("d.s:2:6: error: unassigned file number in '.loc' directive"));
    }

    @Test
    void fileAndLocOperands() {
        assertTrue(errors(".file 1 \"a.c\"\n.file 1 \"b.c\"\n").contains("d.s:2:7: error: file number already allocated"));
        assertTrue(errors(".file 1 \"a.c\" md5 12\n").contains("MD5 checksum must be a hex number"));
        assertTrue(errors(".file\n").contains("expected a file number or a file name in quotes"));
        assertTrue(errors(".file 1 \"a.c\"\n.loc 1 2 3 is_stmt 2\n").contains("d.s:2:20: error: is_stmt value not 0 or 1"));
        assertTrue(errors(".file 1 \"a.c\"\n.loc 1 2 3 hot\n").contains("d.s:2:12: error: unknown sub-directive in '.loc' directive"));
    }

    @Test
    void framesMustNestAndEnd() {
        assertTrue(errors(".cfi_endproc\n").contains(
                "d.s:1:1: error: this directive must appear between .cfi_startproc and .cfi_endproc directives"));
        assertTrue(errors(".cfi_startproc\n.cfi_startproc\n").contains(
                "d.s:2:1: error: starting new .cfi frame before finishing the previous one"));
        assertTrue(errors("f:\n.cfi_startproc\nexit\n").contains("error: unfinished frame"));
        assertTrue(errors(".cfi_sections .text\n").contains("expected .eh_frame or .debug_frame"));
        assertTrue(errors(".cfi_startproc\n.cfi_def_cfa_offset 16\n.cfi_endproc\n").contains("'.cfi_def_cfa_offset' is not supported"));
    }

    @Test
    void noTablesWithoutTheirDirectives() {
        BpfObject o = object(".file \"x.c\"\nr0 = 0\nexit\n");
        assertTrue(o.section(".debug_line").isEmpty());
        assertTrue(o.section(".eh_frame").isEmpty());
        o = object(".cfi_sections\nf:\n.cfi_startproc\nexit\n.cfi_endproc\n");
        assertTrue(o.section(".eh_frame").isEmpty() && o.section(".debug_frame").isEmpty());
    }

    @Test
    void lineTableRowsFollowTheLocs() {
        BpfObject o = object("""
                .file 0 "/src" "a.c"
                .text
                .loc 0 4 2
                r0 = 0
                .loc 0 5 2 prologue_end
                exit
                """);
        ElfSection line = o.section(".debug_line").orElseThrow();
        byte[] d = line.data();
        // unit length, then DWARF version 5 (raised by .file 0)
        assertEquals(d.length - 4, (d[0] & 0xff) | (d[1] & 0xff) << 8);
        assertEquals(5, d[4]);
        // The program: set_file 0, set_column 2, set_address 0 (relocated), special opcode line+3;
        // prologue_end, special opcode line+1 slot+1; advance_pc 1, end_sequence.
        String program = java.util.HexFormat.of().formatHex(java.util.Arrays.copyOfRange(d, d.length - 23, d.length));
        assertEquals("0400" + "0502" + "000902" + "0000000000000000" + "15" + "0a" + "21" + "0201" + "000101", program);
        assertEquals(3, line.relocations().size(), "two .debug_line_str paths and one address");
        assertEquals(".debug_line_str", o.sections().getLast().name());
    }
}
