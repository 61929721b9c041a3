package io.bpflab.cli;

import io.bpflab.isa.Program;
import io.bpflab.isa.disasm.Disassembler;
import io.bpflab.verifier.ControlFlowGraph;
import java.util.List;
import java.util.Map;

/** The control-flow graph as Graphviz DOT: {@code dot -Tsvg} draws it where Graphviz is installed. */
final class CfgDot {

    private CfgDot() {
    }

    static String render(ControlFlowGraph g, String name) {
        Program p = g.program();
        StringBuilder sb = new StringBuilder("digraph ").append(quote(name)).append(" {\n");
        sb.append("  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
        sb.append("  edge [fontname=\"sans-serif\", fontsize=9];\n");
        for (ControlFlowGraph.Subprogram s : g.subprograms()) {
            sb.append("  subgraph cluster_").append(s.id()).append(" {\n");
            sb.append("    label=").append(quote(subprogramName(p, s))).append(";\n");
            for (int b : s.blocks()) {
                sb.append("    b").append(b).append(" [label=").append(quote(blockText(p, g.blocks().get(b), "\\l"))).append("];\n");
            }
            sb.append("  }\n");
        }
        for (ControlFlowGraph.Edge e : g.edges()) {
            sb.append("  b").append(e.from()).append(" -> b").append(e.to()).append(" [label=").append(quote(e.kind().label()));
            switch (e.kind()) {
                case TAKEN -> sb.append(", color=\"#2e7d32\"");
                case FALLTHROUGH -> sb.append(", color=\"#c62828\"");
                case CALL -> sb.append(", style=dashed, color=\"#1565c0\"");
                case RETURN -> sb.append(", style=dotted");
                case JUMP -> {
                }
            }
            sb.append("];\n");
        }
        return sb.append("}\n").toString();
    }

    /** The subprogram's label at its entry, else {@code subprog@N} (N its first slot), the main one {@code main}. */
    static String subprogramName(Program p, ControlFlowGraph.Subprogram s) {
        List<String> labels = p.labelsByIndex().getOrDefault(s.entry(), List.of());
        String slot = "insn " + p.slotOf(s.entry());
        if (!labels.isEmpty()) {
            return labels.getFirst() + " (" + slot + ")";
        }
        return (s.id() == 0 ? "main" : "subprog") + " (" + slot + ")";
    }

    /** One line per instruction, {@code slot: text}, with label lines, each ended by {@code eol}. */
    static String blockText(Program p, ControlFlowGraph.Block b, String eol) {
        Map<Integer, List<String>> labels = p.labelsByIndex();
        StringBuilder sb = new StringBuilder();
        for (int i = b.first(); i <= b.last(); i++) {
            if (i > b.first() || b.first() != 0) {
                for (String l : labels.getOrDefault(i, List.of())) {
                    sb.append(l).append(':').append(eol);
                }
            }
            sb.append(p.slotOf(i)).append(": ").append(Disassembler.text(p.insn(i)).replace('\t', ' ')).append(eol);
        }
        return sb.toString();
    }

    private static String quote(String s) {
        // DOT's escString: \l (left-justified line end) stays as written.
        return "\"" + s.replace("\\", "\\\\").replace("\\\\l", "\\l").replace("\"", "\\\"") + "\"";
    }
}
