package io.bpflab.cli;

import io.bpflab.isa.Program;
import io.bpflab.verifier.ControlFlowGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The control-flow graph as a self-contained SVG, laid out here rather than by Graphviz:
 * blocks in program order, one column per program with a frame per subprogram, fallthrough
 * and return edges as short arrows straight down, jumps in lanes to the right (a lane per
 * overlapping span, so arcs never cross a block) and calls in lanes to the left. Program order
 * is how eBPF is read (the kernel's log and every disassembler print it so), and the layout
 * needs no tool a student may lack.
 */
final class CfgSvg {

    private static final double CHAR = 7.2;
    private static final int LINE = 15;
    private static final int PAD = 6;
    private static final int GAP = 30;
    private static final int LANE = 14;
    private static final int HEADER = 24;

    private CfgSvg() {
    }

    private record Box(double x, double y, double w, double h) {
        double bottom() {
            return y + h;
        }

        double right() {
            return x + w;
        }
    }

    static String render(ControlFlowGraph g, String name) {
        Program p = g.program();
        List<ControlFlowGraph.Block> blocks = g.blocks();
        Map<Integer, String[]> text = new HashMap<>();
        int widest = 20;
        for (ControlFlowGraph.Block b : blocks) {
            String[] lines = CfgDot.blockText(p, b, "\n").split("\n");
            text.put(b.id(), lines);
            for (String l : lines) {
                widest = Math.max(widest, l.length());
            }
        }
        List<ControlFlowGraph.Edge> calls = g.edges().stream().filter(e -> e.kind() == ControlFlowGraph.EdgeKind.CALL).toList();
        List<ControlFlowGraph.Edge> jumps = g.edges().stream().filter(e -> !adjacent(e) && e.kind() != ControlFlowGraph.EdgeKind.CALL).toList();
        Map<ControlFlowGraph.Edge, Integer> jumpLane = lanes(jumps);
        Map<ControlFlowGraph.Edge, Integer> callLane = lanes(calls);
        int leftLanes = callLane.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        int rightLanes = jumpLane.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        double x0 = 30 + leftLanes * LANE + 10;
        double w = widest * CHAR + 2 * PAD;
        Map<Integer, Box> box = new HashMap<>();
        List<double[]> frames = new ArrayList<>();
        List<String> frameNames = new ArrayList<>();
        double y = 40;
        for (ControlFlowGraph.Subprogram s : g.subprograms()) {
            double top = y;
            y += HEADER;
            for (int b : s.blocks()) {
                double h = text.get(b).length * LINE + 2 * PAD;
                box.put(b, new Box(x0, y, w, h));
                y += h + GAP;
            }
            frames.add(new double[] {x0 - 12, top, w + 24, y - GAP + 12 - top});
            frameNames.add(CfgDot.subprogramName(p, s));
            y += 20;
        }
        double width = x0 + w + 20 + rightLanes * LANE + 80;
        double height = y + 10;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-size=\"12\">%n",
                width, height, width, height));
        sb.append("<title>").append(esc("control-flow graph of " + name)).append("</title>\n");
        sb.append("<defs>\n");
        for (ControlFlowGraph.EdgeKind k : ControlFlowGraph.EdgeKind.values()) {
            sb.append(String.format("<marker id=\"arrow-%s\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker>%n",
                    k.label(), color(k)));
        }
        sb.append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append("<text x=\"").append(x0 - 12).append("\" y=\"22\" font-family=\"sans-serif\" font-size=\"14\" font-weight=\"bold\">")
                .append(esc(name)).append("</text>\n");
        for (int k = 0; k < frames.size(); k++) {
            double[] f = frames.get(k);
            sb.append(String.format("<g class=\"subprogram\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"#f5f7fa\" stroke=\"#90a4ae\" stroke-dasharray=\"4 3\"/>",
                    f[0], f[1], f[2], f[3]));
            sb.append(String.format("<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" fill=\"#455a64\">%s</text></g>%n",
                    f[0] + 8, f[1] + 16, esc(frameNames.get(k))));
        }
        for (ControlFlowGraph.Block b : blocks) {
            Box r = box.get(b.id());
            sb.append(String.format("<g class=\"block\" id=\"b%d\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#ffffff\" stroke=\"#37474f\"/>",
                    b.id(), r.x(), r.y(), r.w(), r.h()));
            String[] lines = text.get(b.id());
            for (int k = 0; k < lines.length; k++) {
                sb.append(String.format("<text x=\"%.1f\" y=\"%.1f\" font-family=\"monospace\" xml:space=\"preserve\">%s</text>",
                        r.x() + PAD, r.y() + PAD + (k + 1) * LINE - 4, esc(lines[k])));
            }
            sb.append("</g>\n");
        }
        for (ControlFlowGraph.Edge e : g.edges()) {
            Box from = box.get(e.from());
            Box to = box.get(e.to());
            String c = color(e.kind());
            String dash = e.kind() == ControlFlowGraph.EdgeKind.CALL ? " stroke-dasharray=\"6 3\""
                    : e.kind() == ControlFlowGraph.EdgeKind.RETURN ? " stroke-dasharray=\"2 3\"" : "";
            String path;
            double lx;
            double ly;
            if (adjacent(e)) {
                double x = from.x() + from.w() / 2;
                path = String.format("M%.1f,%.1f L%.1f,%.1f", x, from.bottom(), x, to.y());
                lx = x + 6;
                ly = from.bottom() + GAP / 2.0 + 4;
            } else if (e.kind() == ControlFlowGraph.EdgeKind.CALL) {
                double lane = from.x() - 12 - (callLane.get(e) + 1) * LANE;
                double ys = from.bottom() - 8;
                double yt = to.y() + 8;
                path = String.format("M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f L%.1f,%.1f", from.x(), ys, lane, ys, lane, yt, to.x(), yt);
                lx = lane + 3;
                ly = (ys + yt) / 2;
            } else {
                double lane = from.right() + 12 + (jumpLane.get(e) + 1) * LANE;
                double ys = from.bottom() - 8;
                double yt = to.y() + 8;
                path = String.format("M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f L%.1f,%.1f", from.right(), ys, lane, ys, lane, yt, to.right(), yt);
                lx = from.right() + 4;
                ly = ys - 3;
            }
            sb.append(String.format("<g class=\"edge %s\" data-from=\"b%d\" data-to=\"b%d\"><path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.4\"%s marker-end=\"url(#arrow-%s)\"/>",
                    e.kind().label(), e.from(), e.to(), path, c, dash, e.kind().label()));
            sb.append(String.format("<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" font-size=\"10\" fill=\"%s\">%s</text></g>%n",
                    lx, ly, c, e.kind().label()));
        }
        return sb.append("</svg>\n").toString();
    }

    /** Edges from a block to the one right below it: drawn straight down. */
    private static boolean adjacent(ControlFlowGraph.Edge e) {
        return e.to() == e.from() + 1
                && (e.kind() == ControlFlowGraph.EdgeKind.FALLTHROUGH || e.kind() == ControlFlowGraph.EdgeKind.RETURN);
    }

    /** Interval-graph colouring: each edge the first lane free over its span of blocks. */
    private static Map<ControlFlowGraph.Edge, Integer> lanes(List<ControlFlowGraph.Edge> edges) {
        List<ControlFlowGraph.Edge> sorted = new ArrayList<>(edges);
        sorted.sort((a, b) -> Integer.compare(span(a), span(b)));
        Map<ControlFlowGraph.Edge, Integer> lane = new HashMap<>();
        for (ControlFlowGraph.Edge e : sorted) {
            int l = 0;
            boolean clash = true;
            while (clash) {
                clash = false;
                for (var other : lane.entrySet()) {
                    if (other.getValue() == l && overlaps(e, other.getKey())) {
                        clash = true;
                        l++;
                        break;
                    }
                }
            }
            lane.put(e, l);
        }
        return lane;
    }

    private static int span(ControlFlowGraph.Edge e) {
        return Math.abs(e.to() - e.from());
    }

    private static boolean overlaps(ControlFlowGraph.Edge a, ControlFlowGraph.Edge b) {
        int a0 = Math.min(a.from(), a.to());
        int a1 = Math.max(a.from(), a.to());
        int b0 = Math.min(b.from(), b.to());
        int b1 = Math.max(b.from(), b.to());
        return a0 <= b1 && b0 <= a1;
    }

    private static String color(ControlFlowGraph.EdgeKind k) {
        return switch (k) {
            case TAKEN -> "#2e7d32";
            case FALLTHROUGH -> "#c62828";
            case JUMP -> "#37474f";
            case CALL -> "#1565c0";
            case RETURN -> "#6d4c41";
        };
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
