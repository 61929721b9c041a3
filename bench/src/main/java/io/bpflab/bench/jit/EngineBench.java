package io.bpflab.bench.jit;

import io.bpflab.asm.DataFile;
import io.bpflab.jit.Engine;
import io.bpflab.vm.Region;
import io.bpflab.vm.Vm;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Interpreter and JIT side by side on the ../shared/bench programs: ns per run (the
 * memory is mapped once, as BPF_PROG_TEST_RUN's repeat reuses its input). Divide by the
 * loop's iteration count (sum 10,000,000; mem 1,024,000; branch 1,000,000) for ns per
 * iteration; bench_empty's figure is the per-call overhead. Programs are read from
 * {@code bpflab.bench.dir} (default {@code ../shared/bench}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBench {

    @Param({"bench_sum_full", "bench_mem_full", "bench_branch_full", "bench_empty"})
    public String program;

    @Param({"INTERPRETER", "JIT"})
    public Engine engine;

    private Engine.Runner runner;
    private long addr;
    private long length;

    @Setup(Level.Trial)
    public void load() {
        Path dir = Path.of(System.getProperty("bpflab.bench.dir", "../shared/bench"));
        DataFile f = DataFile.parse(dir.resolve(program + ".data"));
        if (!f.ok()) {
            throw new IllegalStateException(program + ": " + f.diagnostics());
        }
        Vm vm = Vm.conformance();
        runner = engine.prepare(vm, vm.load(f.program(), program));
        long r0 = runner.runConformance(f.mem());
        if (f.expectedResult().isPresent() && f.expectedResult().getAsLong() != r0) {
            throw new IllegalStateException(program + " on " + engine + ": r0 = 0x" + Long.toHexString(r0));
        }
        addr = vm.mapContext(Region.of("memory", f.mem().clone(), true));
        length = f.mem().length;
    }

    @Benchmark
    public long run() {
        return runner.run(addr, length, null);
    }
}
