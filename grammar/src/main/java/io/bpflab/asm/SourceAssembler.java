package io.bpflab.asm;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Mode;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.RawInsn;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import io.bpflab.isa.elf.BpfObject;
import io.bpflab.isa.elf.Elf;
import io.bpflab.isa.elf.ElfSection;
import io.bpflab.isa.elf.ElfSymbol;
import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.elf.RelocType;
import io.bpflab.isa.elf.Relocation;
import io.bpflab.isa.linux.Helper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic side of the grammar: the parser calls one method per statement; this class
 * checks operands, lays out sections and, once the whole file is read, resolves labels,
 * symbols and relocations as llvm-mc does.
 */
final class SourceAssembler implements Expr.Symbols {

    private final String file;
    private final String source;
    private final Dialect dialect;
    private final StringCharStream chars;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private String[] lines;

    private final Map<String, SectionState> sections = new LinkedHashMap<>();
    private SectionState current;
    private SectionState previous;
    private final java.util.ArrayDeque<SectionState[]> sectionStack = new java.util.ArrayDeque<>();
    private final Map<String, SymbolState> symbols = new HashMap<>();
    private int order;
    private final List<MapDef> maps = new ArrayList<>();
    private final Map<String, Integer> mapIndex = new HashMap<>();
    private final List<Token> addrsigSyms = new ArrayList<>();
    private boolean addrsig;
    private final List<Runnable> atEnd = new ArrayList<>();
    private final List<Runnable> fixups = new ArrayList<>();
    private final List<String> fileSymbols = new ArrayList<>();
    private boolean sawExit;
    private final LocalLabels localLabels = new LocalLabels();
    private Token kernelOpcode;
    private final DwarfTables dwarf = new DwarfTables(this);

    SourceAssembler(String file, String source, Dialect dialect, StringCharStream chars) {
        this.file = file;
        this.source = source;
        this.chars = chars;
        this.dialect = dialect;
        current = section(".text", Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_EXECINSTR);
        current.align = 4;
        // Room for a file of instructions (about 25 characters a line), grown rarely after.
        current.insns.ensureCapacity(source.length() / 32);
        current.data = new byte[Math.max(256, source.length() / 3)];
        previous = current;
    }

    // ---------------------------------------------------------------- diagnostics

    void error(Token at, String message) {
        int line = at == null ? 1 : line(at);
        int col = at == null ? 1 : chars.column(at.offset);
        if (at != null && at.kind == AsmParserConstants.EOF) {
            errorAtEnd(message);
            return;
        }
        diagnostics.add(new Diagnostic(file, line, col, message, sourceLine(line)));
    }

    /** An error at the end of the last line of the file. */
    void errorAtEnd(String message) {
        int line = Math.max(1, lineCount() - (source.endsWith("\n") && lineCount() > 1 ? 1 : 0));
        diagnostics.add(new Diagnostic(file, line, sourceLine(line).length() + 1, message, sourceLine(line)));
    }

    void syntaxError(Token at, String expected) {
        boolean eol = at.kind == AsmParserConstants.NEWLINE || at.kind == AsmParserConstants.EOF;
        error(at, "unexpected " + Diagnostic.describe(at.image, eol)
                + (expected == null ? "" : " (expected " + expected + ")"));
    }

    /** Tokens carry character offsets (see StringCharStream); this is the line a diagnostic shows. */
    private int line(Token t) {
        return chars.line(t.offset);
    }

    private int lineCount() {
        lines();
        return lines.length;
    }

    private String[] lines() {
        if (lines == null) {
            lines = source.split("\r?\n", -1);
        }
        return lines;
    }

    private String sourceLine(int line) {
        String[] l = lines();
        return line >= 1 && line <= l.length ? l[line - 1] : "";
    }

    List<Diagnostic> diagnostics() {
        diagnostics.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return diagnostics;
    }

    // ---------------------------------------------------------------- sections and symbols

    /** One section being laid out. */
    static final class SectionState {
        final String name;
        final int order;
        int type;
        long flags;
        long align = 1;
        long entSize;
        byte[] data = new byte[256];
        int size;
        final ArrayList<InsnRec> insns = new ArrayList<>();
        boolean hasData;
        int firstInsn = -1;
        final List<Pending> relocSymbols = new ArrayList<>();
        /**
         * Where llvm-mc starts a new fragment that is not plain data (an alignment, or a
         * LEB128 value it could not compute when it read it): a difference of labels across
         * one is not folded as it is read, but fixed up after layout (see data()).
         */
        final List<Integer> boundaries = new ArrayList<>();
        /**
         * Where every llvm fragment starts, the plain ones after a fill or an alignment too:
         * where a fixup's write into its fragment stops (see fixupQuirk).
         */
        final List<Integer> fragmentStarts = new ArrayList<>();
        /** A LEB128 value here has a size not known yet: offsets after it wait for relaxation. */
        boolean pendingLeb;

        SectionState(String name, int order) {
            this.name = name;
            this.order = order;
        }

        void ensure(int more) {
            if (size + more > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
            }
        }

        void put(long v, int bytes) {
            ensure(bytes);
            for (int i = 0; i < bytes; i++) {
                data[size++] = (byte) (v >>> (8 * i));
            }
        }

        void patch(int at, long v, int bytes) {
            for (int i = 0; i < bytes; i++) {
                data[at + i] = (byte) (v >>> (8 * i));
            }
        }
    }

    /** A relocation whose symbol number is known only when the symbol table is built. */
    record Pending(long offset, RelocType type, SymbolState symbol, SectionState sectionSymbol) {
    }

    /**
     * An instruction at a byte offset, with where its diagnostics point. It keeps no token of
     * the parser's chain (a kept token would keep the rest of its line alive): the start is an
     * offset, the target a copy.
     */
    static final class InsnRec {
        Insn insn;
        final int offset;
        final int startOffset;
        final Token target;
        final int kind;
        Expr pendingExpr;

        InsnRec(Insn insn, int offset, Token start, Token target, int kind) {
            this.insn = insn;
            this.offset = offset;
            this.startOffset = start.offset;
            this.target = target == null ? null : Token.at(target, target.kind, target.image);
            this.kind = kind;
        }

        /** The token a diagnostic about the whole instruction points at. */
        Token start() {
            Token t = new Token(AsmParserConstants.IDENT, "");
            t.offset = startOffset;
            return t;
        }

        /** The target if there is one, else the start. */
        Token at() {
            return target != null ? target : start();
        }
    }

    private static final int SHN_COMMON = 0xfff2;
    private static final int PLAIN = 0;
    private static final int CALL_NAME = 1;
    private static final int LDDW_EXPR = 2;

    static final class SymbolState {
        final String name;
        final int order;
        SectionState section;
        long offset;
        Token definedAt;
        int bind = Elf.STB_LOCAL;
        boolean bindSet;
        int type = Elf.STT_NOTYPE;
        int visibility = Elf.STV_DEFAULT;
        Expr size;
        boolean referenced;
        long commonAlign;
        /** Which of its section's llvm fragments (counted by {@link SectionState#boundaries}) it is in. */
        int fragment;

        SymbolState(String name, int order) {
            this.name = name;
            this.order = order;
        }

        /** A name of a section used as a symbol: llvm's section begin symbol, written as the section symbol. */
        boolean sectionStart;

        boolean temporary() {
            return name.startsWith(".L");
        }
    }

    private SectionState section(String name, int type, long flags) {
        SectionState s = sections.get(name);
        if (s == null) {
            s = new SectionState(name, order++);
            s.type = type;
            s.flags = flags;
            sections.put(name, s);
        }
        return s;
    }

