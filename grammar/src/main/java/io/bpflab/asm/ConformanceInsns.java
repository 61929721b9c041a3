package io.bpflab.asm;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;

import java.util.List;
import java.util.Map;

/**
 * The mnemonics of the bpf_conformance assembler (src/bpf_assembler.cc): {@code op} is
 * 64-bit and {@code op32} 32-bit; {@code ldx/stx/st} with a size suffix; {@code lock
 * [fetch] op[32] [reg+off], reg}; {@code call N}, {@code call local LABEL}, {@code call %rN}
 * (callx); {@code ja32} (gotol). Immediates wrap to 32 bits as the suite's {@code stoull}
 * cast does, so {@code -1} and {@code 0xffffffff} are the same word.
 */
final class ConformanceInsns {

    private ConformanceInsns() {
    }

    private static final Map<String, AluOp> ALU = Map.ofEntries(
            Map.entry("add", AluOp.ADD), Map.entry("sub", AluOp.SUB), Map.entry("mul", AluOp.MUL),
            Map.entry("div", AluOp.DIV), Map.entry("sdiv", AluOp.SDIV), Map.entry("or", AluOp.OR),
            Map.entry("and", AluOp.AND), Map.entry("lsh", AluOp.LSH), Map.entry("rsh", AluOp.RSH),
            Map.entry("mod", AluOp.MOD), Map.entry("smod", AluOp.SMOD), Map.entry("xor", AluOp.XOR),
            Map.entry("mov", AluOp.MOV), Map.entry("arsh", AluOp.ARSH));

    private static final Map<String, JmpOp> JMP = Map.ofEntries(
            Map.entry("jeq", JmpOp.JEQ), Map.entry("jgt", JmpOp.JGT), Map.entry("jge", JmpOp.JGE),
            Map.entry("jset", JmpOp.JSET), Map.entry("jne", JmpOp.JNE), Map.entry("jsgt", JmpOp.JSGT),
            Map.entry("jsge", JmpOp.JSGE), Map.entry("jlt", JmpOp.JLT), Map.entry("jle", JmpOp.JLE),
            Map.entry("jslt", JmpOp.JSLT), Map.entry("jsle", JmpOp.JSLE));

    private static final Map<String, Size> SIZES = Map.of("b", Size.B, "h", Size.H, "w", Size.W, "dw", Size.DW);

