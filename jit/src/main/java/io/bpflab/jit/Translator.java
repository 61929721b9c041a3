package io.bpflab.jit;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Mode;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Interpreter;
import io.bpflab.vm.JitLinkage;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates one {@link Executable} into the bytes of one class: a static method per
 * subprogram with the eBPF registers in {@code long} locals, jumps as JVM compares and
 * branches, the other operations an {@code invokestatic} of {@link io.bpflab.vm.Semantics}
 * (the methods the interpreter calls) or a JVM instruction of the same meaning, held equal
 * by the differential test. Loads and stores outside the stack are checked once per group
 * (one base register, one block) against the region remembered in locals; the budget is
 * checked where a loop may close. Where exactness needs the interpreter (a group no
 * single region holds, a budget that may run out before the next check) the interpreter
 * runs the rest of the frame. Subprograms over HotSpot's method size limit are split, or
 * become a call into the interpreter.
 */
final class Translator {

    static final ClassDesc CD_MACHINE = ClassDesc.of("io.bpflab.jit.Machine");
    static final ClassDesc CD_CODE = ClassDesc.of("io.bpflab.jit.CompiledCode");
    static final ClassDesc CD_RUNTIME = ClassDesc.of("io.bpflab.jit.JitRuntime");
    static final ClassDesc CD_SEMANTICS = ClassDesc.of("io.bpflab.vm.Semantics");
    static final ClassDesc CD_EXECUTABLE = ClassDesc.of("io.bpflab.vm.Executable");
    static final ClassDesc CD_LINKAGE = ClassDesc.of("io.bpflab.vm.JitLinkage");
    static final ClassDesc CD_FAULT = ClassDesc.of("io.bpflab.vm.BpfFault");
    static final ClassDesc CD_BYTES = ClassDesc.ofDescriptor("[B");
    static final ClassDesc CD_LONGS = ClassDesc.ofDescriptor("[J");

    /** (Machine m, int depth, long r0, ..., long r9) -> r0, the shape of every subprogram method. */
    static final MethodTypeDesc FN = MethodTypeDesc.of(CD_long, fnParams(List.of(CD_MACHINE, CD_int)));
    /** {@link CompiledCode#call}: the pc of a subprogram first. */
    static final MethodTypeDesc CALL = MethodTypeDesc.of(CD_long, fnParams(List.of(CD_int, CD_MACHINE, CD_int)));

    private static final MethodTypeDesc JJ_J = MethodTypeDesc.of(CD_long, CD_long, CD_long);
    private static final MethodTypeDesc J_J = MethodTypeDesc.of(CD_long, CD_long);
    private static final MethodTypeDesc JI_J = MethodTypeDesc.of(CD_long, CD_long, CD_int);

    // Local variable slots. The parameters come first: m, depth, r0..r9.
    private static final int M = 0;
    private static final int DEPTH = 1;
    private static final int R10 = 22;
    private static final int COUNT = 24;
    private static final int BUDGET = 26;
    private static final int MAY_GOTO = 28;
    private static final int STACK = 31;
    private static final int AT = 32;
    private static final int RET = 33;
    private static final int SCRATCH = 34;
    private static final int CAUGHT = 35;
    private static final int TMP = 36;
    // The last region a load (R) and a store (W) outside the stack hit: its first address,
    // one past its last, and its bytes, kept in locals so HotSpot holds them in registers.
    private static final int ADDR = 38;
    private static final int R_START = 40;
    private static final int R_END = 42;
    private static final int W_START = 44;
    private static final int W_END = 46;
    private static final int R_DATA = 48;
    private static final int W_DATA = 49;
    /** The instruction the interpreter resumes at when the budget may run out before the next check. */
    private static final int RESUME_PC = 50;
    // In a piece: the parameters after m and depth.
    private static final int STATE = 2;
    private static final int BLOCK = 3;

    private final Executable x;
    private final Program program;
    private final ClassDesc self;
    private final List<Integer> entries;
    private final Map<Integer, Plan> plans;

    /**
     * How one subprogram is translated: as one method; split at {@code cuts} into pieces
     * that pass the registers in a {@code long[]} (HotSpot's size limit); or left to the interpreter.
     */
    record Plan(Function f, BitSet cuts, boolean interpreted) {

        static Plan whole(Function f) {
            return new Plan(f, null, false);
        }
    }

    Translator(Executable x, ClassDesc self, Map<Integer, Plan> plans) {
        this.x = x;
        this.program = x.program();
        this.self = self;
        this.plans = plans;
        this.entries = List.copyOf(plans.keySet());
    }

    static String methodName(int entry) {
        return "f" + entry;
    }

    static String pieceName(int entry, int piece) {
        return "f" + entry + "_" + piece;
    }

    /** (Machine m, int depth, long[] state, int block) -> the next block, or -1 after exit. */
    static final MethodTypeDesc PIECE = MethodTypeDesc.of(CD_int, CD_MACHINE, CD_int, ClassDesc.ofDescriptor("[J"), CD_int);

    // A piece's state array: r0..r10, then the count and the may_goto budget.
    private static final int STATE_COUNT = 11;
    private static final int STATE_MAY_GOTO = 12;
    /** The piece to run next, set by the piece control leaves. */
    private static final int STATE_PIECE = 13;

    private static List<ClassDesc> fnParams(List<ClassDesc> head) {
        List<ClassDesc> p = new ArrayList<>(head);
        for (int k = 0; k < 10; k++) {
            p.add(CD_long);
        }
        return p;
    }