    private SymbolState mention(String name) {
        SymbolState s = symbols.get(name);
        if (s == null) {
            s = new SymbolState(name, order++);
            symbols.put(name, s);
        }
        return s;
    }

    @Override
    public Object sectionOf(String name) {
        SymbolState s = symbols.get(name);
        return s == null ? null : s.section;
    }

    @Override
    public long offsetOf(String name) {
        return symbols.get(name).offset;
    }

    void label(Token t) {
        if (t.kind == AsmParserConstants.NUMBER) {
            // A GNU local label "1:" (also what a pasted verifier log's "12:" index becomes).
            t = localLabels.define(t);
        }
        SymbolState s = mention(t.image);
        if (s.definedAt != null) {
            error(t, "label '" + t.image + "' is already defined on line " + line(s.definedAt));
            return;
        }
        s.definedAt = t;
        s.section = current;
        s.offset = current.size;
        s.fragment = current.boundaries.size();
    }

    // ---------------------------------------------------------------- instructions

    private void emit(Insn insn, Token start) {
        emit(insn, start, null, PLAIN);
    }

    private void emit(Insn insn, Token start, Token target, int kind) {
        kernelOpcode = null;
        SectionState s = current;
        dwarf.lineEntry(s);
        if (s.firstInsn < 0) {
            s.firstInsn = order++;
        }
        s.insns.add(new InsnRec(insn, s.size, start, target, kind));
        s.ensure(insn.slots() * RawInsn.BYTES);
        s.size += insn.slots() * RawInsn.BYTES;
        if (insn instanceof Insn.Exit && !sawExit) {
            sawExit = true;
            if (dialect == Dialect.CONFORMANCE) {
                // bpf_conformance: the first exit instruction is also the label "exit".
                SymbolState e = mention("exit");
                if (e.definedAt == null) {
                    e.definedAt = start;
                    e.section = s;
                    e.offset = s.size - RawInsn.BYTES;
                    e.fragment = s.boundaries.size();
                }
            }
        }
    }

    private Reg reg(Token t) {
        Reg r = Registers.parse(t.image);
        if (r == null) {
            throw new SemanticError(t, "expected register, found " + Diagnostic.describe(t.image,
                    t.kind == AsmParserConstants.NEWLINE || t.kind == AsmParserConstants.EOF));
        }
        return r;
    }

    private Width width(Token t) {
        return Registers.width(t.image);
    }

    private void sameWidth(Token a, Token b) {
        if (a.image.charAt(0) != b.image.charAt(0)) {
            throw new SemanticError(b, "register " + b.image + " does not match the width of " + a.image);
        }
    }

