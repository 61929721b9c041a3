package io.bpflab.vm;

import io.bpflab.isa.SourceLines;
import io.bpflab.isa.disasm.Disassembler;
import java.io.PrintWriter;

/**
 * {@code bpflab run --trace}: one line per executed instruction, its slot, its LLVM text,
 * and the registers and memory it changed with their new values (and what a new value points
 * to, see {@link Addresses}):
 * {@code     3: r0 += r1                 ; r0 = 0x5} or
 * {@code     4: *(u64 *)(r10 - 8) = r0    ; fp-8 = 0x5}. Frames deeper than the entry
 * function are indented by two spaces per level. When the program carries line info, the
 * source line is printed as a {@code ; file:line: text} line before the first instruction
 * of each line (unless it is the instruction's own text), and a subprogram's first
 * instruction is preceded by {@code ; in NAME()}.
 */
public final class TextTracer extends StepTracer {

    private final PrintWriter out;
    private SourceLines.Line shown;

    /** Traces to {@code out}; {@code lines} are the source lines of {@code program}, the one being run. */
    public TextTracer(PrintWriter out, Vm vm, io.bpflab.isa.Program program, SourceLines lines) {
        super(vm, program, lines);
        this.out = out;
    }

    @Override
    protected void onStep(TraceStep s) {
        String indent = "  ".repeat(s.depth());
        // a subprogram's first instruction names the frame, as the kernel's log does with "func#N"
        s.entered().ifPresent(f -> out.println(indent + "; in " + f + "()"));
        if (s.source().isPresent() && (!s.source().get().equals(shown) || s.entered().isPresent())) {
            shown = s.source().get();
            // An assembly source line that reads as the instruction itself would only repeat it.
            if (!sameText(shown.text(), Disassembler.text(s.insn()))) {
                out.println(indent + "; " + shown.display());
            }
        }
        out.println(indent + format(s));
    }

    @Override
    protected void onExit(long[] regs) {
        out.flush();
    }

    private static boolean sameText(String source, String insn) {
        String a = source.replaceAll("[;#].*|//.*", "").replaceAll("^\\s*\\w+:", "").replaceAll("\\s+", "");
        return a.equals(insn.replaceAll("\\s+", ""));
    }

    /** The line of one step without indentation: {@code slot: text ; changes}. */
    public static String format(TraceStep s) {
        StringBuilder line = new StringBuilder(String.format("%5d: %s", s.slot(), Disassembler.text(s.insn())));
        String changes = changes(s);
        if (!changes.isEmpty()) {
            while (line.length() < 44 - 2 * s.depth()) {
                line.append(' ');
            }
            line.append(" ; ").append(changes);
        }
        return line.toString();
    }

    /** {@code r0 = 0x5, fp-8 = 0x5}: what the step changed. */
    public static String changes(TraceStep s) {
        StringBuilder c = new StringBuilder();
        for (TraceStep.RegChange r : s.regs()) {
            c.append(c.isEmpty() ? "" : ", ").append('r').append(r.reg()).append(" = 0x").append(Long.toHexString(r.after()));
            if (!r.points().isEmpty()) {
                c.append(" (").append(r.points()).append(')');
            }
        }
        for (TraceStep.MemChange m : s.mem()) {
            c.append(c.isEmpty() ? "" : ", ").append(m.where()).append(" = ").append(m.valueText());
        }
        return c.toString();
    }
}
