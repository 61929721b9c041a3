package io.bpflab.vm;

import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.Program;
import io.bpflab.isa.SourceLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepTracerTest {

    private static Program asm(String src) {
        Assembly a = Assembler.assemble(src, "t.s", Dialect.LLVM);
        assertTrue(a.ok(), a.formatDiagnostics());
        return a.program();
    }

    private static List<TraceStep> trace(Program p, SourceLines lines) {
        Vm vm = Vm.linux();
        List<TraceStep> steps = new ArrayList<>();
        vm.tracer(new StepTracer(vm, p, lines) {
            @Override
            protected void onStep(TraceStep s) {
                steps.add(s);
            }
        });
        vm.run(vm.load(p, "t"), 0, 0, null);
        return steps;
    }

    @Test
    void storesNameTheirStackSlotAndValue() {
        List<TraceStep> s = trace(asm("r1 = 0x1234\n*(u32 *)(r10 - 8) = r1\n*(u8 *)(r10 - 1) = 7\nr0 = 0\nexit\n"), SourceLines.NONE);
        assertEquals(5, s.size());
        assertEquals(List.of(), s.get(1).regs());
        TraceStep.MemChange m = s.get(1).mem().getFirst();
        assertEquals("fp-8", m.where());
        assertEquals("0x1234", m.valueText());
        assertArrayEquals(new byte[4], m.before());
        assertEquals("fp-1", s.get(2).mem().getFirst().where());
        assertEquals("0x7", s.get(2).mem().getFirst().valueText());
        assertEquals(5, s.get(4).seq());
    }

    @Test
    void helperWritesIntoTheFrameAreFound() {
        // bpf_get_current_comm(r10 - 16, 16) writes the task's name into the stack.
        List<TraceStep> s = trace(asm("r1 = r10\nr1 += -16\nr2 = 16\ncall bpf_get_current_comm\nexit\n"), SourceLines.NONE);
        TraceStep call = s.get(3);
        assertFalse(call.mem().isEmpty(), "the helper wrote the comm");
        assertEquals("fp-16", call.mem().getFirst().where());
        byte[] comm = call.mem().getFirst().after();
        assertTrue(comm.length > 0 && comm.length <= 16 && comm[0] != 0, "the comm's bytes: " + call.mem());
    }

    @Test
    void subprogramStepsCarryTheirDepthAndTheTextTraceIndents() {
        Program p = asm("call f\nexit\nf:\nr0 = 1\nexit\n");
        List<TraceStep> s = trace(p, SourceLines.NONE);
        assertEquals(List.of(0, 1, 1, 0), s.stream().map(TraceStep::depth).toList());
        StringWriter w = new StringWriter();
        Vm vm = Vm.linux();
        vm.tracer(new TextTracer(new PrintWriter(w), vm, p,
                new SourceLines(Map.of(0, new SourceLines.Line("t.c", 3, "  return f();"), 2, new SourceLines.Line("t.c", 7, "  return 1;")),
                        Map.of(2, "f"))));
        vm.run(vm.load(p, "t"), 0, 0, null);
        assertEquals("""
                ; t.c:3: return f();
                    0: call f                                ; r10 = 0x200000200 (fp)
                  ; in f()
                  ; t.c:7: return 1;
                      2: r0 = 1                              ; r0 = 0x1
                      3: exit                                ; r10 = 0x100000200 (fp)
                ; t.c:3: return f();
                    1: exit
                """, w.toString());
    }

    @Test
    void sourceLinesFindInstructionsByFileAndLine() {
        SourceLines l = new SourceLines(Map.of(0, new SourceLines.Line("src/a.c", 3, "x"), 4, new SourceLines.Line("src/a.c", 5, "y"),
                9, new SourceLines.Line("src/a.c", 3, "x")));
        assertEquals(List.of(0, 9), l.indexesOf("a.c", 3));
        assertEquals(List.of(0, 9), l.indexesOf("src/a.c", 3));
        assertEquals(List.of(), l.indexesOf("b.c", 3));
        assertEquals(5, l.at(7).orElseThrow().line());
        assertTrue(l.startingAt(7).isEmpty());
        assertEquals("src/a.c:5: y", l.at(4).orElseThrow().toString());
    }
}
