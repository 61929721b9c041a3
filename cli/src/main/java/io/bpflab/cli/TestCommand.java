package io.bpflab.cli;

import io.bpflab.asm.DataFile;
import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.Width;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.BpfMap;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Vm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpflab test PATH...}: runs {@code .data} files (directories are searched for
 * them) as the bpf_conformance runner does, plus bpflab's lab sections, and prints one
 * {@code PASS|FAIL|SKIP path (reason)} line each and a summary line.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run .data test files (bpf_conformance format and bpflab lab extensions).",
            "Prints PASS|FAIL|SKIP per file and 'N passed, N failed, N skipped'; exit 1 on any failure."})
final class TestCommand implements Callable<Integer> {

    enum Engine { interp, jit, both, kernel }

    enum Cpu { v1, v2, v3, v4 }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".data files or directories")
    List<Path> paths;

    @Option(names = "--engine", defaultValue = "interp",
            description = {"interp (default), jit, both (each test on the interpreter and the JIT, one line per engine),",
                "or kernel (the running kernel through bpf(2); every test is SKIP with the reason where bpf() is unavailable)"})
    Engine engine;

    @Option(names = "--cpu", defaultValue = "v4", description = "skip tests needing a newer ISA version (v1..v4, default v4)")
    Cpu cpu;

    @Option(names = "--max-insns", defaultValue = "1000000000", description = "instruction budget per test")
    long maxInsns;

    @picocli.CommandLine.Mixin
    ObjectInput.BtfOption btf;

    @Override
    public Integer call() throws IOException {
        if (maxInsns < 1) {
            throw new Cli.BadInput("bpflab test: --max-insns must be positive");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".data")).sorted().forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
        }
        java.util.Optional<String> noKernel = engine == Engine.kernel ? KernelEngine.unavailable()
                : java.util.Optional.empty();
        PrintWriter out = spec.commandLine().getOut();
        int[] counts = new int[Verdict.values().length];
        for (Path f : files) {
            List<Outcome> outcomes = switch (engine) {
                case interp -> List.of(run(f, io.bpflab.jit.Engine.INTERPRETER));
                case jit -> List.of(run(f, io.bpflab.jit.Engine.JIT));
                case both -> List.of(run(f, io.bpflab.jit.Engine.INTERPRETER).tagged("interp"),
                        run(f, io.bpflab.jit.Engine.JIT).tagged("jit"));
                case kernel -> List.of(noKernel.map(why -> new Outcome(Verdict.SKIP, why)).orElseGet(() -> runKernel(f)));
            };
            for (Outcome o : outcomes) {
                counts[o.verdict.ordinal()]++;
                out.println(o.verdict + " " + f + (o.tag == null ? "" : " [" + o.tag + "]")
                        + (o.reason == null ? "" : " (" + o.reason + ")"));
            }
        }
        out.println(counts[Verdict.PASS.ordinal()] + " passed, " + counts[Verdict.FAIL.ordinal()] + " failed, "
                + counts[Verdict.SKIP.ordinal()] + " skipped");
        return counts[Verdict.FAIL.ordinal()] > 0 ? Cli.NO : Cli.OK;
    }

    enum Verdict { PASS, FAIL, SKIP }

    /** One test's verdict on one engine; {@code tag} names the engine when several ran. */
    record Outcome(Verdict verdict, String reason, String tag) {
        Outcome(Verdict verdict, String reason) {
            this(verdict, reason, null);
        }

        Outcome tagged(String t) {
            return new Outcome(verdict, reason, t);
        }
    }

    /** A test file read and ready to run, or the verdict it gets before running. */
    private record Prepared(DataFile file, RunCommand.Loaded loaded, Outcome early) {
    }

    private Prepared prepare(Path path, boolean kernel) {
        DataFile f = DataFile.parse(path);
        RunCommand.Loaded in;
        try {
            in = RunCommand.Loaded.fromDataFile(f, null);
        } catch (Cli.BadInput e) {
            return new Prepared(f, null,
                    new Outcome(Verdict.FAIL, "does not assemble: " + e.getMessage().lines().findFirst().orElse("")));
        }
        int needs = cpuVersion(in.program);
        if (needs > cpu.ordinal() + 1) {
            return new Prepared(f, in, new Outcome(Verdict.SKIP, "needs cpu v" + needs));
        }
        String verifier = f.sections().get("verifier");
        if (verifier != null && !kernel) {
            // bpflab's engines: its own verifier judges, as the kernel's does under --engine kernel
            io.bpflab.verifier.Verdict v = io.bpflab.verifier.PathExplorer.verify(in.program,
                    new io.bpflab.verifier.PathExplorer.Options(true, 1), VerifyCommand.loadAttrs(in.type, in));
            Outcome judged = verdict(verifier, !v.accepted(), v.message(), v.kernelLog(), "rejected by bpflab's verifier",
                    false);
            return new Prepared(f, in, judged);
        }
        return new Prepared(f, in, null);
    }

    Outcome run(Path path, io.bpflab.jit.Engine on) {
        Prepared p = prepare(path, false);
        if (p.early != null) {
            return p.early;
        }
        DataFile f = p.file;
        RunCommand.Loaded in = p.loaded;
        Vm vm = in.conformance ? Vm.conformance() : Vm.linux();
        vm.budget(maxInsns);
        long r0;
        io.bpflab.vm.ProgramContext context = null;
        try {
            in.createMaps(vm);
            Executable x = in.load(vm);
            io.bpflab.jit.Engine.Runner runner = RunCommand.runner(on, vm, x, in.name);
            if (in.type == null) {
                r0 = runner.runConformance(in.mem);
            } else {
                context = RunCommand.context(in.type, in.packet, in.ctx);
                r0 = runner.run(context);
            }
        } catch (Cli.BadInput e) {
            return new Outcome(Verdict.FAIL, e.getMessage());
        } catch (BpfFault e) {
            if (f.expectedError().isPresent()) {
                return new Outcome(Verdict.PASS, null);
            }
            return new Outcome(Verdict.FAIL, e.getMessage());
        }
        if (f.expectedError().isPresent()) {
            return new Outcome(Verdict.FAIL, "expected an error, got r0 = 0x" + Long.toHexString(r0));
        }
        if (f.expectedResult().isPresent() && f.expectedResult().getAsLong() != r0) {
            return new Outcome(Verdict.FAIL, "r0 = 0x" + Long.toHexString(r0) + ", expected 0x"
                    + Long.toHexString(f.expectedResult().getAsLong()));
        }
        byte[] packetOut = context == null || context.packet() == null ? null : context.packet().bytes();
        String why = checkPacket(f, packetOut);
        if (why == null) {
            Map<String, BpfMap> maps = in.mapsByName(vm);
            why = checkMaps(f, name -> java.util.Optional.ofNullable(maps.get(name)).map(m -> m::get));
        }
        return why == null ? new Outcome(Verdict.PASS, null) : new Outcome(Verdict.FAIL, why);
    }

    /**
     * The test in the running kernel: a program the kernel refuses at load fails with the
     * kernel's message (unless the file expects an error); under a program type the kernel
     * returns only the low 32 bits of r0 (BPF_PROG_TEST_RUN's retval), which are compared.
     */
    Outcome runKernel(Path path) {
        Prepared p = prepare(path, true);
        if (p.early != null) {
            return p.early;
        }
        DataFile f = p.file;
        RunCommand.Loaded in = p.loaded;
        io.bpflab.kernel.KernelRun.Report r;
        try {
            r = KernelEngine.run(in, in.mem, in.packet, in.ctx, Map.of(), 1);
        } catch (Cli.BadInput e) {
            return new Outcome(Verdict.FAIL, e.getMessage());
        }
        boolean wantError = f.expectedError().isPresent();
        String verifier = f.sections().get("verifier");
        if (verifier != null) {
            boolean cannotRun = r.runError().isPresent()
                    && r.runError().get().errno() == io.bpflab.kernel.Errno.ENOTSUPP.number;
            Outcome judged = verdict(verifier, r.verdict() == io.bpflab.kernel.LoadResult.Verdict.REJECTED,
                    r.firstError(), r.log(), "rejected at load", cannotRun);
            if (judged != null) {
                return judged;
            }
        }
        if (r.verdict() == io.bpflab.kernel.LoadResult.Verdict.REJECTED) {
            return wantError ? new Outcome(Verdict.PASS, null)
                    : new Outcome(Verdict.FAIL, "rejected at load: " + r.firstError());
        }
        if (r.runError().isPresent()) {
            io.bpflab.kernel.KernelException e = r.runError().get();
            if (e.errno() == io.bpflab.kernel.Errno.ENOTSUPP.number) {
                // kernel: a program type without a test_run operation (kprobe, tracepoint, ...)
                return new Outcome(Verdict.SKIP, "the kernel cannot test-run " + in.type.shortName()
                        + " programs: " + e.getMessage());
            }
            return wantError ? new Outcome(Verdict.PASS, null)
                    : new Outcome(Verdict.FAIL, "not run: " + e.getMessage());
        }
        long r0 = r.r0().orElseThrow();
        if (wantError) {
            return new Outcome(Verdict.FAIL, "expected an error, got r0 = 0x" + Long.toHexString(r0));
        }
        if (f.expectedResult().isPresent()) {
            long want = f.expectedResult().getAsLong();
            boolean full = in.type == null;
            if (full ? want != r0 : (want & 0xffffffffL) != r0) {
                return new Outcome(Verdict.FAIL, "r0 = 0x" + Long.toHexString(r0) + ", expected 0x"
                        + Long.toHexString(full ? want : want & 0xffffffffL)
                        + (full ? "" : " (the kernel's retval: the low 32 bits of r0)"));
            }
        }
        String why = checkPacket(f, in.type == null ? null : r.output());
        if (why == null) {
            Map<String, List<io.bpflab.kernel.KernelMap.Entry>> after = r.mapsAfter();
            why = checkMaps(f, name -> java.util.Optional.ofNullable(after.get(name)).map(entries -> key ->
                    entries.stream().filter(e -> java.util.Arrays.equals(e.key(), key)).findFirst()
                            .map(io.bpflab.kernel.KernelMap.Entry::value).orElse(null)));
        }
        return why == null ? new Outcome(Verdict.PASS, null) : new Outcome(Verdict.FAIL, why);
    }

    /**
     * {@code -- verifier accept} or {@code -- verifier reject [MESSAGE]} (the message on the
     * same line or the next): the verifier's verdict must match, and a rejection's log must
     * contain the message. Null when an accepted program goes on to its run's checks
     * ({@code -- result}, {@code -- map-after}, ...); {@code acceptedIsEnough} when it cannot
     * run (a type the kernel cannot test-run passes without them).
     */
    private static Outcome verdict(String text, boolean rejected, String firstError, String log, String rejectedBy,
                                   boolean acceptedIsEnough) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        String head = lines.isEmpty() ? "" : lines.getFirst();
        boolean accept = head.equals("accept");
        if (!accept && !head.equals("reject") && !head.startsWith("reject ")) {
            return new Outcome(Verdict.FAIL, "-- verifier: expected 'accept' or 'reject MESSAGE', got '" + head + "'");
        }
        String message = accept ? "" : head.substring("reject".length()).strip();
        if (message.isEmpty() && lines.size() > 1) {
            message = lines.get(1);
        }
        if (accept && rejected) {
            return new Outcome(Verdict.FAIL, rejectedBy + ": " + firstError + ", expected accept");
        }
        if (!accept && !rejected) {
            return new Outcome(Verdict.FAIL, "accepted" + (rejectedBy.startsWith("rejected at load") ? " at load" : "")
                    + ", expected reject" + (message.isEmpty() ? "" : " (" + message + ")"));
        }
        if (!accept) {
            return message.isEmpty() || log.contains(message) || firstError.contains(message)
                    ? new Outcome(Verdict.PASS, null)
                    : new Outcome(Verdict.FAIL, rejectedBy + ": " + firstError + ", expected a log with '" + message + "'");
        }
        return acceptedIsEnough ? new Outcome(Verdict.PASS, null) : null;
    }

    /** {@code -- packet-after}: the packet after the run, byte for byte; null when it matches or is not asked. */
    private static String checkPacket(DataFile f, byte[] got) {
        String packetAfter = f.sections().get("packet-after");
        if (packetAfter == null) {
            return null;
        }
        byte[] want = HexInput.parse(packetAfter, f.fileName() + ": -- packet-after");
        if (got == null || !java.util.Arrays.equals(got, want)) {
            return "packet after the run is " + (got == null ? "(none)" : HexFormat.of().formatHex(got))
                    + ", expected " + HexFormat.of().formatHex(want);
        }
        return null;
    }

    /**
     * {@code -- map-after}: lines {@code NAME KEYHEX = VALUEHEX}; each element must hold that
     * value. {@code maps} gives a map's lookup by name (the lookup answers null for no element).
     */
    private static String checkMaps(DataFile f,
                                    java.util.function.Function<String, java.util.Optional<java.util.function.Function<byte[], byte[]>>> maps) {
        String text = f.sections().get("map-after");
        if (text == null) {
            return null;
        }
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            int sp = line.indexOf(' ');
            int eq = line.indexOf('=');
            if (sp < 0 || eq < sp) {
                return "-- map-after: expected 'NAME KEY = VALUE', got '" + line + "'";
            }
            java.util.Optional<java.util.function.Function<byte[], byte[]>> m = maps.apply(line.substring(0, sp));
            if (m.isEmpty()) {
                return "-- map-after: no map named '" + line.substring(0, sp) + "'";
            }
            byte[] key = HexInput.parse(line.substring(sp + 1, eq), "map-after key");
            byte[] want = HexInput.parse(line.substring(eq + 1), "map-after value");
            byte[] got = m.get().apply(key);
            if (got == null || !java.util.Arrays.equals(got, want)) {
                return "map " + line.substring(0, sp) + "[" + HexFormat.of().formatHex(key) + "] = "
                        + (got == null ? "(none)" : HexFormat.of().formatHex(got)) + ", expected " + HexFormat.of().formatHex(want);
            }
        }
        return null;
    }

    /**
     * The oldest LLVM -mcpu a program's instructions need: v2 added JLT/JLE/JSLT/JSLE, v3
     * JMP32 and the 32-bit and fetching atomics, v4 signed division, MOVSX, sign-extending
     * loads, bswap and gotol.
     */
    static int cpuVersion(Program p) {
        int v = 1;
        for (Insn i : p.insns()) {
            int need = switch (i) {
                case Insn.AluReg a when a.op() == AluOp.SDIV || a.op() == AluOp.SMOD -> 4;
                case Insn.AluImm a when a.op() == AluOp.SDIV || a.op() == AluOp.SMOD -> 4;
                case Insn.MovSx m -> 4;
                case Insn.LoadSx l -> 4;
                case Insn.Gotol g -> 4;
                case Insn.Endian e when e.op() == EndianOp.SWAP -> 4;
                case Insn.Atomic a when a.op().isAcquireRelease() -> 4;
                case Insn.Atomic a when a.op() != AtomicOp.ADD || a.size() != io.bpflab.isa.Size.DW -> 3;
                case Insn.JumpReg j when j.width() == Width.W32 -> 3;
                case Insn.JumpImm j when j.width() == Width.W32 -> 3;
                case Insn.JumpReg j when isV2(j.op()) -> 2;
                case Insn.JumpImm j when isV2(j.op()) -> 2;
                default -> 1;
            };
            v = Math.max(v, need);
        }
        return v;
    }

    private static boolean isV2(JmpOp op) {
        return op == JmpOp.JLT || op == JmpOp.JLE || op == JmpOp.JSLT || op == JmpOp.JSLE;
    }
}
