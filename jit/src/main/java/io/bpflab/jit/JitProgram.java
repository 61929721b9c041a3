package io.bpflab.jit;

import io.bpflab.vm.Executable;
import io.bpflab.vm.Packet;
import io.bpflab.vm.ProgramContext;
import io.bpflab.vm.Vm;
import java.util.List;

/**
 * An {@link Executable} compiled to a hidden class. Running it installs a {@link JitEngine}
 * on its machine, which gives the same r0, faults, maps and instruction count as the
 * interpreter; a machine with a tracer runs the interpreter instead (only it can trace).
 */
public final class JitProgram {

    final Vm vm;
    final Executable executable;
    final CompiledCode code;
    private final byte[] classBytes;
    private final List<Integer> split;
    private final List<Integer> interpreted;

    JitProgram(Vm vm, Executable executable, CompiledCode code, byte[] classBytes, List<Integer> split,
               List<Integer> interpreted) {
        this.split = split;
        this.vm = vm;
        this.executable = executable;
        this.code = code;
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

    /** As {@link Vm#run(Executable, long, long, Packet)}, on a {@link JitEngine} installed on the machine. */
    public long run(long r1, long r2, Packet packet) {
        JitEngine.of(vm).adopt(this);
        return vm.run(executable, r1, r2, packet);
    }

    /** As {@link Vm#run(Executable, ProgramContext)}, on a {@link JitEngine} installed on the machine. */
    public long run(ProgramContext ctx) {
        JitEngine.of(vm).adopt(this);
        return vm.run(executable, ctx);
    }

    /** As {@link Vm#runConformance}: r1 points at a copy of {@code mem}, r2 holds its length. */
    public long runConformance(byte[] mem) {
        JitEngine.of(vm).adopt(this);
        return vm.runConformance(executable, mem);
    }
}
