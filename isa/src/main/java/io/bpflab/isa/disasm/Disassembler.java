package io.bpflab.isa.disasm;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.RawInsn;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Programs to text: LLVM assembly that llvm-mc re-assembles to the same bytes
 * ({@link #asm}), an llvm-objdump-like listing with slot numbers and bytes
 * ({@link #listing}), and the kernel verifier log's style ({@link #log}).
 *
 * @param llvmPrinter   how LLVM-style instructions print (radix, LLVM 19 only)
 * @param labels        when jump targets print as labels rather than relative offsets
 * @param kernelPrinter how kernel-style instructions print (helper names, lddw immediates)
 */
public record Disassembler(LlvmPrinter llvmPrinter, Labels labels, KernelPrinter kernelPrinter) {

    /**
     * Jump targets as relative offsets ({@code goto +3}) or labels ({@code goto LBB0_5}). Some
     * targets take a label in every mode, because LLVM has no other way to write them: a
     * local call ({@code call N} is helper N) and a {@code gotol} beyond 16 bits.
     */
    public enum Labels {
        /** Labels when the program has labels of its own, offsets otherwise. */
        AUTO,
        /** Relative offsets wherever LLVM syntax has them. */
        OFFSETS,
        /** A label for every target: the program's own, or a generated one. */
        ALWAYS
    }

    public static final Disassembler DEFAULT = new Disassembler(LlvmPrinter.DEFAULT, Labels.AUTO, KernelPrinter.DEFAULT);

    public Disassembler {
        Objects.requireNonNull(llvmPrinter);
        Objects.requireNonNull(labels);
        Objects.requireNonNull(kernelPrinter);
    }

    public Disassembler withLlvm(LlvmPrinter p) {
        return new Disassembler(p, labels, kernelPrinter);
    }

    public Disassembler withLabels(Labels l) {
        return new Disassembler(llvmPrinter, l, kernelPrinter);
    }

    public Disassembler withKernel(KernelPrinter k) {
        return new Disassembler(llvmPrinter, labels, k);
    }

    /** {@link #asm} with the default options. */
    public static String llvm(Program program) {
        return DEFAULT.asm(program);
    }

    /** {@link #log} with the default options. */
    public static String kernelLog(Program program) {
        return DEFAULT.log(program);
    }

    /** One instruction in LLVM syntax, label targets by name and offsets as {@code +N}. */
    public static String text(Insn insn) {
        return LlvmPrinter.DEFAULT.text(insn).asm();
    }

    /**
     * LLVM assembly as clang -S writes it: labels at the left margin, instructions after a
     * tab, one per line.
     */
    public String asm(Program program) {
        Plan plan = plan(program);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= program.size(); i++) {
            for (String name : plan.labelLines.getOrDefault(i, List.of())) {
                sb.append(name).append(":\n");
            }
            if (i < program.size()) {
                sb.append('\t').append(llvmPrinter.text(program.insn(i), plan.labelOf(i)).asm()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The LLVM text of each instruction, in order, as {@link #asm} prints them (without
     * label lines).
     */
    public List<LlvmText> texts(Program program) {
        Plan plan = plan(program);
        List<LlvmText> out = new ArrayList<>(program.size());
        for (int i = 0; i < program.size(); i++) {
            out.add(llvmPrinter.text(program.insn(i), plan.labelOf(i)));
        }
        return out;
    }

    /**
     * A listing as llvm-objdump -d prints one: the slot number right-aligned in eight
     * columns, optionally the instruction's bytes, then its text; labels as objdump prints
     * symbols ({@code 0000000000000028 <LBB0_5>:} after a blank line). Encodings LLVM has
     * no syntax for show their readable form.
     *
     * @throws EncodeException when the program does not encode (an undefined label, a
     *                         jump too far for its offset field)
     */
    public String listing(Program program, boolean bytes) throws EncodeException {
        return listing(program, bytes, slot -> List.of(), slot -> false);
    }

    /**
     * A listing of an object file's section, with lines of notes after some instructions,
     * as llvm-objdump -dr prints a relocation under the instruction it patches.
     *
     * @param notesAfter the lines to print after the instruction at a slot
     * @param relocated  slots whose call or jump target a relocation sets: their immediate
     *                   is an addend, not a target in this section, so it prints as a number
     */
    public String listing(Program program, boolean bytes, IntFunction<List<String>> notesAfter,
                          IntPredicate relocated) throws EncodeException {
        Plan plan = plan(program, relocated);
        List<RawInsn> raw = Encoder.toRaw(program);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= program.size(); i++) {
            int slot = program.slotOf(i);
            for (String name : plan.labelLines.getOrDefault(i, List.of())) {
                sb.append(String.format("%n%016x <%s>:%n", (long) slot * RawInsn.BYTES, name));
            }
            if (i == program.size()) {
                break;
            }
            Insn insn = program.insn(i);
            sb.append(String.format("%8d:\t", slot));
            if (bytes) {
                for (int s = 0; s < insn.slots(); s++) {
                    sb.append(s > 0 ? " " : "").append(raw.get(slot + s).hexBytes());
                }
                sb.append('\t');
            }
            sb.append(llvmPrinter.text(insn, plan.labelOf(i)).readable()).append('\n');
            for (String note : notesAfter.apply(slot)) {
                sb.append(note).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The kernel verifier log's lines: {@code 0: (b7) r0 = 0}, numbered by slot.
     *
     * @throws IllegalArgumentException when a jump names a label the program does not define
     */
    public String log(Program program) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < program.size(); i++) {
            sb.append(program.slotOf(i)).append(": ").append(kernelPrinter.text(program, i)).append('\n');
        }
        return sb.toString();
    }

    /** Which labels print where, and the name each instruction's target prints as. */
    private record Plan(Map<Integer, List<String>> labelLines, Map<Integer, String> targetNames) {
        Function<Target, String> labelOf(int index) {
            String name = targetNames.get(index);
            return t -> t instanceof Target.Label(String l) ? l : name;
        }
    }

    private Plan plan(Program program) {
        return plan(program, slot -> false);
    }

    private Plan plan(Program program, IntPredicate relocated) {
        Map<Integer, List<String>> lines = new TreeMap<>();
        program.labelsByIndex().forEach((i, names) -> lines.put(i, new ArrayList<>(names)));
        Map<Integer, String> nameAt = new HashMap<>();
        lines.forEach((i, names) -> nameAt.put(i, names.getFirst()));
        Set<String> taken = new HashSet<>(program.labels().keySet());
        boolean every = labels == Labels.ALWAYS || (labels == Labels.AUTO && !program.labels().isEmpty());

        // Subprogram entries first, so that a label both jumped to and called is named as an entry.
        TreeSet<Integer> entries = new TreeSet<>(List.of(0));
        int[] target = new int[program.size()];
        for (int i = 0; i < program.size(); i++) {
            target[i] = relocated.test(program.slotOf(i)) ? -1 : offsetTarget(program, i);
            Insn insn = program.insn(i);
            if (target[i] >= 0 && (insn instanceof Insn.CallLocal || isFunc(insn))) {
                entries.add(target[i]);
            }
        }
        Map<Integer, String> targetNames = new HashMap<>();
        for (int i = 0; i < program.size(); i++) {
            int j = target[i];
            Insn insn = program.insn(i);
            if (j < 0 || isFunc(insn)) {
                continue;
            }
            boolean needed = insn instanceof Insn.CallLocal
                    || (insn instanceof Insn.Gotol(Target.Offset(int off)) && off != (short) off);
            if (!needed && !every) {
                continue;
            }
            String name = nameAt.get(j);
            if (name == null) {
                int slot = program.slotOf(j);
                name = entries.contains(j) && j != 0
                        ? "subprog_" + slot
                        : "LBB" + (entries.headSet(j, true).size() - 1) + "_" + slot;
                while (taken.contains(name)) {
                    name += "_";
                }
                taken.add(name);
                nameAt.put(j, name);
                lines.computeIfAbsent(j, k -> new ArrayList<>()).add(name);
            }
            targetNames.put(i, name);
        }
        return new Plan(lines, targetNames);
    }

    private static boolean isFunc(Insn insn) {
        return insn instanceof Insn.LoadImm64(Reg d, PseudoSrc src, long imm) && src == PseudoSrc.FUNC;
    }

    /** The instruction index a relative target leads to, or -1 (no relative target, or out of the program). */
    private static int offsetTarget(Program program, int index) {
        Insn insn = program.insn(index);
        Target t = Insn.codeTargetOf(insn);
        if (!(t instanceof Target.Offset)) {
            return -1;
        }
        try {
            return program.resolve(t, index);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