    private long constant(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Unary(Token op, Expr.Num n) && op.kind == AsmParserConstants.MINUS) {
            return -n.value();
        }
        Expr.Value v = Expr.fold(e, this);
        if (!v.isConstant()) {
            throw new SemanticError(e.start(), "expected a constant expression, found symbol '" + v.symbol() + "'");
        }
        return v.addend();
    }

    /**
     * A 32-bit field. llvm-mc keeps the low 32 bits of any 64-bit value without a word
     * (0xFFFF1234 and -60876 are the same field, and so are 0x100000002 and 2); bytes must
     * equal llvm-mc's, so bpflab does the same.
     */
    private int imm32(Expr e) {
        return (int) constant(e);
    }

    private int offset16(Expr e, Token at) {
        if (e == null) {
            return 0;
        }
        if (e.start().kind != AsmParserConstants.PLUS && e.start().kind != AsmParserConstants.MINUS) {
            throw new SemanticError(e.start(), "expected '+' or '-' before the offset, found '" + e.start().image + "'");
        }
        long v = constant(e);
        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
            throw new SemanticError(e.start(), "offset " + v + " is out of range: it must fit in 16 bits (-32768..32767)");
        }
        return (int) v;
    }

    private static Size size(Token type, boolean signedAllowed) {
        String s = type.image;
        Size size = switch (s) {
            case "u8", "s8" -> Size.B;
            case "u16", "s16" -> Size.H;
            case "u32", "s32" -> Size.W;
            case "u64" -> Size.DW;
            default -> null;
        };
        if (size == null || (!signedAllowed && s.charAt(0) == 's')) {
            throw new SemanticError(type, "expected u8, u16, u32 or u64" + (signedAllowed ? " (or s8, s16, s32)" : "")
                    + ", found '" + s + "'");
        }
        return size;
    }

    void unknownStatement(Token t) {
        throw new SemanticError(t, "unknown instruction '" + t.image + "'");
    }

    void exit(Token t) {
        emit(new Insn.Exit(), t);
    }

    void store(Token star, Token type, MemRef m, Token src, Expr imm) {
        Size size = size(type, false);
        Reg dst = reg(m.base());
        int off = offset16(m.offset(), m.start());
        if (src != null) {
            emit(new Insn.Store(size, dst, off, reg(src)), star);
        } else {
            emit(new Insn.StoreImm(size, dst, off, imm32(imm)), star);
        }
    }

    void lock(Token lock, Token type, MemRef m, Token op, Token src) {
        Size size = size(type, false);
        if (size != Size.W && size != Size.DW) {
            throw new SemanticError(type, "atomic operations take u32 or u64, not " + type.image);
        }
        AtomicOp aop = switch (op.kind) {
            case AsmParserConstants.ADD_ASSIGN -> AtomicOp.ADD;
            case AsmParserConstants.OR_ASSIGN -> AtomicOp.OR;
            case AsmParserConstants.AND_ASSIGN -> AtomicOp.AND;
            default -> AtomicOp.XOR;
        };
        emit(new Insn.Atomic(size, aop, reg(m.base()), reg(src), offset16(m.offset(), m.start())), lock);
    }

    void storeRelease(Token name, Token type, MemRef m, Token src) {
        emit(new Insn.Atomic(size(type, false), AtomicOp.STORE_RELEASE, reg(m.base()), reg(src),
                offset16(m.offset(), m.start())), name);
    }

    void condJump(Token ifTok, Token dst, Token signed, Token op, Token src, Expr imm, JumpTarget target) {
        Reg d = reg(dst);
        Width w = width(dst);
        JmpOp jop = switch (op.kind) {
            case AsmParserConstants.EQ -> JmpOp.JEQ;
            case AsmParserConstants.NE -> JmpOp.JNE;
            case AsmParserConstants.GT -> signed != null ? JmpOp.JSGT : JmpOp.JGT;
            case AsmParserConstants.GE -> signed != null ? JmpOp.JSGE : JmpOp.JGE;
            case AsmParserConstants.LT -> signed != null ? JmpOp.JSLT : JmpOp.JLT;
            case AsmParserConstants.LE -> signed != null ? JmpOp.JSLE : JmpOp.JLE;
            default -> JmpOp.JSET;
        };
        if (signed != null && (jop == JmpOp.JEQ || jop == JmpOp.JNE || jop == JmpOp.JSET)) {
            throw new SemanticError(signed, "'s" + op.image + "' is not a comparison");
        }
        Target t = target(target);
        if (src != null) {
            sameWidth(dst, src);
            emit(new Insn.JumpReg(w, jop, d, reg(src), t), ifTok, target.start(), PLAIN);
        } else {
            emit(new Insn.JumpImm(w, jop, d, imm32(imm), t), ifTok, target.start(), PLAIN);
        }
    }

    private Target target(JumpTarget t) {
        return switch (t) {
            case JumpTarget.Relative r -> Target.offset((int) r.slots());
            case JumpTarget.Label l -> {
                mention(l.name()).referenced = true;
                yield Target.label(l.name());
            }
        };
    }

    void goto_(Token g, JumpTarget target) {
        Target t = target(target);
        Insn insn = switch (g.image) {
            case "goto" -> new Insn.Ja(t);
            case "gotol" -> new Insn.Gotol(t);
            default -> new Insn.MayGoto(t);
        };
        emit(insn, g, target.start(), PLAIN);
    }

    void callHelperWithId(Token c, Token t) {
        int hash = t.image.indexOf('#');
        String name = t.image.substring(0, hash);
        long id = Long.parseLong(t.image.substring(hash + 1));
        var helper = Helper.byName(name);
        if (helper.isPresent() && helper.get().id() != id) {
            throw new SemanticError(t, "helper " + helper.get().kernelName() + " is #" + helper.get().id() + ", not #" + id);
        }
        if (id > Integer.MAX_VALUE) {
            throw new SemanticError(t, "helper number " + id + " does not fit in 32 bits");
        }
        emit(new Insn.Call((int) id), c);
    }

    void callName(Token c, Token t) {
        mention(t.image);
        emit(new Insn.CallLocal(Target.label(t.image)), c, t, CALL_NAME);
    }

    void callNumber(Token c, Token sign, Token t) {
        long v = Expr.parseNumber(t);
        if (sign != null && sign.kind == AsmParserConstants.MINUS) {
            v = -v;
        }
        emit(new Insn.Call((int) v), c);
    }

    void callx(Token c, Token r) {
        emit(new Insn.Callx(reg(r)), c);
    }

    void alu(Token dst, Token signed, Token op, Token src, Expr imm) {
        Reg d = reg(dst);
        Width w = width(dst);
        AluOp aop = switch (op.kind) {
            case AsmParserConstants.ADD_ASSIGN -> AluOp.ADD;
            case AsmParserConstants.SUB_ASSIGN -> AluOp.SUB;
            case AsmParserConstants.MUL_ASSIGN -> AluOp.MUL;
            case AsmParserConstants.DIV_ASSIGN -> signed != null ? AluOp.SDIV : AluOp.DIV;
            case AsmParserConstants.MOD_ASSIGN -> signed != null ? AluOp.SMOD : AluOp.MOD;
            case AsmParserConstants.OR_ASSIGN -> AluOp.OR;
            case AsmParserConstants.AND_ASSIGN -> AluOp.AND;
            case AsmParserConstants.XOR_ASSIGN -> AluOp.XOR;
            case AsmParserConstants.SHL_ASSIGN -> AluOp.LSH;
            default -> signed != null ? AluOp.ARSH : AluOp.RSH;
        };
        if (src != null) {
            sameWidth(dst, src);
            emit(new Insn.AluReg(w, aop, d, reg(src)), dst);
        } else {
            emit(new Insn.AluImm(w, aop, d, imm32(imm)), dst);
        }
    }

    void legacyLoad(Token dst, Token star, Token type, Token src, Expr imm) {
        if (reg(dst) != Reg.R0 || width(dst) != Width.W64) {
            throw new SemanticError(dst, "legacy packet loads write r0, not " + dst.image);
        }
        Size size = size(type, false);
        if (size == Size.DW) {
            throw new SemanticError(type, "legacy packet loads take u8, u16 or u32");
        }
        if (src != null) {
            emit(new Insn.LegacyLoad(Mode.IND, size, reg(src), imm == null ? 0 : imm32(imm)), dst);
        } else {
            emit(new Insn.LegacyLoad(Mode.ABS, size, Reg.R0, imm32(imm)), dst);
        }
    }

    void load(Token dst, Token star, Token type, MemRef m) {
        Size size = size(type, true);
        Reg d = reg(dst);
        Reg base = reg(m.base());
        int off = offset16(m.offset(), m.start());
        if (type.image.charAt(0) == 's') {
            emit(new Insn.LoadSx(size, d, base, off), dst);
        } else {
            emit(new Insn.Load(size, d, base, off), dst);
        }
    }

    void movsx(Token dst, Token type, Token src) {
        sameWidth(dst, src);
        int bits = Integer.parseInt(type.image.substring(1));
        Width w = width(dst);
        if (bits == 32 && w == Width.W32) {
            throw new SemanticError(type, "w registers sign-extend from s8 or s16 only");
        }
        emit(new Insn.MovSx(w, reg(dst), reg(src), bits), dst);
    }

    void neg(Token dst, Token minus, Token src) {
        if (!dst.image.equals(src.image)) {
            throw new SemanticError(src, "negation is in place: expected " + dst.image + ", found '" + src.image + "'");
        }
        emit(new Insn.Neg(width(dst), reg(dst)), dst);
    }

    void endian(Token dst, Token op, Token src) {
        if (!dst.image.substring(1).equals(src.image.substring(1))) {
            throw new SemanticError(src, "byte swap is in place: expected " + dst.image + ", found '" + src.image + "'");
        }
        String s = op.image;
        EndianOp eop = s.startsWith("bswap") ? EndianOp.SWAP : s.startsWith("be") ? EndianOp.BE : EndianOp.LE;
        int bits = Integer.parseInt(s.substring(eop == EndianOp.SWAP ? 5 : 2));
        emit(new Insn.Endian(eop, bits, reg(dst)), dst);
    }

    /**
     * {@code r0 = atomic_fetch_add((u64 *)(r1 + 0), r0)} as LLVM writes it, and the kernel
     * log's {@code atomic64_fetch_add}, {@code atomic64_xchg}, {@code atomic64_cmpxchg(addr, r0, r2)}
     * (kernel: kernel/bpf/disasm.c). The kernel spells 32-bit operands with r registers, so
     * either spelling is accepted here.
     */
    void atomicFetch(Token dst, Token name, Token type, MemRef m, Token src, Token third) {
        String n = name.image.startsWith("atomic64_") ? "atomic_" + name.image.substring(9) : name.image;
        AtomicOp op = switch (n) {
            case "atomic_fetch_add" -> AtomicOp.FETCH_ADD;
            case "atomic_fetch_or" -> AtomicOp.FETCH_OR;
            case "atomic_fetch_and" -> AtomicOp.FETCH_AND;
            case "atomic_fetch_xor" -> AtomicOp.FETCH_XOR;
            case "atomic_xchg" -> AtomicOp.XCHG;
            case "atomic_cmpxchg" -> AtomicOp.CMPXCHG;
            default -> throw new SemanticError(name, "unknown atomic operation '" + name.image + "'");
        };
        Size size = size(type, false);
        if (size != Size.W && size != Size.DW) {
            throw new SemanticError(type, "atomic operations take u32 or u64, not " + type.image);
        }
        Reg operand;
        if (op == AtomicOp.CMPXCHG) {
            if (third == null) {
                throw new SemanticError(src, name.image + " takes an address, r0 and a new value");
            }
            if (reg(dst) != Reg.R0 || reg(src) != Reg.R0) {
                throw new SemanticError(reg(dst) != Reg.R0 ? dst : src, "cmpxchg compares with and returns into r0");
            }
            operand = reg(third);
        } else {
            if (third != null) {
                throw new SemanticError(third, name.image + " takes an address and one register");
            }
            if (reg(dst) != reg(src)) {
                throw new SemanticError(src, "atomic fetch returns the old value in its operand: expected " + dst.image
                        + ", found '" + src.image + "'");
            }
            operand = reg(src);
        }
        emit(new Insn.Atomic(size, op, reg(m.base()), operand, offset16(m.offset(), m.start())), dst);
    }

    void ldPseudo(Token name, Token dst, Expr src, Expr imm) {
        long code = constant(src);
        PseudoSrc p = code >= 0 && code <= 15 ? PseudoSrc.ofOrNull((int) code) : null;
        if (p == null) {
            throw new SemanticError(src.start(), "pseudo source " + code + " is not one of 0..6 (BPF_PSEUDO_*)");
        }
        Reg d = reg(dst);
        emit(new Insn.LoadImm64(d, p, imm32(imm) & 0xffffffffL), dst);
    }

    /** {@code 1b} / {@code 1f}: the hidden name of the local label it refers to. */
    Token localLabelReference(Token t) {
        if (!LocalLabels.isReference(t.image)) {
            throw new SemanticError(t, "expected a label, +N or -N, found '" + t.image + "'");
        }
        return localLabels.reference(t);
    }

    /** The kernel log's opcode in parentheses, {@code (18)}: it tells an lddw from a mov. */
    void kernelOpcode(Token op) {
        kernelOpcode = op;
    }

    void callRelative(Token c, Token sign, Token n) {
        long v = Expr.parseNumber(n);
        v = sign.kind == AsmParserConstants.MINUS ? -v : v;
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new SemanticError(n, "call offset " + v + " does not fit in 32 bits");
        }
        emit(new Insn.CallLocal(Target.offset((int) v)), c);
    }

    /** {@code call kernel-function#ID} from the kernel log: a kfunc by BTF id. */
    void callKfunc(Token c, Token t) {
        long id = Long.parseLong(t.image.substring(t.image.indexOf('#') + 1));
        if (id > Integer.MAX_VALUE) {
            throw new SemanticError(t, "BTF id " + id + " does not fit in 32 bits");
        }
        emit(new Insn.CallKfunc((int) id, 0), c);
    }

    private void checkAtomicWidth(Token reg, Size size, Token at) {
        if (size != Size.W && size != Size.DW) {
            throw new SemanticError(at, "atomic operations take u32 or u64, not " + at.image);
        }
        if ((size == Size.W) != (width(reg) == Width.W32)) {
            throw new SemanticError(reg, "a " + size.bits() + "-bit atomic operation uses " + (size == Size.W ? "w" : "r")
                    + " registers, found '" + reg.image + "'");
        }
    }

    void exchange(Token dst, Token name, MemRef m, Token b, Token c) {
        String n = name.image;
        boolean cmp = n.startsWith("cmpxchg");
        Size size = n.endsWith("32_32") ? Size.W : Size.DW;
        if (!n.equals(cmp ? "cmpxchg_64" : "xchg_64") && !n.equals(cmp ? "cmpxchg32_32" : "xchg32_32")) {
            throw new SemanticError(name, "unknown atomic operation '" + n + "'");
        }
        checkAtomicWidth(dst, size, name);
        Reg base = reg(m.base());
        int off = offset16(m.offset(), m.start());
        if (cmp) {
            if (c == null) {
                throw new SemanticError(b, n + " takes an address, r0 and a new value");
            }
            if (reg(dst) != Reg.R0 || reg(b) != Reg.R0) {
                throw new SemanticError(reg(dst) != Reg.R0 ? dst : b, "cmpxchg compares with and returns into r0");
            }
            emit(new Insn.Atomic(size, AtomicOp.CMPXCHG, base, reg(c), off), dst);
        } else {
            if (c != null) {
                throw new SemanticError(c, n + " takes an address and one register");
            }
            if (!dst.image.equals(b.image)) {
                throw new SemanticError(b, "xchg returns the old value in its operand: expected " + dst.image);
            }
            emit(new Insn.Atomic(size, AtomicOp.XCHG, base, reg(b), off), dst);
        }
    }

    void loadAcquire(Token dst, Token name, Token type, MemRef m) {
        emit(new Insn.Atomic(size(type, false), AtomicOp.LOAD_ACQUIRE, reg(dst), reg(m.base()),
                offset16(m.offset(), m.start())), dst);
    }

    void addrSpaceCast(Token dst, Token name, Token src, Token a, Token b) {
        long da = Expr.parseNumber(a);
        long sa = Expr.parseNumber(b);
        if (da > 0xffff || sa > 0xffff) {
            throw new SemanticError(da > 0xffff ? a : b, "address space must be 0..65535");
        }
        emit(new Insn.AddrSpaceCast(reg(dst), reg(src), (int) da, (int) sa), dst);
    }

    void mov(Token dst, Token src) {
        sameWidth(dst, src);
        emit(new Insn.AluReg(width(dst), AluOp.MOV, reg(dst), reg(src)), dst);
    }

    void movImm(Token dst, Expr imm, Token ll) {
        Reg d = reg(dst);
        Token opcode = kernelOpcode;
        kernelOpcode = null;
        if (ll == null && opcode != null && opcode.image.equals("18")) {
            ll = opcode;
        }
        if (ll == null) {
            emit(new Insn.AluImm(width(dst), AluOp.MOV, d, imm32(imm)), dst);
            return;
        }
        if (width(dst) != Width.W64) {
            throw new SemanticError(dst, "a 64-bit immediate needs an r register, found '" + dst.image + "'");
        }
        if (imm instanceof Expr.Num n) {
            emit(Insn.LoadImm64.of(d, n.value()), dst);
            return;
        }
        mentionSymbols(imm);
        emit(Insn.LoadImm64.of(d, 0), dst, null, LDDW_EXPR);
        current.insns.getLast().pendingExpr = imm;
    }

    private void mentionSymbols(Expr e) {
        switch (e) {
            case Expr.Symbol s -> mention(s.name());
            case Expr.Unary u -> mentionSymbols(u.operand());
            case Expr.Binary b -> {
                mentionSymbols(b.left());
                mentionSymbols(b.right());
            }
            case Expr.Num n -> {
            }
        }
    }

    // ---------------------------------------------------------------- the conformance dialect

    void conformanceInsn(Token m, List<ConfOperand> ops) {
        ConformanceInsns.build(this, m, ops);
    }

    void emitConformance(Insn insn, Token start, Token target) {
        if (target != null) {
            mention(target.image).referenced = true;
        }
        emit(insn, start, target, PLAIN);
    }

    // ---------------------------------------------------------------- directives

    void directive(Token name, List<DirectiveArg> args) {
        Directives.apply(this, name, args);
    }

    /** {@code .file N ...}, {@code .loc} and {@code .cfi_*}: blank-separated operands, as tokens. */
    void debugDirective(Token name, List<Token> args) {
        dwarf.directive(name, args);
    }

    SectionState currentSection() {
        return current;
    }

    /** llvm: MCObjectStreamer::changeSectionImpl: a section change drops a .loc not yet used. */
    private void switchTo(SectionState s) {
        if (s != current) {
            dwarf.sectionChanged();
        }
        current = s;
    }

    SectionState sectionNamed(String name) {
        return sections.get(name);
    }

    /** A section llvm-mc creates for a table it builds at the end of the file (.debug_line, .debug_frame, ...). */
    SectionState sectionForTable(String name, int type, long flags, long entSize) {
        SectionState s = sections.get(name);
        if (s == null) {
            s = section(name, type, flags);
            s.entSize = entSize;
        }
        s.hasData = true;
        return s;
    }

    void appendTo(SectionState s, byte[] b) {
        s.hasData = true;
        s.ensure(b.length);
        System.arraycopy(b, 0, s.data, s.size, b.length);
        s.size += b.length;
    }

    /** A relocation against the section symbol of {@code target} (what a temporary label there becomes). */
    void relocateToSection(SectionState s, long offset, RelocType type, SectionState target) {
        s.relocSymbols.add(new Pending(offset, type, null, target));
    }

    /**
     * The directory llvm-mc names as the compilation directory of a line table without
     * {@code .file 0}: its working directory (llvm-mc's -fdebug-compilation-dir default).
     */
    String compilationDirectory() {
        return System.getProperty("user.dir");
    }

    void switchSection(String name, int type, long flags, long entSize, Token at) {
        SectionState s = sections.get(name);
        if (s == null) {
            s = section(name, type, flags);
            s.entSize = entSize;
        }
        previous = current;
        switchTo(s);
    }

    /** GNU as: .pushsection saves the current and previous sections, .popsection restores them. */
    void pushSection() {
        sectionStack.push(new SectionState[]{current, previous});
    }

    void popSection(Token at) {
        if (sectionStack.isEmpty()) {
            throw new SemanticError(at, ".popsection without .pushsection");
        }
        SectionState[] saved = sectionStack.pop();
        switchTo(saved[0]);
        previous = saved[1];
    }

    void previousSection() {
        SectionState p = previous;
        previous = current;
        switchTo(p);
    }

    SymbolState symbol(Token t) {
        return mention(t.image);
    }

    /** {@code .} is the current location: a temporary label defined here stands for it. */
    Expr here(Expr e) {
        return switch (e) {
            case Expr.Symbol sym when sym.name().equals(".") -> {
                Token t = Token.at(sym.start(), AsmParserConstants.IDENT, ".Ldot." + order);
                label(t);
                yield new Expr.Symbol(t);
            }
            case Expr.Unary u -> new Expr.Unary(u.start(), here(u.operand()));
            case Expr.Binary b -> new Expr.Binary(b.op(), here(b.left()), here(b.right()));
            default -> e;
        };
    }

    void data(Expr value, int bytes) {
        Expr e = here(value);
        SectionState s = current;
        dwarf.lineEntry(s);
        s.hasData = true;
        int at = s.size;
        s.put(0, bytes);
        mentionSymbols(e);
        boolean foldedAsRead = foldsAsRead(e);
        // llvm writes a value it folds as it reads it at once, and fixes up the others after
        // layout, in order: a fixup may overwrite bytes written earlier (see fixupQuirk).
        (foldedAsRead ? atEnd : fixups).add(() -> writeData(s, at, e, bytes, foldedAsRead));
    }

    /**
     * llvm: MCExpr::evaluateAsAbsolute without a layout, as MCObjectStreamer tries it when it
     * reads a value: a constant, or differences of labels already defined in one run of
     * plain data fragments (no alignment and no unresolved LEB128 between them).
     */
    private boolean foldsAsRead(Expr e) {
        return switch (e) {
            case Expr.Num n -> true;
            case Expr.Unary u -> foldsAsRead(u.operand());
            case Expr.Binary b when b.op().kind == AsmParserConstants.MINUS
                    && b.left() instanceof Expr.Symbol l && b.right() instanceof Expr.Symbol r -> {
                SymbolState a = symbols.get(l.name());
                SymbolState c = symbols.get(r.name());
                yield a != null && c != null && a.definedAt != null && c.definedAt != null && !a.sectionStart
                        && a.section == c.section && a.fragment == c.fragment;
            }
            case Expr.Binary b -> foldsAsRead(b.left()) && foldsAsRead(b.right());
            case Expr.Symbol sym -> false;
        };
    }

    /** Every symbol of the expression is defined, in a section whose offsets are final. */
    private boolean placedNow(Expr e) {
        return switch (e) {
            case Expr.Num n -> true;
            case Expr.Unary u -> placedNow(u.operand());
            case Expr.Binary b -> placedNow(b.left()) && placedNow(b.right());
            case Expr.Symbol sym -> {
                SymbolState st = symbols.get(sym.name());
                yield st != null && st.definedAt != null && !st.section.pendingLeb;
            }
        };
    }

    /** Sizes of the LEB128 values not known as they were read, from the previous pass (llvm: relaxLEB). */
    private int[] lebHints = new int[0];
    private final List<Integer> lebSizes = new ArrayList<>();
    private boolean relaxAgain;

    private boolean lastPass;

    void lebHints(int[] hints, boolean last) {
        lebHints = hints;
        lastPass = last;
    }

    /** Non-null when a LEB128 value needs more bytes than this pass gave it: assemble again with these sizes. */
    int[] relaxedLebSizes() {
        return relaxAgain && !lastPass ? lebSizes.stream().mapToInt(Integer::intValue).toArray() : null;
    }

    StringCharStream chars() {
        return chars;
    }

    /**
     * {@code .uleb128} / {@code .sleb128}. A value llvm-mc cannot compute as it reads it (a
     * label defined later, or across an alignment) is an LEB fragment it relaxes after
     * layout: it starts as one byte and only grows, padded when its value would need fewer
     * (llvm: MCAssembler::relaxLEB). bpflab computes such a value at once when its labels'
     * offsets are final, and otherwise gives it the size the previous pass found
     * ({@link #relaxedLebSizes}) until the sizes stop changing.
     */
    void leb128(Expr value, boolean signed) {
        Expr e = here(value);
        SectionState s = current;
        if (foldsAsRead(e)) {
            bytes(leb(constant(e), signed, 0));
            return;
        }
        mentionSymbols(e);
        if (placedNow(e)) {
            s.hasData = true;
            s.boundaries.add(s.size);
            s.fragmentStarts.add(s.size);
            // An LEB fragment: llvm-mc makes no line entry for it (MCObjectStreamer::emitULEB128Value).
            appendTo(s, leb(constant(e), signed, 0));
            s.fragmentStarts.add(s.size);
            return;
        }
        int k = lebSizes.size();
        // llvm: an MCLEBFragment starts as one byte.
        int hint = k < lebHints.length ? lebHints[k] : 1;
        lebSizes.add(hint);
        s.hasData = true;
        s.boundaries.add(s.size);
        s.pendingLeb = true;
        int at = s.size;
        s.put(0, hint);
        s.fragmentStarts.add(at);
        s.fragmentStarts.add(s.size);
        atEnd.add(() -> {
            byte[] minimal = leb(constant(e), signed, 0);
            if (minimal.length > hint) {
                lebSizes.set(k, minimal.length);
                relaxAgain = true;
                return;
            }
            System.arraycopy(leb(constant(e), signed, hint), 0, s.data, at, hint);
        });
    }

    /** llvm: encodeULEB128/encodeSLEB128 with PadTo: continuation bytes up to {@code padTo}. */
    static byte[] leb(long x, boolean signed, int padTo) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int count = 0;
        boolean more;
        do {
            int b = (int) (x & 0x7f);
            x = signed ? x >> 7 : x >>> 7;
            more = signed ? !(x == 0 && (b & 0x40) == 0 || x == -1 && (b & 0x40) != 0) : x != 0;
            count++;
            out.write(more || count < padTo ? b | 0x80 : b);
        } while (more);
        if (count < padTo) {
            int pad = signed && x < 0 ? 0x7f : 0;
            for (; count < padTo - 1; count++) {
                out.write(pad | 0x80);
            }
            out.write(pad);
        }
        return out.toByteArray();
    }

    void bytes(byte[] b) {
        SectionState s = current;
        dwarf.lineEntry(s);
        s.hasData = true;
        s.ensure(b.length);
        System.arraycopy(b, 0, s.data, s.size, b.length);
        s.size += b.length;
    }

    void fill(long count, int value) {
        SectionState s = current;
        s.hasData = true;
        s.ensure((int) count);
        Arrays.fill(s.data, s.size, s.size + (int) count, (byte) value);
        s.size += (int) count;
    }

    void align(long bytes, int fillValue) {
        SectionState s = current;
        s.boundaries.add(s.size);
        s.fragmentStarts.add(s.size);
        s.align = Math.max(s.align, bytes);
        long pad = (bytes - s.size % bytes) % bytes;
        if (pad > 0) {
            fill(pad, fillValue);
        }
        s.fragmentStarts.add(s.size);
    }

    /** {@code .zero N}: llvm's MCFillFragment, a fragment of its own (which label differences can still fold across). */
    void fillFragment(long count, int value) {
        SectionState s = current;
        s.fragmentStarts.add(s.size);
        fill(count, value);
        s.fragmentStarts.add(s.size);
    }

    /**
     * {@code .comm}: a local symbol (declared {@code .local}, or {@code .lcomm}) is laid out in
     * .bss as llvm-mc's emitLocalCommonSymbol does; any other becomes an SHN_COMMON symbol.
     */
    void common(Token name, long size, long align, boolean local) {
        SymbolState sym = mention(name.image);
        if (local || sym.bindSet && sym.bind == Elf.STB_LOCAL) {
            SectionState saved = current;
            switchTo(section(".bss", Elf.SHT_NOBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE));
            align(align, 0);
            label(name);
            fill(size, 0);
            switchTo(saved);
        } else {
            sym.commonAlign = align;
            sym.bind = Elf.STB_GLOBAL;
            sym.bindSet = true;
        }
        if (sym.type == Elf.STT_NOTYPE) {
            sym.type = Elf.STT_OBJECT;
        }
        sym.size = new Expr.Num(name, size);
    }

    /** llvm: MCELFStreamer::emitIdent: the string into .comment, after one leading NUL. */
    void ident(byte[] text) {
        SectionState saved = current;
        boolean first = !sections.containsKey(".comment");
        switchTo(section(".comment", Elf.SHT_PROGBITS, Elf.SHF_MERGE | Elf.SHF_STRINGS));
        current.entSize = 1;
        if (first) {
            bytes(new byte[1]);
        }
        bytes(text);
        bytes(new byte[1]);
        switchTo(saved);
    }

    void addrsig() {
        addrsig = true;
    }

    void addrsigSym(Token t) {
        mention(t.image);
        addrsigSyms.add(t);
    }

    void fileSymbol(String name) {
        fileSymbols.add(name);
    }

    void declareMap(Token at, MapDef def) {
        if (mapIndex.containsKey(def.name())) {
            throw new SemanticError(at, "map '" + def.name() + "' is already declared");
        }
        SymbolState sym = mention(def.name());
        if (sym.definedAt != null) {
            throw new SemanticError(at, "'" + def.name() + "' is already defined on line " + line(sym.definedAt));
        }
        SectionState saved = current;
        switchTo(section("maps", Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE));
        align(4, 0);
        label(at);
        sym.bind = Elf.STB_GLOBAL;
        sym.type = Elf.STT_OBJECT;
        sym.size = new Expr.Num(at, MapDef.DEF_SIZE);
        current.put(def.typeId(), 4);
        current.put(def.keySize(), 4);
        current.put(def.valueSize(), 4);
        current.put(def.maxEntries(), 4);
        current.put(def.flags(), 4);
        current.hasData = true;
        switchTo(saved);
        mapIndex.put(def.name(), maps.size());
        maps.add(def);
    }

    // ---------------------------------------------------------------- the end of the file

    /** Resolves everything once the whole file is read. */
    Assembly finish() {
        try {
            dwarf.finish();
        } catch (SemanticError e) {
            error(e.token, e.getMessage());
        }
        // llvm: an ELF section's begin symbol is named after it, so an undefined name that is a
        // section's (".long .debug_abbrev" in clang -g output) is that section's start.
        for (SymbolState sym : symbols.values()) {
            SectionState named = sym.definedAt == null ? sections.get(sym.name) : null;
            if (named != null && sym.commonAlign == 0) {
                sym.section = named;
                sym.offset = 0;
                sym.definedAt = Token.newToken(AsmParserConstants.IDENT, sym.name);
                sym.bind = Elf.STB_LOCAL;
                sym.sectionStart = true;
            }
        }
        for (List<Runnable> phase : List.of(atEnd, fixups)) {
            for (Runnable r : phase) {
                try {
                    r.run();
                } catch (SemanticError e) {
                    error(e.token, e.getMessage());
                }
            }
        }
        if (relaxAgain && lastPass) {
            errorAtEnd("the sizes of .uleb128/.sleb128 values do not settle");
        }
        for (SectionState s : sections.values()) {
            encode(s);
        }
        for (Token t : addrsigSyms) {
            SymbolState s = symbols.get(t.image);
            s.referenced = true;
        }
        if (!diagnostics.isEmpty()) {
            return Assembly.failed(file, diagnostics());
        }
        List<SectionState> withCode = sections.values().stream().filter(s -> !s.insns.isEmpty())
                .sorted((a, b) -> Integer.compare(a.firstInsn, b.firstInsn)).toList();
        BpfObject object = object();
        if (!diagnostics.isEmpty()) {
            return Assembly.failed(file, diagnostics());
        }
        java.util.function.Supplier<Map<String, io.bpflab.isa.SourceLines>> lines = () -> {
            Map<String, io.bpflab.isa.SourceLines> byName = new LinkedHashMap<>();
            for (SectionState s : withCode) {
                byName.put(s.name, sourceLines(s));
            }
            return byName;
        };
        return new Assembly(file, List.of(), maps, object, withCode.stream().map(s -> s.name).toList(), lines, () -> {
            Map<String, Program> programs = new LinkedHashMap<>();
            for (SectionState s : withCode) {
                programs.put(s.name, program(s));
            }
            return programs;
        });
    }

    /**
     * Each instruction's line of this file, for traces and the debugger's {@code break
     * FILE:LINE}. A section with data among its instructions is decoded rather than taken
     * instruction by instruction, so its indexes are not known here: it gets none.
     */
    private io.bpflab.isa.SourceLines sourceLines(SectionState s) {
        if (s.hasData) {
            return io.bpflab.isa.SourceLines.NONE;
        }
        Map<Integer, io.bpflab.isa.SourceLines.Line> byIndex = new LinkedHashMap<>();
        int previous = -1;
        for (int i = 0; i < s.insns.size(); i++) {
            int line = chars.line(s.insns.get(i).startOffset);
            if (line != previous) {
                byIndex.put(i, new io.bpflab.isa.SourceLines.Line(file, line, sourceLine(line)));
                previous = line;
            }
        }
        return new io.bpflab.isa.SourceLines(byIndex);
    }

    /** Resolves every instruction of a section to its wire form and writes it at its offset. */
    private void encode(SectionState s) {
        for (InsnRec rec : s.insns) {
            Insn wire;
            try {
                wire = switch (rec.kind) {
                    case CALL_NAME -> resolveCall(s, rec);
                    case LDDW_EXPR -> resolveLddw(s, rec);
                    default -> withOffsets(s, rec, rec.insn);
                };
            } catch (SemanticError e) {
                error(e.token, e.getMessage());
                continue;
            }
            try {
                if (rec.offset % RawInsn.BYTES == 0) {
                    Encoder.write(wire, s.data, rec.offset / RawInsn.BYTES);
                } else {
                    // After data of a size that is not a multiple of 8, llvm-mc writes the instruction where it is.
                    byte[] slots = new byte[2 * RawInsn.BYTES];
                    Encoder.write(wire, slots, 0);
                    System.arraycopy(slots, 0, s.data, rec.offset, wire.slots() * RawInsn.BYTES);
                }
            } catch (IllegalArgumentException e) {
                error(rec.at(), e.getMessage());
            }
        }
    }

    private int slotsTo(SectionState s, InsnRec rec, String label) {
        SymbolState t = symbols.get(label);
        Token at = rec.at();
        if (t == null || t.definedAt == null) {
            throw new SemanticError(at, "undefined label '" + label + "'");
        }
        if (t.section != s) {
            throw new SemanticError(at, "label '" + label + "' is in section " + t.section.name + ", not in " + s.name);
        }
        long delta = t.offset - (rec.offset + RawInsn.BYTES);
        if (delta % RawInsn.BYTES != 0) {
            throw new SemanticError(at, "label '" + label + "' is not at an instruction boundary");
        }
        return (int) (delta / RawInsn.BYTES);
    }

    private Insn withOffsets(SectionState s, InsnRec rec, Insn insn) {
        return switch (insn) {
            case Insn.JumpReg j when j.target() instanceof Target.Label l ->
                    new Insn.JumpReg(j.width(), j.op(), j.dst(), j.src(), jumpOffset(s, rec, l.name()));
            case Insn.JumpImm j when j.target() instanceof Target.Label l ->
                    new Insn.JumpImm(j.width(), j.op(), j.dst(), j.imm(), jumpOffset(s, rec, l.name()));
            case Insn.Ja j when j.target() instanceof Target.Label l -> new Insn.Ja(jumpOffset(s, rec, l.name()));
            case Insn.MayGoto j when j.target() instanceof Target.Label l -> new Insn.MayGoto(jumpOffset(s, rec, l.name()));
            case Insn.Gotol j when j.target() instanceof Target.Label l ->
                    new Insn.Gotol(Target.offset(jumpSlots(s, rec, l.name())));
            case Insn.CallLocal c when c.target() instanceof Target.Label l ->
                    new Insn.CallLocal(Target.offset(slotsTo(s, rec, l.name())));
            default -> insn;
        };
    }

    private Target jumpOffset(SectionState s, InsnRec rec, String label) {
        int slots = jumpSlots(s, rec, label);
        if (slots < Short.MIN_VALUE || slots > Short.MAX_VALUE) {
            throw new SemanticError(rec.at(),
                    "jump to '" + label + "' is out of range: " + slots + " instructions does not fit in 16 bits (use gotol)");
        }
        return Target.offset(slots);
    }

    private int jumpSlots(SectionState s, InsnRec rec, String label) {
        SymbolState t = symbols.get(label);
        if (t != null && t.definedAt != null && t.bind != Elf.STB_LOCAL && dialect != Dialect.CONFORMANCE) {
            // llvm-mc-19 asks for a relocation here and fails (there is none for a 16-bit jump offset).
            throw new SemanticError(rec.at(), "jump to " + (t.bind == Elf.STB_WEAK ? "weak" : "global")
                    + " symbol '" + label + "': a jump offset cannot be relocated (BPF has no relocation for it), so the"
                    + " target must be a local label; call it, or jump to a local label at the same place");
        }
        return slotsTo(s, rec, label);
    }

    private Insn resolveCall(SectionState s, InsnRec rec) {
        String name = rec.target.image;
        SymbolState sym = symbols.get(name);
        if (sym != null && sym.definedAt != null && sym.section == s && sym.bind == Elf.STB_LOCAL) {
            return new Insn.CallLocal(Target.offset(slotsTo(s, rec, name)));
        }
        if (sym != null && sym.definedAt != null && sym.section == s) {
            // llvm: a global or weak function may be replaced at link time, so a call to it is
            // relocated even where it is defined in the same section. The program keeps the label.
            slotsTo(s, rec, name);
            long value = relocate(s, rec.offset, RelocType.R_BPF_64_32, name, 0, rec.target);
            return new Insn.CallLocal(Target.offset((int) Long.divideUnsigned(value - 8, 8)));
        }
        if (sym == null || sym.definedAt == null) {
            var helper = Helper.byName(name);
            boolean declared = sym != null && sym.bindSet;
            if (helper.isPresent() && !declared) {
                rec.insn = new Insn.Call(helper.get().id());
                return rec.insn;
            }
            if (name.startsWith("bpf_") && !declared) {
                List<String> near = Helper.suggest(name);
                throw new SemanticError(rec.target, "unknown helper '" + name + "'"
                        + (near.isEmpty() ? "" : ", did you mean " + String.join(" or ", near) + "?"));
            }
        }
        long value = relocate(s, rec.offset, RelocType.R_BPF_64_32, name, 0, rec.target);
        // llvm: BPFAsmBackend writes (Value - 8) / 8 in unsigned 64-bit arithmetic.
        int imm = (int) Long.divideUnsigned(value - 8, 8);
        rec.insn = new Insn.CallLocal(Target.offset(imm));
        return rec.insn;
    }

    private Insn resolveLddw(SectionState s, InsnRec rec) {
        Insn.LoadImm64 ph = (Insn.LoadImm64) rec.insn;
        Expr.Value v = Expr.fold(rec.pendingExpr, this);
        if (v.isConstant()) {
            rec.insn = Insn.LoadImm64.of(ph.dst(), v.addend());
            return rec.insn;
        }
        long value = relocate(s, rec.offset, RelocType.R_BPF_64_64, v.symbol(), v.addend(), rec.pendingExpr.start());
        Insn wire = Insn.LoadImm64.of(ph.dst(), value & 0xffffffffL);
        Integer map = mapIndex.get(v.symbol());
        rec.insn = map != null && v.addend() == 0 ? new Insn.LoadImm64(ph.dst(), PseudoSrc.MAP_FD, map) : wire;
        return wire;
    }

    /**
     * Records a relocation and returns the value llvm-mc writes in place: the addend for a
     * global or undefined symbol, the offset in the section plus the addend for a local one
     * (which is relocated against its section's symbol).
     */
    private long relocate(SectionState s, long offset, RelocType type, String name, long addend, Token at) {
        SymbolState sym = mention(name);
        if (sym.definedAt != null && sym.bind == Elf.STB_LOCAL) {
            s.relocSymbols.add(new Pending(offset, type, null, sym.section));
            return sym.offset + addend;
        }
        sym.referenced = true;
        if (sym.definedAt == null && !sym.bindSet) {
            sym.bind = Elf.STB_GLOBAL;
        }
        s.relocSymbols.add(new Pending(offset, type, sym, null));
        return addend;
    }

    private void writeData(SectionState s, int at, Expr e, int bytes, boolean foldedAsRead) {
        Expr.Value v = Expr.fold(e, this);
        if (v.isConstant() && !foldedAsRead && bytes < 4) {
            fixupQuirk(s, at, v.addend(), e);
            return;
        }
        if (v.isConstant()) {
            long x = v.addend();
            if (bytes < 8 && (x < -(1L << (8 * bytes - 1)) || x >= (1L << (8 * bytes)))) {
                throw new SemanticError(e.start(), "value " + x + " does not fit in " + bytes + " byte" + (bytes == 1 ? "" : "s"));
            }
            s.patch(at, x, bytes);
            return;
        }
        if (bytes != 4 && bytes != 8) {
            throw new SemanticError(e.start(), "a symbol needs a 4- or 8-byte data directive");
        }
        RelocType type = bytes == 8 ? RelocType.R_BPF_64_ABS64 : data32(mention(v.symbol()));
        long value = relocate(s, at, type, v.symbol(), v.addend(), e.start());
        s.patch(at, value, bytes);
    }

    /**
     * llvm-mc-19 fixes up a 1- or 2-byte value it could not compute as it read it (a label
     * defined later, or a difference across an alignment) as if it were a jump offset:
     * BPFAsmBackend::applyFixup has no case for FK_Data_1/FK_Data_2 and falls into the
     * FK_PCRel_2 one, which writes (value - 8) / 8 (unsigned 64-bit division) as 16 bits two
     * bytes further on, within the fragment, and leaves the value's own bytes zero. Bytes
     * must equal llvm-mc's, so bpflab writes the same.
     */
    private void fixupQuirk(SectionState s, int at, long value, Expr e) {
        long byteOff = value - 8;
        if (byteOff > Short.MAX_VALUE * 8L || byteOff < Short.MIN_VALUE * 8L) {
            // llvm: report_fatal_error("Branch target out of insn range").
            throw new SemanticError(e.start(), "value " + value + " of a label difference llvm-mc-19 fixes up after layout"
                    + " is out of its range (llvm-mc-19 stops with 'Branch target out of insn range')");
        }
        long w = Long.divideUnsigned(byteOff, 8) & 0xffff;
        int end = s.size;
        for (int b : s.fragmentStarts) {
            if (b > at) {
                end = Math.min(end, b);
                break;
            }
        }
        for (int i = 0; i < 2; i++) {
            if (at + 2 + i < end) {
                s.data[at + 2 + i] = (byte) (w >>> (8 * i));
            }
        }
    }

    /**
     * llvm: BPFELFObjectWriter::getRelocType for a 4-byte word. NODYLD32 (which RuntimeDyld
     * leaves alone) for the words .BTF.ext and .BTF write: a temporary label in an executable
     * section, or a named symbol in a writable one; ABS32 otherwise.
     */
    private static RelocType data32(SymbolState target) {
        if (target.definedAt != null) {
            long flags = target.section.flags;
            boolean alloc = (flags & Elf.SHF_ALLOC) != 0;
            if (target.temporary() ? alloc && (flags & Elf.SHF_EXECINSTR) != 0 : alloc && (flags & Elf.SHF_WRITE) != 0) {
                return RelocType.R_BPF_64_NODYLD32;
            }
        }
        return RelocType.R_BPF_64_ABS32;
    }

    private Program program(SectionState s) {
        List<Insn> insns = new ArrayList<>(s.insns.size());
        for (InsnRec rec : s.insns) {
            insns.add(rec.insn);
        }
        if (s.hasData) {
            try {
                return io.bpflab.isa.Decoder.decode(Arrays.copyOf(s.data, s.size));
            } catch (io.bpflab.isa.DecodeException e) {
                return programOfOffsets(s);
            }
        }
        // Without data every instruction starts at its slot: the index of a slot is found by counting lddw.
        int[] indexAtSlot = new int[s.size / RawInsn.BYTES + 1];
        java.util.Arrays.fill(indexAtSlot, -1);
        for (int i = 0; i < s.insns.size(); i++) {
            indexAtSlot[s.insns.get(i).offset / RawInsn.BYTES] = i;
        }
        indexAtSlot[indexAtSlot.length - 1] = s.insns.size();
        Map<String, Integer> labels = new LinkedHashMap<>();
        symbols.values().stream()
                .filter(sym -> sym.section == s && sym.definedAt != null && sym.offset % RawInsn.BYTES == 0
                        && indexAtSlot[(int) (sym.offset / RawInsn.BYTES)] >= 0)
                .sorted((a, b) -> Integer.compare(a.order, b.order))
                .forEach(sym -> labels.put(sym.name, indexAtSlot[(int) (sym.offset / RawInsn.BYTES)]));
        List<Insn> resolved = new ArrayList<>(insns.size());
        for (Insn insn : insns) {
            resolved.add(insn instanceof Insn.CallLocal(Target.Label l) && !labels.containsKey(l.name())
                    ? new Insn.CallLocal(Target.offset(-1)) : insn);
        }
        return new Program(resolved, labels);
    }

    private Program programOfOffsets(SectionState s) {
        List<Insn> insns = new ArrayList<>();
        for (InsnRec rec : s.insns) {
            insns.add(rec.insn);
        }
        return Program.of(insns);
    }

    private BpfObject object() {
        List<SymbolState> inTable = new ArrayList<>();
        for (SymbolState sym : symbols.values()) {
            boolean defined = sym.definedAt != null;
            if (sym.sectionStart || sym.temporary() && !(sym.bindSet && sym.bind != Elf.STB_LOCAL)) {
                continue;
            }
            if (defined || sym.referenced && sym.bind != Elf.STB_LOCAL || sym.bindSet && sym.bind != Elf.STB_LOCAL) {
                if (!defined && sym.bind == Elf.STB_LOCAL) {
                    continue;
                }
                if (!defined && !sym.referenced && !sym.bindSet) {
                    continue;
                }
                inTable.add(sym);
            }
        }
        List<SectionState> sectionSyms = new ArrayList<>();
        for (SectionState s : sections.values()) {
            for (Pending p : s.relocSymbols) {
                if (p.sectionSymbol() != null && !sectionSyms.contains(p.sectionSymbol())) {
                    sectionSyms.add(p.sectionSymbol());
                }
            }
        }
        record Entry(int order, ElfSymbol symbol, Object key) {
        }
        List<Entry> entries = new ArrayList<>();
        for (SectionState s : sectionSyms) {
            entries.add(new Entry(s.order, ElfSymbol.sectionSymbol(s.name), s));
        }
        for (SymbolState sym : inTable) {
            long size = 0;
            if (sym.size != null) {
                try {
                    size = constant(sym.size);
                } catch (SemanticError e) {
                    error(e.token, e.getMessage());
                }
            }
            entries.add(new Entry(sym.order, sym.commonAlign > 0
                    ? new ElfSymbol(sym.name, sym.type, sym.bind, sym.visibility, null, SHN_COMMON, sym.commonAlign, size)
                    : new ElfSymbol(sym.name, sym.type, sym.bind, sym.visibility,
                    sym.section == null ? null : sym.section.name, 0, sym.offset, size), sym));
        }
        entries.sort((a, b) -> Integer.compare(a.order, b.order));
        List<ElfSymbol> out = new ArrayList<>();
        Map<Object, Integer> index = new HashMap<>();
        for (String f : fileSymbols) {
            out.add(new ElfSymbol(f, Elf.STT_FILE, Elf.STB_LOCAL, 0, null, Elf.SHN_ABS, 0, 0));
        }
        for (Entry e : entries) {
            index.put(e.key, out.size());
            out.add(e.symbol);
        }
        List<ElfSection> outSections = new ArrayList<>();
        for (SectionState s : sections.values()) {
            List<Relocation> relocs = new ArrayList<>();
            for (Pending p : s.relocSymbols) {
                Object key = p.symbol() != null ? p.symbol() : p.sectionSymbol();
                relocs.add(new Relocation(p.offset(), p.type(), index.get(key)));
            }
            relocs.sort((a, b) -> Long.compare(a.offset(), b.offset()));
            outSections.add(new ElfSection(s.name, s.type, s.flags, s.align, s.entSize, Arrays.copyOf(s.data, s.size), relocs));
        }
        List<Integer> sig = new ArrayList<>();
        if (addrsig) {
            outSections.add(new ElfSection(".llvm_addrsig", Elf.SHT_LLVM_ADDRSIG, Elf.SHF_EXCLUDE, 1, 0, new byte[0], List.of()));
            for (Token t : addrsigSyms) {
                Integer i = index.get(symbols.get(t.image));
                if (i != null && !sig.contains(i)) {
                    sig.add(i);
                }
            }
        }
        return new BpfObject(outSections, out, maps, sig);
    }
}
