package io.bpflab.isa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wire bytes to a {@link Program}. Refuses what the kernel refuses when it reads a program's
 * instructions (opcode table, reserved fields, lddw pairing, jump ranges), in the kernel's
 * words; what the kernel leaves to the verifier's path walk (division by a zero
 * immediate, shift counts out of range, an unknown helper id) decodes, for the verifier to judge.
 */
public final class Decoder {

    private Decoder() {
    }

    public static Program decode(byte[] code) throws DecodeException {
        return decode(slots(code), true);
    }

    /**
     * Decodes the instructions of an object file's section, whose calls and jumps may aim
     * outside it until the loader links its subprograms (clang's {@code call -1} with an
     * R_BPF_64_32 relocation): every check but the jump ranges.
     */
    public static Program decodeSection(byte[] code) throws DecodeException {
        return decode(slots(code), false);
    }

    private static RawInsn[] slots(byte[] code) throws DecodeException {
        if (code.length % RawInsn.BYTES != 0) {
            throw new DecodeException(code.length / RawInsn.BYTES,
                    "program length " + code.length + " is not a multiple of 8 (trailing partial instruction)");
        }
        int slots = code.length / RawInsn.BYTES;
        RawInsn[] raw = new RawInsn[slots];
        for (int s = 0; s < slots; s++) {
            raw[s] = RawInsn.read(code, s);
        }
        return raw;
    }

    public static Program decode(List<RawInsn> raw) throws DecodeException {
        return decode(raw.toArray(RawInsn[]::new), true);
    }

    private static Program decode(RawInsn[] raw, boolean checkTargets) throws DecodeException {
        List<Insn> insns = new ArrayList<>(raw.length);
        boolean[] secondHalf = new boolean[raw.length];
        for (int s = 0; s < raw.length; s++) {
            Insn insn = decodeOne(raw, s);
            insns.add(insn);
            if (insn.slots() == 2) {
                secondHalf[++s] = true;
            }
        }
        if (!checkTargets) {
            return new Program(insns, Map.of());
        }
        // Jump targets are checked once every lddw is known (kernel: check_subprogs, check_cfg).
        int slot = 0;
        for (Insn insn : insns) {
            Integer off = relativeTarget(insn);
            if (off != null) {
                long to = (long) slot + 1 + off;
                if (to < 0 || to >= raw.length) {
                    throw new DecodeException(slot, "jump out of range from insn " + slot + " to " + to);
                }
                if (secondHalf[(int) to]) {
                    throw new DecodeException(slot, "jump into the middle of ldimm64 insn " + (to - 1));
                }
            }
            slot += insn.slots();
        }
        return new Program(insns, Map.of());
    }

    private static Integer relativeTarget(Insn insn) {
        Target t = Insn.codeTargetOf(insn);
        return t instanceof Target.Offset(int slots) ? slots : null;
    }

    /** Decodes the instruction at {@code slot} (and its second half for lddw). */
    public static Insn decodeOne(RawInsn[] raw, int slot) throws DecodeException {
        RawInsn r = raw[slot];
        int op = r.opcode();
        Reg dst = Reg.ofOrNull(r.dst());
        Reg src = Reg.ofOrNull(r.src());
        InsnClass cls = InsnClass.of(op);
        // Register fields of lddw and calls carry pseudo sources, not registers.
        boolean srcIsRegister = !(cls == InsnClass.LD && (op & 0xe0) == Mode.IMM.code)
                && !(op == (InsnClass.JMP.code | 0x80));
        if (dst == null) {
            throw new DecodeException(slot, "R" + r.dst() + " is invalid");
        }
        if (src == null && srcIsRegister) {
            throw new DecodeException(slot, "R" + r.src() + " is invalid");
        }
        return switch (cls) {
            case ALU, ALU64 -> decodeAlu(r, slot, cls == InsnClass.ALU64 ? Width.W64 : Width.W32, dst, src);
            case JMP, JMP32 -> decodeJmp(r, slot, cls == InsnClass.JMP ? Width.W64 : Width.W32, dst, src);
            case LD -> decodeLd(raw, slot, dst);
            case LDX -> decodeLdx(r, slot, dst, src);
            case ST -> decodeSt(r, slot, dst, src);
            case STX -> decodeStx(r, slot, dst, src);
        };
    }

    private static DecodeException unknown(int slot, RawInsn r) {
        return new DecodeException(slot, String.format("unknown opcode %02x", r.opcode()));
    }

