package io.bpflab.cli;

import io.bpflab.isa.Program;
import io.bpflab.isa.disasm.Disassembler;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.verifier.ControlFlowGraph;
import io.bpflab.verifier.Hints;
import io.bpflab.verifier.PathExplorer;
import io.bpflab.verifier.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bpflab verify FILE --html report.html}: one self-contained page (inline CSS and SVG,
 * no scripts, nothing fetched) per run: for each program its verdict with the kernel's message
 * and the hint, the source (the assembly, or the C file beside an object), the instructions
 * with the register and stack state the verifier had at each visit (its level-2 log), the
 * branches it queued and the places it pruned, the failing path (its level-1 log) highlighted,
 * and the control-flow graph.
 */
final class VerifyReport {

    private VerifyReport() {
    }

    /**
     * One verified program. {@code program} is null for raw bytes that do not decode;
     * {@code attrs} are what it was verified with (type, maps, license).
     */
    record Item(String file, String section, ProgramType type, Program program, io.bpflab.verifier.LoadAttrs attrs,
                Verdict verdict) {
    }

    /** What the level-2 log says about one instruction. */
    static final class Visits {
        final List<String> states = new ArrayList<>();
        final List<String> arrivals = new ArrayList<>();
        int pruned;
    }

    private static final Pattern INSN = Pattern.compile("^(\\d+): \\([0-9a-f]{2}\\) .*?(?: ; (.*))?$");
    private static final Pattern SAFE = Pattern.compile("^(\\d+): safe$");
    private static final Pattern FROM = Pattern.compile("^from (\\d+) to (\\d+): (.*)$");

    static void write(Path out, List<Item> items, boolean privileged) {
        try {
            Files.writeString(out, render(items, privileged));
        } catch (IOException e) {
            throw new Cli.BadInput("--html " + out + ": " + Cli.describe(e));
        } catch (UncheckedIOException e) {
            throw new Cli.BadInput("--html " + out + ": " + Cli.describe(e.getCause()));
        }
    }

