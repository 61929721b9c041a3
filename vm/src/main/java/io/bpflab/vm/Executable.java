package io.bpflab.vm;

import io.bpflab.isa.Insn;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;

/**
 * A {@link Program} pre-decoded for the interpreter: parallel arrays indexed by instruction
 * index holding a dense opcode with its registers, the immediate, and the offset or the
 * resolved target index. lddw values are resolved here (map handles, map value addresses,
 * function addresses), so running never looks at an {@link Insn} record.
 */
public final class Executable {

    final Program program;
    final String name;
    /** Per instruction: opcode | dst << 8 | src << 12 | aux << 16 in the low word, the immediate in the high word. */
    final long[] code;
    final int[] offs;
    final long[] wides;
    final int[] slots;

    private Executable(Program program, String name, int n) {
        this.program = program;
        this.name = name;
        // One more than the program: a sentinel that faults when execution falls off the end.
        this.code = new long[n + 1];
        this.offs = new int[n + 1];
        this.wides = new long[n + 1];
        this.slots = new int[n + 1];
    }

    public Program program() {
        return program;
    }

    public String name() {
        return name;
    }

    /** The slot number of instruction {@code index}, as faults report it. */
    public int slotOf(int index) {
        return slots[index];
    }

    /** What an lddw at {@code index} loads once map and function references are resolved. */
    public long loadedValue(int index) {
        return wides[index];
    }

    /**
     * Pre-decodes {@code program} for {@code vm}, whose maps give meaning to map
     * references in lddw.
     *
     * @throws IllegalArgumentException naming the instruction, for an undefined jump target or map
     */
    public static Executable load(Vm vm, Program program, String name) {
        int n = program.size();
        Executable x = new Executable(program, name, n);
        for (int i = 0; i < n; i++) {
            x.slots[i] = program.slotOf(i);
            try {
                x.decode(vm, i, program.insn(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("insn " + program.slotOf(i) + ": " + e.getMessage(), e);
            }
        }
        x.slots[n] = program.slotCount();
        x.code[n] = Op.FELL_OFF;
        return x;
    }

    private void set(int i, int op, Reg dst, Reg src, int aux, int imm, int off) {
        code[i] = (op | dst.number() << 8 | src.number() << 12 | aux << 16) & 0xffffffffL | (long) imm << 32;
        offs[i] = off;
    }

    private int target(int i, Target t) {
        int to = program.resolve(t, i);
        if (to >= program.size()) {
            throw new IllegalArgumentException("jump out of range to the end of the program");
        }
        return to;
    }

    private void decode(Vm vm, int i, Insn insn) {
        switch (insn) {
            case Insn.AluReg(Width w, var op, Reg dst, Reg src) -> set(i, Op.alu(op, w, true), dst, src, 0, 0, 0);
            case Insn.AluImm(Width w, var op, Reg dst, int imm) -> set(i, Op.alu(op, w, false), dst, Reg.R0, 0, imm, 0);
            case Insn.Neg(Width w, Reg dst) -> set(i, w == Width.W64 ? Op.NEG64 : Op.NEG32, dst, Reg.R0, 0, 0, 0);
            case Insn.MovSx(Width w, Reg dst, Reg src, int bits) ->
                    set(i, w == Width.W64 ? Op.MOVSX64 : Op.MOVSX32, dst, src, 0, bits, 0);
            case Insn.AddrSpaceCast(Reg dst, Reg src, int dstAs, int srcAs) ->
                    set(i, Op.ADDR_SPACE_CAST, dst, src, 0, dstAs << 16 | srcAs, 0);
            case Insn.Endian(var op, int bits, Reg dst) ->
                    set(i, op == io.bpflab.isa.EndianOp.LE ? Op.LE : Op.SWAP, dst, Reg.R0, 0, bits, 0);
            case Insn.Load(Size size, Reg dst, Reg src, int off) -> set(i, switch (size) {
                case B -> Op.LDX_B;
                case H -> Op.LDX_H;
                case W -> Op.LDX_W;
                case DW -> Op.LDX_DW;
            }, dst, src, 0, 0, off);
            case Insn.LoadSx(Size size, Reg dst, Reg src, int off) -> set(i, switch (size) {
                case B -> Op.LDXS_B;
                case H -> Op.LDXS_H;
                default -> Op.LDXS_W;
            }, dst, src, 0, 0, off);
            case Insn.Store(Size size, Reg dst, int off, Reg src) -> set(i, switch (size) {
                case B -> Op.STX_B;
                case H -> Op.STX_H;
                case W -> Op.STX_W;
                case DW -> Op.STX_DW;
            }, dst, src, 0, 0, off);
            case Insn.StoreImm(Size size, Reg dst, int off, int imm) -> set(i, switch (size) {
                case B -> Op.ST_B;
                case H -> Op.ST_H;
                case W -> Op.ST_W;
                case DW -> Op.ST_DW;
            }, dst, Reg.R0, 0, imm, off);
            case Insn.Atomic(Size size, var op, Reg dst, Reg src, int off) ->
                    set(i, Op.ATOMIC, dst, src, size.bytes, op.imm, off);
            case Insn.LoadImm64(Reg dst, PseudoSrc src, long imm) -> {
                set(i, Op.LDDW, dst, Reg.R0, 0, 0, 0);
                wides[i] = switch (src) {
                    case IMM64 -> imm;
                    case MAP_FD, MAP_IDX -> vm.mapHandle((int) imm);
                    case MAP_VALUE, MAP_IDX_VALUE -> vm.map((int) imm).directValueAddress((int) (imm >>> 32));
                    case FUNC -> Vm.codeAddress(target(i, Target.offset((int) imm)));
                    case BTF_ID -> throw new IllegalArgumentException(
                            "lddw of a kernel variable (BPF_PSEUDO_BTF_ID) has no meaning outside the kernel");
                };
            }
            case Insn.LegacyLoad(var mode, Size size, Reg src, int imm) ->
                    set(i, mode == io.bpflab.isa.Mode.ABS ? Op.LD_ABS : Op.LD_IND, Reg.R0, src, size.bytes, imm, 0);
            case Insn.JumpReg(Width w, var op, Reg dst, Reg src, Target t) ->
                    set(i, Op.jump(op, w, true), dst, src, 0, 0, target(i, t));
            case Insn.JumpImm(Width w, var op, Reg dst, int imm, Target t) ->
                    set(i, Op.jump(op, w, false), dst, Reg.R0, 0, imm, target(i, t));
            case Insn.Ja(Target t) -> set(i, Op.JA, Reg.R0, Reg.R0, 0, 0, target(i, t));
            case Insn.Gotol(Target t) -> set(i, Op.JA, Reg.R0, Reg.R0, 0, 0, target(i, t));
            case Insn.MayGoto(Target t) -> set(i, Op.MAY_GOTO, Reg.R0, Reg.R0, 0, 0, target(i, t));
            case Insn.Call(int id) -> set(i, Op.CALL, Reg.R0, Reg.R0, 0, id, 0);
            case Insn.CallLocal(Target t) -> set(i, Op.CALL_LOCAL, Reg.R0, Reg.R0, 0, 0, target(i, t));
            case Insn.CallKfunc(int btfId, int off) -> set(i, Op.CALL_KFUNC, Reg.R0, Reg.R0, 0, btfId, off);
            case Insn.Callx(Reg reg) -> set(i, Op.CALLX, reg, Reg.R0, 0, 0, 0);
            case Insn.Exit() -> set(i, Op.EXIT, Reg.R0, Reg.R0, 0, 0, 0);
        }
    }
}
