package io.bpflab.isa.disasm;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Mode;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.RawInsn;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One instruction in the syntax LLVM 19's BPF MCInstPrinter prints with {@code -mcpu=v4}
 * (what {@code llvm-mc -show-encoding} echoes and {@code llvm-objdump -d} prints). Encodings
 * that syntax cannot express come out as {@link LlvmText.Raw} words:
 * <ul>
 *   <li>lddw with a pseudo source and a non-zero second imm: {@code ld_pseudo} carries
 *       only the first imm;</li>
 *   <li>kfunc calls (src 2): LLVM writes {@code call sym} with src 1 and a relocation;</li>
 *   <li>local calls (src 1) without a label: {@code call N} means helper N;</li>
 *   <li>{@code gotol} by a relative offset outside 16 bits: the LLVM 19 parser takes only
 *       a label or a 16-bit number there;</li>
 *   <li>LD_IND with a non-zero imm: LLVM's {@code skb[rN]} has no displacement;</li>
 *   <li>load-acquire / store-release when {@code llvm19} is set; otherwise they print in the
 *       syntax LLVM 21 introduced: {@code w0 = load_acquire((u8 *)(r1 + 0))},
 *       {@code store_release((u64 *)(r1 + 0), r2)}.</li>
 * </ul>
 *
 * @param radix  decimal as llvm-mc prints, or hex as llvm-objdump prints
 * @param llvm19 print only what llvm-mc-19 parses (load-acquire/store-release as raw words)
 */
public record LlvmPrinter(Radix radix, boolean llvm19) {

    /** Decimal, LLVM 21 syntax for load-acquire/store-release. */
    public static final LlvmPrinter DEFAULT = new LlvmPrinter(Radix.DECIMAL, false);

    public LlvmPrinter {
        Objects.requireNonNull(radix);
    }

    public LlvmPrinter withRadix(Radix r) {
        return new LlvmPrinter(r, llvm19);
    }

    public LlvmPrinter withLlvm19(boolean only19) {
        return new LlvmPrinter(radix, only19);
    }

    /** The instruction on its own: label targets print by name, offsets as {@code +N}. */
    public LlvmText text(Insn insn) {
        return text(insn, t -> null);
    }

    /**
     * @param labelOf the label to print for a target, or null to print a relative target as
     *                an offset (a local call without a label becomes raw words); a label
     *                target it has no name for prints as its own name
     */
    public LlvmText text(Insn insn, Function<Target, String> labelOf) {
        Function<Target, String> names = t -> {
            String name = labelOf.apply(t);
            return name == null && t instanceof Target.Label(String own) ? own : name;
        };
        String s = syntax(insn, names);
        return s != null ? new LlvmText.Syntax(s) : raw(insn);
    }

    /** LLVM syntax, or null when LLVM 19 has none for these bytes. */
    private String syntax(Insn insn, Function<Target, String> labelOf) {
        return switch (insn) {
            case Insn.AluReg(Width w, AluOp op, Reg dst, Reg src) ->
                    dst.name(w) + " " + op.operator + " " + src.name(w);
            case Insn.AluImm(Width w, AluOp op, Reg dst, int imm) -> dst.name(w) + " " + op.operator + " " + imm(imm);
            case Insn.Neg(Width w, Reg dst) -> dst.name(w) + " = -" + dst.name(w);
            case Insn.MovSx(Width w, Reg dst, Reg src, int bits) -> dst.name(w) + " = (s" + bits + ")" + src.name(w);
            case Insn.AddrSpaceCast(Reg dst, Reg src, int dstAs, int srcAs) ->
                    r(dst) + " = addr_space_cast(" + r(src) + ", " + imm(dstAs) + ", " + imm(srcAs) + ")";
            case Insn.Endian e -> r(e.dst()) + " = " + e.op().mnemonic + e.bits() + " " + r(e.dst());
            // With -mcpu=v4 (ALU32) LLVM decodes sub-64-bit loads and stores to their w forms.
            case Insn.Load(Size size, Reg dst, Reg src, int off) ->
                    valueReg(dst, size) + " = *(" + size.unsignedType() + " *)" + mem(src, off);
            case Insn.LoadSx(Size size, Reg dst, Reg src, int off) ->
                    r(dst) + " = *(" + size.signedType() + " *)" + mem(src, off);
            case Insn.Store(Size size, Reg dst, int off, Reg src) ->
                    "*(" + size.unsignedType() + " *)" + mem(dst, off) + " = " + valueReg(src, size);
            case Insn.StoreImm(Size size, Reg dst, int off, int imm) ->
                    "*(" + size.unsignedType() + " *)" + mem(dst, off) + " = " + imm(imm);
            case Insn.Atomic a -> a.op().isAcquireRelease() && llvm19 ? null : atomic(a);
            case Insn.LoadImm64(Reg dst, PseudoSrc src, long imm) -> {
                if (src == PseudoSrc.IMM64) {
                    yield r(dst) + " = " + imm(imm) + " ll";
                }
                // LLVM's ld_pseudo encodes the first imm only (the second slot's stays 0) and
                // prints it unsigned.
                yield (imm >>> 32) == 0
                        ? "ld_pseudo\t" + r(dst) + ", " + imm(src.code) + ", " + imm(imm)
                        : null;
            }
            case Insn.LegacyLoad(Mode mode, Size size, Reg src, int imm) -> mode == Mode.ABS
                    ? "r0 = *(" + size.unsignedType() + " *)skb[" + imm(imm) + "]"
                    : imm == 0 ? "r0 = *(" + size.unsignedType() + " *)skb[" + r(src) + "]" : null;
            case Insn.JumpReg(Width w, var op, Reg dst, Reg src, Target t) ->
                    "if " + dst.name(w) + " " + op.operator + " " + src.name(w) + " goto " + target(t, labelOf);
            case Insn.JumpImm(Width w, var op, Reg dst, int imm, Target t) ->
                    "if " + dst.name(w) + " " + op.operator + " " + imm(imm) + " goto " + target(t, labelOf);
            case Insn.Ja(Target t) -> "goto " + target(t, labelOf);
            case Insn.Gotol(Target t) -> {
                String label = labelOf.apply(t);
                if (label != null) {
                    yield "gotol " + label;
                }
                int off = ((Target.Offset) t).slots();
                yield off >= Short.MIN_VALUE && off <= Short.MAX_VALUE ? "gotol " + offset(off) : null;
            }
            case Insn.MayGoto(Target t) -> "may_goto " + target(t, labelOf);
            case Insn.Call(int id) -> "call " + imm(id);
            case Insn.CallLocal(Target t) -> {
                String label = labelOf.apply(t);
                yield label != null ? "call " + label : null;
            }
            case Insn.CallKfunc k -> null;
            case Insn.Callx(Reg reg) -> "callx " + r(reg);
            case Insn.Exit() -> "exit";
        };
    }

