package io.bpflab.isa.disasm;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Mode;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.RawInsn;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import io.bpflab.isa.linux.Helper;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One instruction as the kernel verifier log prints it (kernel: kernel/bpf/disasm.c,
 * print_bpf_insn, with the format strings of Linux 6.15 for load-acquire/store-release):
 * {@code (b7) r0 = 0}, {@code (05) goto pc+3}, {@code (85) call bpf_map_lookup_elem#1}.
 *
 * <p>One deliberate difference: disasm.c has no case for {@code callx} (the kernel refuses
 * the opcode before it would print it) and would print {@code call bpf_unspec#0}, losing
 * the register; this printer writes {@code (8d) callx r5}.
 *
 * @param helperName    a helper's name by id as the kernel prints it ({@code bpf_map_lookup_elem}),
 *                      or null when the id names no helper (then {@code unknown#ID}, as the
 *                      kernel prints)
 * @param kfuncName     a kfunc's name by BTF id, or null (then {@code kernel-function}, as the
 *                      kernel prints without BTF)
 * @param pseudoImm     how lddw with a pseudo source prints its immediate
 * @param allowPtrLeaks false prints the immediate of map and BTF lddw as 0, as the kernel
 *                      does for unprivileged loaders
 */
public record KernelPrinter(IntFunction<String> helperName, IntFunction<String> kfuncName,
                            PseudoImm pseudoImm, boolean allowPtrLeaks) {

    /** How the immediate of an lddw with a pseudo source is printed. */
    public enum PseudoImm {
        /** The verifier's {@code 0x%llx} of the full 64-bit immediate. */
        VERIFIER,
        /**
         * bpftool's xlated dump (tools/bpf/bpftool/xlated_dumper.c, print_imm):
         * {@code map[id:3]}, {@code map[id:3][0]+8}, {@code map[idx:1]+8}, {@code subprog[+5]}.
         */
        BPFTOOL
    }

    /**
     * Linux 6.12's helper names ({@link Helper}), kfuncs unnamed, immediates as the verifier
     * prints them for a privileged loader.
     */
    public static final KernelPrinter DEFAULT = new KernelPrinter(
            id -> Helper.byId(id).map(Helper::kernelName).orElse(null), id -> null, PseudoImm.VERIFIER, true);

    public KernelPrinter {
        Objects.requireNonNull(helperName);
        Objects.requireNonNull(kfuncName);
        Objects.requireNonNull(pseudoImm);
    }

    public KernelPrinter withPseudoImm(PseudoImm p) {
        return new KernelPrinter(helperName, kfuncName, p, allowPtrLeaks);
    }

    public KernelPrinter withAllowPtrLeaks(boolean allow) {
        return new KernelPrinter(helperName, kfuncName, pseudoImm, allow);
    }

    public KernelPrinter withKfuncNames(IntFunction<String> names) {
        return new KernelPrinter(helperName, names, pseudoImm, allowPtrLeaks);
    }

    /** The instruction at {@code index} of {@code program}, without the {@code N: } prefix. */
    public String text(Program program, int index) {
        Insn insn = program.insn(index);
        RawInsn raw = rawOf(program, index);
        String code = String.format("(%02x) ", raw.opcode());
        return code + switch (insn) {
            case Insn.AluReg(Width w, AluOp op, Reg dst, Reg src) -> dst.name(w) + " " + op.operator + " " + src.name(w);
            case Insn.AluImm(Width w, AluOp op, Reg dst, int imm) -> dst.name(w) + " " + op.operator + " " + imm;
            case Insn.Neg(Width w, Reg dst) -> dst.name(w) + " = -" + dst.name(w);
            case Insn.MovSx(Width w, Reg dst, Reg src, int bits) -> dst.name(w) + " = (s" + bits + ")" + src.name(w);
            case Insn.AddrSpaceCast(Reg dst, Reg src, int dstAs, int srcAs) ->
                    r(dst) + " = addr_space_cast(" + r(src) + ", " + dstAs + ", " + srcAs + ")";
            case Insn.Endian e -> r(e.dst()) + " = " + e.op().mnemonic + e.bits() + " " + r(e.dst());
            case Insn.Load(Size size, Reg dst, Reg src, int off) ->
                    r(dst) + " = *(" + size.unsignedType() + " *)" + mem(src, off);
            case Insn.LoadSx(Size size, Reg dst, Reg src, int off) ->
                    r(dst) + " = *(" + size.signedType() + " *)" + mem(src, off);
            case Insn.Store(Size size, Reg dst, int off, Reg src) ->
                    "*(" + size.unsignedType() + " *)" + mem(dst, off) + " = " + r(src);
            case Insn.StoreImm(Size size, Reg dst, int off, int imm) ->
                    "*(" + size.unsignedType() + " *)" + mem(dst, off) + " = " + imm;
            case Insn.Atomic a -> atomic(a);
            case Insn.LoadImm64(Reg dst, PseudoSrc src, long imm) -> r(dst) + " = " + ldImm(src, imm);
            case Insn.LegacyLoad(Mode mode, Size size, Reg src, int imm) -> mode == Mode.ABS
                    ? "r0 = *(" + size.unsignedType() + " *)skb[" + imm + "]"
                    : "r0 = *(" + size.unsignedType() + " *)skb[" + r(src) + " + " + imm + "]";
            case Insn.JumpReg(Width w, var op, Reg dst, Reg src, Target t) ->
                    "if " + dst.name(w) + " " + op.operator + " " + src.name(w) + " goto pc" + signed(raw.off());
            case Insn.JumpImm(Width w, var op, Reg dst, int imm, Target t) ->
                    "if " + dst.name(w) + " " + op.operator + " 0x" + Integer.toHexString(imm) + " goto pc" + signed(raw.off());
            case Insn.Ja j -> "goto pc" + signed(raw.off());
            case Insn.Gotol j -> "gotol pc" + signed(raw.imm());
            case Insn.MayGoto j -> "may_goto pc" + signed(raw.off());
            case Insn.Call(int id) -> {
                String name = helperName.apply(id);
                yield "call " + (name != null ? name : "unknown") + "#" + id;
            }
            case Insn.CallLocal c -> "call pc" + signed(raw.imm());
            case Insn.CallKfunc(int btfId, int off) -> {
                String name = kfuncName.apply(btfId);
                yield "call " + (name != null ? name : "kernel-function") + "#" + btfId;
            }
            case Insn.Callx(Reg reg) -> "callx " + r(reg);
            case Insn.Exit() -> "exit";
        };
    }

    private static String atomic(Insn.Atomic a) {
        String type = a.size().unsignedType();
        String bits = a.size() == Size.DW ? "64" : "";
        String at = "((" + type + " *)" + mem(a.dst(), a.off());
        return switch (a.op()) {
            case ADD, OR, AND, XOR -> "lock *(" + type + " *)" + mem(a.dst(), a.off()) + " "
                    + AluOp.valueOf(a.op().name()).operator + " " + r(a.src());
            case FETCH_ADD, FETCH_OR, FETCH_AND, FETCH_XOR -> r(a.src()) + " = atomic" + bits + "_fetch_"
                    + a.op().arithmetic().name().toLowerCase() + at + ", " + r(a.src()) + ")";
            case XCHG -> r(a.src()) + " = atomic" + bits + "_xchg" + at + ", " + r(a.src()) + ")";
            case CMPXCHG -> "r0 = atomic" + bits + "_cmpxchg" + at + ", r0, " + r(a.src()) + ")";
            case LOAD_ACQUIRE -> r(a.dst()) + " = load_acquire((" + type + " *)" + mem(a.src(), a.off()) + ")";
            case STORE_RELEASE -> "store_release((" + type + " *)" + mem(a.dst(), a.off()) + ", " + r(a.src()) + ")";
        };
    }

    private String ldImm(PseudoSrc src, long imm) {
        int lo = (int) imm;
        int hi = (int) (imm >>> 32);
        if (pseudoImm == PseudoImm.BPFTOOL) {
            switch (src) {
                case MAP_FD -> {
                    return "map[id:" + Integer.toUnsignedString(lo) + "]";
                }
                case MAP_VALUE -> {
                    return "map[id:" + Integer.toUnsignedString(lo) + "][0]+" + Integer.toUnsignedString(hi);
                }
                case MAP_IDX_VALUE -> {
                    return "map[idx:" + Integer.toUnsignedString(lo) + "]+" + Integer.toUnsignedString(hi);
                }
                case FUNC -> {
                    return "subprog[" + signed(lo) + "]";
                }
                default -> {
                }
            }
        }
        boolean pointer = src == PseudoSrc.MAP_FD || src == PseudoSrc.MAP_VALUE || src == PseudoSrc.MAP_IDX
                || src == PseudoSrc.MAP_IDX_VALUE || src == PseudoSrc.BTF_ID;
        return "0x" + Long.toHexString(pointer && !allowPtrLeaks ? 0 : imm);
    }

    /** C's {@code %+d}. */
    private static String signed(int v) {
        return (v >= 0 ? "+" : "") + v;
    }

    /** disasm.c's {@code (r%d %+d)}: {@code (r10 -8)}, {@code (r1 +0)}. */
    private static String mem(Reg base, int off) {
        return "(" + r(base) + " " + signed(off) + ")";
    }

    private static String r(Reg reg) {
        return reg.name(Width.W64);
    }

    /** The first slot as the kernel sees it, with label targets resolved to offsets. */
    private static RawInsn rawOf(Program program, int index) {
        Insn insn = program.insn(index);
        Target t = Insn.codeTargetOf(insn);
        if (t instanceof Target.Label) {
            int to = program.slotOf(program.resolve(t, index));
            Target rel = Target.offset(to - (program.slotOf(index) + 1));
            insn = switch (insn) {
                case Insn.JumpReg j -> new Insn.JumpReg(j.width(), j.op(), j.dst(), j.src(), rel);
                case Insn.JumpImm j -> new Insn.JumpImm(j.width(), j.op(), j.dst(), j.imm(), rel);
                case Insn.Ja j -> new Insn.Ja(rel);
                case Insn.Gotol j -> new Insn.Gotol(rel);
                case Insn.MayGoto j -> new Insn.MayGoto(rel);
                case Insn.CallLocal c -> new Insn.CallLocal(rel);
                default -> insn;
            };
        }
        return Encoder.toRaw(insn).getFirst();
    }
}
