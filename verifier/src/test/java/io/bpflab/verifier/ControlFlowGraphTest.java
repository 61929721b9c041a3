package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.verifier.ControlFlowGraph.Block;
import io.bpflab.verifier.ControlFlowGraph.Edge;
import io.bpflab.verifier.ControlFlowGraph.EdgeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlFlowGraphTest {

    private static ControlFlowGraph cfg(String src) {
        Assembly a = Assembler.assemble(src, "t.s", Dialect.LLVM);
        assertTrue(a.ok(), a.formatDiagnostics());
        return ControlFlowGraph.of(a.program());
    }

    @Test
    void conditionalJumpsHaveTakenAndFallthroughEdges() {
        ControlFlowGraph g = cfg("""
                r0 = 0
                if r1 > 5 goto big
                r0 = 1
                goto out
                big:
                r0 = 2
                out:
                exit
                """);
        assertEquals(List.of(new Block(0, 0, 0, 1), new Block(1, 0, 2, 3), new Block(2, 0, 4, 4), new Block(3, 0, 5, 5)), g.blocks());
        assertEquals(List.of(new Edge(0, 2, EdgeKind.TAKEN), new Edge(0, 1, EdgeKind.FALLTHROUGH), new Edge(1, 3, EdgeKind.JUMP),
                new Edge(2, 3, EdgeKind.FALLTHROUGH)), g.edges());
        assertEquals(2, g.blockOf(4).id());
    }

    @Test
    void loopsHaveBackEdgesAndLddwCountsAsOneInstruction() {
        ControlFlowGraph g = cfg("""
                r1 = 0x100000000 ll
                r0 = 0
                loop:
                r0 += 1
                if r0 < 10 goto loop
                exit
                """);
        assertEquals(List.of(new Block(0, 0, 0, 1), new Block(1, 0, 2, 3), new Block(2, 0, 4, 4)), g.blocks());
        assertTrue(g.edges().contains(new Edge(1, 1, EdgeKind.TAKEN)), g.edges().toString());
        assertEquals(5, g.program().slotOf(4));
    }

    @Test
    void subprogramsAreSeparateWithCallAndReturnEdges() {
        ControlFlowGraph g = cfg("""
                call f
                exit
                f:
                if r1 == 0 goto z
                r0 = 1
                exit
                z:
                r0 = 0
                exit
                """);
        assertEquals(2, g.subprograms().size());
        assertEquals(2, g.subprograms().get(1).entry());
        assertEquals(List.of(2, 3, 4), g.subprograms().get(1).blocks());
        assertTrue(g.edges().contains(new Edge(0, 2, EdgeKind.CALL)));
        assertTrue(g.edges().contains(new Edge(0, 1, EdgeKind.RETURN)));
        assertFalse(g.edges().stream().anyMatch(e -> e.from() == 1), "exit ends a block without successors");
    }
}
