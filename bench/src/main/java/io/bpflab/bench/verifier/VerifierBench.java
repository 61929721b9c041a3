package io.bpflab.bench.verifier;

import io.bpflab.asm.DataFile;
import io.bpflab.isa.Program;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelProgram;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import io.bpflab.verifier.PathExplorer;
import io.bpflab.verifier.Verdict;
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
 * The verifier on the ../shared/bench {@code *_k} programs, bpflab's and the running
 * kernel's (through the bridge, as a socket filter at log level 0) in the same run
 * (bench/RESULTS.md has the figures): time per verification; the processed instruction
 * count, printed at setup, is the same on both sides (checked), so the ratio of the times is
 * the ratio of processed instructions per second. The directory of the programs is the
 * system property {@code bpflab.bench.dir} (default {@code ../shared/bench}). A program one
 * side cannot verify (bench_mem_k reads its buffer through the context pointer, which a
 * socket filter may not) makes setup fail with the reason, and JMH goes on with the others.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VerifierBench {

    @Param({"bench_sum_k", "bench_branch_k", "bench_mem_k"})
    public String program;

    private Program code;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path dir = Path.of(System.getProperty("bpflab.bench.dir", "../shared/bench"));
        DataFile f = DataFile.parse(dir.resolve(program + ".data"));
        if (!f.ok()) {
            throw new IllegalStateException(program + ": " + f.diagnostics());
        }
        code = f.program();
        Verdict v = PathExplorer.verify(code, true);
        if (!v.accepted()) {
            throw new IllegalStateException(program + ": bpflab rejects it: " + v.message());
        }
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            throw new IllegalStateException("no kernel to compare with: " + a.describe());
        }
        try (LoadResult k = KernelProgram.load(request().withLogLevel(LoadRequest.LOG_STATS))) {
            if (!k.accepted()) {
                throw new IllegalStateException(program + ": the kernel rejects it: " + k.firstError());
            }
            long processed = k.processedInsns().orElse(-1);
            System.out.printf("%s: %d insns processed by bpflab, %d by the kernel (its own verification time %d us)%n",
                program, v.processed(), processed, k.verificationMicros().orElse(-1));
        }
    }

    private LoadRequest request() throws Exception {
        return LoadRequest.of(code, ProgramType.SOCKET_FILTER);
    }

    @Benchmark
    public int bpflab() {
        return PathExplorer.verify(code, true).processed();
    }

    @Benchmark
    public boolean kernel() throws Exception {
        try (LoadResult k = KernelProgram.load(request())) {
            return k.accepted();
        }
    }
}