    static void build(SourceAssembler asm, Token m, List<ConfOperand> ops) {
        String mn = m.image;
        if (mn.equals("exit")) {
            count(m, ops, 0);
            asm.emitConformance(new Insn.Exit(), m, null);
            return;
        }
        if (mn.equals("ja") || mn.equals("ja32")) {
            count(m, ops, 1);
            Token label = labelOf(ops.get(0));
            Target t = target(ops.get(0));
            asm.emitConformance(mn.equals("ja") ? new Insn.Ja(t) : new Insn.Gotol(t), m, label);
            return;
        }
        if (mn.equals("call")) {
            call(asm, m, ops);
            return;
        }
        if (mn.equals("lock")) {
            lock(asm, m, ops);
            return;
        }
        if (mn.equals("lddw")) {
            count(m, ops, 2);
            asm.emitConformance(Insn.LoadImm64.of(reg(ops.get(0)), number(ops.get(1))), m, null);
            return;
        }
        if (mn.startsWith("ldx")) {
            String suffix = mn.substring(3);
            boolean signed = suffix.startsWith("s") && !suffix.equals("s");
            Size size = SIZES.get(signed ? suffix.substring(1) : suffix);
            if (size != null && !(signed && size == Size.DW)) {
                count(m, ops, 2);
                ConfOperand.Memory mem = memory(ops.get(1));
                Reg dst = reg(ops.get(0));
                asm.emitConformance(signed ? new Insn.LoadSx(size, dst, reg(mem.reg()), offset(mem))
                        : new Insn.Load(size, dst, reg(mem.reg()), offset(mem)), m, null);
                return;
            }
        }
        if (mn.startsWith("stx") && SIZES.containsKey(mn.substring(3))) {
            count(m, ops, 2);
            ConfOperand.Memory mem = memory(ops.get(0));
            asm.emitConformance(new Insn.Store(SIZES.get(mn.substring(3)), reg(mem.reg()), offset(mem), reg(ops.get(1))), m, null);
            return;
        }
        if (mn.startsWith("st") && SIZES.containsKey(mn.substring(2))) {
            count(m, ops, 2);
            ConfOperand.Memory mem = memory(ops.get(0));
            asm.emitConformance(new Insn.StoreImm(SIZES.get(mn.substring(2)), reg(mem.reg()), offset(mem),
                    (int) number(ops.get(1))), m, null);
            return;
        }
        for (String prefix : new String[]{"le", "be", "bswap", "swap"}) {
            if (mn.startsWith(prefix) && Words.WIDTHS.contains(mn.substring(prefix.length()))) {
                count(m, ops, 1);
                EndianOp op = prefix.equals("le") ? EndianOp.LE : prefix.equals("be") ? EndianOp.BE : EndianOp.SWAP;
                asm.emitConformance(new Insn.Endian(op, Integer.parseInt(mn.substring(prefix.length())), reg(ops.get(0))), m, null);
                return;
            }
        }
        if (mn.startsWith("movsx")) {
            movsx(asm, m, ops);
            return;
        }
        String base = mn;
        Width w = Width.W64;
        if (mn.endsWith("32")) {
            base = mn.substring(0, mn.length() - 2);
            w = Width.W32;
        } else if (mn.endsWith("64")) {
            base = mn.substring(0, mn.length() - 2);
        }
        if (base.equals("neg")) {
            count(m, ops, 1);
            asm.emitConformance(new Insn.Neg(w, reg(ops.get(0))), m, null);
            return;
        }
        AluOp alu = ALU.get(base);
        if (alu != null) {
            count(m, ops, 2);
            Reg dst = reg(ops.get(0));
            Insn insn = ops.get(1) instanceof ConfOperand.Register src
                    ? new Insn.AluReg(w, alu, dst, reg(src))
                    : new Insn.AluImm(w, alu, dst, (int) number(ops.get(1)));
            asm.emitConformance(insn, m, null);
            return;
        }
        JmpOp jmp = JMP.get(base);
        if (jmp != null && !mn.endsWith("64")) {
            count(m, ops, 3);
            Reg dst = reg(ops.get(0));
            Target t = target(ops.get(2));
            Insn insn = ops.get(1) instanceof ConfOperand.Register src
                    ? new Insn.JumpReg(w, jmp, dst, reg(src), t)
                    : new Insn.JumpImm(w, jmp, dst, (int) number(ops.get(1)), t);
            asm.emitConformance(insn, m, labelOf(ops.get(2)));
            return;
        }
        throw new SemanticError(m, "unknown mnemonic '" + mn + "'");
    }

    /** {@code movsx832 %r0, %r1}: sign-extend from 8 bits, 32-bit operation. */
    private static void movsx(SourceAssembler asm, Token m, List<ConfOperand> ops) {
        String rest = m.image.substring(5);
        int bits;
        Width w;
        switch (rest) {
            case "832" -> { bits = 8; w = Width.W32; }
            case "1632" -> { bits = 16; w = Width.W32; }
            case "864" -> { bits = 8; w = Width.W64; }
            case "1664" -> { bits = 16; w = Width.W64; }
            case "3264" -> { bits = 32; w = Width.W64; }
            default -> throw new SemanticError(m, "unknown mnemonic '" + m.image + "'");
        }
        count(m, ops, 2);
        asm.emitConformance(new Insn.MovSx(w, reg(ops.get(0)), reg(ops.get(1)), bits), m, null);
    }

    private static void call(SourceAssembler asm, Token m, List<ConfOperand> ops) {
        if (ops.size() == 1 && ops.get(0) instanceof ConfOperand.Name mode && mode.start().image.equals("local")) {
            throw new SemanticError(m, "call local takes a label");
        }
        if (ops.size() == 2 && ops.get(0) instanceof ConfOperand.Name mode) {
            switch (mode.start().image) {
                case "local" -> {
                    asm.emitConformance(new Insn.CallLocal(target(ops.get(1))), m, labelOf(ops.get(1)));
                    return;
                }
                case "helper" -> {
                    asm.emitConformance(new Insn.Call((int) number(ops.get(1))), m, null);
                    return;
                }
                case "runtime" -> {
                    asm.emitConformance(new Insn.CallKfunc((int) number(ops.get(1)), 0), m, null);
                    return;
                }
                default -> throw new SemanticError(mode.start(), "expected local, helper or runtime, found '" + mode.start().image + "'");
            }
        }
        count(m, ops, 1);
        if (ops.get(0) instanceof ConfOperand.Register r) {
            asm.emitConformance(new Insn.Callx(reg(r)), m, null);
        } else {
            asm.emitConformance(new Insn.Call((int) number(ops.get(0))), m, null);
        }
    }