    private static Insn decodeAlu(RawInsn r, int slot, Width w, Reg dst, Reg src) throws DecodeException {
        int opBits = r.opcode() & 0xf0;
        Source source = Source.of(r.opcode());
        int off = r.off();
        int imm = r.imm();
        switch (opBits) {
            case 0x80 -> { // NEG
                if (source == Source.X) {
                    throw unknown(slot, r);
                }
                if (src != Reg.R0 || off != 0 || imm != 0) {
                    throw new DecodeException(slot, "BPF_NEG uses reserved fields");
                }
                return new Insn.Neg(w, dst);
            }
            case 0xd0 -> { // END
                if (w == Width.W64 && source == Source.X) {
                    throw unknown(slot, r);
                }
                if (src != Reg.R0 || off != 0 || (imm != 16 && imm != 32 && imm != 64)) {
                    throw new DecodeException(slot, "BPF_END uses reserved fields");
                }
                EndianOp e = w == Width.W64 ? EndianOp.SWAP : source == Source.K ? EndianOp.LE : EndianOp.BE;
                return new Insn.Endian(e, imm, dst);
            }
            case 0xe0, 0xf0 -> throw unknown(slot, r);
            case 0xb0 -> { // MOV
                if (source == Source.K) {
                    if (src != Reg.R0 || off != 0) {
                        throw new DecodeException(slot, "BPF_MOV uses reserved fields");
                    }
                    return new Insn.AluImm(w, AluOp.MOV, dst, imm);
                }
                if (w == Width.W64 && off == 1) {
                    if (imm != 1 && imm != 1 << 16) {
                        throw new DecodeException(slot,
                                "addr_space_cast insn can only convert between address space 1 and 0");
                    }
                    return new Insn.AddrSpaceCast(dst, src, imm >>> 16, imm & 0xffff);
                }
                boolean okOff = off == 0 || off == 8 || off == 16 || (off == 32 && w == Width.W64);
                if (!okOff || imm != 0) {
                    throw new DecodeException(slot, "BPF_MOV uses reserved fields");
                }
                return off == 0 ? new Insn.AluReg(w, AluOp.MOV, dst, src) : new Insn.MovSx(w, dst, src, off);
            }
            default -> {
                boolean divMod = opBits == 0x30 || opBits == 0x90;
                boolean reserved = (off != 0 && off != 1) || (off == 1 && !divMod)
                        || (source == Source.X ? imm != 0 : src != Reg.R0);
                if (reserved) {
                    throw new DecodeException(slot, "BPF_ALU uses reserved fields");
                }
                AluOp aluOp = AluOp.ofOrNull(opBits, off);
                return source == Source.X ? new Insn.AluReg(w, aluOp, dst, src) : new Insn.AluImm(w, aluOp, dst, imm);
            }
        }
    }

    private static Insn decodeJmp(RawInsn r, int slot, Width w, Reg dst, Reg src) throws DecodeException {
        int opBits = r.opcode() & 0xf0;
        Source source = Source.of(r.opcode());
        int off = r.off();
        int imm = r.imm();
        switch (opBits) {
            case 0x00 -> { // JA
                if (source == Source.X) {
                    throw unknown(slot, r);
                }
                if (src != Reg.R0 || dst != Reg.R0 || (w == Width.W64 ? imm != 0 : off != 0)) {
                    throw new DecodeException(slot, "BPF_JA uses reserved fields");
                }
                return w == Width.W64 ? new Insn.Ja(Target.offset(off)) : new Insn.Gotol(Target.offset(imm));
            }
            case 0x80 -> { // CALL
                if (w == Width.W32) {
                    throw unknown(slot, r);
                }
                if (source == Source.X) {
                    // callx (RFC 9669 4.3): the register is in dst, as LLVM encodes it.
                    if (r.src() != 0 || off != 0 || imm != 0) {
                        throw new DecodeException(slot, "BPF_CALL uses reserved fields");
                    }
                    return new Insn.Callx(dst);
                }
                int pseudo = r.src();
                if ((pseudo != 2 && off != 0) || pseudo > 2 || dst != Reg.R0) {
                    throw new DecodeException(slot, "BPF_CALL uses reserved fields");
                }
                return switch (pseudo) {
                    case 0 -> new Insn.Call(imm);
                    case 1 -> new Insn.CallLocal(Target.offset(imm));
                    default -> new Insn.CallKfunc(imm, off);
                };
            }
            case 0x90 -> { // EXIT
                if (w == Width.W32 || source == Source.X) {
                    throw unknown(slot, r);
                }
                if (imm != 0 || src != Reg.R0 || dst != Reg.R0 || off != 0) {
                    throw new DecodeException(slot, "BPF_EXIT uses reserved fields");
                }
                return new Insn.Exit();
            }
            case 0xe0 -> { // JCOND
                if (w == Width.W32 || source == Source.X) {
                    throw unknown(slot, r);
                }
                if (r.src() != 0 || dst != Reg.R0 || imm != 0) {
                    throw new DecodeException(slot, "invalid may_goto imm " + imm);
                }
                return new Insn.MayGoto(Target.offset(off));
            }
            case 0xf0 -> throw unknown(slot, r);
            default -> {
                JmpOp op = JmpOp.ofOrNull(opBits);
                if (source == Source.X ? imm != 0 : src != Reg.R0) {
                    throw new DecodeException(slot, "BPF_JMP/JMP32 uses reserved fields");
                }
                return source == Source.X
                        ? new Insn.JumpReg(w, op, dst, src, Target.offset(off))
                        : new Insn.JumpImm(w, op, dst, imm, Target.offset(off));
            }
        }
    }

