package io.bpflab.bench.vm;

import io.bpflab.asm.DataFile;
import io.bpflab.vm.Executable;
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
 * The interpreter on the ../shared/bench programs (bench/RESULTS.md has the figures):
 * time per run; divide by the program's dynamic instruction count (printed at setup and
 * listed in ../shared/bench/README.md) for ns per eBPF instruction. The directory of the
 * programs is the system property {@code bpflab.bench.dir} (default {@code ../shared/bench}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InterpreterBench {

    @Param({"bench_sum_full", "bench_mem_full", "bench_branch_full", "bench_empty"})
    public String program;

    private Vm vm;
    private Executable x;
    private byte[] mem;

    @Setup(Level.Trial)
    public void load() {
        Path dir = Path.of(System.getProperty("bpflab.bench.dir", "../shared/bench"));
        DataFile f = DataFile.parse(dir.resolve(program + ".data"));
        if (!f.ok()) {
            throw new IllegalStateException(program + ": " + f.diagnostics());
        }
        vm = Vm.conformance();
        x = vm.load(f.program(), program);
        mem = f.mem();
        long r0 = vm.runConformance(x, mem);
        if (f.expectedResult().isPresent() && f.expectedResult().getAsLong() != r0) {
            throw new IllegalStateException(program + ": r0 = 0x" + Long.toHexString(r0));
        }
        System.out.println(program + ": " + vm.lastInsnCount() + " eBPF instructions per run");
    }

    @Benchmark
    public long run() {
        return vm.runConformance(x, mem);
    }
}
