package io.bpflab.cli;

import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.verifier.Hints;
import io.bpflab.verifier.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bpflab verify --explain} and the {@code hint:} line: the failing path of the
 * verifier's level-1 log (the kernel's format) cut down to what explains the error. Walking
 * back from the failing instruction, an instruction stays when it writes a register (or stack
 * slot) the error depends on, whose own sources then count too, or when it is a branch that
 * tested such a register (branches are how the verifier learns bounds); of each kept line's
 * register state only those registers are shown.
 */
final class Explain {

    private Explain() {
    }

    /** One instruction line of a kernel log: {@code 3: (bf) r2 = r10 ; R2=fp0 R10=fp0}. */
    record LogLine(int slot, String text, String state) {
    }

    private static final Pattern INSN = Pattern.compile("^(\\d+): \\(([0-9a-f]{2})\\) (.*)$");
    private static final Pattern REG = Pattern.compile("\\b[Rr](\\d+)\\b");

    /** {@code hint: ...} after a rejection's message, or nothing. */
    static String hintLine(Verdict v) {
        if (v.accepted()) {
            return "";
        }
        return Hints.hint(v.message()).map(h -> "hint: " + h + "\n").orElse("");
    }

    /**
     * {@code   hint: ...} for the kernel's rejection ({@code verify --kernel}) when bpflab's own
     * verdict did not already explain the same message, or nothing.
     */
    static String kernelHintLine(Verdict bpflab, boolean kernelAccepted, String kernelMessage) {
        if (kernelAccepted || !bpflab.accepted() && bpflab.message().equals(kernelMessage)) {
            return "";
        }
        return Hints.hint(kernelMessage).map(h -> "  hint: " + h + "\n").orElse("");
    }

    /** The instruction lines of a level-1 or level-2 log, in order. */
    static List<LogLine> parse(String log) {
        List<LogLine> out = new ArrayList<>();
        for (String l : log.lines().toList()) {
            Matcher m = INSN.matcher(l);
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(3);
            String text = rest;
            String state = "";
            int semi = rest.indexOf(" ; ");
            if (semi >= 0) {
                text = rest.substring(0, semi).strip();
                state = rest.substring(semi + 3).strip();
            } else {
                // kernel: a jump whose other branch is queued prints that state inline: "goto pc+1 9: R0=0 ..."
                Matcher inline = Pattern.compile("^(.*goto pc[+-]\\d+) (\\d+: .*)$").matcher(rest);
                if (inline.matches()) {
                    text = inline.group(1);
                    state = inline.group(2).replaceFirst("^\\d+: ", "");
                }
            }
            out.add(new LogLine(Integer.parseInt(m.group(1)), "(" + m.group(2) + ") " + text, state));
        }
        return out;
    }

    /** The trimmed path, ending with the error, its hint, and how much was left out. */
    static String path(Program p, Verdict v) {
        if (v.accepted()) {
            return "";
        }
        List<LogLine> lines = parse(v.kernelLog());
        StringBuilder sb = new StringBuilder("explain: the path to the error, cut down to what it depends on\n");
        if (lines.isEmpty()) {
            sb.append("  (the error comes from a check made before any path is walked: ").append(v.message()).append(")\n");
            return sb.toString();
        }
        Slice slice = slice(p, lines, v.message());
        List<Integer> keep = slice.keep();
        Set<String> relevant = slice.relevant();
        int shown = 0;
        for (int k : keep) {
            LogLine l = lines.get(k);
            Set<String> shownRegs = new LinkedHashSet<>(relevant);
            Matcher own = REG.matcher(l.text());
            while (own.find()) {
                shownRegs.add("r" + own.group(1));
            }
            String state = filterState(l.state(), shownRegs);
            String line = String.format("%5d: %s", l.slot(), l.text());
            if (k < lines.size() - 1 && l.text().contains(" goto ") && l.text().matches("\\([0-9a-f]{2}\\) if .*")) {
                line += lines.get(k + 1).slot() == l.slot() + 1 ? " (not taken)" : " (taken)";
            }
            if (!state.isEmpty()) {
                line = String.format("%-40s ; %s", line, state);
            }
            sb.append(line).append(k == lines.size() - 1 ? "   <- here" : "").append('\n');
            shown++;
        }
        int hidden = lines.size() - shown;
        if (hidden > 0) {
            sb.append("  (").append(hidden).append(hidden == 1 ? " instruction" : " instructions")
                    .append(" of the path left out: they do not touch ").append(String.join(", ", sortedRegs(relevant))).append(")\n");
        }
        sb.append("error: ").append(v.message()).append('\n');
        return sb.toString();
    }

    /** The lines kept (indexes into the path) and every register or stack slot they were kept for. */
    record Slice(List<Integer> keep, Set<String> relevant) {
    }