    private static void lock(SourceAssembler asm, Token m, List<ConfOperand> ops) {
        int i = 0;
        boolean fetch = false;
        if (i < ops.size() && ops.get(i) instanceof ConfOperand.Name n && n.start().image.equals("fetch")) {
            fetch = true;
            i++;
        }
        if (i >= ops.size() || !(ops.get(i) instanceof ConfOperand.Name opName)) {
            throw new SemanticError(i < ops.size() ? ops.get(i).start() : m, "expected an atomic operation after lock");
        }
        String name = opName.start().image;
        Size size = name.endsWith("32") ? Size.W : Size.DW;
        String base = name.endsWith("32") ? name.substring(0, name.length() - 2) : name;
        AtomicOp op = switch (base) {
            case "add" -> fetch ? AtomicOp.FETCH_ADD : AtomicOp.ADD;
            case "or" -> fetch ? AtomicOp.FETCH_OR : AtomicOp.OR;
            case "and" -> fetch ? AtomicOp.FETCH_AND : AtomicOp.AND;
            case "xor" -> fetch ? AtomicOp.FETCH_XOR : AtomicOp.XOR;
            case "xchg" -> AtomicOp.XCHG;
            case "cmpxchg" -> AtomicOp.CMPXCHG;
            default -> throw new SemanticError(opName.start(), "unknown atomic operation '" + name + "'");
        };
        if (ops.size() - i - 1 != 2) {
            throw new SemanticError(m, "lock " + name + " takes 2 operands, not " + (ops.size() - i - 1));
        }
        ConfOperand.Memory mem = memory(ops.get(i + 1));
        asm.emitConformance(new Insn.Atomic(size, op, reg(mem.reg()), reg(ops.get(i + 2)), offset(mem)), m, null);
    }

    /** The operand as written, for messages. */
    private static String shown(ConfOperand o) {
        return switch (o) {
            case ConfOperand.Register r -> "'%" + r.name().image + "'";
            case ConfOperand.Memory m -> "'[%" + m.reg().image + (m.sign() == null ? "" : m.sign().image + m.number().image) + "]'";
            default -> "'" + o.start().image + "'";
        };
    }

    private static void count(Token m, List<ConfOperand> ops, int n) {
        if (ops.size() != n) {
            throw new SemanticError(ops.size() > n ? ops.get(n).start() : m,
                    m.image + " takes " + n + " operand" + (n == 1 ? "" : "s") + ", not " + ops.size());
        }
    }

    private static Reg reg(ConfOperand o) {
        if (!(o instanceof ConfOperand.Register r)) {
            throw new SemanticError(o.start(), "expected register, found " + shown(o));
        }
        return reg(r.name(), r.start());
    }

    private static Reg reg(Token name, Token at) {
        Reg r = name.image.startsWith("r") ? Registers.parse(name.image) : null;
        if (r == null) {
            throw new SemanticError(at, "expected register, found '%" + name.image + "'");
        }
        return r;
    }

    private static Reg reg(ConfOperand.Register r) {
        return reg(r.name(), r.start());
    }

    private static ConfOperand.Memory memory(ConfOperand o) {
        if (!(o instanceof ConfOperand.Memory mem)) {
            throw new SemanticError(o.start(), "expected a memory operand [%rN+off], found " + shown(o));
        }
        return mem;
    }

    private static int offset(ConfOperand.Memory mem) {
        if (mem.number() == null) {
            return 0;
        }
        long v = Expr.parseNumber(mem.number());
        // bpf_conformance casts the offset to uint16_t: +65535 and -1 are the same field.
        return (short) (mem.sign().kind == AsmParserConstants.MINUS ? -v : v);
    }

    private static Reg reg(Token name) {
        return reg(name, name);
    }

    private static long number(ConfOperand o) {
        if (!(o instanceof ConfOperand.Number n)) {
            throw new SemanticError(o.start(), "expected a number, found " + shown(o));
        }
        return n.value();
    }

    private static Target target(ConfOperand o) {
        return switch (o) {
            case ConfOperand.Number n when n.signed() -> Target.offset((short) n.value());
            case ConfOperand.Name n -> Target.label(n.start().image);
            default -> throw new SemanticError(o.start(), "expected a label or +N/-N, found " + shown(o));
        };
    }

    private static Token labelOf(ConfOperand o) {
        return o instanceof ConfOperand.Name n ? n.start() : null;
    }
}
