package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each case of testdata/verifier/scalar-states.txt through bpflab's explorer and
 * compares the shown register's rendering with the one the running kernel printed for the
 * same operations (recorded by kernel_scalar_states.py): transfer functions, branch
 * prediction and refinement, linked registers and the log format, checked against the
 * kernel itself.
 */
class ScalarStatesGoldenTest {

    record Case(String name, List<String> ops, String expected) {
    }

    static Path file() {
        String root = System.getProperty("bpflab.root", "..");
        return Path.of(root, "testdata", "verifier", "scalar-states.txt");
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        String name = null;
        List<String> ops = new ArrayList<>();
        for (String raw : Files.readAllLines(file())) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("case ")) {
                name = line.substring(5);
                ops = new ArrayList<>();
            } else if (line.startsWith("=> ")) {
                out.add(new Case(name, List.copyOf(ops), line.substring(3)));
            } else {
                ops.add(line);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> kernelAgrees() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() > 1000, "too few cases in " + file());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String got = replay(c.ops());
            assertEquals(c.expected(), got, () -> String.join("\n", c.ops()));
        }));
    }

    private static final Map<String, AluOp> ALU = Map.ofEntries(
        Map.entry("+=", AluOp.ADD), Map.entry("-=", AluOp.SUB), Map.entry("*=", AluOp.MUL),
        Map.entry("/=", AluOp.DIV), Map.entry("%=", AluOp.MOD), Map.entry("&=", AluOp.AND),
        Map.entry("|=", AluOp.OR), Map.entry("^=", AluOp.XOR), Map.entry("<<=", AluOp.LSH),
        Map.entry(">>=", AluOp.RSH), Map.entry("s>>=", AluOp.ARSH));

    private static final Map<String, JmpOp> JMP = Map.ofEntries(
        Map.entry("==", JmpOp.JEQ), Map.entry("!=", JmpOp.JNE), Map.entry("&", JmpOp.JSET),
        Map.entry(">", JmpOp.JGT), Map.entry(">=", JmpOp.JGE), Map.entry("<", JmpOp.JLT),
        Map.entry("<=", JmpOp.JLE), Map.entry("s>", JmpOp.JSGT), Map.entry("s>=", JmpOp.JSGE),
        Map.entry("s<", JmpOp.JSLT), Map.entry("s<=", JmpOp.JSLE));

    private static Reg reg(String tok) {
        return Reg.of(Integer.parseInt(tok.substring(1)));
    }

    private static Width width(String tok) {
        return tok.charAt(0) == 'w' ? Width.W32 : Width.W64;
    }

    private static boolean isReg(String tok) {
        return tok.charAt(0) == 'r' || tok.charAt(0) == 'w';
    }

    private static int imm(String tok) {
        return (int) Long.decode(tok).longValue();
    }

    /**
     * Builds the program kernel_scalar_states.py builds (the edge not asked for exits, the
     * context loads that make unknowns become a division bpflab does not track either) and
     * returns bpflab's rendering of the shown register where the explorer first reaches it,
     * or "unreachable" when it never does.
     */
    static String replay(List<String> ops) {
        List<Insn> p = new ArrayList<>();
        p.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 0));
        Reg shown = null;
        for (String op : ops) {
            String[] t = op.split(" ");
            if (t[0].equals("show")) {
                shown = reg(t[1]);
                break;
            }
            if (t[0].equals("if")) {
                Width w = width(t[1]);
                JmpOp jop = JMP.get(t[2]);
                p.add(isReg(t[3]) ? new Insn.JumpReg(w, jop, reg(t[1]), reg(t[3]), Target.offset(1))
                    : new Insn.JumpImm(w, jop, reg(t[1]), imm(t[3]), Target.offset(1)));
                if (t[4].equals("fallthrough")) {
                    p.add(new Insn.Ja(Target.offset(1)));
                }
                p.add(new Insn.Exit());
                continue;
            }
            Reg d = reg(t[0]);
            Width w = width(t[0]);
            if (t[1].equals("=")) {
                String v = t[2];
                if (v.matches("-[rw]\\d+")) {
                    p.add(new Insn.Neg(w, d));
                } else if (v.matches("(be|le|bswap)(16|32|64)")) {
                    EndianOp eop = v.startsWith("be") ? EndianOp.BE : v.startsWith("le") ? EndianOp.LE : EndianOp.SWAP;
                    p.add(new Insn.Endian(eop, Integer.parseInt(v.substring(v.length() - 2)), d));
                } else if (v.equals("unknown") || v.equals("unknown32")) {
                    // kernel side: context loads; either way a scalar bpflab knows nothing of
                    p.add(new Insn.AluImm(Width.W64, AluOp.MOV, d, 0));
                    p.add(new Insn.AluImm(Width.W64, AluOp.DIV, d, 1));
                    if (v.equals("unknown32")) {
                        p.add(new Insn.AluReg(Width.W32, AluOp.MOV, d, d));
                    }
                } else if (v.startsWith("(s")) {
                    int close = v.indexOf(')');
                    p.add(new Insn.MovSx(w, d, reg(v.substring(close + 1)), Integer.parseInt(v.substring(2, close))));
                } else if (isReg(v)) {
                    p.add(new Insn.AluReg(w, AluOp.MOV, d, reg(v)));
                } else {
                    p.add(new Insn.AluImm(w, AluOp.MOV, d, imm(v)));
                }
                continue;
            }
            AluOp aop = ALU.get(t[1]);
            p.add(isReg(t[2]) ? new Insn.AluReg(w, aop, d, reg(t[2])) : new Insn.AluImm(w, aop, d, imm(t[2])));
        }
        if (shown == null) {
            throw new IllegalStateException("case without show: " + ops);
        }
        int showAt = p.size();
        // as kernel_scalar_states.py shows it: a spill, which keeps the register live
        p.add(new Insn.Store(io.bpflab.isa.Size.DW, Reg.R10, -8, shown));
        p.add(new Insn.Exit());
        Reg r = shown;
        String[] seen = new String[1];
        Verdict v = PathExplorer.verify(Program.of(p), true, (idx, regs) -> {
            if (idx == showAt && seen[0] == null) {
                seen[0] = LogFormat.scalar(((RegState.ScalarReg) regs.get(r.number())).value());
            }
        });
        if (!v.accepted()) {
            throw new AssertionError("bpflab rejected the case: " + v.message());
        }
        return seen[0] == null ? "unreachable" : seen[0];
    }
}
