package io.bpflab.jit;

import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import java.util.ArrayDeque;
import java.util.BitSet;

/**
 * One bpf-to-bpf subprogram as the JIT sees it: the instructions reachable from its entry
 * without following calls (in index order; the sentinel index {@code program.size()} stands
 * for falling off the end), where its basic blocks start and how long each is, whether it
 * ever writes r10, and an upper bound on its JVM bytecode size.
 */
final class Function {

    /** HotSpot's HugeMethodLimit: a larger method is never compiled (-XX:-DontCompileHugeMethods aside). */
    static final int HUGE_METHOD_LIMIT = 8000;

    final int entry;
    final BitSet body = new BitSet();
    /** Per leader index: the number of instructions of the block it starts, counted on entry. */
    final int[] blockLength;
    /**
     * Per leader index: the most instructions control can count from the start of that
     * block until it next takes a backward jump, calls or exits (forward jumps only, so
     * finite). Compiled code checks the budget only there, against this bound.
     */
    final long[] lookahead;
    final boolean writesR10;
    /**
     * Conditional jumps over one block that only they enter ({@code if cond goto T; F; T:}):
     * F's count is added at the jump when it is not taken, without a branch, so the JVM
     * sees F as a plain diamond it can turn into a conditional move.
     */
    final BitSet skips;
    /** Per instruction index: the access group a load or store outside the stack belongs to, else null. */
    final Group[] groups;
    final int estimatedBytes;

    /**
     * Loads and stores of one block through one base register that no instruction between
     * them changes: {@code [base + lo, base + hi)} covers them all, so one region check at
     * the first ({@code first}) proves every access of the group in bounds.
     */
    record Group(int first, Reg base, int lo, int hi, boolean reads, boolean writes) {

        Group with(int off, int size, boolean write) {
            return new Group(first, base, Math.min(lo, off), Math.max(hi, off + size), reads || !write, writes || write);
        }
    }

    private Function(int entry, BitSet body, int[] blockLength, long[] lookahead, boolean writesR10, Group[] groups,
                     BitSet skips, int estimatedBytes) {
        this.entry = entry;
        this.skips = skips;
        this.groups = groups;
        this.body.or(body);
        this.blockLength = blockLength;
        this.lookahead = lookahead;
        this.writesR10 = writesR10;
        this.estimatedBytes = estimatedBytes;
    }

    boolean isLeader(int i) {
        return blockLength[i] > 0;
    }

    static Function of(Program program, int entry, int callxTargets) {
        return of(program, entry, callxTargets, new BitSet());
    }

    /** With {@code cuts} as extra block starts, where a split subprogram's pieces begin. */
    static Function of(Program program, int entry, int callxTargets, BitSet cuts) {
        int n = program.size();
        BitSet body = new BitSet(n + 1);
        BitSet leaders = new BitSet(n + 1);
        leaders.or(cuts);
        leaders.set(entry);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        work.push(entry);
        body.set(entry);
        while (!work.isEmpty()) {
            int i = work.pop();
            if (i == n) {
                continue;
            }
            Insn insn = program.insn(i);
            int target = -1;
            boolean falls = true;
            boolean ends = false;
            switch (insn) {
                case Insn.JumpReg j -> {
                    target = program.resolve(j.target(), i);
                    ends = true;
                }
                case Insn.JumpImm j -> {
                    target = program.resolve(j.target(), i);
                    ends = true;
                }
                case Insn.MayGoto j -> {
                    target = program.resolve(j.target(), i);
                    ends = true;
                }
                case Insn.Ja j -> {
                    target = program.resolve(j.target(), i);
                    falls = false;
                    ends = true;
                }
                case Insn.Gotol j -> {
                    target = program.resolve(j.target(), i);
                    falls = false;
                    ends = true;
                }
                case Insn.Exit e -> {
                    falls = false;
                    ends = true;
                }
                case Insn.Call c -> ends = true;
                case Insn.CallLocal c -> ends = true;
                case Insn.Callx c -> ends = true;
                case Insn.CallKfunc c -> ends = true;
                default -> {
                }
            }
            if (target >= 0) {
                leaders.set(target);
                if (!body.get(target)) {
                    body.set(target);
                    work.push(target);
                }
            }
            if (falls) {
                if (ends) {
                    leaders.set(i + 1);
                }
                if (!body.get(i + 1)) {
                    body.set(i + 1);
                    work.push(i + 1);
                }
            }
        }
        int[] blockLength = new int[n + 1];
        for (int l = leaders.nextSetBit(0); l >= 0; l = leaders.nextSetBit(l + 1)) {
            if (!body.get(l) || l == n) {
                continue;
            }
            int len = 1;
            int i = l;
            while (i + 1 < n && !endsBlock(program.insn(i)) && !leaders.get(i + 1)) {
                i++;
                len++;
            }
            blockLength[l] = len;
        }
        boolean writesR10 = false;
        for (int i = body.nextSetBit(0); i >= 0 && i < n; i = body.nextSetBit(i + 1)) {
            writesR10 |= writesR10(program.insn(i));
        }
        Group[] groups = groups(program, body, blockLength, !writesR10);
        int bytes = 200;
        for (int i = body.nextSetBit(0); i >= 0; i = body.nextSetBit(i + 1)) {
            if (i == n) {
                bytes += 8;
                continue;
            }
            bytes += estimate(program.insn(i), callxTargets, !writesR10, groups[i], i) + (blockLength[i] > 0 ? 8 : 0);
        }
        return new Function(entry, body, blockLength, lookahead(program, body, blockLength), writesR10,
                groups, skips(program, entry, body, blockLength), bytes);
    }