    private String atomic(Insn.Atomic a) {
        Size size = a.size();
        String type = size.unsignedType();
        String src = valueReg(a.src(), size);
        return switch (a.op()) {
            case ADD, OR, AND, XOR -> "lock *(" + type + " *)" + mem(a.dst(), a.off()) + " "
                    + AluOp.valueOf(a.op().name()).operator + " " + src;
            case FETCH_ADD, FETCH_OR, FETCH_AND, FETCH_XOR -> src + " = atomic_fetch_"
                    + a.op().arithmetic().name().toLowerCase() + "((" + type + " *)" + mem(a.dst(), a.off()) + ", " + src + ")";
            case XCHG -> src + " = " + (size == Size.DW ? "xchg_64(" : "xchg32_32(") + addr(a.dst(), a.off()) + ", " + src + ")";
            case CMPXCHG -> {
                String r0 = valueReg(Reg.R0, size);
                yield r0 + " = " + (size == Size.DW ? "cmpxchg_64(" : "cmpxchg32_32(") + addr(a.dst(), a.off())
                        + ", " + r0 + ", " + src + ")";
            }
            // LLVM 21: the loaded register is dst, the address src (as the kernel has it).
            case LOAD_ACQUIRE -> valueReg(a.dst(), size) + " = load_acquire((" + type + " *)" + mem(a.src(), a.off()) + ")";
            case STORE_RELEASE -> "store_release((" + type + " *)" + mem(a.dst(), a.off()) + ", " + src + ")";
        };
    }

    /** Raw words for an instruction {@link #syntax} has no text for (its targets are offsets). */
    private LlvmText.Raw raw(Insn insn) {
        List<RawInsn> slots = Encoder.toRaw(insn);
        List<Long> words = new ArrayList<>(slots.size());
        for (RawInsn s : slots) {
            byte[] b = new byte[RawInsn.BYTES];
            s.write(b, 0);
            words.add(java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
        }
        String meaning = switch (insn) {
            case Insn.LoadImm64(Reg dst, PseudoSrc src, long imm) -> {
                int lo = (int) imm;
                int hi = (int) (imm >>> 32);
                String index = src == PseudoSrc.FUNC ? (lo >= 0 ? "+" : "") + lo : Integer.toUnsignedString(lo);
                yield r(dst) + " = " + pseudoName(src) + "[" + index + "]"
                        + (hi != 0 ? " + " + Integer.toUnsignedString(hi) : "") + " ll";
            }
            case Insn.CallKfunc(int btfId, int off) -> "call kfunc#" + btfId + (off != 0 ? " (fd_array[" + off + "])" : "");
            case Insn.CallLocal(Target t) -> "call pc" + offset(((Target.Offset) t).slots());
            case Insn.Gotol(Target t) -> "gotol " + offset(((Target.Offset) t).slots());
            case Insn.LegacyLoad(Mode mode, Size size, Reg src, int imm) ->
                    "r0 = *(" + size.unsignedType() + " *)skb[" + r(src) + " + " + imm(imm) + "]";
            case Insn.Atomic a -> atomic(a);
            default -> throw new IllegalStateException("LLVM has syntax for " + insn);
        };
        return new LlvmText.Raw(words, meaning);
    }

    private static String pseudoName(PseudoSrc src) {
        return switch (src) {
            case IMM64 -> "imm64";
            case MAP_FD -> "map_fd";
            case MAP_VALUE -> "map_value";
            case BTF_ID -> "btf_id";
            case FUNC -> "func";
            case MAP_IDX -> "map_idx";
            case MAP_IDX_VALUE -> "map_idx_value";
        };
    }

    private String target(Target t, Function<Target, String> labelOf) {
        String label = labelOf.apply(t);
        return label != null ? label : offset(((Target.Offset) t).slots());
    }

    /** LLVM's printBrTargetOperand: a sign always, {@code +3}, {@code -2}, {@code +0}. */
    private String offset(int slots) {
        return (slots >= 0 ? "+" : "") + radix.format(slots);
    }

    /** LLVM's printMemOperand: {@code (r10 - 8)}, {@code (r1 + 0)}. */
    private String mem(Reg base, int off) {
        return "(" + addr(base, off) + ")";
    }

    private String addr(Reg base, int off) {
        return r(base) + (off >= 0 ? " + " + radix.format(off) : " - " + radix.format(-(long) off));
    }

    private String imm(long v) {
        return radix.format(v);
    }

    private static String r(Reg reg) {
        return reg.name(Width.W64);
    }

    private static String valueReg(Reg reg, Size size) {
        return reg.name(size == Size.DW ? Width.W64 : Width.W32);
    }
}
