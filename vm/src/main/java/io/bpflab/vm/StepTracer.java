package io.bpflab.vm;

import io.bpflab.isa.Insn;
import io.bpflab.isa.SourceLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Tracer} that turns the interpreter's "about to run instruction i" callbacks into
 * whole {@link TraceStep}s: it remembers the registers before an instruction and, for
 * instructions that write memory, the place they write, then compares once the next
 * instruction (or the exit) shows the result. Stores and atomics name their address
 * exactly; a helper call may write anywhere in its frame's stack (bpf_probe_read,
 * bpf_map_lookup's key buffer stays, bpf_get_current_comm...), so the frame is compared
 * byte by byte around it.
 */
public abstract class StepTracer implements Tracer {

    protected final Vm vm;
    /** Source lines by program: a tail call runs another program, whose lines are not the entry's. */
    private final java.util.function.Function<io.bpflab.isa.Program, SourceLines> lines;
    private final long[] before = new long[11];
    private long seq;
    private Executable prevExe;
    private int prevIndex = -1;
    private int prevDepth;
    private long writeAddr;
    private int writeSize;
    private byte[] writeBefore;
    private byte[] frameBefore;
    private long regsAfter10;

    /** A tracer whose source lines belong to {@code program} (other programs, reached by tail calls, have none). */
    protected StepTracer(Vm vm, io.bpflab.isa.Program program, SourceLines lines) {
        this(vm, p -> p == program && lines != null ? lines : SourceLines.NONE);
    }

    protected StepTracer(Vm vm, java.util.function.Function<io.bpflab.isa.Program, SourceLines> lines) {
        this.vm = vm;
        this.lines = lines;
    }

    /** One instruction ran; {@code s} says what it changed. */
    protected abstract void onStep(TraceStep s);

    /** The program exited (or faulted) with these registers, after its last {@link #onStep}. */
    protected void onExit(long[] regs) {
    }

    /** Instructions completed so far in this run. */
    public long steps() {
        return seq;
    }

    @Override
    public void step(Executable x, int index, long[] regs, int depth) {
        flush(regs);
        prevExe = x;
        prevIndex = index;
        prevDepth = depth;
        System.arraycopy(regs, 0, before, 0, 11);
        writeSize = 0;
        frameBefore = null;
        Insn insn = x.program().insn(index);
        switch (insn) {
            case Insn.Store s -> watch(regs[s.dst().ordinal()] + s.off(), s.size().bytes);
            case Insn.StoreImm s -> watch(regs[s.dst().ordinal()] + s.off(), s.size().bytes);
            case Insn.Atomic a -> watch(regs[a.dst().ordinal()] + a.off(), a.size().bytes);
            case Insn.Call c -> frameBefore = vm.frame(depth).data.clone();
            default -> {
            }
        }
    }

    @Override
    public void exit(long[] regs) {
        flush(regs);
        onExit(regs.clone());
    }

    private void watch(long addr, int size) {
        Region r = vm.memory().regionOf(addr, size);
        if (r != null) {
            writeAddr = addr;
            writeSize = size;
            writeBefore = Arrays.copyOfRange(r.data, (int) addr, (int) addr + size);
        }
    }

    private void flush(long[] regs) {
        if (prevIndex < 0) {
            return;
        }
        List<TraceStep.RegChange> changed = new ArrayList<>();
        regsAfter10 = regs[10];
        for (int r = 0; r < 11; r++) {
            if (regs[r] != before[r]) {
                changed.add(new TraceStep.RegChange(r, before[r], regs[r], Addresses.describe(vm, regs[r], depthAfter(r), false)));
            }
        }
        List<TraceStep.MemChange> mem = new ArrayList<>();
        if (writeSize > 0) {
            Region r = vm.memory().regionOf(writeAddr, writeSize);
            if (r != null) {
                byte[] now = Arrays.copyOfRange(r.data, (int) writeAddr, (int) writeAddr + writeSize);
                mem.add(new TraceStep.MemChange(writeAddr, where(writeAddr), writeBefore, now));
            }
        }
        if (frameBefore != null) {
            stackWrites(mem);
        }
        seq++;
        int index = prevIndex;
        prevIndex = -1;
        SourceLines l = lines.apply(prevExe.program());
        onStep(new TraceStep(seq, prevExe, index, prevExe.slotOf(index), prevDepth, prevExe.program().insn(index),
                l.at(index), index == 0 ? java.util.Optional.empty() : l.functionStartingAt(index),
                List.copyOf(changed), List.copyOf(mem)));
    }

    /** r10 after a call or return belongs to the frame entered; every other register to the step's own. */
    private int depthAfter(int reg) {
        if (reg == 10) {
            for (int d = 0; d < Interpreter.MAX_FRAMES; d++) {
                if (vm.frameTop(d) == regsAfter10) {
                    return d;
                }
            }
        }
        return prevDepth;
    }

    /** The runs of bytes a helper changed in the caller's frame. */
    private void stackWrites(List<TraceStep.MemChange> out) {
        Region f = vm.frame(prevDepth);
        byte[] now = f.data;
        int k = 0;
        while (k < now.length) {
            if (now[k] == frameBefore[k]) {
                k++;
                continue;
            }
            int from = k;
            while (k < now.length && now[k] != frameBefore[k]) {
                k++;
            }
            long addr = f.address(from);
            out.add(new TraceStep.MemChange(addr, where(addr), Arrays.copyOfRange(frameBefore, from, k),
                    Arrays.copyOfRange(now, from, k)));
        }
    }

    /** {@code fp-8} for the running frame's stack, else the region's name and offset. */
    private String where(long addr) {
        long fp = vm.frameTop(prevDepth);
        if (addr < fp && addr >= fp - Vm.FRAME_SIZE) {
            return "fp-" + (fp - addr);
        }
        Region r = vm.memory().regionOf(addr, 1);
        return r == null ? "0x" + Long.toHexString(addr) : r.name() + "+" + (addr - r.start());
    }
}