    /**
     * Where to cut this subprogram into pieces of at most {@code bytes} estimated bytecode
     * each, in index order; the first piece starts at its lowest instruction.
     */
    BitSet cuts(Program program, int callxTargets, int bytes) {
        BitSet cuts = new BitSet();
        int n = program.size();
        int acc = 0;
        int first = body.nextSetBit(0);
        for (int i = first; i >= 0 && i < n; i = body.nextSetBit(i + 1)) {
            int size = estimate(program.insn(i), callxTargets, !writesR10, groups[i], i) + 8;
            if (acc + size > bytes && i != first) {
                cuts.set(i);
                acc = 0;
            }
            acc += size;
        }
        cuts.set(first);
        return cuts;
    }

    private static BitSet skips(Program program, int entry, BitSet body, int[] blockLength) {
        int n = program.size();
        BitSet targets = new BitSet(n + 1);
        for (int i = body.nextSetBit(0); i >= 0 && i < n; i = body.nextSetBit(i + 1)) {
            Target t = Insn.jumpTargetOf(program.insn(i));
            if (t != null) {
                targets.set(program.resolve(t, i));
            }
        }
        BitSet skips = new BitSet();
        for (int j = body.nextSetBit(0); j >= 0 && j < n; j = body.nextSetBit(j + 1)) {
            Insn insn = program.insn(j);
            if (!(insn instanceof Insn.JumpReg || insn instanceof Insn.JumpImm)) {
                continue;
            }
            int to = program.resolve(Insn.jumpTargetOf(insn), j);
            int f = j + 1;
            if (to > f && to < n && f != entry && !targets.get(f) && blockLength[f] == to - f
                    && !endsBlock(program.insn(to - 1))) {
                skips.set(j);
            }
        }
        return skips;
    }

    /** Groups the accesses outside the stack fast path, block by block. */
    private static Group[] groups(Program program, BitSet body, int[] blockLength, boolean stackFastPath) {
        int n = program.size();
        Group[] groups = new Group[n + 1];
        java.util.Map<Reg, Integer> open = new java.util.EnumMap<>(Reg.class);
        for (int l = body.nextSetBit(0); l >= 0 && l < n; l = body.nextSetBit(l + 1)) {
            if (blockLength[l] == 0) {
                continue;
            }
            open.clear();
            for (int i = l; i < l + blockLength[l]; i++) {
                Insn insn = program.insn(i);
                if (!(stackFastPath && stackSlot(insn))) {
                    switch (insn) {
                        case Insn.Load a -> join(groups, open, i, a.src(), a.off(), a.size().bytes, false);
                        case Insn.LoadSx a -> join(groups, open, i, a.src(), a.off(), a.size().bytes, false);
                        case Insn.Store a -> join(groups, open, i, a.dst(), a.off(), a.size().bytes, true);
                        case Insn.StoreImm a -> join(groups, open, i, a.dst(), a.off(), a.size().bytes, true);
                        default -> {
                        }
                    }
                }
                switch (insn) {
                    // The atomics' and LD_ABS's effects on registers vary: they end every group.
                    case Insn.Atomic a -> open.clear();
                    case Insn.LegacyLoad a -> open.clear();
                    default -> {
                        Reg w = written(insn);
                        if (w != null) {
                            open.remove(w);
                        }
                    }
                }
            }
        }
        // Every member carries its group's final extent.
        for (int i = 0; i < n; i++) {
            if (groups[i] != null) {
                groups[i] = groups[groups[i].first()];
            }
        }
        return groups;
    }

    private static void join(Group[] groups, java.util.Map<Reg, Integer> open, int i, Reg base, int off, int size,
                             boolean write) {
        Integer first = open.get(base);
        if (first == null) {
            // A group's check re-points the one remembered window its later members use: a group
            // through another base opened in between would leave them reading its region.
            open.clear();
            open.put(base, i);
            groups[i] = new Group(i, base, off, off + size, !write, write);
        } else {
            groups[first] = groups[first].with(off, size, write);
            groups[i] = groups[first];
        }
    }

