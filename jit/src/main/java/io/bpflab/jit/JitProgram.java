package io.bpflab.jit;

import io.bpflab.vm.Executable;
import io.bpflab.vm.JitLinkage;
import io.bpflab.vm.Packet;
import io.bpflab.vm.ProgramContext;
import io.bpflab.vm.Region;
import io.bpflab.vm.Run;
import io.bpflab.vm.Vm;
import java.util.List;

/**
 * An {@link Executable} compiled for one {@link Vm}: runs it with the same calling
 * conventions as {@link Vm#run}, and gives the same r0, faults, maps and instruction count.
 * A machine with a tracer runs the interpreter instead (only it can trace instructions).
 */
public final class JitProgram {

    final Vm vm;
    final Executable executable;
    final CompiledCode code;
    private final Machine machine;
    private final byte[] classBytes;
    private final List<Integer> split;
    private final List<Integer> interpreted;

    JitProgram(Vm vm, Executable executable, CompiledCode code, byte[] classBytes, List<Integer> split,
               List<Integer> interpreted) {
        this.split = split;
        this.vm = vm;
        this.executable = executable;
        this.code = code;
        this.machine = new Machine(vm);
        this.classBytes = classBytes;
        this.interpreted = interpreted;
    }

    public Executable executable() {
        return executable;
    }

    /** The class file the program was compiled to. */
    public byte[] classBytes() {
        return classBytes.clone();
    }

    /** Entry indices of the subprograms split into several methods (over HotSpot's method size limit). */
    public List<Integer> splitSubprograms() {
        return split;
    }

    /** Entry indices of the subprograms left to the interpreter (over HotSpot's method size limit even split). */
    public List<Integer> interpretedSubprograms() {
        return interpreted;
    }

    /** As {@link Vm#run(Executable, long, long, Packet)}. */
    public long run(long r1, long r2, Packet packet) {
        if (JitLinkage.tracing(vm)) {
            return vm.run(executable, r1, r2, packet);
        }
        return enter(JitLinkage.begin(vm, r1, packet), r1, r2);
    }

    /** As {@link Vm#run(Executable, ProgramContext)}. */
    public long run(ProgramContext ctx) {
        if (JitLinkage.tracing(vm)) {
            return vm.run(executable, ctx);
        }
        Run run = JitLinkage.begin(vm, ctx);
        return enter(run, run.context(), 0);
    }

    /** As {@link Vm#runConformance}: r1 points at a copy of {@code mem}, r2 holds its length. */
    public long runConformance(byte[] mem) {
        long addr = vm.mapContext(Region.of("memory", mem.clone(), true));
        return run(addr, mem.length, null);
    }

    private long enter(Run run, long r1, long r2) {
        Machine m = machine;
        m.start();
        try {
            long r0 = code.call(m, 0, 0, r1, r2, 0, 0, 0, 0, 0, 0, 0);
            JitLinkage.insns(run, m.insns);
            return r0;
        } catch (Stop s) {
            return s.r0;
        }
    }
}
