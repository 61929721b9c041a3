package io.bpflab.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable forms of {@code bpflab verify}'s verdicts, for CI: JSON lines (DESIGN
 * §2), SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps) and JUnit XML
 * for test-report views. Each writer takes every verdict at once, in the order of the
 * command line.
 */
final class CiReport {

    /** {@code --format}. */
    enum Format { text, json, sarif, junit }

    /** {@code --fail-on}: what makes the exit code 1. */
    enum FailOn {
        /** A rejected program (the default, as without the option). */
        error,
        /** A rejected program, or one close to a limit ({@link LimitWarning}). */
        warning;

        boolean fails(VerifiedProgram p) {
            return !p.verdict().accepted() || this == warning && !p.warnings().isEmpty();
        }
    }

    /** kernel and SARIF: the schema location tools use to recognise a SARIF 2.1.0 log. */
    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String REJECTED_RULE = "rejected";

    private CiReport() {
    }

    /**
     * The fields {@code verify --json} adds after DESIGN §2's: {@code loop_iterations},
     * {@code line} (of the rejected instruction, in its assembly or C source), {@code warnings}
     * and, with {@code timed} (corpus mode), the verification's wall time {@code ms}; each
     * with its leading comma.
     */
    static String jsonFields(VerifiedProgram p, boolean timed) {
        var v = p.verdict();
        StringBuilder sb = new StringBuilder();
        sb.append(",\"loop_iterations\":").append(v.loopIterations())
                .append(",\"line\":").append(p.line().isPresent() ? Integer.toString(p.line().getAsInt()) : "null");
        if (p.sourceFile() != null) {
            sb.append(",\"source\":").append(str(p.sourceFile()));
        }
        sb.append(",\"warnings\":[");
        List<LimitWarning> ws = p.warnings();
        for (int i = 0; i < ws.size(); i++) {
            sb.append(i == 0 ? "" : ",").append("{\"rule\":").append(str(ws.get(i).rule().id))
                    .append(",\"message\":").append(str(ws.get(i).message())).append('}');
        }
        sb.append(']');
        if (timed) {
            sb.append(",\"ms\":").append(String.format(Locale.ROOT, "%.3f", p.nanos() / 1e6));
        }
        return sb.toString();
    }

