package io.bpflab.jit;

import io.bpflab.vm.Engine;
import io.bpflab.vm.Executable;
import io.bpflab.vm.JitLinkage;
import io.bpflab.vm.Run;
import io.bpflab.vm.Vm;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The JIT as a machine's {@link Engine}: {@code vm.engine(new JitEngine())} (or
 * {@link #install}) and every {@link Vm#run} of that machine, every callback its helpers
 * make (bpf_loop, for_each_map_elem, ...) and every tail call runs compiled code, each
 * program compiled once on first use. A run with a tracer is left to the interpreter,
 * which alone can trace instructions.
 */
public final class JitEngine implements Engine {

    private final Map<Executable, JitProgram> programs = new IdentityHashMap<>();
    private Machine machine;

    /** Makes {@code vm} run on a new JIT engine and returns it. */
    public static JitEngine install(Vm vm) {
        JitEngine e = new JitEngine();
        vm.engine(e);
        return e;
    }

    /** The engine {@code vm} runs on if it is a JIT engine, else a new one installed on it. */
    static JitEngine of(Vm vm) {
        return vm.engine() instanceof JitEngine e ? e : install(vm);
    }

    /** {@code x} compiled by this engine, compiling it on first use (only while it runs a machine). */
    JitProgram compiled(Executable x) {
        JitProgram p = programs.get(x);
        if (p == null) {
            p = JitCompiler.compile(machine.vm, x);
            programs.put(x, p);
        }
        return p;
    }

    void adopt(JitProgram p) {
        programs.putIfAbsent(p.executable(), p);
    }

    @Override
    public long execute(Run run, Executable x, int pc, int depth, long r1, long r2, long r3, long r4, long r5, long r10) {
        if (JitLinkage.tracing(run)) {
            return Engine.INTERPRETER.execute(run, x, pc, depth, r1, r2, r3, r4, r5, r10);
        }
        if (machine == null || machine.run != run) {
            machine = new Machine(run, this);
        }
        Machine m = machine;
        CompiledCode code = compiled(x).code;
        m.enter();
        try {
            long r0 = code.call(pc, m, depth, 0, r1, r2, r3, r4, r5, 0, 0, 0, 0);
            run.insns(m.insns);
            return r0;
        } catch (Stop s) {
            // The interpreter's unwind and LD_ABS ends: this execution (a callback's, if it
            // was one) returns; the count is already in the run.
            return s.r0;
        }
    }
}