    byte[] translate(ClassFile cf) {
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            cb.withInterfaceSymbols(CD_CODE);
            cb.withField("X", CD_EXECUTABLE, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
            cb.withMethodBody("<clinit>", MethodTypeDesc.of(CD_void), ClassFile.ACC_STATIC, code -> {
                // The Executable arrives as class data (Lookup.defineHiddenClassWithClassData).
                code.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA, ConstantDescs.DEFAULT_NAME, CD_EXECUTABLE));
                code.putstatic(self, "X", CD_EXECUTABLE);
                code.return_();
            });
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC, code -> {
                code.aload(0);
                code.invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                code.return_();
            });
            cb.withMethodBody("call", CALL, ClassFile.ACC_PUBLIC, code -> {
                // (int pc, Machine m, int depth, r0..r9): the subprogram starting at pc.
                code.aload(2);
                code.iload(3);
                for (int k = 0; k < 10; k++) {
                    code.lload(4 + 2 * k);
                }
                Label other = code.newLabel();
                List<SwitchCase> cases = new ArrayList<>();
                List<Label> targets = new ArrayList<>();
                for (int e : entries) {
                    Label l = code.newLabel();
                    cases.add(SwitchCase.of(e, l));
                    targets.add(l);
                }
                code.iload(1);
                code.lookupswitch(other, cases);
                for (int k = 0; k < entries.size(); k++) {
                    code.labelBinding(targets.get(k));
                    code.invokestatic(self, methodName(entries.get(k)), FN);
                    code.lreturn();
                }
                code.labelBinding(other);
                code.getstatic(self, "X", CD_EXECUTABLE);
                code.iload(1);
                code.invokestatic(CD_RUNTIME, "interpret", interpretType());
                code.lreturn();
            });
            for (int entry : entries) {
                method(cb, plans.get(entry));
            }
        });
    }

    private void method(ClassBuilder cb, Plan plan) {
        Function f = plan.f();
        if (plan.cuts() == null || plan.interpreted()) {
            cb.withMethodBody(methodName(f.entry), FN, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC, code -> {
                if (plan.interpreted()) {
                    interpretedBody(code, f.entry);
                } else {
                    new Body(code, f, -1, 0, program.size() + 1, null, null).emit();
                }
            });
            return;
        }
        List<Integer> starts = new ArrayList<>();
        plan.cuts().stream().forEach(starts::add);
        BitSet pieceEntries = pieceEntries(f, plan.cuts());
        for (int k = 0; k < starts.size(); k++) {
            int lo = starts.get(k);
            int hi = k + 1 < starts.size() ? starts.get(k + 1) : program.size() + 1;
            int piece = k;
            cb.withMethodBody(pieceName(f.entry, k), PIECE, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC,
                    code -> new Body(code, f, piece, lo, hi, pieceEntries, starts).emit());
        }
        cb.withMethodBody(methodName(f.entry), FN, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC,
                code -> dispatcher(code, f, starts));
    }

    /** Instructions control can reach from another piece: the subprogram's entry, and targets of jumps and fall-throughs across a cut. */
    private BitSet pieceEntries(Function f, BitSet cuts) {
        BitSet entries = new BitSet();
        entries.set(f.entry);
        int n = program.size();
        for (int i = f.body.nextSetBit(0); i >= 0 && i < n; i = f.body.nextSetBit(i + 1)) {
            Insn insn = program.insn(i);
            int from = cuts.previousSetBit(i);
            if (Function.fallsThrough(insn) && cuts.previousSetBit(i + 1) != from) {
                entries.set(i + 1);
            }
            Target t = Insn.jumpTargetOf(insn);
            if (t != null) {
                int to = program.resolve(t, i);
                if (cuts.previousSetBit(to) != from) {
                    entries.set(to);
                }
            }
        }
        return entries;
    }

    /**
     * A split subprogram's method: the registers go into a state array, then each piece runs
     * until control leaves it, returning the block to continue at (with its piece in the
     * state array), or -1 once the subprogram exited.
     */
    private void dispatcher(CodeBuilder code, Function f, List<Integer> starts) {
        int state = 22;
        int block = 23;
        code.loadConstant(STATE_PIECE + 1);
        code.newarray(java.lang.classfile.TypeKind.LONG);
        code.astore(state);
        for (int k = 0; k < 10; k++) {
            code.aload(state);
            code.loadConstant(k);
            code.lload(2 + 2 * k);
            code.lastore();
        }
        code.aload(state);
        code.loadConstant(10);
        code.aload(M);
        code.iload(DEPTH);
        code.invokestatic(CD_RUNTIME, "frameTop", MethodTypeDesc.of(CD_long, CD_MACHINE, CD_int));
        code.lastore();
        code.aload(state);
        code.loadConstant(STATE_COUNT);
        code.aload(M);
        code.getfield(CD_MACHINE, "insns", CD_long);
        code.lastore();
        code.aload(state);
        code.loadConstant(STATE_MAY_GOTO);
        code.loadConstant(Interpreter.MAY_GOTO_BUDGET);
        code.lastore();
        code.aload(state);
        code.loadConstant(STATE_PIECE);
        code.loadConstant((long) pieceOf(starts, f.entry));
        code.lastore();
        code.loadConstant(f.entry);
        code.istore(block);
        Label loop = code.newLabel();
        Label join = code.newLabel();
        code.labelBinding(loop);
        code.aload(M);
        code.iload(DEPTH);
        code.aload(state);
        code.iload(block);
        code.aload(state);
        code.loadConstant(STATE_PIECE);
        code.laload();
        code.l2i();
        List<SwitchCase> cases = new ArrayList<>();
        List<Label> targets = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            Label l = code.newLabel();
            cases.add(SwitchCase.of(k, l));
            targets.add(l);
        }
        code.tableswitch(0, starts.size() - 1, targets.getFirst(), cases);
        for (int k = 0; k < starts.size(); k++) {
            code.labelBinding(targets.get(k));
            code.invokestatic(self, pieceName(f.entry, k), PIECE);
            if (k + 1 < starts.size()) {
                code.goto_(join);
            }
        }
        code.labelBinding(join);
        code.istore(block);
        code.iload(block);
        code.ifge(loop);
        code.aload(state);
        code.iconst_0();
        code.laload();
        code.lreturn();
    }

    /** A subprogram HotSpot would not compile even split: the interpreter runs its frame. */
    private void interpretedBody(CodeBuilder code, int entry) {
        code.aload(M);
        code.iload(DEPTH);
        for (int k = 0; k < 10; k++) {
            code.lload(2 + 2 * k);
        }
        code.getstatic(self, "X", CD_EXECUTABLE);
        code.loadConstant(entry);
        code.invokestatic(CD_RUNTIME, "interpret", interpretType());
        code.lreturn();
    }

    private static MethodTypeDesc interpretType() {
        List<ClassDesc> p = fnParams(List.of(CD_MACHINE, CD_int));
        p.add(CD_EXECUTABLE);
        p.add(CD_int);
        return MethodTypeDesc.of(CD_long, p);
    }

    /** The piece holding instruction {@code i}: the last one starting at or before it. */
    static int pieceOf(List<Integer> starts, int i) {
        int k = java.util.Collections.binarySearch(starts, i);
        return k >= 0 ? k : -k - 2;
    }

    /**
     * The code of one compiled subprogram, or of one piece {@code [lo, hi)} of a split one
     * ({@code piece >= 0}), whose registers live in locals two slots higher (after the state
     * array and the block number) and travel in the state array between pieces.
     */
    private final class Body {

        private final CodeBuilder code;
        private final Function f;
        private final Label[] labels;
        private final List<Runnable> stubs = new ArrayList<>();
        private final boolean stackFastPath;
        /** Whether this method accesses memory outside the stack fast path (and so needs the remembered regions). */
        private final boolean groups;
        private final int piece;
        private final int lo;
        private final int hi;
        private final int shift;
        private final Map<Integer, Label> leaving = new java.util.TreeMap<>();
        private final Map<Integer, Label> resumeAt = new java.util.TreeMap<>();
        private final List<Label[]> tries = new ArrayList<>();
        private Label tryStart;
        private final BitSet pieceEntries;
        private final List<Integer> starts;

        Body(CodeBuilder code, Function f, int piece, int lo, int hi, BitSet pieceEntries, List<Integer> starts) {
            this.code = code;
            this.starts = starts;
            this.pieceEntries = pieceEntries;
            this.f = f;
            this.piece = piece;
            this.lo = lo;
            this.hi = hi;
            this.shift = piece >= 0 ? 2 : 0;
            this.labels = new Label[program.size() + 1];
            // Stack accesses through r10 at a constant offset are checked at translation time,
            // which holds only while r10 keeps the frame's address.
            this.stackFastPath = !f.writesR10;
            boolean any = false;
            for (int i = f.body.nextSetBit(lo); i >= 0 && i < hi && !any; i = f.body.nextSetBit(i + 1)) {
                any = f.groups[i] != null;
            }
            this.groups = any;
        }

        private boolean inside(int i) {
            return i >= lo && i < hi;
        }

        /** Where control goes for instruction {@code i}: its code, or the exit from this piece towards it. */
        private Label label(int i) {
            if (!inside(i)) {
                return leaving.computeIfAbsent(i, k -> code.newLabel());
            }
            if (labels[i] == null) {
                labels[i] = code.newLabel();
            }
            return labels[i];
        }

        /**
         * A long constant; one that fits an int is pushed as an int and widened, which for
         * the common small values takes no constant pool entry (a class holds at most 65,535).
         */
        private void longConstant(long v) {
            if (v == (int) v && v != 0 && v != 1) {
                code.loadConstant((int) v);
                code.i2l();
            } else {
                code.loadConstant(v);
            }
        }

        private int var(int slot) {
            return slot + shift;
        }

        /** The local holding entry {@code k} of a piece's state array. */
        private int stateLocal(int k) {
            return k == STATE_COUNT ? var(COUNT) : k == STATE_MAY_GOTO ? var(MAY_GOTO) : k == 10 ? var(R10) : var(2 + 2 * k);
        }

        /** Ends the subprogram with r0 on the stack: returned, or for a piece put in the state array. */
        private void returnR0() {
            if (piece < 0) {
                code.lreturn();
                return;
            }
            code.lstore(var(TMP));
            code.aload(STATE);
            code.iconst_0();
            code.lload(var(TMP));
            code.lastore();
            code.iconst_m1();
            code.ireturn();
        }

        void emit() {
            code.aload(M);
            code.getfield(CD_MACHINE, "budget", CD_long);
            code.lstore(var(BUDGET));
            code.aload(M);
            code.iload(DEPTH);
            code.invokestatic(CD_RUNTIME, "frame", MethodTypeDesc.of(CD_BYTES, CD_MACHINE, CD_int));
            code.astore(var(STACK));
            code.aload(M);
            code.getfield(CD_MACHINE, "ret", CD_LONGS);
            code.astore(var(RET));
            code.aload(M);
            code.getfield(CD_MACHINE, "scratch", CD_LONGS);
            code.astore(var(SCRATCH));
            code.iconst_0();
            code.istore(var(AT));
            if (groups) {
                code.aconst_null();
                code.astore(var(R_DATA));
                code.aconst_null();
                code.astore(var(W_DATA));
                code.lconst_0();
                code.lstore(var(R_START));
                code.lconst_0();
                code.lstore(var(W_START));
                forgetRegions();
            }
            if (piece < 0) {
                code.aload(M);
                code.getfield(CD_MACHINE, "insns", CD_long);
                code.lstore(var(COUNT));
                code.loadConstant(Interpreter.MAY_GOTO_BUDGET);
                code.lstore(var(MAY_GOTO));
                code.aload(M);
                code.iload(DEPTH);
                code.invokestatic(CD_RUNTIME, "frameTop", MethodTypeDesc.of(CD_long, CD_MACHINE, CD_int));
                code.lstore(var(R10));
            } else {
                for (int k = 0; k <= STATE_MAY_GOTO; k++) {
                    code.aload(STATE);
                    code.loadConstant(k);
                    code.laload();
                    code.lstore(stateLocal(k));
                }
            }
            if (piece < 0) {
                budgetCheck(f.entry);
            }
            int first = f.body.nextSetBit(lo);
            if (piece >= 0) {
                List<SwitchCase> cases = new ArrayList<>();
                for (int e = pieceEntries.nextSetBit(lo); e >= 0 && e < hi; e = pieceEntries.nextSetBit(e + 1)) {
                    cases.add(SwitchCase.of(e, label(e)));
                }
                code.iload(BLOCK);
                code.lookupswitch(label(first), cases);
            } else if (first != f.entry) {
                code.goto_(label(f.entry));
            }
            int n = program.size();
            for (int i = first; i >= 0 && i < hi; i = f.body.nextSetBit(i + 1)) {
                code.labelBinding(label(i));
                if (i == n) {
                    code.loadConstant(program.slotCount());
                    code.invokestatic(CD_RUNTIME, "fellOff", MethodTypeDesc.of(CD_FAULT, CD_int));
                    code.athrow();
                    continue;
                }
                if (f.isLeader(i) && !(i > 0 && f.skips.get(i - 1))) {
                    code.lload(var(COUNT));
                    longConstant(f.blockLength[i]);
                    code.ladd();
                    code.lstore(var(COUNT));
                }
                Insn insn = program.insn(i);
                insn(i, insn);
                closeTry();
                if (Function.fallsThrough(insn) && !inside(i + 1)) {
                    code.goto_(label(i + 1));
                }
            }
            for (int k = 0; k < stubs.size(); k++) {
                stubs.get(k).run();
                closeTry();
            }
            resumeStubs();
            if (!leaving.isEmpty()) {
                // Control leaves the piece: the state array takes the registers, the dispatcher the block.
                Label leave = code.newLabel();
                leaving.forEach((target, l) -> {
                    code.labelBinding(l);
                    code.loadConstant(target);
                    code.loadConstant(pieceOf(starts, target));
                    code.goto_(leave);
                });
                code.labelBinding(leave);
                code.i2l();
                code.lstore(var(TMP));
                code.aload(STATE);
                code.loadConstant(STATE_PIECE);
                code.lload(var(TMP));
                code.lastore();
                for (int k = 0; k <= STATE_MAY_GOTO; k++) {
                    code.aload(STATE);
                    code.loadConstant(k);
                    code.lload(stateLocal(k));
                    code.lastore();
                }
                code.ireturn();
            }
            if (tries.isEmpty()) {
                return;
            }
            Label handler = code.newLabel();
            code.labelBinding(handler);
            code.astore(var(CAUGHT));
            code.aload(M);
            code.aload(var(CAUGHT));
            code.iload(var(AT));
            code.lload(var(COUNT));
            code.invokestatic(CD_RUNTIME, "fault", MethodTypeDesc.of(CD_FAULT, CD_MACHINE, CD_FAULT, CD_int, CD_long));
            code.athrow();
            for (Label[] t : tries) {
                code.exceptionCatch(t[0], t[1], handler, CD_FAULT);
            }
        }

        private int slot(int i) {
            return program.slotOf(i);
        }

        private int local(Reg r) {
            return var(r == Reg.R10 ? R10 : 2 + 2 * r.number());
        }

        private void load(Reg r) {
            code.lload(local(r));
        }

        private void store(Reg r) {
            code.lstore(local(r));
        }

        /** Records the instruction a fault raised from here belongs to. */
        private void at(int i) {
            code.loadConstant(slot(i));
            code.istore(var(AT));
            if (tryStart == null) {
                tryStart = code.newLabel();
                code.labelBinding(tryStart);
            }
        }

        /**
         * Ends the handler's range opened by {@link #at}: only code that may raise a fault not
         * yet placed at an instruction is covered, since the verifiers (the classfile API's and
         * HotSpot's) check every covered instruction's frame against the handler's.
         */
        private void closeTry() {
            if (tryStart != null) {
                Label end = code.newLabel();
                code.labelBinding(end);
                tries.add(new Label[] {tryStart, end});
                tryStart = null;
            }
        }

        private void semantics(String name, MethodTypeDesc type) {
            code.invokestatic(CD_SEMANTICS, name, type);
        }

        private int target(int i, Target t) {
            return program.resolve(t, i);
        }

        private void insn(int i, Insn insn) {
            switch (insn) {
                case Insn.AluReg(Width w, var op, Reg dst, Reg src) -> alu(w, op, dst, () -> load(src));
                case Insn.AluImm(Width w, var op, Reg dst, int imm) -> alu(w, op, dst, () -> longConstant(imm));
                case Insn.Neg(Width w, Reg dst) -> {
                    load(dst);
                    semantics("neg" + bits(w), J_J);
                    store(dst);
                }
                case Insn.MovSx(Width w, Reg dst, Reg src, int bits) -> {
                    load(src);
                    code.loadConstant(bits);
                    semantics(w == Width.W64 ? "sext" : "sext32", JI_J);
                    store(dst);
                }
                case Insn.AddrSpaceCast(Reg dst, Reg src, int dstAs, int srcAs) -> {
                    at(i);
                    load(src);
                    code.loadConstant(dstAs);
                    code.loadConstant(srcAs);
                    code.invokestatic(CD_LINKAGE, "addrSpaceCast", MethodTypeDesc.of(CD_long, CD_long, CD_int, CD_int));
                    store(dst);
                }
                case Insn.Endian(EndianOp op, int bits, Reg dst) -> {
                    load(dst);
                    code.loadConstant(bits);
                    semantics(op == EndianOp.LE ? "le" : "swap", JI_J);
                    store(dst);
                }
                case Insn.Load(Size size, Reg dst, Reg src, int off) -> {
                    load(i, size, src, off);
                    store(dst);
                }
                case Insn.LoadSx(Size size, Reg dst, Reg src, int off) -> {
                    load(i, size, src, off);
                    code.loadConstant(size.bytes * 8);
                    semantics("sext", JI_J);
                    store(dst);
                }
                case Insn.Store(Size size, Reg dst, int off, Reg src) -> store(i, size, dst, off, () -> load(src));
                case Insn.StoreImm(Size size, Reg dst, int off, int imm) ->
                        store(i, size, dst, off, () -> longConstant(imm));
                case Insn.Atomic(Size size, AtomicOp op, Reg dst, Reg src, int off) -> atomic(i, size, op, dst, src, off);
                case Insn.LoadImm64(Reg dst, var src, long imm) -> {
                    code.loadConstant(JitLinkage.wide(x, i));
                    store(dst);
                }
                case Insn.LegacyLoad(Mode mode, Size size, Reg src, int imm) -> {
                    at(i);
                    code.aload(M);
                    // The instructions up to and including this one: the rest of its block has not run.
                    code.lload(var(COUNT));
                    longConstant((blockEnd(i) - i));
                    code.lsub();
                    if (mode == Mode.IND) {
                        load(src);
                        code.l2i();
                        code.loadConstant(imm);
                        code.iadd();
                    } else {
                        code.loadConstant(imm);
                    }
                    code.loadConstant(size.bytes);
                    code.invokestatic(CD_RUNTIME, "legacyLoad", MethodTypeDesc.of(CD_long, CD_MACHINE, CD_long, CD_int, CD_int));
                    store(Reg.R0);
                }
                case Insn.JumpReg(Width w, JmpOp op, Reg dst, Reg src, Target t) ->
                        conditional(i, w, op, dst, () -> {
                            load(src);
                            if (w != Width.W64) {
                                code.l2i();
                            }
                        }, target(i, t));
                case Insn.JumpImm(Width w, JmpOp op, Reg dst, int imm, Target t) ->
                        conditional(i, w, op, dst, () -> {
                            if (w == Width.W64) {
                                longConstant(imm);
                            } else {
                                code.loadConstant(imm);
                            }
                        }, target(i, t));
                case Insn.Ja(Target t) -> jump(i, target(i, t));
                case Insn.Gotol(Target t) -> jump(i, target(i, t));
                case Insn.MayGoto(Target t) -> {
                    // kernel: may_goto jumps once the frame's budget is spent, else spends one.
                    code.lload(var(MAY_GOTO));
                    code.lconst_0();
                    code.lcmp();
                    code.ifeq(taken(i, target(i, t)));
                    code.lload(var(MAY_GOTO));
                    code.lconst_1();
                    code.lsub();
                    code.lstore(var(MAY_GOTO));
                }
                case Insn.Call(int id) -> helperCall(i, () -> longConstant(id));
                case Insn.CallLocal(Target t) -> localCall(i, () -> code.invokestatic(self, methodName(target(i, t)), FN));
                case Insn.Callx(Reg reg) -> callx(i, reg);
                case Insn.CallKfunc(int btfId, int off) -> {
                    code.loadConstant(slot(i));
                    code.loadConstant(btfId);
                    code.invokestatic(CD_RUNTIME, "kfunc", MethodTypeDesc.of(CD_FAULT, CD_int, CD_int));
                    code.athrow();
                }
                case Insn.Exit() -> {
                    code.aload(M);
                    code.lload(var(COUNT));
                    code.putfield(CD_MACHINE, "insns", CD_long);
                    for (int k = 1; k <= 5; k++) {
                        code.aload(var(RET));
                        code.loadConstant(k);
                        code.lload(var(2 + 2 * k));
                        code.lastore();
                    }
                    load(Reg.R0);
                    returnR0();
                }
            }
        }

        /**
         * ALU: the 64-bit forms whose JVM instruction has the same meaning (two's complement
         * wrap-around, shift counts masked to 6 bits: RFC 9669 4.1, JLS 15.19) are emitted as that
         * instruction, which keeps methods small; the differential test holds them equal to
         * {@link io.bpflab.vm.Semantics}, which every other form calls.
         */
        private void alu(Width w, AluOp op, Reg dst, Runnable operand) {
            if (w == Width.W64 && op == AluOp.MOV) {
                operand.run();
                store(dst);
                return;
            }
            Runnable jvm = w != Width.W64 ? null : switch (op) {
                case ADD -> code::ladd;
                case SUB -> code::lsub;
                case MUL -> code::lmul;
                case OR -> code::lor;
                case AND -> code::land;
                case XOR -> code::lxor;
                case LSH -> () -> code.l2i().lshl();
                case RSH -> () -> code.l2i().lushr();
                case ARSH -> () -> code.l2i().lshr();
                default -> null;
            };
            load(dst);
            operand.run();
            if (jvm != null) {
                jvm.run();
            } else {
                semantics(op.name().toLowerCase() + bits(w), JJ_J);
            }
            store(dst);
        }

        private int blockEnd(int i) {
            int l = i;
            while (!f.isLeader(l)) {
                l--;
            }
            return l + f.blockLength[l] - 1;
        }

        private static String bits(Width w) {
            return w == Width.W64 ? "64" : "32";
        }

        private String sizeSuffix(Size size) {
            return switch (size) {
                case B -> "8";
                case H -> "16";
                case W -> "32";
                case DW -> "64";
            };
        }

        /** The frame index of r10 + off when the whole access lies inside the frame and r10 is unchanged, else -1. */
        private int stackIndex(Reg base, int off, Size size) {
            return stackFastPath ? Function.frameIndex(base, off, size) : -1;
        }

        private void load(int i, Size size, Reg base, int off) {
            int index = stackIndex(base, off, size);
            if (index >= 0) {
                code.aload(var(STACK));
                code.loadConstant(index);
                code.invokestatic(CD_RUNTIME, "ld" + sizeSuffix(size), MethodTypeDesc.of(CD_long, CD_BYTES, CD_int));
                return;
            }
            groupCheck(i);
            // A group that also writes checked the writable region, which it reads as well.
            code.aload(var(f.groups[i].writes() ? W_DATA : R_DATA));
            index(base, off);
            code.invokestatic(CD_RUNTIME, "ld" + sizeSuffix(size), MethodTypeDesc.of(CD_long, CD_BYTES, CD_int));
        }

        private void store(int i, Size size, Reg base, int off, Runnable value) {
            int index = stackIndex(base, off, size);
            if (index >= 0) {
                code.aload(var(STACK));
                code.loadConstant(index);
                value.run();
                code.invokestatic(CD_RUNTIME, "st" + sizeSuffix(size), MethodTypeDesc.of(CD_void, CD_BYTES, CD_int, CD_long));
                return;
            }
            groupCheck(i);
            code.aload(var(W_DATA));
            index(base, off);
            value.run();
            code.invokestatic(CD_RUNTIME, "st" + sizeSuffix(size), MethodTypeDesc.of(CD_void, CD_BYTES, CD_int, CD_long));
        }

        /** The index of base + off in its region's bytes: a region's addresses carry the index in their lower 32 bits. */
        private void index(Reg base, int off) {
            load(base);
            if (off != 0) {
                longConstant(off);
                code.ladd();
            }
            code.l2i();
        }

        /**
         * At the first access of a group (see {@link Function.Group}): unless the remembered
         * regions already hold all of {@code [base + lo, base + hi)} (for reading, writing or
         * both), the region model is asked for the one region that does; without one (a fault,
         * a range over two regions) the interpreter runs the rest of the frame from this
         * instruction, so every access, and any fault, happens exactly as there.
         */
        private void groupCheck(int i) {
            Function.Group g = f.groups[i];
            if (g.first() != i) {
                return;
            }
            int span = g.hi() - g.lo();
            load(g.base());
            if (g.lo() != 0) {
                longConstant(g.lo());
                code.ladd();
            }
            code.lstore(var(ADDR));
            Label miss = code.newLabel();
            Label hit = code.newLabel();
            if (g.writes()) {
                inRegion(span, W_START, W_END, miss);
            } else {
                inRegion(span, R_START, R_END, miss);
            }
            code.labelBinding(hit);
            stubs.add(() -> {
                code.labelBinding(miss);
                code.aload(M);
                code.lload(var(ADDR));
                code.loadConstant(span);
                code.loadConstant(g.writes() ? 1 : 0);
                code.invokestatic(CD_RUNTIME, "cover", MethodTypeDesc.of(CD_boolean, CD_MACHINE, CD_long, CD_int, CD_boolean));
                Label none = code.newLabel();
                code.ifeq(none);
                if (g.writes()) {
                    remember(W_START, W_END, W_DATA, "write");
                } else {
                    remember(R_START, R_END, R_DATA, "read");
                }
                code.goto_(hit);
                code.labelBinding(none);
                // The count holds the whole block; the interpreter counts from this instruction on.
                code.lload(var(COUNT));
                longConstant(blockEnd(i) + 1 - i);
                code.lsub();
                code.lstore(var(COUNT));
                code.goto_(resumeAt.computeIfAbsent(i, k -> code.newLabel()));
            });
        }

        /** Branches to {@code miss} unless [addr, addr + span) lies in the remembered region {@code [start, end)}. */
        private void inRegion(int span, int start, int end, Label miss) {
            code.lload(var(ADDR));
            code.lload(var(start));
            code.lcmp();
            code.iflt(miss);
            code.lload(var(ADDR));
            code.lload(var(end));
            longConstant(span);
            code.lsub();
            code.lcmp();
            code.ifgt(miss);
        }

        /** Takes the region {@link JitRuntime#cover} found (left in the machine) into the locals. */
        private void remember(int start, int end, int data, String which) {
            code.aload(M);
            code.getfield(CD_MACHINE, which + "Start", CD_long);
            code.lstore(var(start));
            code.aload(M);
            code.getfield(CD_MACHINE, which + "End", CD_long);
            code.lstore(var(end));
            code.aload(M);
            code.getfield(CD_MACHINE, which + "Data", CD_BYTES);
            code.astore(var(data));
        }

        /**
         * Helpers may move a window (packet head/tail) or unmap a region: after any call the
         * remembered regions are forgotten (an empty window no address passes).
         */
        private void forgetRegions() {
            if (!groups) {
                return;
            }
            code.lconst_0();
            code.lstore(var(R_END));
            code.lconst_0();
            code.lstore(var(W_END));
        }

        /** Semantics.atomic works on a register array: the registers it may read or write go through the scratch file. */
        private void atomic(int i, Size size, AtomicOp op, Reg dst, Reg src, int off) {
            at(i);
            Set<Reg> regs = new LinkedHashSet<>(List.of(Reg.R0, dst, src));
            for (Reg r : regs) {
                code.aload(var(SCRATCH));
                code.loadConstant(r.number());
                load(r);
                code.lastore();
            }
            code.aload(M);
            code.loadConstant(dst.number());
            code.loadConstant(src.number());
            code.loadConstant(off);
            code.loadConstant(size.bytes);
            code.loadConstant(op.imm);
            code.invokestatic(CD_RUNTIME, "atomic", MethodTypeDesc.of(CD_void, CD_MACHINE, CD_int, CD_int, CD_int, CD_int, CD_int));
            for (Reg r : regs) {
                code.aload(var(SCRATCH));
                code.loadConstant(r.number());
                code.laload();
                store(r);
            }
        }

        /**
         * A conditional jump as the JVM's own compare and branch, so HotSpot profiles every
         * eBPF branch on its own. The meaning is {@link io.bpflab.vm.Semantics}'s jXX methods'
         * (the differential test holds them equal): unsigned orders through
         * {@code compareUnsigned}, the 32-bit forms on the low halves (RFC 9669 4.3).
         */
        private void conditional(int i, Width w, JmpOp op, Reg dst, Runnable operand, int to) {
            if (f.skips.get(i)) {
                skipCount(i, w, op, dst, operand);
            }
            boolean wide = w == Width.W64;
            load(dst);
            if (!wide) {
                code.l2i();
            }
            operand.run();
            Label taken = taken(i, to);
            MethodTypeDesc unsigned = wide ? MethodTypeDesc.of(CD_int, CD_long, CD_long)
                    : MethodTypeDesc.of(CD_int, CD_int, CD_int);
            ClassDesc box = wide ? ConstantDescs.CD_Long : ConstantDescs.CD_Integer;
            switch (op) {
                case JSET -> {
                    if (wide) {
                        code.land();
                        code.lconst_0();
                        code.lcmp();
                    } else {
                        code.iand();
                    }
                    code.ifne(taken);
                }
                case JGT, JGE, JLT, JLE -> {
                    code.invokestatic(box, "compareUnsigned", unsigned);
                    switch (op) {
                        case JGT -> code.ifgt(taken);
                        case JGE -> code.ifge(taken);
                        case JLT -> code.iflt(taken);
                        default -> code.ifle(taken);
                    }
                }
                default -> {
                    if (wide) {
                        code.lcmp();
                        switch (op) {
                            case JEQ -> code.ifeq(taken);
                            case JNE -> code.ifne(taken);
                            case JSGT -> code.ifgt(taken);
                            case JSGE -> code.ifge(taken);
                            case JSLT -> code.iflt(taken);
                            default -> code.ifle(taken);
                        }
                    } else {
                        switch (op) {
                            case JEQ -> code.if_icmpeq(taken);
                            case JNE -> code.if_icmpne(taken);
                            case JSGT -> code.if_icmpgt(taken);
                            case JSGE -> code.if_icmpge(taken);
                            case JSLT -> code.if_icmplt(taken);
                            default -> code.if_icmple(taken);
                        }
                    }
                }
            }
        }

        /**
         * A jump over one block F that only it enters: F's length is added to the count when
         * the jump is not taken, by arithmetic without a branch ({@code JitRuntime.falls*}),
         * so F is a diamond with no count to merge, which HotSpot can turn into a
         * conditional move.
         */
        private void skipCount(int i, Width w, JmpOp op, Reg dst, Runnable operand) {
            load(dst);
            operand.run();
            if (w != Width.W64) {
                code.i2l();
            }
            String name = op.name().toLowerCase();
            code.invokestatic(CD_RUNTIME, "falls" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + bits(w),
                    JJ_J);
            int skipped = f.blockLength[i + 1];
            if (skipped != 1) {
                longConstant(skipped);
                code.lmul();
            }
            code.lload(var(COUNT));
            code.ladd();
            code.lstore(var(COUNT));
        }

        /**
         * Where a taken jump from {@code i} to {@code to} goes: straight to the target when it
         * is forward, else through a budget check (the interpreter checks at every taken jump;
         * compiled code checks where a loop may close, against {@link Function#lookahead}).
         */
        private Label taken(int i, int to) {
            if (!Function.backward(i, to)) {
                return label(to);
            }
            Label check = code.newLabel();
            stubs.add(() -> {
                code.labelBinding(check);
                budgetCheck(to);
                code.goto_(label(to));
            });
            return check;
        }

        private void jump(int i, int to) {
            if (Function.backward(i, to)) {
                budgetCheck(to);
            }
            code.goto_(label(to));
        }

        /**
         * Before control enters block {@code to}: if the most instructions it can run before
         * the next check could pass the budget, the interpreter runs the rest of this frame
         * from there (it checks at every taken jump, so the fault lands where it would).
         */
        private void budgetCheck(int to) {
            code.lload(var(COUNT));
            code.lload(var(BUDGET));
            longConstant(f.lookahead[to]);
            code.lsub();
            code.lcmp();
            code.ifgt(resumeAt.computeIfAbsent(to, k -> code.newLabel()));
        }

        /** The interpreter runs the rest of the frame from {@link #RESUME_PC} with r0-r10 from the scratch file. */
        private void resumeStubs() {
            if (resumeAt.isEmpty()) {
                return;
            }
            Label resume = code.newLabel();
            resumeAt.forEach((to, l) -> {
                code.labelBinding(l);
                code.loadConstant(to);
                code.istore(var(RESUME_PC));
                code.goto_(resume);
            });
            code.labelBinding(resume);
            for (int k = 0; k <= 10; k++) {
                code.aload(var(SCRATCH));
                code.loadConstant(k);
                code.lload(local(Reg.values()[k]));
                code.lastore();
            }
            code.aload(M);
            code.iload(DEPTH);
            code.getstatic(self, "X", CD_EXECUTABLE);
            code.iload(var(RESUME_PC));
            code.lload(var(COUNT));
            code.lload(var(MAY_GOTO));
            code.invokestatic(CD_RUNTIME, "resume", MethodTypeDesc.of(CD_long, CD_MACHINE, CD_int, CD_EXECUTABLE, CD_int,
                    CD_long, CD_long));
            returnR0();
        }

        private void helperCall(int i, Runnable id) {
            at(i);
            code.aload(M);
            code.lload(var(COUNT));
            code.iload(DEPTH);
            code.getstatic(self, "X", CD_EXECUTABLE);
            id.run();
            for (int k = 1; k <= 5; k++) {
                code.lload(var(2 + 2 * k));
            }
            code.invokestatic(CD_RUNTIME, "call", MethodTypeDesc.of(CD_long, CD_MACHINE, CD_long, CD_int, CD_EXECUTABLE,
                    CD_long, CD_long, CD_long, CD_long, CD_long, CD_long));
            store(Reg.R0);
            forgetRegions();
            code.aload(M);
            code.getfield(CD_MACHINE, "insns", CD_long);
            code.lstore(var(COUNT));
            code.aload(M);
            code.getfield(CD_MACHINE, "tail", CD_EXECUTABLE);
            Label tail = code.newLabel();
            code.ifnonnull(tail);
            afterCall(i);
            stubs.add(() -> {
                // bpf_tail_call: the target replaces this program in this frame, and its r0 is ours.
                code.labelBinding(tail);
                code.aload(M);
                code.iload(DEPTH);
                load(Reg.R0);
                for (int k = 2; k <= 9; k++) {
                    code.lload(var(2 + 2 * k));
                }
                List<ClassDesc> p = new ArrayList<>(List.of(CD_MACHINE, CD_int));
                for (int k = 0; k < 9; k++) {
                    p.add(CD_long);
                }
                code.invokestatic(CD_RUNTIME, "tailCall", MethodTypeDesc.of(CD_long, p));
                returnR0();
            });
        }

        /** The frame limit (kernel: MAX_CALL_FRAMES) checked at the call, as the interpreter does. */
        private void depthCheck(int i) {
            code.iload(DEPTH);
            code.loadConstant(Interpreter.MAX_FRAMES - 1);
            Label deep = code.newLabel();
            code.if_icmpge(deep);
            int s = slot(i);
            stubs.add(() -> {
                code.labelBinding(deep);
                code.loadConstant(s);
                code.invokestatic(CD_RUNTIME, "callDepth", MethodTypeDesc.of(CD_FAULT, CD_int));
                code.athrow();
            });
        }

        /** A bpf-to-bpf call: a JVM call with a fresh frame; the callee's r0-r5 come back, r6-r10 stay. */
        private void localCall(int i, Runnable invoke) {
            depthCheck(i);
            code.aload(M);
            code.lload(var(COUNT));
            code.putfield(CD_MACHINE, "insns", CD_long);
            code.aload(M);
            code.iload(DEPTH);
            code.iconst_1();
            code.iadd();
            for (int k = 0; k < 10; k++) {
                code.lload(var(2 + 2 * k));
            }
            invoke.run();
            store(Reg.R0);
            forgetRegions();
            code.aload(M);
            code.getfield(CD_MACHINE, "insns", CD_long);
            code.lstore(var(COUNT));
            for (int k = 1; k <= 5; k++) {
                code.aload(var(RET));
                code.loadConstant(k);
                code.laload();
                code.lstore(var(2 + 2 * k));
            }
            afterCall(i);
        }

        /** A call may have run any number of instructions: the budget is checked again before the next block. */
        private void afterCall(int i) {
            if (i + 1 < program.size()) {
                budgetCheck(i + 1);
            }
        }

        /** callx: a code address calls the subprogram there, anything else is a helper number. */
        private void callx(int i, Reg reg) {
            at(i);
            load(reg);
            code.invokestatic(CD_LINKAGE, "isCodeAddress", MethodTypeDesc.of(CD_boolean, CD_long));
            Label helper = code.newLabel();
            Label done = code.newLabel();
            code.ifeq(helper);
            localCall(i, () -> {
                load(reg);
                code.invokestatic(CD_LINKAGE, "codeIndex", MethodTypeDesc.of(CD_int, CD_long));
                Label other = code.newLabel();
                Label joined = code.newLabel();
                List<SwitchCase> cases = new ArrayList<>();
                List<Label> targets = new ArrayList<>();
                for (int e : entries) {
                    Label l = code.newLabel();
                    cases.add(SwitchCase.of(e, l));
                    targets.add(l);
                }
                code.lookupswitch(other, cases);
                for (int k = 0; k < entries.size(); k++) {
                    code.labelBinding(targets.get(k));
                    code.invokestatic(self, methodName(entries.get(k)), FN);
                    code.goto_(joined);
                }
                code.labelBinding(other);
                code.getstatic(self, "X", CD_EXECUTABLE);
                load(reg);
                code.invokestatic(CD_LINKAGE, "codeIndex", MethodTypeDesc.of(CD_int, CD_long));
                code.invokestatic(CD_RUNTIME, "interpret", interpretType());
                code.labelBinding(joined);
            });
            code.goto_(done);
            code.labelBinding(helper);
            helperCall(i, () -> load(reg));
            code.labelBinding(done);
        }
    }
}
