package io.bpflab.isa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Seeded generator of valid instructions and programs: every form of {@link Insn} with
 * random registers, offsets and immediates. Shared with other modules' tests through the
 * isa test-jar. Programs it makes decode and encode; they are not meant to run.
 */
public final class InsnGenerator {

    private final RandomGenerator rnd;

    public InsnGenerator(long seed) {
        this.rnd = new java.util.SplittableRandom(seed);
    }

    /** Every instruction form, each once, with random operands (jump targets stay inside {@code [0, slotsAfter]}). */
    public List<Insn> everyForm() {
        List<Insn> out = new ArrayList<>();
        for (Width w : Width.values()) {
            for (AluOp op : AluOp.values()) {
                out.add(new Insn.AluReg(w, op, reg(), reg()));
                out.add(new Insn.AluImm(w, op, reg(), imm()));
            }
            out.add(new Insn.Neg(w, reg()));
            for (int bits : w == Width.W64 ? new int[] {8, 16, 32} : new int[] {8, 16}) {
                out.add(new Insn.MovSx(w, reg(), reg(), bits));
            }
            for (JmpOp op : JmpOp.values()) {
                out.add(new Insn.JumpReg(w, op, reg(), reg(), Target.offset(0)));
                out.add(new Insn.JumpImm(w, op, reg(), imm(), Target.offset(0)));
            }
        }
        out.add(new Insn.AddrSpaceCast(reg(), reg(), 1, 0));
        out.add(new Insn.AddrSpaceCast(reg(), reg(), 0, 1));
        for (EndianOp e : EndianOp.values()) {
            for (int bits : new int[] {16, 32, 64}) {
                out.add(new Insn.Endian(e, bits, reg()));
            }
        }
        for (Size s : Size.values()) {
            out.add(new Insn.Load(s, reg(), reg(), off()));
            if (s != Size.DW) {
                out.add(new Insn.LoadSx(s, reg(), reg(), off()));
                out.add(new Insn.LegacyLoad(Mode.ABS, s, Reg.R0, imm()));
                out.add(new Insn.LegacyLoad(Mode.IND, s, reg(), imm()));
            }
            out.add(new Insn.Store(s, reg(), off(), reg()));
            out.add(new Insn.StoreImm(s, reg(), off(), imm()));
            for (AtomicOp op : AtomicOp.values()) {
                if (op.allowsSize(s)) {
                    out.add(new Insn.Atomic(s, op, reg(), reg(), off()));
                }
            }
        }
        for (PseudoSrc p : PseudoSrc.values()) {
            out.add(new Insn.LoadImm64(reg(), p, p == PseudoSrc.FUNC ? 1 : rnd.nextLong()));
        }
        out.add(new Insn.Ja(Target.offset(0)));
        out.add(new Insn.Gotol(Target.offset(0)));
        out.add(new Insn.MayGoto(Target.offset(0)));
        out.add(new Insn.Call(rnd.nextInt(1, 212)));
        out.add(new Insn.CallLocal(Target.offset(0)));
        out.add(new Insn.CallKfunc(rnd.nextInt(1, 100000), 0));
        out.add(new Insn.Callx(reg()));
        out.add(new Insn.Exit());
        return out;
    }

    /**
     * A program of about {@code n} random instructions, forms drawn uniformly from
     * {@link #everyForm()}, jumps and calls aimed at random instruction starts, ending in exit.
     */
    public Program program(int n) {
        List<Insn> insns = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            List<Insn> forms = everyForm();
            insns.add(forms.get(rnd.nextInt(forms.size())));
        }
        insns.add(new Insn.Exit());
        int[] slotOf = new int[insns.size() + 1];
        for (int i = 0; i < insns.size(); i++) {
            slotOf[i + 1] = slotOf[i] + insns.get(i).slots();
        }
        for (int i = 0; i < insns.size(); i++) {
            int to = rnd.nextInt(insns.size());
            int rel = slotOf[to] - (slotOf[i] + 1);
            boolean short16 = rel >= Short.MIN_VALUE && rel <= Short.MAX_VALUE;
            Target t = Target.offset(rel);
            Insn insn = insns.get(i);
            Insn aimed = switch (insn) {
                case Insn.JumpReg j when short16 -> new Insn.JumpReg(j.width(), j.op(), j.dst(), j.src(), t);
                case Insn.JumpImm j when short16 -> new Insn.JumpImm(j.width(), j.op(), j.dst(), j.imm(), t);
                case Insn.Ja j when short16 -> new Insn.Ja(t);
                case Insn.MayGoto j when short16 -> new Insn.MayGoto(t);
                case Insn.Gotol j -> new Insn.Gotol(t);
                case Insn.CallLocal c -> new Insn.CallLocal(t);
                case Insn.LoadImm64 l when l.src() == PseudoSrc.FUNC -> new Insn.LoadImm64(l.dst(), l.src(), rel);
                default -> insn;
            };
            insns.set(i, aimed);
        }
        return new Program(insns, Map.of());
    }

    public Reg reg() {
        return Reg.of(rnd.nextInt(11));
    }

    /** Small values most of the time, the full 32-bit range sometimes: both are printed differently. */
    public int imm() {
        return switch (rnd.nextInt(4)) {
            case 0 -> rnd.nextInt(-16, 17);
            case 1 -> rnd.nextInt(-70000, 70000);
            default -> rnd.nextInt();
        };
    }

    public int off() {
        return rnd.nextBoolean() ? rnd.nextInt(-64, 65) : rnd.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
    }
}