    private static Insn decodeLd(RawInsn[] raw, int slot, Reg dst) throws DecodeException {
        RawInsn r = raw[slot];
        Mode mode = Mode.ofOrNull(r.opcode());
        Size size = Size.of(r.opcode());
        if (mode == Mode.IMM) {
            if (size != Size.DW) {
                throw unknown(slot, r);
            }
            if (slot == raw.length - 1 || raw[slot + 1].opcode() != 0 || raw[slot + 1].dst() != 0
                    || raw[slot + 1].src() != 0 || raw[slot + 1].off() != 0) {
                throw new DecodeException(slot, "invalid bpf_ld_imm64 insn");
            }
            if (r.off() != 0) {
                throw new DecodeException(slot, "invalid BPF_LD_IMM insn");
            }
            PseudoSrc pseudo = PseudoSrc.ofOrNull(r.src());
            if (pseudo == null) {
                throw new DecodeException(slot, "unrecognized bpf_ld_imm64 insn");
            }
            long imm = (r.imm() & 0xffffffffL) | ((long) raw[slot + 1].imm() << 32);
            return new Insn.LoadImm64(dst, pseudo, imm);
        }
        if ((mode == Mode.ABS || mode == Mode.IND) && size != Size.DW) {
            Reg src = Reg.ofOrNull(r.src());
            if (src == null) {
                throw new DecodeException(slot, "R" + r.src() + " is invalid");
            }
            if (dst != Reg.R0 || r.off() != 0 || (mode == Mode.ABS && src != Reg.R0)) {
                throw new DecodeException(slot, "BPF_LD_[ABS|IND] uses reserved fields");
            }
            return new Insn.LegacyLoad(mode, size, src, r.imm());
        }
        throw unknown(slot, r);
    }

    private static Insn decodeLdx(RawInsn r, int slot, Reg dst, Reg src) throws DecodeException {
        Mode mode = Mode.ofOrNull(r.opcode());
        Size size = Size.of(r.opcode());
        if (mode != Mode.MEM && !(mode == Mode.MEMSX && size != Size.DW)) {
            throw unknown(slot, r);
        }
        if (r.imm() != 0) {
            throw new DecodeException(slot, "BPF_LDX uses reserved fields");
        }
        return mode == Mode.MEM ? new Insn.Load(size, dst, src, r.off()) : new Insn.LoadSx(size, dst, src, r.off());
    }

    private static Insn decodeSt(RawInsn r, int slot, Reg dst, Reg src) throws DecodeException {
        if (Mode.ofOrNull(r.opcode()) != Mode.MEM) {
            throw unknown(slot, r);
        }
        if (src != Reg.R0) {
            throw new DecodeException(slot, "BPF_ST uses reserved fields");
        }
        return new Insn.StoreImm(Size.of(r.opcode()), dst, r.off(), r.imm());
    }

    private static Insn decodeStx(RawInsn r, int slot, Reg dst, Reg src) throws DecodeException {
        Mode mode = Mode.ofOrNull(r.opcode());
        Size size = Size.of(r.opcode());
        if (mode == Mode.MEM) {
            if (r.imm() != 0) {
                throw new DecodeException(slot, "BPF_STX uses reserved fields");
            }
            return new Insn.Store(size, dst, r.off(), src);
        }
        if (mode != Mode.ATOMIC) {
            throw unknown(slot, r);
        }
        AtomicOp op = AtomicOp.ofOrNull(r.imm());
        if (op == null) {
            throw new DecodeException(slot, String.format("BPF_ATOMIC uses invalid atomic opcode %02x", r.imm()));
        }
        if (!op.allowsSize(size)) {
            throw new DecodeException(slot, "invalid atomic operand size");
        }
        return new Insn.Atomic(size, op, dst, src, r.off());
    }
}
