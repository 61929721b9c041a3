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

    @Option(names = "--engine", defaultValue = "interp", description = "interp (default); jit, both and kernel are not part of this build")
    Engine engine;

    @Option(names = "--cpu", defaultValue = "v4", description = "skip tests needing a newer ISA version (v1..v4, default v4)")
    Cpu cpu;

    @Option(names = "--max-insns", defaultValue = "1000000000", description = "instruction budget per test")
    long maxInsns;

    @Override
    public Integer call() throws IOException {
        if (engine != Engine.interp) {
            throw new Cli.BadInput("bpflab test: engine '" + engine + "' is not part of this build; use --engine interp");
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
        PrintWriter out = spec.commandLine().getOut();
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (Path f : files) {
            Outcome o = run(f);
            switch (o.verdict) {
                case PASS -> passed++;
                case FAIL -> failed++;
                case SKIP -> skipped++;
            }
            out.println(o.verdict + " " + f + (o.reason == null ? "" : " (" + o.reason + ")"));
        }
        out.println(passed + " passed, " + failed + " failed, " + skipped + " skipped");
        return failed > 0 ? Cli.NO : Cli.OK;
    }

    enum Verdict { PASS, FAIL, SKIP }

    record Outcome(Verdict verdict, String reason) {
    }

    Outcome run(Path path) {
        DataFile f = DataFile.parse(path);
        RunCommand.Loaded in;
        try {
            in = RunCommand.Loaded.fromDataFile(f, null);
        } catch (Cli.BadInput e) {
            return new Outcome(Verdict.FAIL, "does not assemble: " + e.getMessage().lines().findFirst().orElse(""));
        }
        int needs = cpuVersion(in.program);
        if (needs > cpu.ordinal() + 1) {
            return new Outcome(Verdict.SKIP, "needs cpu v" + needs);
        }
        if (f.sections().containsKey("verifier")) {
            return new Outcome(Verdict.SKIP, "-- verifier needs the verifier, which bpflab test does not run yet");
        }
        Vm vm = in.conformance ? Vm.conformance() : Vm.linux();
        vm.budget(maxInsns);
        long r0;
        io.bpflab.vm.ProgramContext context = null;
        try {
            in.createMaps(vm);
            Executable x = in.load(vm);
            if (in.type == null) {
                r0 = vm.runConformance(x, in.mem);
            } else {
                context = RunCommand.context(in.type, in.packet, in.ctx);
                r0 = vm.run(x, context);
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
        String packetAfter = f.sections().get("packet-after");
        if (packetAfter != null) {
            byte[] want = HexInput.parse(packetAfter, f.fileName() + ": -- packet-after");
            byte[] got = context == null || context.packet() == null ? null : context.packet().bytes();
            if (got == null || !java.util.Arrays.equals(got, want)) {
                return new Outcome(Verdict.FAIL, "packet after the run is "
                        + (got == null ? "(none)" : HexFormat.of().formatHex(got)) + ", expected " + HexFormat.of().formatHex(want));
            }
        }
        String after = f.sections().get("map-after");
        if (after != null) {
            String why = checkMaps(vm, in, after);
            if (why != null) {
                return new Outcome(Verdict.FAIL, why);
            }
        }
        return new Outcome(Verdict.PASS, null);
    }

    /** {@code -- map-after}: lines {@code NAME KEYHEX = VALUEHEX}; each element must hold that value. */
    private static String checkMaps(Vm vm, RunCommand.Loaded in, String text) {
        Map<String, BpfMap> maps = in.mapsByName(vm);
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            int sp = line.indexOf(' ');
            int eq = line.indexOf('=');
            if (sp < 0 || eq < sp) {
                return "-- map-after: expected 'NAME KEY = VALUE', got '" + line + "'";
            }
            BpfMap m = maps.get(line.substring(0, sp));
            if (m == null) {
                return "-- map-after: no map named '" + line.substring(0, sp) + "'";
            }
            byte[] key = HexInput.parse(line.substring(sp + 1, eq), "map-after key");
            byte[] want = HexInput.parse(line.substring(eq + 1), "map-after value");
            byte[] got = m.get(key);
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
