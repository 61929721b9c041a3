package io.bpflab.isa;

import java.util.Objects;

/**
 * One logical eBPF instruction. Every form of RFC 9669 and of Linux up to 6.15 is one
 * record; a consumer that switches over this type without a default is checked by the
 * compiler to handle them all. {@link LoadImm64} is the only record two slots wide.
 *
 * <p>Records validate their fields: a value that cannot be encoded (an offset outside
 * 16 bits, a sign-extension width the ISA lacks) is refused when the record is made.
 */
public sealed interface Insn {

    /** Wire slots this instruction occupies: 2 for lddw, 1 otherwise. */
    default int slots() {
        return 1;
    }

    /** The target of a jump (conditional, {@code goto}, {@code gotol}, {@code may_goto}), or null. */
    static Target jumpTargetOf(Insn insn) {
        return switch (insn) {
            case JumpReg j -> j.target();
            case JumpImm j -> j.target();
            case Ja j -> j.target();
            case Gotol j -> j.target();
            case MayGoto j -> j.target();
            default -> null;
        };
    }

    /**
     * Any place in the code an instruction names: a jump's target, a local call's, or the
     * function an lddw of BPF_PSEUDO_FUNC points at (its imm is a slot offset like a call's);
     * null for every other instruction.
     */
    static Target codeTargetOf(Insn insn) {
        return switch (insn) {
            case CallLocal c -> c.target();
            case LoadImm64(Reg d, PseudoSrc src, long imm) when src == PseudoSrc.FUNC -> Target.offset((int) imm);
            default -> jumpTargetOf(insn);
        };
    }

    /** {@code dst op= src} with a register source. */
    record AluReg(Width width, AluOp op, Reg dst, Reg src) implements Insn {
        public AluReg {
            Objects.requireNonNull(width);
            Objects.requireNonNull(op);
            Objects.requireNonNull(dst);
            Objects.requireNonNull(src);
        }
    }

    /** {@code dst op= imm}; ALU64 sign-extends the 32-bit immediate (RFC 9669 4.1). */
    record AluImm(Width width, AluOp op, Reg dst, int imm) implements Insn {
        public AluImm {
            Objects.requireNonNull(width);
            Objects.requireNonNull(op);
            Objects.requireNonNull(dst);
        }
    }

    /** {@code dst = -dst}. */
    record Neg(Width width, Reg dst) implements Insn {
        public Neg {
            Objects.requireNonNull(width);
            Objects.requireNonNull(dst);
        }
    }

    /** {@code dst = (s8|s16|s32) src}: MOVSX, 8 and 16 bits in ALU, also 32 in ALU64. */
    record MovSx(Width width, Reg dst, Reg src, int bits) implements Insn {
        public MovSx {
            Objects.requireNonNull(width);
            Objects.requireNonNull(dst);
            Objects.requireNonNull(src);
            if (bits != 8 && bits != 16 && !(bits == 32 && width == Width.W64)) {
                throw new IllegalArgumentException("movsx" + (width == Width.W64 ? "64" : "32")
                        + " cannot sign-extend from " + bits + " bits");
            }
        }
    }

    /**
     * {@code dst = addr_space_cast(src, dstAs, srcAs)} (Linux 6.9, arena pointers): ALU64|MOV|X
     * with off 1 and imm {@code dstAs << 16 | srcAs}.
     */
    record AddrSpaceCast(Reg dst, Reg src, int dstAs, int srcAs) implements Insn {
        public AddrSpaceCast {
            Objects.requireNonNull(dst);
            Objects.requireNonNull(src);
            if (dstAs < 0 || dstAs > 0xffff || srcAs < 0 || srcAs > 0xffff) {
                throw new IllegalArgumentException("address space out of range 0..65535");
            }
        }
    }

    /** {@code dst = le16 dst}, {@code be32}, {@code bswap64}, ... */
    record Endian(EndianOp op, int bits, Reg dst) implements Insn {
        public Endian {
            Objects.requireNonNull(op);
            Objects.requireNonNull(dst);
            if (bits != 16 && bits != 32 && bits != 64) {
                throw new IllegalArgumentException("byte swap width must be 16, 32 or 64, not " + bits);
            }
        }
    }

    /** {@code dst = *(uN *)(src + off)}: LDX|MEM, zero-extending. */
    record Load(Size size, Reg dst, Reg src, int off) implements Insn {
        public Load {
            Objects.requireNonNull(size);
            Objects.requireNonNull(dst);
            Objects.requireNonNull(src);
            checkOffset(off);
        }
    }

    /** {@code dst = *(sN *)(src + off)}: LDX|MEMSX, sign-extending (no 64-bit form). */
    record LoadSx(Size size, Reg dst, Reg src, int off) implements Insn {
        public LoadSx {
            Objects.requireNonNull(size);
            Objects.requireNonNull(dst);
            Objects.requireNonNull(src);
            if (size == Size.DW) {
                throw new IllegalArgumentException("sign-extending load has no 64-bit form");
            }
            checkOffset(off);
        }
    }

    /** {@code *(uN *)(dst + off) = src}: STX|MEM. */
    record Store(Size size, Reg dst, int off, Reg src) implements Insn {
        public Store {
            Objects.requireNonNull(size);
            Objects.requireNonNull(dst);
            Objects.requireNonNull(src);
            checkOffset(off);
        }
    }

