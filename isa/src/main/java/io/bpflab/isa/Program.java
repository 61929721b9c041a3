package io.bpflab.isa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A sequence of instructions with the labels that name positions in it. Instruction
 * indices count logical instructions; slots count 8-byte wire words (lddw takes two). The
 * kernel numbers instructions by slot in its messages, and so do bpflab's.
 */
public final class Program {

    private final List<Insn> insns;
    private final Map<String, Integer> labels;
    private final int[] slotOfIndex;
    private final int[] indexOfSlot;

    /**
     * @param insns  the instructions
     * @param labels label name to instruction index; an index equal to {@code insns.size()}
     *               names the end of the program
     */
    public Program(List<Insn> insns, Map<String, Integer> labels) {
        this.insns = List.copyOf(insns);
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.slotOfIndex = new int[this.insns.size() + 1];
        int slot = 0;
        for (int i = 0; i < this.insns.size(); i++) {
            slotOfIndex[i] = slot;
            slot += this.insns.get(i).slots();
        }
        slotOfIndex[this.insns.size()] = slot;
        this.indexOfSlot = new int[slot + 1];
        java.util.Arrays.fill(indexOfSlot, -1);
        for (int i = 0; i <= this.insns.size(); i++) {
            indexOfSlot[slotOfIndex[i]] = i;
        }
        for (Map.Entry<String, Integer> e : this.labels.entrySet()) {
            if (e.getValue() < 0 || e.getValue() > this.insns.size()) {
                throw new IllegalArgumentException("label " + e.getKey() + " is outside the program");
            }
        }
    }

    public static Program of(List<Insn> insns) {
        return new Program(insns, Map.of());
    }

    public static Program of(Insn... insns) {
        return of(List.of(insns));
    }

    public List<Insn> insns() {
        return insns;
    }

    public Insn insn(int index) {
        return insns.get(index);
    }

    public int size() {
        return insns.size();
    }

    public Map<String, Integer> labels() {
        return labels;
    }

    public int slotCount() {
        return slotOfIndex[insns.size()];
    }

    public int slotOf(int index) {
        return slotOfIndex[index];
    }

    /** The instruction starting at {@code slot}, or -1 when the slot is the second half of an lddw or out of range. */
    public int indexOfSlot(int slot) {
        return slot >= 0 && slot < indexOfSlot.length ? indexOfSlot[slot] : -1;
    }

    /**
     * The instruction index that {@code target}, written in the instruction at {@code from},
     * refers to; {@link #size()} for the end of the program.
     *
     * @throws IllegalArgumentException for an undefined label, a slot outside the program,
     *                                  or a slot inside an lddw
     */
    public int resolve(Target target, int from) {
        return switch (target) {
            case Target.Label l -> {
                Integer i = labels.get(l.name());
                if (i == null) {
                    throw new IllegalArgumentException("undefined label '" + l.name() + "'");
                }
                yield i;
            }
            case Target.Offset o -> {
                long slot = (long) slotOf(from) + 1 + o.slots();
                int i = slot >= 0 && slot <= slotCount() ? indexOfSlot((int) slot) : -1;
                if (i < 0) {
                    throw new IllegalArgumentException(slot < 0 || slot > slotCount()
                            ? "jump out of range from insn " + slotOf(from) + " to " + slot
                            : "jump into the middle of ldimm64 insn " + (slot - 1));
                }
                yield i;
            }
        };
    }

    /** Label names at each instruction index, in definition order. */
    public Map<Integer, List<String>> labelsByIndex() {
        Map<Integer, List<String>> m = new LinkedHashMap<>();
        labels.forEach((name, idx) -> m.computeIfAbsent(idx, k -> new ArrayList<>()).add(name));
        return m;
    }

    /**
     * Entry points of the bpf-to-bpf subprograms: index 0 and every target of a local call
     * or of an lddw of a function (BPF_PSEUDO_FUNC), ascending.
     */
    public List<Integer> subprogramStarts() {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int i = 0; i < insns.size(); i++) {
            Insn insn = insns.get(i);
            if (insn instanceof Insn.CallLocal(Target t)) {
                starts.add(resolve(t, i));
            } else if (insn instanceof Insn.LoadImm64(Reg dst, PseudoSrc src, long imm) && src == PseudoSrc.FUNC) {
                starts.add(resolve(Target.offset((int) imm), i));
            }
        }
        return List.copyOf(starts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Program p && insns.equals(p.insns) && labels.equals(p.labels);
    }

    @Override
    public int hashCode() {
        return insns.hashCode() * 31 + labels.hashCode();
    }

    @Override
    public String toString() {
        return "Program" + insns;
    }
}
