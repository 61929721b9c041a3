package io.bpflab.cli;

import io.bpflab.kernel.Errno;
import io.bpflab.kernel.KernelMap;
import io.bpflab.kernel.KernelRun;
import io.bpflab.kernel.LoadResult;
import io.bpflab.verifier.PathExplorer;
import io.bpflab.verifier.Verdict;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.BpfMap;
import io.bpflab.vm.Executable;
import io.bpflab.vm.ProgramContext;
import io.bpflab.vm.Vm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpflab compare FILE...}: each program in the running kernel and on bpflab (its
 * verifier, {@link PathExplorer}, and its interpreter) with the same maps and inputs, side
 * by side: verdict, first error, processed instructions, r0 and the maps after the run,
 * then {@code AGREE} or {@code DIFFER}. The interpreter runs every program, whatever the
 * verifier says, so that runs compare too. The verdicts count as a difference where both
 * verifiers judged the same program: under the program's own type, or the conformance
 * convention without memory (with memory the kernel's program is a wrapper that gives r1
 * a map value and r2 its length, which bpflab's verifier does not model), and not where
 * bpflab's verifier says it does not model what the program uses.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run each program in the kernel and on bpflab's interpreter and compare them side by side.",
            "Exit 1 on any difference, 2 when bpf() is unavailable (with the reason) or on bad input."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".s/.asm, .data, .o, .bin or hex programs")
    List<Path> files;

    @picocli.CommandLine.Mixin
    ObjectInput.BtfOption btf;

    @Option(names = "--section", description = "which program section of an assembly file or ELF object (default: the first)")
    String section;

    @Option(names = "--type", description = "program type for every file (as for run); without one, a file's section or -- type")
    String type;

    @Option(names = "--mem", paramLabel = "HEX|@file", description = "memory for r1/r2 (conformance convention) instead of the file's")
    String mem;

    @Option(names = "--packet", paramLabel = "HEX|@file", description = "the packet instead of the file's")
    String packet;

    private static final java.util.regex.Pattern ONE_CPU = java.util.regex.Pattern.compile("cpu(\\d+):([0-9a-f]+)");

    /** The interpreter's side of one comparison. */
    private record Bpflab(Long r0, String fault, Map<String, String> maps) {
    }

    /** How bpflab's verifier says it cannot judge a program (README "The verifier"). */
    static final String NOT_MODELLED = "bpflab does not model ";

    @Override
    public Integer call() throws IOException {
        KernelEngine.requireAvailable("bpflab compare");
        PrintWriter out = spec.commandLine().getOut();
        int differ = 0;
        for (Path file : files) {
            if (!compare(file, out)) {
                differ++;
            }
        }
        if (files.size() > 1) {
            out.println((files.size() - differ) + " agree, " + differ + " differ");
        }
        return differ > 0 ? Cli.NO : Cli.OK;
    }

    /** Prints one file's comparison; true when kernel and bpflab agree. */
    private boolean compare(Path file, PrintWriter out) throws IOException {
        RunCommand.Loaded in = RunCommand.Loaded.of(file, section, type);
        byte[] memBytes = mem != null ? RunCommand.bytes(mem, "--mem") : in.mem;
        byte[] packetBytes = packet != null ? RunCommand.bytes(packet, "--packet") : in.packet;
        Bpflab b = interpreter(file, in, memBytes, packetBytes);
        Verdict v = PathExplorer.verify(in.program, new PathExplorer.Options(true, 0), io.bpflab.verifier.LoadAttrs.of(
                in.type == null ? io.bpflab.isa.linux.ProgramType.SOCKET_FILTER : in.type, in.mapDefs));
        KernelRun.Report k = KernelEngine.run(in, memBytes, packetBytes, in.ctx, Map.of(), 1);
        boolean packetMode = in.type != null;

        boolean rejected = k.verdict() == LoadResult.Verdict.REJECTED;
        boolean notSupported = k.runError().isPresent() && k.runError().get().errno() == Errno.ENOTSUPP.number;
        String kVerdict = rejected ? "rejected (" + Errno.describe(k.errno()) + ")"
                : k.runError().isPresent() ? "accepted, not run" : "accepted";
        String kR0 = k.r0().isPresent() ? "0x" + Long.toHexString(k.r0().getAsLong()) : "-";
        String kError = rejected ? k.firstError() : "-";
        String kRun = rejected ? "-" : k.runError().map(e -> "not run: " + e.getMessage()).orElse("ran");
        String bR0 = b.fault != null ? "-" : "0x" + Long.toHexString(b.r0);
        if (packetMode && b.r0 != null) {
            bR0 += " (low 32 bits 0x" + Long.toHexString(b.r0 & 0xffffffffL) + ")";
        }
        Map<String, String> kMaps = new TreeMap<>();
        Map<String, String> kShown = new TreeMap<>();
        k.mapsAfter().forEach((name, entries) -> {
            for (KernelMap.Entry e : entries) {
                if (!KernelEngine.allZero(e.value()) && !ObjectInput.contentsDoNotCompare(in, name)) {
                    String key = name + "[" + HexFormat.of().formatHex(e.key()) + "]";
                    String text = KernelEngine.valueText(in, name, e.value());
                    // A per-CPU value the one test run wrote holds it on one CPU only; bpflab's
                    // machine has one CPU, so that slot is what compares.
                    java.util.regex.Matcher oneCpu = ONE_CPU.matcher(text);
                    kMaps.put(key, oneCpu.matches() ? oneCpu.group(2) : text);
                    kShown.put(key, text);
                }
            }
        });

        List<String> differences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean verdictsCompared = false;
        if (!packetMode && memBytes.length > 0) {
            notes.add("verdicts not compared: bpflab's verifier does not model the memory in r1 and r2");
        } else if (!v.accepted() && v.message().startsWith(NOT_MODELLED)) {
            int end = v.message().indexOf(';');
            notes.add("verdicts not compared: " + (end < 0 ? v.message() : v.message().substring(0, end)));
        } else {
            verdictsCompared = true;
            if (v.accepted() == rejected) {
                differences.add(rejected ? "the kernel rejects it, bpflab's verifier accepts it"
                        : "the kernel accepts it, bpflab's verifier rejects it");
            }
        }
        if (rejected) {
            // Where the verdicts were compared, that comparison says it; else the run is what differs.
            if (b.fault == null && !verdictsCompared) {
                differences.add("the kernel rejects it at load; bpflab's interpreter ran it");
            }
        } else if (notSupported) {
            notes.add("verdict only: the kernel cannot test-run " + in.type.shortName() + " programs");
        } else if (k.runError().isPresent()) {
            differences.add("the kernel loaded it but did not run it");
        } else if (b.fault != null) {
            differences.add("bpflab's interpreter faulted; the kernel ran it");
        } else {
            long want = packetMode ? b.r0 & 0xffffffffL : b.r0;
            if (want != k.r0().getAsLong()) {
                differences.add("r0");
            }
            if (!kMaps.equals(b.maps)) {
                differences.add("maps");
            }
        }

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "kernel", "bpflab"});
        rows.add(new String[] {"verdict", kVerdict, v.accepted() ? "accepted" : "rejected at insn " + v.insn()});
        rows.add(new String[] {"error", kError, v.accepted() ? "-" : v.message()});
        rows.add(new String[] {"processed",
            k.processedInsns().isPresent() ? k.processedInsns().getAsLong() + " insns"
                    + (packetMode ? "" : " (with the harness's)") : "-", v.processed() + " insns"});
        rows.add(new String[] {"run", kRun, b.fault != null ? b.fault : "ran (interpreter)"});
        rows.add(new String[] {"r0", kR0, bR0});
        Map<String, String> keys = new TreeMap<>(kMaps);
        keys.putAll(b.maps);
        for (String key : keys.keySet()) {
            String kv = kShown.getOrDefault(key, "(zero or none)");
            String bv = b.maps.getOrDefault(key, "(zero or none)");
            rows.add(new String[] {"map " + key, kv,
                bv + (Objects.equals(kMaps.get(key), b.maps.get(key)) ? "" : "   <- differs")});
        }
        out.println(file);
        int w0 = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int w1 = Math.min(48, rows.stream().mapToInt(r -> r[1].length()).max().orElse(0));
        for (String[] r : rows) {
            out.println(("  " + pad(r[0], w0) + "  " + pad(r[1], w1) + "  " + r[2]).stripTrailing());
        }
        if (differences.isEmpty()) {
            out.println(notes.isEmpty() ? "AGREE" : "AGREE (" + String.join("; ", notes) + ")");
        } else {
            out.println("DIFFER (" + String.join(", ", differences) + ")");
        }
        out.println();
        return differences.isEmpty();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** The interpreter with the same maps and inputs as the kernel got; maps as non-zero elements. */
    private static Bpflab interpreter(Path file, RunCommand.Loaded in, byte[] mem, byte[] packet) {
        Vm vm = in.conformance ? Vm.conformance() : Vm.linux();
        in.createMaps(vm);
        Executable x = in.load(vm);
        ProgramContext pc = null;
        if (in.type != null) {
            try {
                pc = ProgramContext.of(in.type, packet, in.ctx);
            } catch (IllegalArgumentException e) {
                throw new Cli.BadInput("bpflab compare: " + file + ": " + e.getMessage());
            }
        }
        Long r0 = null;
        String fault = null;
        try {
            r0 = pc == null ? vm.runConformance(x, mem) : vm.run(x, pc);
        } catch (BpfFault f) {
            fault = f.getMessage();
        }
        Map<String, String> maps = new LinkedHashMap<>();
        for (Map.Entry<String, BpfMap> e : in.mapsByName(vm).entrySet()) {
            for (byte[][] kv : e.getValue().entries()) {
                if (!KernelEngine.allZero(kv[1]) && !ObjectInput.contentsDoNotCompare(in, e.getKey())) {
                    maps.put(e.getKey() + "[" + HexFormat.of().formatHex(kv[0]) + "]", HexFormat.of().formatHex(kv[1]));
                }
            }
        }
        return new Bpflab(r0, fault, new TreeMap<>(maps));
    }
}