    /** {@code *(uN *)(dst + off) = imm}: ST|MEM; a 64-bit store sign-extends imm. */
    record StoreImm(Size size, Reg dst, int off, int imm) implements Insn {
        public StoreImm {
            Objects.requireNonNull(size);
            Objects.requireNonNull(dst);
            checkOffset(off);
        }
    }

    /**
     * STX|ATOMIC. For {@code LOAD_ACQUIRE} the roles follow the kernel: {@code dst} receives
     * {@code *(src + off)}; for every other op {@code dst + off} is the address and
     * {@code src} the operand (and, with fetch, the register that receives the old value).
     */
    record Atomic(Size size, AtomicOp op, Reg dst, Reg src, int off) implements Insn {
        public Atomic {
            Objects.requireNonNull(size);
            Objects.requireNonNull(op);
            Objects.requireNonNull(dst);
            Objects.requireNonNull(src);
            if (!op.allowsSize(size)) {
                throw new IllegalArgumentException("invalid atomic operand size");
            }
            checkOffset(off);
        }
    }

    /**
     * lddw: {@code dst = imm64}, two slots. {@code imm} holds the first slot's imm in its low
     * 32 bits and the second slot's in its high 32 bits, whatever {@code src} says they mean.
     */
    record LoadImm64(Reg dst, PseudoSrc src, long imm) implements Insn {
        public LoadImm64 {
            Objects.requireNonNull(dst);
            Objects.requireNonNull(src);
        }

        @Override
        public int slots() {
            return 2;
        }

        public static LoadImm64 of(Reg dst, long imm) {
            return new LoadImm64(dst, PseudoSrc.IMM64, imm);
        }
    }

    /**
     * Legacy packet loads LD|ABS and LD|IND (RFC 9669 5.5): {@code r0 = ntoh(*(uN *)
     * (skb->data + [src +] imm))}. {@code src} is R0 for ABS.
     */
    record LegacyLoad(Mode mode, Size size, Reg src, int imm) implements Insn {
        public LegacyLoad {
            Objects.requireNonNull(mode);
            Objects.requireNonNull(size);
            Objects.requireNonNull(src);
            if (mode != Mode.ABS && mode != Mode.IND) {
                throw new IllegalArgumentException("legacy packet load mode must be ABS or IND");
            }
            if (size == Size.DW) {
                throw new IllegalArgumentException("legacy packet load has no 64-bit form");
            }
            if (mode == Mode.ABS && src != Reg.R0) {
                throw new IllegalArgumentException("absolute packet load takes no register");
            }
        }
    }

    /** {@code if dst op src goto target}. */
    record JumpReg(Width width, JmpOp op, Reg dst, Reg src, Target target) implements Insn {
        public JumpReg {
            Objects.requireNonNull(width);
            Objects.requireNonNull(op);
            Objects.requireNonNull(dst);
            Objects.requireNonNull(src);
            Objects.requireNonNull(target);
        }
    }

    /** {@code if dst op imm goto target}; JMP sign-extends imm to 64 bits. */
    record JumpImm(Width width, JmpOp op, Reg dst, int imm, Target target) implements Insn {
        public JumpImm {
            Objects.requireNonNull(width);
            Objects.requireNonNull(op);
            Objects.requireNonNull(dst);
            Objects.requireNonNull(target);
        }
    }

    /** {@code goto target}: JMP|JA with a 16-bit offset. */
    record Ja(Target target) implements Insn {
        public Ja {
            Objects.requireNonNull(target);
        }
    }

    /** {@code gotol target}: JMP32|JA with a 32-bit offset in imm (Linux 6.6). */
    record Gotol(Target target) implements Insn {
        public Gotol {
            Objects.requireNonNull(target);
        }
    }

    /** {@code may_goto target}: JMP|JCOND, taken once the loop budget runs out (Linux 6.9). */
    record MayGoto(Target target) implements Insn {
        public MayGoto {
            Objects.requireNonNull(target);
        }
    }

    /** {@code call N}: a kernel helper by id. */
    record Call(int helperId) implements Insn {
    }

    /** {@code call subprog}: a bpf-to-bpf call (src_reg = BPF_PSEUDO_CALL). */
    record CallLocal(Target target) implements Insn {
        public CallLocal {
            Objects.requireNonNull(target);
        }
    }

    /** A kfunc call (src_reg = BPF_PSEUDO_KFUNC_CALL): BTF id, and the fd-array slot of its BTF in off. */
    record CallKfunc(int btfId, int off) implements Insn {
        public CallKfunc {
            checkOffset(off);
        }
    }

    /** {@code callx reg}: JMP|CALL|X, the register in the dst field as LLVM encodes it. */
    record Callx(Reg reg) implements Insn {
        public Callx {
            Objects.requireNonNull(reg);
        }
    }

    /** {@code exit}. */
    record Exit() implements Insn {
    }

    private static void checkOffset(int off) {
        if (off < Short.MIN_VALUE || off > Short.MAX_VALUE) {
            throw new IllegalArgumentException("offset " + off + " does not fit in 16 bits");
        }
    }
}