    static String render(List<Item> items, boolean privileged) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>bpflab verifier report</title>\n")
                .append("<style>").append(CSS).append("</style></head><body>\n<h1>bpflab verifier report</h1>\n");
        for (Item it : items) {
            program(sb, it, privileged);
        }
        sb.append("<footer>Made by <code>bpflab verify --html</code>. States are the verifier's log at level 2, in the"
                + " kernel's notation; the highlighted rows are the path the verifier was on when it stopped"
                + " (its level-1 log).</footer>\n</body></html>\n");
        return sb.toString();
    }

    private static void program(StringBuilder sb, Item it, boolean privileged) {
        String title = it.file() + (it.section() == null || it.section().equals(".text") ? "" : " (section " + it.section() + ")");
        sb.append("<section class=\"program\"><h2>").append(esc(title)).append("</h2>\n");
        Verdict v = it.verdict();
        if (v.accepted()) {
            sb.append("<p class=\"verdict ok\">accepted (processed ").append(v.processed()).append(" insns)</p>\n");
        } else {
            sb.append("<div class=\"verdict bad\"><p>rejected at insn ").append(v.insn()).append(": <code class=\"error\">")
                    .append(esc(v.message())).append("</code></p>");
            Hints.hint(v.message()).ifPresent(h -> sb.append("<p class=\"hint\"><b>hint:</b> ").append(esc(h)).append("</p>"));
            sb.append("</div>\n");
        }
        if (it.type() != null) {
            sb.append("<p class=\"meta\">program type ").append(esc(it.type().shortName())).append(privileged ? "" : ", unprivileged loader")
                    .append("</p>\n");
        }
        source(sb, it.file());
        Program p = it.program();
        if (p == null) {
            sb.append("<p>(the bytes do not decode as a program, so there are no instructions to show)</p></section>\n");
            return;
        }
        PathExplorer.Options two = new PathExplorer.Options(privileged, 2);
        PathExplorer.Options one = new PathExplorer.Options(privileged, 1);
        Map<Integer, Visits> visits = visits(PathExplorer.verify(p, two, it.attrs()).kernelLog());
        Set<Integer> failing = new LinkedHashSet<>();
        if (!v.accepted()) {
            Explain.parse(PathExplorer.verify(p, one, it.attrs()).kernelLog()).forEach(l -> failing.add(l.slot()));
        }
        sb.append("<h3>Instructions and the verifier's state</h3>\n<table class=\"insns\"><thead><tr><th>insn</th><th>instruction</th>"
                + "<th>state after it (each visit)</th><th>branches</th></tr></thead><tbody>\n");
        Map<Integer, List<String>> labels = p.labelsByIndex();
        for (int i = 0; i < p.size(); i++) {
            int slot = p.slotOf(i);
            Visits vs = visits.getOrDefault(slot, new Visits());
            List<String> cls = new ArrayList<>();
            if (failing.contains(slot)) {
                cls.add("path");
            }
            if (!v.accepted() && slot == v.insn()) {
                cls.add("fail");
            }
            if (vs.states.isEmpty() && vs.pruned == 0) {
                cls.add("unvisited");
            }
            for (String l : labels.getOrDefault(i, List.of())) {
                sb.append("<tr class=\"label\"><td></td><td colspan=\"3\">").append(esc(l)).append(":</td></tr>\n");
            }
            sb.append("<tr id=\"insn").append(slot).append("\" class=\"").append(String.join(" ", cls)).append("\"><td class=\"n\">")
                    .append(slot).append("</td><td><code>").append(esc(Disassembler.text(p.insn(i)))).append("</code></td><td>");
            if (!v.accepted() && slot == v.insn()) {
                sb.append("<div class=\"error\">rejected here: ").append(esc(v.message())).append("</div>");
                if (!vs.states.isEmpty()) {
                    vs.states.removeLast();
                }
            }
            for (int k = 0; k < vs.states.size(); k++) {
                sb.append("<div class=\"state\">").append(vs.states.size() > 1 ? "<span class=\"visit\">#" + (k + 1) + "</span> " : "")
                        .append(esc(vs.states.get(k))).append("</div>");
            }
            sb.append("</td><td>");
            for (String a : vs.arrivals) {
                sb.append("<div class=\"taken\">").append(esc(a)).append("</div>");
            }
            if (vs.pruned > 0) {
                sb.append("<div class=\"pruned\">pruned").append(vs.pruned > 1 ? " ×" + vs.pruned : "")
                        .append(": an equivalent state was already proven safe</div>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        try {
            sb.append("<h3>Control-flow graph</h3>\n<div class=\"cfg\">")
                    .append(CfgSvg.render(ControlFlowGraph.of(p), title).replaceFirst("^<svg ", "<svg role=\"img\" "))
                    .append("</div>\n");
        } catch (IllegalArgumentException e) {
            sb.append("<p>(no control-flow graph: ").append(esc(e.getMessage())).append(")</p>\n");
        }
        sb.append("</section>\n");
    }

    /** The source shown beside the instructions: the C file next to an object, else the assembly itself. */
    private static void source(StringBuilder sb, String file) {
        Path f = Path.of(file);
        String base = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path c = f.resolveSibling(base + ".c");
        Path shown = Files.isRegularFile(c) ? c : file.endsWith(".s") || file.endsWith(".asm") ? f : null;
        if (shown == null) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(shown);
            sb.append("<details open><summary>Source: ").append(esc(shown.getFileName().toString())).append("</summary><pre class=\"source\">");
            for (int k = 0; k < lines.size(); k++) {
                sb.append(String.format("<span class=\"ln\">%4d</span> ", k + 1)).append(esc(lines.get(k))).append('\n');
            }
            sb.append("</pre></details>\n");
        } catch (IOException e) {
            sb.append("<p>(source ").append(esc(shown.toString())).append(" unreadable: ").append(esc(Cli.describe(e))).append(")</p>\n");
        }
    }

    /** Per slot, what the level-2 log says happened there. */
    static Map<Integer, Visits> visits(String log) {
        Map<Integer, Visits> out = new TreeMap<>();
        for (String l : log.lines().toList()) {
            Matcher m;
            if ((m = SAFE.matcher(l)).matches()) {
                out.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new Visits()).pruned++;
            } else if ((m = FROM.matcher(l)).matches()) {
                out.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new Visits()).arrivals
                        .add("branch from insn " + m.group(1) + " explored: " + m.group(3));
            } else if ((m = INSN.matcher(l)).matches()) {
                out.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new Visits()).states
                        .add(m.group(2) == null ? "(no register changed)" : m.group(2));
            }
        }
        return out;
    }

    static String esc(String s) {
        return CfgSvg.esc(s);
    }

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:24px;color:#1b1f23;max-width:1400px}
            h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #ccd;padding-bottom:4px}h3{font-size:15px}
            code,pre,.state{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
            .verdict{padding:8px 12px;border-radius:6px}.ok{background:#e8f5e9;color:#1b5e20}
            .bad{background:#ffebee;border:1px solid #e57373}.bad p{margin:4px 0}.error{color:#b71c1c;font-weight:bold}
            .hint{color:#0d47a1}.meta{color:#555;font-size:13px}
            pre.source{background:#f6f8fa;padding:8px;border-radius:6px;overflow:auto}.ln{color:#999}
            table.insns{border-collapse:collapse;width:100%}
            table.insns td,table.insns th{border-bottom:1px solid #e3e6ea;padding:2px 8px;vertical-align:top;text-align:left}
            td.n{text-align:right;color:#666;width:3em}td code{white-space:nowrap}tr.label td{color:#6a1b9a;font-family:monospace;border:none}
            tr.path{background:#fff8e1}tr.fail{background:#ffcdd2;font-weight:bold}tr.unvisited code{color:#aaa}
            .visit{color:#888}.taken{color:#2e7d32;font-size:12px}.pruned{color:#6d4c41;font-size:12px}
            .cfg{overflow:auto;border:1px solid #e3e6ea;border-radius:6px}
            footer{margin-top:24px;color:#666;font-size:12px}
            """;
}
