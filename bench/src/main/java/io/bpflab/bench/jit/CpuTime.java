package io.bpflab.bench.jit;

import io.bpflab.asm.DataFile;
import io.bpflab.jit.Engine;
import io.bpflab.jit.JitCompiler;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Region;
import io.bpflab.vm.Vm;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * EngineBench's and CompileBench's measurements by thread CPU time, best of several rounds:
 * on a machine shared with other builds, wall-clock JMH iterations vary by up to 3x while
 * the CPU time a thread gets is disturbed much less. Run:
 * {@code java -cp bench/target/benchmarks.jar io.bpflab.bench.jit.CpuTime [DIR] [ROUNDS] [engines [PROGRAM]]}
 * ({@code engines}: without the compile-time measurement; PROGRAM: only that one, in a JVM
 * of its own, as JMH forks, since the interpreter's loop compiles for the programs it ran first).
 */
public final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/bench");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        boolean compile = args.length <= 2 || !args[2].equals("engines");
        String[] programs = {"bench_sum_full", "bench_mem_full", "bench_branch_full", "bench_empty"};
        long[] iterations = {10_000_000, 1_024_000, 1_000_000, 1};
        System.out.printf(Locale.ROOT, "%-18s %16s %16s %8s %12s%n", "program", "interp ns/run", "jit ns/run", "ratio",
                "jit ns/iter");
        for (int k = 0; k < programs.length; k++) {
            if (args.length > 3 && !programs[k].equals(args[3])) {
                continue;
            }
            double interp = perRun(dir, programs[k], Engine.INTERPRETER, rounds);
            double jit = perRun(dir, programs[k], Engine.JIT, rounds);
            System.out.printf(Locale.ROOT, "%-18s %16.1f %16.1f %7.1fx %12.3f%n", programs[k], interp, jit, interp / jit,
                    jit / iterations[k]);
        }
        if (compile) {
            // As long a warm-up as CompileBench's JMH runs give the translator.
            System.out.printf(Locale.ROOT, "compile 1000 insns: %.1f us (best of %d)%n", compile(1000) / 1e3, 1000);
        }
    }

    /** Best per-run CPU time of {@code rounds} rounds after as many warm-up rounds. */
    static double perRun(Path dir, String program, Engine engine, int rounds) {
        DataFile f = DataFile.parse(dir.resolve(program + ".data"));
        if (!f.ok()) {
            throw new IllegalStateException(program + ": " + f.diagnostics());
        }
        Vm vm = Vm.conformance();
        Engine.Runner runner = engine.prepare(vm, vm.load(f.program(), program));
        long addr = vm.mapContext(Region.of("memory", f.mem().clone(), true));
        long length = f.mem().length;
        long r0 = runner.run(addr, length, null);
        if (r0 != f.expectedResult().orElseThrow()) {
            throw new IllegalStateException(program + " on " + engine + ": r0 = 0x" + Long.toHexString(r0));
        }
        long probe = THREADS.getCurrentThreadCpuTime();
        int runs = 1;
        while (true) {
            for (int i = 0; i < runs; i++) {
                runner.run(addr, length, null);
            }
            if (THREADS.getCurrentThreadCpuTime() - probe > 50_000_000L) {
                break;
            }
            runs *= 2;
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 2 * rounds; r++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                runner.run(addr, length, null);
            }
            long t = THREADS.getCurrentThreadCpuTime() - t0;
            if (r >= rounds) {
                best = Math.min(best, (double) t / runs);
            }
        }
        return best;
    }

    /** Best CPU time of translate + define + first call of CompileBench's 1,000-instruction program. */
    static double compile(int rounds) {
        Vm vm = Vm.conformance();
        Executable x = vm.load(CompileBench.program(1000), "compile1000");
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 2 * rounds; r++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            JitCompiler.compile(vm, x).run(0, 0, null);
            long t = THREADS.getCurrentThreadCpuTime() - t0;
            if (r >= rounds) {
                best = Math.min(best, t);
            }
        }
        return best;
    }
}
