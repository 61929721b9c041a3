package io.bpflab.isa;

import java.util.ArrayList;
import java.util.List;

/** Program to wire bytes: the exact inverse of {@link Decoder}. */
public final class Encoder {

    private Encoder() {
    }

    public static byte[] encode(Program program) throws EncodeException {
        List<RawInsn> raw = toRaw(program);
        byte[] out = new byte[raw.size() * RawInsn.BYTES];
        for (int i = 0; i < raw.size(); i++) {
            raw.get(i).write(out, i);
        }
        return out;
    }

    /** One {@link RawInsn} per slot. */
    public static List<RawInsn> toRaw(Program program) throws EncodeException {
        List<RawInsn> out = new ArrayList<>(program.slotCount());
        for (int i = 0; i < program.size(); i++) {
            try {
                encode(program, i, out);
            } catch (IllegalArgumentException e) {
                throw new EncodeException(i, e.getMessage());
            }
        }
        return out;
    }

    /** The slots of one instruction, whose targets are taken as they stand relative to slot 0. */
    public static List<RawInsn> toRaw(Insn insn) {
        List<RawInsn> out = new ArrayList<>(2);
        encode(insn, null, 0, out);
        return out;
    }

    /**
     * Writes one instruction whose targets are offsets (no labels) at {@code slot} of
     * {@code out}: what an assembler that has resolved its labels needs, without building a
     * {@link Program}.
     *
     * @throws IllegalArgumentException when a field does not fit, or a target is a label
     */
    public static void write(Insn insn, byte[] out, int slot) {
        encode(insn, null, 0, new SlotWriter(out, slot));
    }

    /** Writes each slot as it is added, with no list kept. */
    private static final class SlotWriter extends java.util.AbstractList<RawInsn> {
        private final byte[] out;
        private final int first;
        private int slots;

        SlotWriter(byte[] out, int first) {
            this.out = out;
            this.first = first;
        }

        @Override
        public boolean add(RawInsn raw) {
            raw.write(out, first + slots++);
            return true;
        }

        @Override
        public RawInsn get(int index) {
            throw new UnsupportedOperationException("slots are written, not kept");
        }

        @Override
        public int size() {
            return slots;
        }
    }

    private static void encode(Program p, int index, List<RawInsn> out) {
        encode(p.insn(index), p, index, out);
    }