    /** The lines {@code text} output adds after a verdict line: one per warning. */
    static String warningLines(VerifiedProgram p) {
        StringBuilder sb = new StringBuilder();
        for (LimitWarning w : p.warnings()) {
            sb.append(p.where()).append(": warning: ").append(w.message()).append(" [").append(w.rule().id).append("]\n");
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------ SARIF

    /**
     * A SARIF 2.1.0 log with one run: a result per rejected program (level error) and per
     * warning (level warning), located at the source line when the program came from
     * assembly, else at the file with the instruction named in the message.
     */
    static String sarif(List<VerifiedProgram> programs, String toolVersion) {
        Map<String, String[]> rules = new LinkedHashMap<>();
        rules.put(REJECTED_RULE, new String[] {"error", "The verifier rejects the program"});
        for (LimitWarning.Rule r : LimitWarning.Rule.values()) {
            rules.put(r.id, new String[] {"warning", r.description});
        }
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"$schema\": ").append(str(SARIF_SCHEMA)).append(",\n  \"version\": \"2.1.0\",\n  \"runs\": [{\n");
        sb.append("    \"tool\": {\"driver\": {\"name\": \"bpflab\", \"version\": ").append(str(toolVersion))
                .append(", \"rules\": [");
        boolean first = true;
        for (Map.Entry<String, String[]> e : rules.entrySet()) {
            sb.append(first ? "\n" : ",\n").append("      {\"id\": ").append(str(e.getKey()))
                    .append(", \"shortDescription\": {\"text\": ").append(str(e.getValue()[1])).append('}')
                    .append(", \"defaultConfiguration\": {\"level\": \"").append(e.getValue()[0]).append("\"}}");
            first = false;
        }
        sb.append("\n    ]}},\n    \"columnKind\": \"utf16CodeUnits\",\n");
        sb.append("    \"originalUriBaseIds\": {\"SRCROOT\": {\"description\": {\"text\": \"The directory bpflab ran in\"}}},\n");
        sb.append("    \"results\": [");
        first = true;
        for (VerifiedProgram p : programs) {
            var v = p.verdict();
            if (!v.accepted()) {
                String text = v.message() + " (insn " + v.insn() + (p.section() == null ? "" : " of section " + p.section())
                        + ", processed " + v.processed() + " insns)";
                sb.append(first ? "\n" : ",\n").append(result(REJECTED_RULE, ruleIds.indexOf(REJECTED_RULE), "error",
                        text, p, v.insn()));
                first = false;
            }
            for (LimitWarning w : p.warnings()) {
                String text = w.message() + (p.section() == null ? "" : " (section " + p.section() + ")");
                sb.append(first ? "\n" : ",\n").append(result(w.rule().id, ruleIds.indexOf(w.rule().id), "warning",
                        text, p, -1));
                first = false;
            }
        }
        sb.append(first ? "]\n" : "\n    ]\n");
        sb.append("  }]\n}\n");
        return sb.toString();
    }

    private static String result(String rule, int ruleIndex, String level, String text, VerifiedProgram p, int insn) {
        StringBuilder sb = new StringBuilder("      {\"ruleId\": ").append(str(rule))
                .append(", \"ruleIndex\": ").append(ruleIndex)
                .append(", \"level\": \"").append(level).append('"')
                .append(", \"message\": {\"text\": ").append(str(text)).append('}');
        // a rejection in an object with line info points into the C source, else into the file verified
        String where = insn >= 0 && p.sourceFile() != null ? p.sourceFile() : p.file();
        sb.append(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": ").append(artifact(where));
        if (insn >= 0 && p.line().isPresent()) {
            sb.append(", \"region\": {\"startLine\": ").append(p.line().getAsInt()).append('}');
        } else if (insn >= 0) {
            // SARIF 3.32: an address in a binary artifact; an eBPF instruction is 8 bytes into its section
            sb.append(", \"address\": {\"kind\": \"instruction\", \"name\": ").append(str("insn " + insn))
                    .append(", \"relativeAddress\": ").append(8L * insn)
                    .append(", \"fullyQualifiedName\": ").append(str((p.section() == null ? "" : p.section() + ":") + "insn " + insn))
                    .append('}');
        }
        sb.append('}');
        if (p.section() != null) {
            sb.append(", \"logicalLocations\": [{\"name\": ").append(str(p.section())).append(", \"kind\": \"function\"}]");
        }
        sb.append("}]");
        sb.append(", \"properties\": {\"processed\": ").append(p.verdict().processed())
                .append(", \"stackDepth\": ").append(p.verdict().stackDepth())
                .append(", \"loopIterations\": ").append(p.verdict().loopIterations())
                .append(p.type() == null ? "" : ", \"programType\": " + str(p.type().shortName()))
                .append("}}");
        return sb.toString();
    }

    /** A relative path stays relative to SRCROOT (where code scanning maps it into the repository); an absolute one is a file URI. */
    static String artifact(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return "{\"uri\": " + str(path.toUri().toString()) + "}";
        }
        String uri;
        try {
            uri = new URI(null, null, path.normalize().toString().replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            uri = path.toAbsolutePath().toUri().toString();
            return "{\"uri\": " + str(uri) + "}";
        }
        return "{\"uri\": " + str(uri) + ", \"uriBaseId\": \"SRCROOT\"}";
    }

    // ------------------------------------------------------------------------------ JUnit

    /**
     * JUnit XML as Ant, Surefire, GitLab and Jenkins read it: a test suite per file, a test
     * case per program; a rejection is a failure with the kernel-style message, and so is a
     * warning under {@code --fail-on warning} (otherwise warnings go to the case's output).
     */
    static String junit(List<VerifiedProgram> programs, FailOn failOn) {
        Map<String, List<VerifiedProgram>> byFile = new LinkedHashMap<>();
        for (VerifiedProgram p : programs) {
            byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
        }
        long failures = programs.stream().filter(failOn::fails).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"bpflab verify\" tests=\"").append(programs.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" time=\"")
                .append(seconds(programs.stream().mapToLong(VerifiedProgram::nanos).sum())).append("\">\n");
        for (Map.Entry<String, List<VerifiedProgram>> e : byFile.entrySet()) {
            List<VerifiedProgram> ps = e.getValue();
            sb.append("  <testsuite name=\"").append(xml(e.getKey())).append("\" tests=\"").append(ps.size())
                    .append("\" failures=\"").append(ps.stream().filter(failOn::fails).count())
                    .append("\" errors=\"0\" skipped=\"0\" time=\"")
                    .append(seconds(ps.stream().mapToLong(VerifiedProgram::nanos).sum())).append("\">\n");
            for (VerifiedProgram p : ps) {
                var v = p.verdict();
                sb.append("    <testcase classname=\"").append(xml(p.file())).append("\" name=\"").append(xml(p.name()))
                        .append("\" time=\"").append(seconds(p.nanos())).append("\">\n");
                if (!v.accepted()) {
                    sb.append("      <failure type=\"rejected\" message=\"").append(xml(v.message())).append("\">")
                            .append(xml("rejected at insn " + v.insn()
                                    + (p.line().isPresent() ? " (" + p.file() + ":" + p.line().getAsInt() + ")" : "")
                                    + ": " + v.message() + "\nprocessed " + v.processed() + " insns"))
                            .append("</failure>\n");
                } else if (failOn == FailOn.warning && !p.warnings().isEmpty()) {
                    sb.append("      <failure type=\"warning\" message=\"").append(xml(p.warnings().getFirst().message()))
                            .append("\">").append(xml(warningLines(p))).append("</failure>\n");
                }
                sb.append("      <system-out>").append(xml((v.accepted() ? "accepted" : "rejected") + " (processed "
                        + v.processed() + " insns, stack depth " + v.stackDepth() + ")\n" + warningLines(p)))
                        .append("</system-out>\n");
                sb.append("    </testcase>\n");
            }
            sb.append("  </testsuite>\n");
        }
        return sb.append("</testsuites>\n").toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /** XML text and attribute values; characters XML 1.0 cannot hold become U+FFFD. */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n', '\t' -> sb.append(c);
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c < 0x20 || c == 0xfffe || c == 0xffff ? '\ufffd' : c);
            }
        }
        return sb.toString();
    }

    static String str(String s) {
        return RunCommand.Json.str(s);
    }
}
