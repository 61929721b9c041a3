package io.bpflab.verifier;

import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A program's basic blocks and the edges between them, grouped by bpf-to-bpf subprogram
 * (the kernel's subprog boundaries: index 0 and every local call or function-address
 * target). A block ends at a jump, an exit or a local call; a conditional jump (and
 * {@code may_goto}) has a taken and a fallthrough edge, {@code goto} one jump edge, a local
 * call a call edge to the callee's entry and a return edge to the instruction after it.
 * Indexes are instruction indexes; {@link Program#slotOf} gives the kernel's numbers.
 */
public final class ControlFlowGraph {

    public enum EdgeKind {
        /** A conditional jump's target when the condition holds. */
        TAKEN,
        /** The next instruction: a conditional jump not taken, or a block that simply ends at a leader. */
        FALLTHROUGH,
        /** An unconditional {@code goto}/{@code gotol}. */
        JUMP,
        /** A bpf-to-bpf call, to the callee's entry. */
        CALL,
        /** Where a bpf-to-bpf call continues after the callee exits. */
        RETURN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Instructions {@code first..last} (inclusive) of subprogram {@code subprog}. */
    public record Block(int id, int subprog, int first, int last) {
    }

    public record Edge(int from, int to, EdgeKind kind) {
    }

    /** Subprogram {@code id} starts at instruction {@code entry}; its blocks in program order. */
    public record Subprogram(int id, int entry, List<Integer> blocks) {
    }

    private final Program program;
    private final List<Block> blocks;
    private final List<Edge> edges;
    private final List<Subprogram> subprograms;

    private ControlFlowGraph(Program program, List<Block> blocks, List<Edge> edges, List<Subprogram> subprograms) {
        this.program = program;
        this.blocks = blocks;
        this.edges = edges;
        this.subprograms = subprograms;
    }

    public Program program() {
        return program;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<Subprogram> subprograms() {
        return subprograms;
    }

    /** The block holding instruction {@code index}. */
    public Block blockOf(int index) {
        for (Block b : blocks) {
            if (index >= b.first() && index <= b.last()) {
                return b;
            }
        }
        throw new IllegalArgumentException("no instruction " + index);
    }

    /**
     * The graph of {@code program}.
     *
     * @throws IllegalArgumentException when a jump leaves the program or lands inside an lddw
     */
    public static ControlFlowGraph of(Program program) {
        int n = program.size();
        List<Integer> subStarts = program.subprogramStarts();
        TreeSet<Integer> leaders = new TreeSet<>(subStarts);
        for (int i = 0; i < n; i++) {
            Insn insn = program.insn(i);
            Target t = Insn.jumpTargetOf(insn);
            if (t != null) {
                leaders.add(program.resolve(t, i));
            }
            if (t != null || insn instanceof Insn.Exit || insn instanceof Insn.CallLocal) {
                leaders.add(i + 1);
            }
        }
        leaders.removeIf(l -> l >= n);
        List<Block> blocks = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(leaders);
        for (int k = 0; k < starts.size(); k++) {
            int first = starts.get(k);
            int last = k + 1 < starts.size() ? starts.get(k + 1) - 1 : n - 1;
            int sub = 0;
            for (int s = 0; s < subStarts.size(); s++) {
                if (subStarts.get(s) <= first) {
                    sub = s;
                }
            }
            blocks.add(new Block(k, sub, first, last));
        }
        List<Edge> edges = new ArrayList<>();
        for (Block b : blocks) {
            Insn last = program.insn(b.last());
            int next = b.last() + 1;
            boolean hasNext = next < n && !subStarts.contains(next);
            switch (last) {
                case Insn.Exit e -> {
                }
                case Insn.Ja j -> edges.add(new Edge(b.id(), blockAt(blocks, program.resolve(j.target(), b.last())), EdgeKind.JUMP));
                case Insn.Gotol j -> edges.add(new Edge(b.id(), blockAt(blocks, program.resolve(j.target(), b.last())), EdgeKind.JUMP));
                case Insn.CallLocal c -> {
                    edges.add(new Edge(b.id(), blockAt(blocks, program.resolve(c.target(), b.last())), EdgeKind.CALL));
                    if (hasNext) {
                        edges.add(new Edge(b.id(), blockAt(blocks, next), EdgeKind.RETURN));
                    }
                }
                default -> {
                    Target t = Insn.jumpTargetOf(last);
                    if (t != null) {
                        edges.add(new Edge(b.id(), blockAt(blocks, program.resolve(t, b.last())), EdgeKind.TAKEN));
                    }
                    if (hasNext) {
                        edges.add(new Edge(b.id(), blockAt(blocks, next), EdgeKind.FALLTHROUGH));
                    }
                }
            }
        }
        List<Subprogram> subs = new ArrayList<>();
        for (int s = 0; s < subStarts.size(); s++) {
            int id = s;
            subs.add(new Subprogram(s, subStarts.get(s), blocks.stream().filter(b -> b.subprog() == id).map(Block::id).toList()));
        }
        return new ControlFlowGraph(program, List.copyOf(blocks), List.copyOf(edges), List.copyOf(subs));
    }

    private static int blockAt(List<Block> blocks, int index) {
        for (Block b : blocks) {
            if (b.first() == index) {
                return b.id();
            }
        }
        throw new IllegalArgumentException("no block starts at instruction " + index);
    }
}
