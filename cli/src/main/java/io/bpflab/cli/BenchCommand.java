package io.bpflab.cli;

import io.bpflab.kernel.KernelRun;
import io.bpflab.kernel.LoadResult;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Vm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpflab bench FILE...}: time per run of each program on each engine, measured in
 * one process so the ratios between engines are comparable (DESIGN §2). The JVM engines
 * warm up (HotSpot compiles the interpreter's loop and the JIT's classes) for half the
 * time budget, then count runs in growing batches for the other half; the kernel runs the
 * same bytes through BPF_PROG_TEST_RUN with {@code repeat} and reports its own mean.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time programs on the interpreter, the JIT and the kernel, with the ratios between them.",
            "--json prints {\"file\",\"engine\",\"r0\",\"runs\",\"ns_per_run\",\"insns_per_run\"} per program and engine."})
final class BenchCommand implements Callable<Integer> {

    enum Engine { interp, jit, kernel, all }

    /** The engines a row can come from, in table order. */
    enum Measured { interp, jit, kernel }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".s/.asm, .data, .o, .bin or hex programs")
    List<Path> files;

    @Option(names = "--engine", defaultValue = "all",
            description = "interp, jit, kernel, or all (default; the kernel only where bpf() works, with a note otherwise)")
    Engine engine;

    @Option(names = "--json", description = "one JSON object per program and engine")
    boolean json;

    @Option(names = "--time", defaultValue = "1000", paramLabel = "MS", description = "time per program and engine (default 1000 ms)")
    long timeMs;

    @Option(names = "--section", description = "which program section of an assembly file or ELF object (default: the first)")
    String section;

    @Option(names = "--type", description = "program type for every file (as for run)")
    String type;

    @Option(names = "--mem", paramLabel = "HEX|@file", description = "memory for r1/r2 (conformance convention)")
    String mem;

    @Option(names = "--packet", paramLabel = "HEX|@file", description = "the packet")
    String packet;

    /** One program on one engine. */
    record Row(String file, Measured engine, long r0, long runs, double nsPerRun, long insnsPerRun) {
    }

    @Override
    public Integer call() throws IOException {
        if (timeMs < 1) {
            throw new Cli.BadInput("bpflab bench: --time must be positive");
        }
        List<Measured> engines = new ArrayList<>(switch (engine) {
            case interp -> List.of(Measured.interp);
            case jit -> List.of(Measured.jit);
            case kernel -> List.of(Measured.kernel);
            case all -> List.of(Measured.interp, Measured.jit, Measured.kernel);
        });
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (engine == Engine.kernel) {
            KernelEngine.requireAvailable("bpflab bench");
        } else if (engine == Engine.all) {
            Optional<String> why = KernelEngine.unavailable();
            if (why.isPresent()) {
                err.println("bpflab bench: no kernel column: " + why.get());
                engines.remove(Measured.kernel);
            }
        }
        List<List<Row>> table = new ArrayList<>();
        int status = Cli.OK;
        for (Path file : files) {
            RunCommand.Loaded in = RunCommand.Loaded.of(file, section, type);
            byte[] memBytes = mem != null ? RunCommand.bytes(mem, "--mem") : in.mem;
            byte[] packetBytes = packet != null ? RunCommand.bytes(packet, "--packet") : in.packet;
            List<Row> rows = new ArrayList<>();
            long insns = -1;
            for (Measured e : engines) {
                Row row;
                try {
                    row = e == Measured.kernel ? kernel(file, in, memBytes, packetBytes, insns)
                            : jvm(file, in, e, memBytes, packetBytes);
                } catch (BpfFault f) {
                    err.println(file + " [" + e + "]: " + f.getMessage());
                    status = Cli.NO;
                    continue;
                } catch (KernelRefused r) {
                    err.println(file + " [kernel]: " + r.getMessage());
                    status = Cli.NO;
                    continue;
                } catch (Cli.BadInput b) {
                    if (e != Measured.kernel) {
                        throw b;
                    }
                    // The other engines' rows stand; only a bench of the kernel alone has nothing to show.
                    err.println(file + " [kernel]: not measured: " + b.getMessage());
                    status = engine == Engine.kernel ? Cli.BAD_INPUT : status;
                    continue;
                }
                insns = row.insnsPerRun;
                rows.add(row);
                if (json) {
                    out.println("{\"file\":" + RunCommand.Json.str(file.toString()) + ",\"engine\":\"" + e
                            + "\",\"r0\":\"0x" + Long.toHexString(row.r0) + "\",\"runs\":" + row.runs
                            + ",\"ns_per_run\":" + String.format(java.util.Locale.ROOT, "%.1f", row.nsPerRun)
                            + ",\"insns_per_run\":" + (row.insnsPerRun < 0 ? "null" : row.insnsPerRun) + "}");
                    out.flush();
                }
            }
            table.add(rows);
            // Under a program type the kernel returns only r0's low 32 bits (BPF_PROG_TEST_RUN's retval).
            long mask = in.type == null ? -1L : 0xffffffffL;
            if (rows.stream().map(r -> r.r0 & mask).distinct().count() > 1) {
                err.println(file + ": r0 differs between engines, so their times are not for the same work");
                status = Math.max(status, Cli.NO);
            }
        }
        if (!json && table.stream().anyMatch(rows -> !rows.isEmpty())) {
            printTable(out, table);
        }
        return status;
    }

    /** The kernel refused to load or run a program: a verdict for this row, not bad input. */
    private static final class KernelRefused extends Exception {
        KernelRefused(String message) {
            super(message);
        }
    }

    private Row jvm(Path file, RunCommand.Loaded in, Measured e, byte[] mem, byte[] packet) {
        Vm vm = in.conformance ? Vm.conformance() : Vm.linux();
        in.createMaps(vm);
        Executable x = in.load(vm);
        io.bpflab.jit.Engine.Runner runner = RunCommand.runner(
                e == Measured.jit ? io.bpflab.jit.Engine.JIT : io.bpflab.jit.Engine.INTERPRETER, vm, x, in.name);
        LongSupplier once = in.type == null ? () -> runner.runConformance(mem)
                : () -> runner.run(RunCommand.context(in.type, packet, in.ctx));
        long budget = timeMs * 1_000_000L;
        long r0 = once.getAsLong();
        long insns = vm.lastInsnCount();
        long start = System.nanoTime();
        while (System.nanoTime() - start < budget / 2) {
            once.getAsLong();
        }
        // Batches double while they are short, so System.nanoTime() is not what gets timed.
        long runs = 0;
        long batch = 1;
        start = System.nanoTime();
        long elapsed;
        for (;;) {
            for (long i = 0; i < batch; i++) {
                r0 = once.getAsLong();
            }
            runs += batch;
            elapsed = System.nanoTime() - start;
            if (elapsed >= budget / 2) {
                break;
            }
            if (elapsed < budget / 20) {
                batch *= 2;
            }
        }
        return new Row(file.toString(), e, r0, runs, (double) elapsed / runs, insns);
    }

    /**
     * One BPF_PROG_TEST_RUN to learn the time per run, then one with as many repeats as fit
     * the time budget. insns_per_run is the interpreter's count of the same run (the kernel
     * reports none).
     */
    private Row kernel(Path file, RunCommand.Loaded in, byte[] mem, byte[] packet, long insns) throws KernelRefused {
        KernelRun.Report probe = KernelEngine.run(in, mem, packet, in.ctx, Map.of(), 1);
        refused(probe);
        long budget = timeMs * 1_000_000L;
        long repeat = Math.clamp(budget / Math.max(1, probe.nsPerRun()), 1, 50_000_000);
        KernelRun.Report r = KernelEngine.run(in, mem, packet, in.ctx, Map.of(), (int) repeat);
        refused(r);
        return new Row(file.toString(), Measured.kernel, r.r0().orElseThrow(), repeat, r.nsPerRun(),
                insns >= 0 ? insns : interpretedInsns(in, mem, packet));
    }

    /** Instructions one interpreter run of the same program executes; -1 when it faults. */
    private static long interpretedInsns(RunCommand.Loaded in, byte[] mem, byte[] packet) {
        Vm vm = in.conformance ? Vm.conformance() : Vm.linux();
        in.createMaps(vm);
        Executable x = in.load(vm);
        try {
            if (in.type == null) {
                vm.runConformance(x, mem);
            } else {
                vm.run(x, RunCommand.context(in.type, packet, in.ctx));
            }
            return vm.lastInsnCount();
        } catch (BpfFault f) {
            return -1;
        }
    }

    private static void refused(KernelRun.Report r) throws KernelRefused {
        if (r.verdict() == LoadResult.Verdict.REJECTED) {
            throw new KernelRefused("rejected at load: " + r.firstError());
        }
        if (r.runError().isPresent()) {
            throw new KernelRefused("not run: " + r.runError().get().getMessage());
        }
    }

    /**
     * One line per program and engine, then the ratios between the engines of each program:
     * how much faster than the interpreter, and how far from the kernel.
     */
    private static void printTable(PrintWriter out, List<List<Row>> table) {
        int w = "file".length();
        for (List<Row> rows : table) {
            for (Row r : rows) {
                w = Math.max(w, r.file.length());
            }
        }
        out.println(String.format("%-" + w + "s  %-6s  %-18s  %10s  %14s  %12s  %8s", "file", "engine", "r0", "runs",
                "ns/run", "insns/run", "ns/insn"));
        for (List<Row> rows : table) {
            Map<Measured, Row> by = new EnumMap<>(Measured.class);
            for (Row r : rows) {
                by.put(r.engine, r);
                out.println(String.format(java.util.Locale.ROOT, "%-" + w + "s  %-6s  %-18s  %10d  %14.1f  %12s  %8s",
                        r.file, r.engine, "0x" + Long.toHexString(r.r0), r.runs, r.nsPerRun,
                        r.insnsPerRun < 0 ? "-" : Long.toString(r.insnsPerRun),
                        r.insnsPerRun <= 0 ? "-" : String.format(java.util.Locale.ROOT, "%.2f", r.nsPerRun / r.insnsPerRun)));
            }
            List<String> ratios = new ArrayList<>();
            ratio(by, Measured.interp, Measured.jit, "jit is %.1fx faster than interp").ifPresent(ratios::add);
            ratio(by, Measured.jit, Measured.kernel, "jit takes %.2fx the kernel's time").ifPresent(ratios::add);
            ratio(by, Measured.interp, Measured.kernel, "interp takes %.1fx the kernel's time").ifPresent(ratios::add);
            if (!ratios.isEmpty()) {
                out.println("  " + String.join("; ", ratios));
            }
        }
    }

    private static Optional<String> ratio(Map<Measured, Row> by, Measured a, Measured b, String format) {
        Row ra = by.get(a);
        Row rb = by.get(b);
        if (ra == null || rb == null || rb.nsPerRun <= 0 || ra.nsPerRun <= 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.ROOT, format, ra.nsPerRun / rb.nsPerRun));
    }
}