    /** Blocks in decreasing index order: every forward successor's bound is known before its predecessors'. */
    private static long[] lookahead(Program program, BitSet body, int[] blockLength) {
        int n = program.size();
        long[] k = new long[n + 1];
        for (int l = n - 1; l >= 0; l--) {
            if (blockLength[l] == 0 || !body.get(l)) {
                continue;
            }
            int end = l + blockLength[l] - 1;
            Insn last = program.insn(end);
            long next = 0;
            boolean falls = switch (last) {
                case Insn.Exit e -> false;
                case Insn.Ja j -> false;
                case Insn.Gotol j -> false;
                case Insn.Call c -> false;
                case Insn.CallLocal c -> false;
                case Insn.Callx c -> false;
                case Insn.CallKfunc c -> false;
                default -> true;
            };
            if (falls && end + 1 < n) {
                next = k[end + 1];
            }
            Target t = Insn.jumpTargetOf(last);
            if (t != null) {
                int to = program.resolve(t, end);
                if (to > end && to < n) {
                    next = Math.max(next, k[to]);
                }
            }
            k[l] = blockLength[l] + next;
        }
        return k;
    }

    /** Whether a jump at {@code from} to {@code to} may close a loop: there compiled code checks the budget. */
    static boolean backward(int from, int to) {
        return to <= from;
    }

    /** Whether control can continue from {@code insn} to the next instruction. */
    static boolean fallsThrough(Insn insn) {
        return switch (insn) {
            case Insn.Ja j -> false;
            case Insn.Gotol j -> false;
            case Insn.Exit e -> false;
            case Insn.CallKfunc c -> false;
            default -> true;
        };
    }

    private static boolean endsBlock(Insn insn) {
        return switch (insn) {
            case Insn.JumpReg j -> true;
            case Insn.JumpImm j -> true;
            case Insn.MayGoto j -> true;
            case Insn.Ja j -> true;
            case Insn.Gotol j -> true;
            case Insn.Exit e -> true;
            case Insn.Call c -> true;
            case Insn.CallLocal c -> true;
            case Insn.Callx c -> true;
            case Insn.CallKfunc c -> true;
            default -> false;
        };
    }

    /** A load or store at a constant offset inside r10's frame (the translator's stack fast path). */
    static boolean stackSlot(Insn insn) {
        return switch (insn) {
            case Insn.Load l -> inFrame(l.src(), l.off(), l.size());
            case Insn.LoadSx l -> inFrame(l.src(), l.off(), l.size());
            case Insn.Store st -> inFrame(st.dst(), st.off(), st.size());
            case Insn.StoreImm st -> inFrame(st.dst(), st.off(), st.size());
            default -> false;
        };
    }

    /** The frame index of r10 + off when the whole access lies inside the frame, else -1. */
    static int frameIndex(Reg base, int off, io.bpflab.isa.Size size) {
        int index = io.bpflab.vm.Vm.FRAME_SIZE + off;
        return base == Reg.R10 && index >= 0 && index + size.bytes <= io.bpflab.vm.Vm.FRAME_SIZE ? index : -1;
    }

    private static boolean inFrame(Reg base, int off, io.bpflab.isa.Size size) {
        return frameIndex(base, off, size) >= 0;
    }

    private static boolean writesR10(Insn insn) {
        return written(insn) == Reg.R10;
    }

    /** The register {@code insn} writes, if any (calls end blocks and are not asked). */
    private static Reg written(Insn insn) {
        return switch (insn) {
            case Insn.AluReg a -> a.dst();
            case Insn.AluImm a -> a.dst();
            case Insn.Neg a -> a.dst();
            case Insn.MovSx a -> a.dst();
            case Insn.AddrSpaceCast a -> a.dst();
            case Insn.Endian a -> a.dst();
            case Insn.Load a -> a.dst();
            case Insn.LoadSx a -> a.dst();
            case Insn.LoadImm64 a -> a.dst();
            case Insn.Atomic a -> a.op() == AtomicOp.LOAD_ACQUIRE ? a.dst() : a.op().fetches() ? a.src() : null;
            default -> null;
        };
    }

    /**
     * An upper bound of the bytecode {@link Translator} emits for {@code insn}; with
     * {@code stackFastPath} (r10 unchanged) a stack access at a constant offset is one array access.
     */
    private static int estimate(Insn insn, int callxTargets, boolean stackFastPath, Group group, int i) {
        if (stackFastPath && stackSlot(insn)) {
            return 20;
        }
        if (group != null) {
            // An access of a checked group, and the group's check and its miss path at the first.
            return 30 + (group.first() == i ? 130 : 0);
        }
        return switch (insn) {
            case Insn.AluReg a -> 10;
            case Insn.AluImm a -> 12;
            case Insn.Neg a -> 8;
            case Insn.MovSx a -> 10;
            case Insn.AddrSpaceCast a -> 18;
            case Insn.Endian a -> 12;
            case Insn.Load a -> 76;
            case Insn.LoadSx a -> 80;
            case Insn.Store a -> 84;
            case Insn.StoreImm a -> 84;
            case Insn.Atomic a -> 90;
            case Insn.LoadImm64 a -> 6;
            case Insn.LegacyLoad a -> 32;
            case Insn.JumpReg j -> 56;
            case Insn.JumpImm j -> 56;
            case Insn.Ja j -> 28;
            case Insn.Gotol j -> 28;
            case Insn.MayGoto j -> 40;
            case Insn.Call c -> 115;
            case Insn.CallLocal c -> 125;
            case Insn.Callx c -> 270 + 8 * callxTargets;
            case Insn.CallKfunc c -> 16;
            case Insn.Exit e -> 60;
        };
    }
}
