package io.bpflab.vm;

import io.bpflab.isa.disasm.Disassembler;
import java.io.PrintWriter;

/**
 * {@code bpflab run --trace}: one line per executed instruction, its slot, its LLVM text,
 * and the registers it changed with their new values:
 * {@code     3: r0 += r1                 ; r0 = 0x5}. Frames deeper than the entry
 * function are indented by two spaces per level.
 */
public final class TextTracer implements Tracer {

    private final PrintWriter out;
    private final java.util.function.BiFunction<Executable, Integer, String> source;
    private String lastSource;
    private final long[] before = new long[11];
    private Executable prevExe;
    private int prevIndex = -1;
    private int prevDepth;

    public TextTracer(PrintWriter out) {
        this(out, (x, slot) -> null);
    }

    /**
     * A tracer that also prints, before an instruction, the source line it starts (as the
     * kernel's verifier log prints line_info): {@code source} gives the text (one or more
     * lines) for a program and slot, or null where no new line starts.
     */
    public TextTracer(PrintWriter out, java.util.function.BiFunction<Executable, Integer, String> source) {
        this.out = out;
        this.source = source;
    }

    @Override
    public void step(Executable x, int index, long[] regs, int depth) {
        flush(regs);
        prevExe = x;
        prevIndex = index;
        prevDepth = depth;
        System.arraycopy(regs, 0, before, 0, 11);
    }

    @Override
    public void exit(long[] regs) {
        flush(regs);
        prevIndex = -1;
        out.flush();
    }

    private void flush(long[] regs) {
        if (prevIndex < 0) {
            return;
        }
        String src = source.apply(prevExe, prevExe.slots[prevIndex]);
        if (src != null && !src.equals(lastSource)) {
            for (String l : src.split("\n")) {
                out.println("  ".repeat(prevDepth) + "; " + l);
            }
            lastSource = src;
        }
        StringBuilder line = new StringBuilder();
        line.append("  ".repeat(prevDepth));
        line.append(String.format("%5d: %s", prevExe.slots[prevIndex], Disassembler.text(prevExe.program.insn(prevIndex))));
        StringBuilder changed = new StringBuilder();
        for (int r = 0; r < 11; r++) {
            if (regs[r] != before[r]) {
                changed.append(changed.isEmpty() ? "" : ", ").append('r').append(r).append(" = 0x").append(Long.toHexString(regs[r]));
            }
        }
        if (!changed.isEmpty()) {
            while (line.length() < 44) {
                line.append(' ');
            }
            line.append(" ; ").append(changed);
        }
        out.println(line);
        prevIndex = -1;
    }
}
