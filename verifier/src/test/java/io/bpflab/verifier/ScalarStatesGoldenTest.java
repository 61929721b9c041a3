package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Width;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays each case of testdata/verifier/scalar-states.txt on bpflab's scalar domain and
 * compares the rendering with the one the running kernel printed for the same operations
 * (recorded by kernel_scalar_states.py): the transfer functions, branch refinement, branch
 * prediction and log format checked against the kernel itself.
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

    private static int reg(String tok) {
        return Integer.parseInt(tok.substring(1));
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

    /** The rendering of the shown register, or "unreachable" when a predicted branch goes the other way. */
    static String replay(List<String> ops) {
        Map<Integer, Scalar> regs = new HashMap<>();
        for (String op : ops) {
            String[] t = op.split(" ");
            if (t[0].equals("show")) {
                return LogFormat.scalar(regs.get(reg(t[1])));
            }
            if (t[0].equals("if")) {
                Width w = width(t[1]);
                JmpOp jop = JMP.get(t[2]);
                Scalar dst = regs.get(reg(t[1]));
                boolean wantTaken = t[4].equals("taken");
                Scalar src = isReg(t[3]) ? regs.get(reg(t[3])) : Scalar.known(imm(t[3]));
                ScalarBranch.Outcome o = ScalarBranch.isBranchTaken(jop, w, dst, src);
                if (o != ScalarBranch.Outcome.UNKNOWN) {
                    if ((o == ScalarBranch.Outcome.TAKEN) != wantTaken) {
                        return "unreachable";
                    }
                    continue;
                }
                ScalarBranch.Refinement ref;
                if (isReg(t[3]) && reg(t[3]) == reg(t[1])) {
                    ref = ScalarBranch.refineSameRegister(jop, w, dst);
                } else {
                    ref = ScalarBranch.refine(jop, w, dst, src);
                }
                ScalarBranch.Edge e = wantTaken ? ref.taken() : ref.fallthrough();
                regs.put(reg(t[1]), e.dst());
                if (isReg(t[3])) {
                    regs.put(reg(t[3]), e.src());
                }
                continue;
            }
            int d = reg(t[0]);
            Width w = width(t[0]);
            if (t[1].equals("=")) {
                String v = t[2];
                if (v.matches("-[rw]\\d+")) {
                    regs.put(d, ScalarAlu.neg(w, regs.get(d)));
                } else if (v.matches("(be|le|bswap)(16|32|64)")) {
                    int bits = Integer.parseInt(v.substring(v.length() - 2));
                    io.bpflab.isa.EndianOp eop = v.startsWith("be") ? io.bpflab.isa.EndianOp.BE
                        : v.startsWith("le") ? io.bpflab.isa.EndianOp.LE : io.bpflab.isa.EndianOp.SWAP;
                    regs.put(d, ScalarAlu.endian(eop, bits, regs.get(reg(t[3]))));
                } else if (v.equals("unknown")) {
                    // as the kernel program computes it: two 32-bit context loads
                    Scalar hi = ScalarAlu.apply(AluOp.LSH, Width.W64, ScalarAlu.truncate(Scalar.UNKNOWN, 4),
                        Scalar.known(32));
                    Scalar lo = ScalarAlu.truncate(Scalar.UNKNOWN, 4);
                    regs.put(7, lo);
                    regs.put(d, ScalarAlu.apply(AluOp.OR, Width.W64, hi, lo));
                } else if (v.equals("unknown32")) {
                    regs.put(d, ScalarAlu.truncate(Scalar.UNKNOWN, 4));
                } else if (v.startsWith("(s")) {
                    int close = v.indexOf(')');
                    int bits = Integer.parseInt(v.substring(2, close));
                    regs.put(d, ScalarAlu.movSx(w, regs.get(reg(v.substring(close + 1))), bits));
                } else if (isReg(v)) {
                    Scalar s = regs.get(reg(v));
                    regs.put(d, w == Width.W64 ? s : ScalarAlu.mov32(s));
                } else {
                    regs.put(d, ScalarAlu.movImm(w, imm(v)));
                }
                continue;
            }
            AluOp aop = ALU.get(t[1]);
            Scalar src = isReg(t[2]) ? regs.get(reg(t[2])) : Scalar.known(imm(t[2]));
            Scalar dst = regs.get(d);
            ScalarAlu.Fork fork = ScalarAlu.fork(aop, dst, src);
            if (fork != null) {
                // the kernel goes on with -1 first; the pushed 0 path comes later
                dst = fork.current();
            }
            regs.put(d, ScalarAlu.apply(aop, w, dst, src));
        }
        throw new IllegalStateException("case without show: " + ops);
    }
}