    /** {@code p} is null when every target of {@code insn} is an offset. */
    private static void encode(Insn insn, Program p, int index, List<RawInsn> out) {
        switch (insn) {
            case Insn.AluReg(Width w, AluOp op, Reg dst, Reg src) ->
                    out.add(raw(InsnClass.alu(w).code | op.code | Source.X.code, dst, src, op.offset, 0));
            case Insn.AluImm(Width w, AluOp op, Reg dst, int imm) ->
                    out.add(raw(InsnClass.alu(w).code | op.code | Source.K.code, dst, Reg.R0, op.offset, imm));
            case Insn.Neg(Width w, Reg dst) -> out.add(raw(InsnClass.alu(w).code | 0x80, dst, Reg.R0, 0, 0));
            case Insn.MovSx(Width w, Reg dst, Reg src, int bits) ->
                    out.add(raw(InsnClass.alu(w).code | AluOp.MOV.code | Source.X.code, dst, src, bits, 0));
            case Insn.AddrSpaceCast(Reg dst, Reg src, int dstAs, int srcAs) ->
                    out.add(raw(InsnClass.ALU64.code | AluOp.MOV.code | Source.X.code, dst, src, 1, dstAs << 16 | srcAs));
            case Insn.Endian(EndianOp op, int bits, Reg dst) -> {
                int code = switch (op) {
                    case LE -> InsnClass.ALU.code | 0xd0 | Source.K.code;
                    case BE -> InsnClass.ALU.code | 0xd0 | Source.X.code;
                    case SWAP -> InsnClass.ALU64.code | 0xd0 | Source.K.code;
                };
                out.add(raw(code, dst, Reg.R0, 0, bits));
            }
            case Insn.Load(Size size, Reg dst, Reg src, int off) ->
                    out.add(raw(InsnClass.LDX.code | Mode.MEM.code | size.code, dst, src, off, 0));
            case Insn.LoadSx(Size size, Reg dst, Reg src, int off) ->
                    out.add(raw(InsnClass.LDX.code | Mode.MEMSX.code | size.code, dst, src, off, 0));
            case Insn.Store(Size size, Reg dst, int off, Reg src) ->
                    out.add(raw(InsnClass.STX.code | Mode.MEM.code | size.code, dst, src, off, 0));
            case Insn.StoreImm(Size size, Reg dst, int off, int imm) ->
                    out.add(raw(InsnClass.ST.code | Mode.MEM.code | size.code, dst, Reg.R0, off, imm));
            case Insn.Atomic(Size size, AtomicOp op, Reg dst, Reg src, int off) ->
                    out.add(raw(InsnClass.STX.code | Mode.ATOMIC.code | size.code, dst, src, off, op.imm));
            case Insn.LoadImm64(Reg dst, PseudoSrc src, long imm) -> {
                out.add(new RawInsn(InsnClass.LD.code | Mode.IMM.code | Size.DW.code, dst.number(), src.code,
                        (short) 0, (int) imm));
                out.add(new RawInsn(0, 0, 0, (short) 0, (int) (imm >>> 32)));
            }
            case Insn.LegacyLoad(Mode mode, Size size, Reg src, int imm) ->
                    out.add(raw(InsnClass.LD.code | mode.code | size.code, Reg.R0, src, 0, imm));
            case Insn.JumpReg(Width w, JmpOp op, Reg dst, Reg src, Target t) ->
                    out.add(raw(InsnClass.jmp(w).code | op.code | Source.X.code, dst, src, offset16(p, index, t), 0));
            case Insn.JumpImm(Width w, JmpOp op, Reg dst, int imm, Target t) ->
                    out.add(raw(InsnClass.jmp(w).code | op.code | Source.K.code, dst, Reg.R0, offset16(p, index, t), imm));
            case Insn.Ja(Target t) -> out.add(raw(InsnClass.JMP.code, Reg.R0, Reg.R0, offset16(p, index, t), 0));
            case Insn.Gotol(Target t) -> out.add(raw(InsnClass.JMP32.code, Reg.R0, Reg.R0, 0, offset(p, index, t)));
            case Insn.MayGoto(Target t) ->
                    out.add(raw(InsnClass.JMP.code | 0xe0, Reg.R0, Reg.R0, offset16(p, index, t), 0));
            case Insn.Call(int id) -> out.add(raw(InsnClass.JMP.code | 0x80, Reg.R0, Reg.R0, 0, id));
            case Insn.CallLocal(Target t) ->
                    out.add(new RawInsn(InsnClass.JMP.code | 0x80, 0, 1, (short) 0, offset(p, index, t)));
            case Insn.CallKfunc(int btfId, int off) ->
                    out.add(new RawInsn(InsnClass.JMP.code | 0x80, 0, 2, (short) off, btfId));
            case Insn.Callx(Reg reg) -> out.add(raw(InsnClass.JMP.code | 0x80 | Source.X.code, reg, Reg.R0, 0, 0));
            case Insn.Exit() -> out.add(raw(InsnClass.JMP.code | 0x90, Reg.R0, Reg.R0, 0, 0));
        }
    }

    private static RawInsn raw(int opcode, Reg dst, Reg src, int off, int imm) {
        return new RawInsn(opcode, dst.number(), src.number(), (short) off, imm);
    }

    /** The target's offset in slots from the slot after the instruction at {@code index}. */
    static int offset(Program p, int index, Target t) {
        return switch (t) {
            case Target.Offset o -> o.slots();
            case Target.Label l when p == null -> throw new IllegalArgumentException("undefined label '" + l.name() + "'");
            case Target.Label l -> p.slotOf(p.resolve(l, index)) - (p.slotOf(index) + 1);
        };
    }

    private static int offset16(Program p, int index, Target t) {
        int off = offset(p, index, t);
        if (off < Short.MIN_VALUE || off > Short.MAX_VALUE) {
            throw new IllegalArgumentException("jump offset " + off + " does not fit in 16 bits (use gotol)");
        }
        return off;
    }
}