    /**
     * The indexes of {@code lines} (the path) that the error depends on: a backward slice
     * over registers and constant stack slots.
     */
    static Slice slice(Program p, List<LogLine> lines, String message) {
        Set<String> live = new LinkedHashSet<>();
        Matcher m = REG.matcher(message);
        while (m.find()) {
            live.add("r" + m.group(1));
        }
        Set<String> all = new LinkedHashSet<>(live);
        List<Integer> keep = new ArrayList<>();
        int last = lines.size() - 1;
        for (int k = last; k >= 0; k--) {
            Optional<Insn> insn = insnAt(p, lines.get(k).slot());
            if (insn.isEmpty()) {
                continue;
            }
            Set<String> defs = defs(insn.get());
            Set<String> uses = uses(insn.get());
            boolean branch = insn.get() instanceof Insn.JumpImm || insn.get() instanceof Insn.JumpReg;
            if (k == last) {
                keep.add(k);
                live.addAll(uses);
            } else if (defs.stream().anyMatch(live::contains)) {
                keep.add(k);
                live.removeAll(defs);
                live.addAll(uses);
            } else if (branch) {
                // the decisions that led here: every branch on the path stays, with its direction
                keep.add(k);
                if (uses.stream().anyMatch(live::contains)) {
                    all.addAll(uses);
                }
            }
            all.addAll(live);
        }
        return new Slice(keep.reversed(), all);
    }

    private static Optional<Insn> insnAt(Program p, int slot) {
        int i = slot >= 0 && slot < p.slotCount() ? p.indexOfSlot(slot) : -1;
        return i < 0 ? Optional.empty() : Optional.of(p.insn(i));
    }

    private static String r(Reg reg) {
        return "r" + reg.number();
    }

    /** Where an access through r10 lands: a named stack slot, so stores and loads pair up. */
    private static String slot(int off) {
        return "fp" + off;
    }

    static Set<String> defs(Insn insn) {
        Set<String> d = new LinkedHashSet<>();
        switch (insn) {
            case Insn.AluReg a -> d.add(r(a.dst()));
            case Insn.AluImm a -> d.add(r(a.dst()));
            case Insn.Neg n -> d.add(r(n.dst()));
            case Insn.MovSx m -> d.add(r(m.dst()));
            case Insn.Endian e -> d.add(r(e.dst()));
            case Insn.AddrSpaceCast c -> d.add(r(c.dst()));
            case Insn.Load l -> d.add(r(l.dst()));
            case Insn.LoadSx l -> d.add(r(l.dst()));
            case Insn.LoadImm64 l -> d.add(r(l.dst()));
            case Insn.LegacyLoad l -> d.add("r0");
            case Insn.Store s when s.dst() == Reg.R10 -> d.add(slot(s.off()));
            case Insn.StoreImm s when s.dst() == Reg.R10 -> d.add(slot(s.off()));
            case Insn.Atomic a -> {
                if (a.dst() == Reg.R10) {
                    d.add(slot(a.off()));
                }
                d.add(r(a.src()));
                d.add("r0");
            }
            case Insn.Call c -> d.addAll(List.of("r0", "r1", "r2", "r3", "r4", "r5"));
            case Insn.CallLocal c -> d.add("r0");
            case Insn.Callx c -> d.add("r0");
            default -> {
            }
        }
        return d;
    }

    static Set<String> uses(Insn insn) {
        Set<String> u = new LinkedHashSet<>();
        switch (insn) {
            case Insn.AluReg a -> {
                if (a.op() != io.bpflab.isa.AluOp.MOV) {
                    u.add(r(a.dst()));
                }
                u.add(r(a.src()));
            }
            case Insn.AluImm a -> {
                if (a.op() != io.bpflab.isa.AluOp.MOV) {
                    u.add(r(a.dst()));
                }
            }
            case Insn.Neg n -> u.add(r(n.dst()));
            case Insn.MovSx m -> u.add(r(m.src()));
            case Insn.Endian e -> u.add(r(e.dst()));
            case Insn.Load l -> u.add(l.src() == Reg.R10 ? slot(l.off()) : r(l.src()));
            case Insn.LoadSx l -> u.add(l.src() == Reg.R10 ? slot(l.off()) : r(l.src()));
            case Insn.Store s -> {
                u.add(r(s.dst()));
                u.add(r(s.src()));
            }
            case Insn.StoreImm s -> u.add(r(s.dst()));
            case Insn.Atomic a -> {
                u.add(r(a.dst()));
                u.add(r(a.src()));
            }
            case Insn.JumpReg j -> {
                u.add(r(j.dst()));
                u.add(r(j.src()));
            }
            case Insn.JumpImm j -> u.add(r(j.dst()));
            case Insn.Exit e -> u.add("r0");
            case Insn.Call c -> u.addAll(List.of("r1", "r2", "r3", "r4", "r5"));
            default -> {
            }
        }
        return u;
    }

    /** The tokens of a kernel state ({@code R1=5 R2_w=fp-8 fp-8=mmmm}) about {@code relevant} registers and slots. */
    static String filterState(String state, Set<String> relevant) {
        List<String> out = new ArrayList<>();
        for (String tok : state.split(" (?=(?:R\\d+|fp-?\\d+)[_a-zA-Z]*=)")) {
            Matcher reg = Pattern.compile("^R(\\d+)").matcher(tok);
            Matcher fp = Pattern.compile("^fp(-?\\d+)").matcher(tok);
            if (reg.find() && relevant.contains("r" + reg.group(1))
                    || fp.find() && relevant.contains("fp" + fp.group(1))) {
                out.add(tok);
            }
        }
        return String.join(" ", out);
    }

    private static List<String> sortedRegs(Set<String> s) {
        return s.stream().filter(x -> x.startsWith("r")).sorted((a, b) ->
                Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)))).toList();
    }
}
