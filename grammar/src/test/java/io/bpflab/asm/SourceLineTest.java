package io.bpflab.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link Assembly#sourceLine}: the line each instruction slot came from. */
class SourceLineTest {

    @Test
    void everyInstructionKnowsItsLineAndLddwTakesTwoSlots() {
        Assembly a = Assembler.assemble("""
                ; a comment
                .section xdp
                r0 = 0
                r1 = 0x1122334455667788 ll

                exit
                """, "x.s", Dialect.LLVM);
        assertEquals(OptionalInt.of(3), a.sourceLine("xdp", 0));
        assertEquals(OptionalInt.of(4), a.sourceLine("xdp", 1));
        assertEquals(OptionalInt.empty(), a.sourceLine("xdp", 2), "the second half of an lddw");
        assertEquals(OptionalInt.of(6), a.sourceLine("xdp", 3));
        assertEquals(OptionalInt.empty(), a.sourceLine("xdp", 4));
        assertEquals(OptionalInt.empty(), a.sourceLine("tc", 0));
    }

    @Test
    void sectionsKeepTheirOwnSlotsAndSeveralInstructionsMayShareALine() {
        Assembly a = Assembler.assemble("""
                .section a
                r0 = 1; exit
                .section b
                r0 = 2
                exit
                """, "x.s", Dialect.LLVM);
        assertEquals(OptionalInt.of(2), a.sourceLine("a", 1));
        assertEquals(OptionalInt.of(4), a.sourceLine("b", 0));
        assertEquals(OptionalInt.of(5), a.sourceLine("b", 1));
    }

    @Test
    void theConformanceDialectToo() {
        Assembly a = Assembler.assemble("mov %r0, 1\n\nexit\n", "x.s", Dialect.CONFORMANCE);
        String section = a.programSection().orElseThrow();
        assertEquals(OptionalInt.of(3), a.sourceLine(section, 1));
    }
}
