package io.bpflab.bench.asm;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.elf.ElfWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assembling a 100,000-instruction LLVM-syntax file (issue 3: at least 2 million
 * instructions per second on one core). Scores are instructions per second. The same file
 * for timing {@code llvm-mc-19 -triple bpf -mcpu=v4 -filetype=obj} is written by
 * {@code java -cp benchmarks.jar io.bpflab.bench.asm.AssembleBenchmark FILE}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssembleBenchmark {

    static final int INSNS = 100_000;

    String source;

    @Setup(Level.Trial)
    public void setup() {
        source = source(INSNS, 9669);
        Assembly a = Assembler.assemble(source, "bench.s", Dialect.LLVM);
        if (!a.ok() || a.program().size() != INSNS + 1) {
            throw new IllegalStateException("benchmark source does not assemble to " + INSNS + " instructions:\n"
                    + a.formatDiagnostics());
        }
    }

    @Benchmark
    @OperationsPerInvocation(INSNS)
    public Assembly assemble() {
        return Assembler.assemble(source, "bench.s", Dialect.LLVM);
    }

    @Benchmark
    @OperationsPerInvocation(INSNS)
    public byte[] assembleToElf() {
        return ElfWriter.write(Assembler.assemble(source, "bench.s", Dialect.LLVM).object());
    }

    /**
     * A clang-like program: ALU in both widths, loads and stores of every size, lddw,
     * helper calls, conditional jumps to labels within 1,024 instructions, one label every 16 instructions.
     */
    static String source(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(n * 28);
        sb.append("\t.text\n\t.globl\tbench\n\t.type\tbench,@function\nbench:\n");
        String[] alu = {"+=", "-=", "*=", "|=", "&=", "^=", "<<=", ">>=", "s>>=", "/=", "%="};
        String[] cmp = {"==", "!=", ">", ">=", "<", "<=", "s>", "s<", "&"};
        String[] size = {"u8", "u16", "u32", "u64"};
        int labels = n / 16;
        for (int i = 0; i < n; i++) {
            if (i % 16 == 0) {
                sb.append("LBB0_").append(i / 16).append(":\n");
            }
            int r = rnd.nextInt(10);
            int d = rnd.nextInt(10);
            String w = rnd.nextInt(4) == 0 ? "w" : "r";
            sb.append('\t');
            switch (rnd.nextInt(10)) {
                case 0, 1 -> sb.append(w).append(d).append(' ').append(alu[rnd.nextInt(alu.length)]).append(' ')
                        .append(w).append(r);
                case 2, 3 -> sb.append(w).append(d).append(' ').append(alu[rnd.nextInt(alu.length)]).append(' ')
                        .append(rnd.nextInt(-4096, 4096));
                case 4 -> sb.append('r').append(d).append(" = *(").append(size[rnd.nextInt(4)]).append(" *)(r")
                        .append(r).append(" + ").append(rnd.nextInt(512)).append(')');
                case 5 -> sb.append("*(").append(size[rnd.nextInt(4)]).append(" *)(r10 - ").append(8 * rnd.nextInt(1, 64))
                        .append(") = r").append(r);
                case 6 -> sb.append("if ").append(w).append(d).append(' ').append(cmp[rnd.nextInt(cmp.length)]).append(' ')
                        .append(rnd.nextBoolean() ? w + r : Integer.toString(rnd.nextInt(1000)))
                        .append(" goto LBB0_").append(Math.clamp(i / 16 + rnd.nextInt(-64, 64), 0, labels - 1));
                case 7 -> sb.append('r').append(d).append(" = ").append(rnd.nextLong() & 0xffffffffffffL).append(" ll");
                case 8 -> sb.append("call ").append(rnd.nextInt(1, 200));
                default -> sb.append('r').append(d).append(" = r").append(r);
            }
            sb.append('\n');
        }
        sb.append("\texit\n");
        return sb.toString();
    }

    /** Writes the benchmark's source to a file, to time llvm-mc-19 on the same input. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "asm-bench.s");
        Files.writeString(out, source(INSNS, 9669));
        System.out.println("wrote " + out + " (" + INSNS + " instructions); time llvm-mc-19 -triple bpf -mcpu=v4 -filetype=obj "
                + out + " -o /dev/null");
    }
}
