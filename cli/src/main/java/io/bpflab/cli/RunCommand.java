package io.bpflab.cli;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.DataFile;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.Program;
import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.BpfMap;
import io.bpflab.vm.Executable;
import io.bpflab.vm.ProgArray;
import io.bpflab.vm.ProgramContext;
import io.bpflab.vm.TextTracer;
import io.bpflab.vm.Vm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bpflab run FILE}: runs a program on the interpreter and prints r0 (DESIGN §2). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a program and print r0: on bpflab's interpreter (default), its JIT, or the running kernel.",
            "FILE: .s/.asm (assembled), .data (conformance test), .bin (raw) or hex text.",
            "Without a program type (--type, the section name) the conformance convention",
            "applies: r1 = --mem bytes, r2 = their length."})
final class RunCommand implements Callable<Integer> {

    enum Engine { interp, jit, kernel }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--type", description = "program type: a section name (xdp, tc, socket, kprobe/...) or a type name (sched_cls)")
    String type;

    @Option(names = "--section", description = "which section of an assembly file to run")
    String section;

    @Option(names = "--engine", defaultValue = "interp",
            description = "interp (default), jit, or kernel (the running kernel through bpf(2): BPF_PROG_TEST_RUN)")
    Engine engine;

    @Option(names = "--mem", paramLabel = "HEX|@file", description = "memory for r1/r2 (conformance convention)")
    String mem;

    @Option(names = "--packet", paramLabel = "HEX|@file", description = "the packet, from its Ethernet header")
    String packet;

    @Option(names = "--ctx", paramLabel = "HEX|@file", description = "context struct bytes (kprobe pt_regs, tracepoint args, ...)")
    String ctx;

    @Option(names = "--map", paramLabel = "NAME:KEY=VALUE",
            description = "pre-load a map element (key and value in hex; for a prog_array VALUE is @SECTION)")
    List<String> maps = new ArrayList<>();

    @Option(names = "--repeat", defaultValue = "1", description = "run N times (maps keep their state); reports ns per run")
    int repeat;

    @Option(names = "--trace", description = "print each executed instruction, its source line when known, and the registers and memory it changed")
    boolean trace;

    @Option(names = "--trace-json", description = "print one JSON object per executed instruction (for tools)")
    boolean traceJson;

    @Option(names = "--no-verify", description = "run without verifying (bpflab's run does not call the verifier yet, so this is the only mode)")
    boolean noVerify;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @picocli.CommandLine.Mixin
    ObjectInput.BtfOption btf;

    @Option(names = "--max-insns", defaultValue = "1000000000", description = "instruction budget of one run (default 10^9)")
    long maxInsns;

    @Override
    public Integer call() throws IOException {
        if (repeat < 1 || maxInsns < 1) {
            throw new Cli.BadInput("bpflab run: --repeat and --max-insns must be positive");
        }
        if (engine == Engine.kernel) {
            return kernel();
        }
        Loaded in = Loaded.of(file, section, type);
        Vm vm = in.conformance ? Vm.conformance() : Vm.linux();
        vm.budget(maxInsns);
        in.createMaps(vm);
        for (String m : maps) {
            preload(vm, in, m);
        }
        PrintWriter out = spec.commandLine().getOut();
        Executable x = in.load(vm);
        byte[] memBytes = mem != null ? bytes(mem, "--mem") : in.mem;
        byte[] packetBytes = packet != null ? bytes(packet, "--packet") : in.packet;
        byte[] ctxBytes = ctx != null ? bytes(ctx, "--ctx") : in.ctx;
        if (trace) {
            vm.tracer(new TextTracer(out, vm, in.program, in.sourceLines()));
        } else if (traceJson) {
            vm.tracer(new TraceJson(out, vm, in.program, in.sourceLines()));
        }
        long r0 = 0;
        ProgramContext pc = null;
        io.bpflab.jit.Engine.Runner runner = runner(
                engine == Engine.jit ? io.bpflab.jit.Engine.JIT : io.bpflab.jit.Engine.INTERPRETER, vm, x, in.name);
        long start = System.nanoTime();
        try {
            for (int i = 0; i < repeat; i++) {
                if (in.type == null) {
                    r0 = runner.runConformance(memBytes);
                } else {
                    pc = context(in.type, packetBytes, ctxBytes);
                    r0 = runner.run(pc);
                }
            }
        } catch (BpfFault f) {
            if (json) {
                out.println("{\"file\":" + Json.str(file.toString()) + ",\"fault\":" + Json.str(f.getMessage())
                        + ",\"insn\":" + f.insn() + ",\"insns\":" + vm.lastInsnCount() + "}");
            } else {
                vm.takePrintk().forEach(l -> out.println("trace_printk: " + l));
                out.println(f.getMessage());
            }
            return Cli.NO;
        }
        long ns = (System.nanoTime() - start) / repeat;
        List<String> printk = vm.takePrintk();
        if (json) {
            StringBuilder sb = new StringBuilder("{\"file\":").append(Json.str(file.toString()));
            sb.append(",\"engine\":\"").append(engine).append('"');
            sb.append(",\"type\":").append(in.type == null ? "null" : Json.str(in.type.shortName()));
            sb.append(",\"r0\":").append(Json.str("0x" + Long.toHexString(r0)));
            sb.append(",\"insns\":").append(vm.lastInsnCount());
            sb.append(",\"runs\":").append(repeat).append(",\"ns_per_run\":").append(ns);
            sb.append(",\"printk\":[").append(String.join(",", printk.stream().map(Json::str).toList())).append(']');
            if (pc != null && pc.packet() != null) {
                sb.append(",\"packet\":").append(Json.str(HexFormat.of().formatHex(pc.packet().bytes())));
            }
            if (pc != null && pc.redirectIfindex() >= 0) {
                sb.append(",\"redirect\":{\"ifindex\":").append(pc.redirectIfindex())
                        .append(",\"ingress\":").append(pc.redirectIngress()).append('}');
            }
            sb.append(",\"maps\":{");
            boolean first = true;
            for (Map.Entry<String, BpfMap> e : in.mapsByName(vm).entrySet()) {
                sb.append(first ? "" : ",").append(Json.str(e.getKey())).append(":{");
                first = false;
                boolean f2 = true;
                for (byte[][] kv : e.getValue().entries()) {
                    sb.append(f2 ? "" : ",").append(Json.str(HexFormat.of().formatHex(kv[0])))
                            .append(':').append(Json.str(valueText(e.getValue(), kv[1])));
                    f2 = false;
                }
                sb.append('}');
            }
            sb.append("}}");
            out.println(sb);
        } else {
            printk.forEach(l -> out.println("trace_printk: " + l));
            for (Map.Entry<String, BpfMap> e : in.mapsByName(vm).entrySet()) {
                for (byte[][] kv : e.getValue().entries()) {
                    if (!allZero(kv[1])) {
                        out.println("map " + e.getKey() + ": " + HexFormat.of().formatHex(kv[0]) + " = "
                                + valueText(e.getValue(), kv[1]));
                    }
                }
            }
            if (pc != null && pc.packet() != null) {
                out.println("packet = " + HexFormat.of().formatHex(pc.packet().bytes()));
            }
            if (pc != null && pc.redirectIfindex() >= 0) {
                out.println("redirect = ifindex " + pc.redirectIfindex() + (pc.redirectIngress() ? " ingress" : " egress"));
            }
            if (repeat > 1) {
                out.println("runs = " + repeat + ", ns/run = " + ns + ", insns/run = " + vm.lastInsnCount());
            }
            out.println("r0 = 0x" + Long.toHexString(r0));
        }
        return Cli.OK;
    }

    /** The interpreter, or the program compiled by the JIT for {@code vm}. */
    static io.bpflab.jit.Engine.Runner runner(io.bpflab.jit.Engine e, Vm vm, Executable x, String name) {
        try {
            return e.prepare(vm, x);
        } catch (IllegalArgumentException | IllegalStateException ex) {
            throw new Cli.BadInput(name + ": the JIT cannot compile it: " + ex.getMessage());
        }
    }

    /**
     * {@code --engine kernel}: the same file, maps and inputs through BPF_PROG_LOAD and
     * BPF_PROG_TEST_RUN. A rejection is a verdict (exit 1); a run the kernel refuses
     * (a type without test runs, a packet too short for it) is bad input.
     */
    private int kernel() throws IOException {
        if (trace || traceJson) {
            throw new Cli.BadInput("bpflab run: --trace needs --engine interp (the kernel does not trace instructions)");
        }
        KernelEngine.requireAvailable("bpflab run");
        Loaded in = Loaded.of(file, section, type);
        byte[] memBytes = mem != null ? bytes(mem, "--mem") : in.mem;
        byte[] packetBytes = packet != null ? bytes(packet, "--packet") : in.packet;
        byte[] ctxBytes = ctx != null ? bytes(ctx, "--ctx") : in.ctx;
        io.bpflab.kernel.KernelRun.Report r = KernelEngine.run(in, memBytes, packetBytes, ctxBytes,
                KernelEngine.preload(in, maps), repeat);
        PrintWriter out = spec.commandLine().getOut();
        if (r.verdict() == io.bpflab.kernel.LoadResult.Verdict.REJECTED) {
            if (json) {
                out.println("{\"file\":" + Json.str(file.toString()) + ",\"engine\":\"kernel\",\"verdict\":\"rejected\""
                        + ",\"message\":" + Json.str(r.firstError()) + ",\"errno\":" + r.errno() + "}");
            } else {
                out.println("rejected at load: " + r.firstError());
            }
            return Cli.NO;
        }
        if (r.runError().isPresent()) {
            throw new Cli.BadInput(in.name + ": the kernel loaded the program but did not run it: "
                    + r.runError().get().getMessage());
        }
        long r0 = r.r0().orElseThrow();
        boolean showPacket = in.type != null && packetBytes != null && packetBytes.length > 0;
        if (json) {
            StringBuilder sb = new StringBuilder("{\"file\":").append(Json.str(file.toString()));
            sb.append(",\"engine\":\"kernel\"");
            sb.append(",\"type\":").append(in.type == null ? "null" : Json.str(in.type.shortName()));
            sb.append(",\"verdict\":\"accepted\"");
            sb.append(",\"r0\":").append(Json.str("0x" + Long.toHexString(r0)));
            sb.append(",\"processed\":").append(r.processedInsns().isPresent() ? r.processedInsns().getAsLong() : -1);
            sb.append(",\"runs\":").append(repeat).append(",\"ns_per_run\":").append(r.nsPerRun());
            if (showPacket) {
                sb.append(",\"packet\":").append(Json.str(HexFormat.of().formatHex(r.output())));
            }
            sb.append(",\"maps\":{");
            boolean first = true;
            for (Map.Entry<String, List<io.bpflab.kernel.KernelMap.Entry>> e : r.mapsAfter().entrySet()) {
                sb.append(first ? "" : ",").append(Json.str(e.getKey())).append(":{");
                first = false;
                boolean f2 = true;
                for (io.bpflab.kernel.KernelMap.Entry kv : e.getValue()) {
                    sb.append(f2 ? "" : ",").append(Json.str(HexFormat.of().formatHex(kv.key())))
                            .append(':').append(Json.str(KernelEngine.valueText(in, e.getKey(), kv.value())));
                    f2 = false;
                }
                sb.append('}');
            }
            out.println(sb.append("}}"));
        } else {
            KernelEngine.mapLines(in, r.mapsAfter()).forEach(out::println);
            if (showPacket) {
                out.println("packet = " + HexFormat.of().formatHex(r.output()));
            }
            if (repeat > 1) {
                out.println("runs = " + repeat + ", ns/run = " + r.nsPerRun() + " (the kernel's measure)");
            }
            out.println("r0 = 0x" + Long.toHexString(r0));
        }
        return Cli.OK;
    }

    /** A value in hex; a prog_array element as {@code @program}. */
    private static String valueText(BpfMap m, byte[] v) {
        return m instanceof ProgArray ? "@" + new String(v, StandardCharsets.UTF_8) : HexFormat.of().formatHex(v);
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    static ProgramContext context(ProgramType t, byte[] packet, byte[] ctx) {
        try {
            return ProgramContext.of(t, packet, ctx);
        } catch (IllegalArgumentException e) {
            throw new Cli.BadInput("bpflab run: " + e.getMessage());
        }
    }

    static void preload(Vm vm, Loaded in, String spec) {
        int colon = spec.indexOf(':');
        int eq = spec.indexOf('=', colon + 1);
        if (colon <= 0 || eq < 0) {
            throw new Cli.BadInput("--map " + spec + ": expected NAME:KEY=VALUE (hex)");
        }
        String name = spec.substring(0, colon);
        BpfMap m = in.mapsByName(vm).get(name);
        if (m == null) {
            throw new Cli.BadInput("--map " + spec + ": no map named '" + name + "' (maps: " + in.mapsByName(vm).keySet() + ")");
        }
        byte[] key = HexInput.parse(spec.substring(colon + 1, eq), "--map " + name + " key");
        if (m instanceof ProgArray pa) {
            // A prog_array element names another program section of the same file: KEY=@SECTION.
            String v = spec.substring(eq + 1);
            if (!v.startsWith("@") || key.length != 4) {
                throw new Cli.BadInput("--map " + spec + ": a prog_array element is KEY=@SECTION with a 4-byte key");
            }
            Program target = in.sections.apply(v.substring(1)).orElseThrow(() ->
                    new Cli.BadInput("--map " + spec + ": no program section '" + v.substring(1) + "' in " + in.name));
            int index = (key[0] & 0xff) | (key[1] & 0xff) << 8 | (key[2] & 0xff) << 16 | (key[3] & 0xff) << 24;
            try {
                pa.set(index, Loaded.loadOrBadInput(vm, target, v.substring(1)));
            } catch (IllegalArgumentException e) {
                throw new Cli.BadInput("--map " + spec + ": " + e.getMessage());
            }
            return;
        }
        byte[] value = HexInput.parse(spec.substring(eq + 1), "--map " + name + " value");
        if (key.length != m.keySize() || value.length != m.valueSize()) {
            throw new Cli.BadInput("--map " + spec + ": map " + name + " has " + m.keySize() + "-byte keys and "
                    + m.valueSize() + "-byte values, got " + key.length + " and " + value.length);
        }
        long ret = m.hostUpdate(key, value);
        if (ret != 0) {
            throw new Cli.BadInput("--map " + spec + ": update failed with errno " + (-ret));
        }
    }

    /** {@code HEX} text, or {@code @file}: a raw or hex file. */
    static byte[] bytes(String arg, String what) {
        if (arg.startsWith("@")) {
            Path p = Path.of(arg.substring(1));
            try {
                byte[] content = Files.readAllBytes(p);
                return HexInput.looksLikeHex(content) && !p.toString().endsWith(".bin")
                        ? HexInput.parse(new String(content, StandardCharsets.US_ASCII), p.toString()) : content;
            } catch (IOException e) {
                throw new Cli.BadInput(what + ": " + Cli.describe(e));
            }
        }
        return HexInput.parse(arg, what);
    }

    /** A program ready to load, with its maps and what its file says about its input. */
    static final class Loaded {
        final String name;
        final Program program;
        final List<MapDef> mapDefs;
        final ProgramType type;
        final boolean conformance;
        final byte[] mem;
        final byte[] packet;
        final byte[] ctx;
        private Map<String, BpfMap> byName;
        private Vm byNameVm;
        /** The program's source lines as its assembly file gives them, when it carries them. */
        io.bpflab.isa.SourceLines lines = io.bpflab.isa.SourceLines.NONE;

        /** Source lines for traces and the debugger: an object's BTF line info, else the assembly's lines. */
        io.bpflab.isa.SourceLines sourceLines() {
            if (objectProgram == null || objectProgram.lines().isEmpty()) {
                return lines;
            }
            Map<Integer, io.bpflab.isa.SourceLines.Line> byIndex = new java.util.HashMap<>();
            objectProgram.lines().forEach((slot, l) -> {
                int index = program.indexOfSlot(slot);
                if (index >= 0) {
                    byIndex.put(index, new io.bpflab.isa.SourceLines.Line(l.file(), l.line(), l.text()));
                }
            });
            Map<Integer, String> functions = new java.util.HashMap<>();
            objectProgram.functions().forEach((slot, f) -> {
                int index = program.indexOfSlot(slot);
                if (index >= 0) {
                    functions.put(index, f);
                }
            });
            return new io.bpflab.isa.SourceLines(byIndex, functions);
        }
        /** Initial contents of global-data maps (element 0), by map index. */
        final Map<Integer, byte[]> initial = new java.util.HashMap<>();
        /**
         * The name the program type came from (--type, the section, {@code -- type}), for the
         * kernel's expected attach type and load flags (libbpf's section rules); null when none.
         */
        String typeSource;
        /** Other program sections of the same file, for prog_array entries ({@code --map jmp:KEY=@SECTION}). */
        java.util.function.Function<String, java.util.Optional<Program>> sections = name -> java.util.Optional.empty();
        /** The object the program came from ({@code .o} input), else null. */
        io.bpflab.isa.elf.LoadedObject object;
        io.bpflab.isa.elf.ObjectProgram objectProgram;

        Loaded(String name, Program program, List<MapDef> mapDefs, ProgramType type, boolean conformance,
               byte[] mem, byte[] packet, byte[] ctx) {
            this.name = name;
            this.program = program;
            this.mapDefs = mapDefs;
            this.type = type;
            this.conformance = conformance;
            this.mem = mem;
            this.packet = packet;
            this.ctx = ctx;
        }

        static Loaded of(Path file, String section, String typeOption) throws IOException {
            String fname = file.getFileName().toString();
            ProgramType forced = typeOption == null ? null : programType(typeOption);
            if (fname.endsWith(".data")) {
                if (!Files.exists(file)) {
                    throw new java.nio.file.NoSuchFileException(file.toString());
                }
                DataFile f = DataFile.parse(file);
                Loaded l = fromDataFile(f, forced);
                if (typeOption != null) {
                    l.typeSource = typeOption;
                }
                return l;
            }
            if (fname.endsWith(".o")) {
                Loaded l = fromObject(file, Files.readAllBytes(file), section, forced);
                if (typeOption != null) {
                    l.typeSource = typeOption;
                }
                return l;
            }
            if (fname.endsWith(".s") || fname.endsWith(".asm") || fname.endsWith(".S")) {
                String src = Files.readString(file);
                Assembly a = Assembler.assemble(src, file.toString(), Dialect.AUTO);
                if (!a.ok()) {
                    throw new Cli.BadInput(a.formatDiagnostics().stripTrailing());
                }
                String sec = section;
                Program p = a.program();
                if (section != null) {
                    p = a.programs().get(section);
                    if (p == null) {
                        throw new Cli.BadInput(file + ": no section '" + section + "' (sections: " + a.programs().keySet() + ")");
                    }
                } else {
                    for (Map.Entry<String, Program> e : a.programs().entrySet()) {
                        if (e.getValue() == p) {
                            sec = e.getKey();
                        }
                    }
                }
                ProgramType t = forced != null ? forced
                        : sec == null ? null : ProgramType.fromSection(sec).map(d -> d.programType()).orElse(null);
                Loaded l = new Loaded(fname, p, a.maps(), t, false, new byte[0], null, null);
                l.typeSource = typeOption != null ? typeOption : t == null ? null : sec;
                l.sections = name -> java.util.Optional.ofNullable(a.programs().get(name));
                if (sec != null) {
                    l.lines = a.sourceLines(sec);
                }
                return l;
            }
            Program p = ProgramInput.decode(ProgramInput.instructionBytes(file), file.toString());
            Loaded l = new Loaded(fname, p, List.of(), forced, false, new byte[0], null, null);
            l.typeSource = typeOption;
            return l;
        }

        /**
         * An ELF object: one of its programs ({@code section}: a program or section name,
         * null for the first) linked with its subprograms, its maps and global data, as
         * {@link ObjectInput} reads clang's objects.
         */
        static Loaded fromObject(Path file, byte[] bytes, String section, ProgramType forced) {
            return ObjectInput.loaded(file, bytes, section, forced);
        }

        /**
         * A {@code .data} file: a conformance test, or a bpflab lab test whose {@code -- asm}
         * is in LLVM syntax, with maps declared in {@code -- maps} by {@code .map} lines (the
         * conformance dialect has no way to name a map).
         */
        static Loaded fromDataFile(DataFile f, ProgramType forced) {
            Map<String, String> s = f.sections();
            if (s.containsKey("object")) {
                return ObjectInput.fromDataFile(f, forced);
            }
            if (s.containsKey("program")) {
                return LabInput.fromDataFile(f, forced);
            }
            boolean llvm = s.containsKey("asm")
                    && (s.containsKey("maps") || Assembler.detect(s.get("asm")) == Dialect.LLVM);
            Program program = f.program();
            List<MapDef> defs = f.assembly() == null ? List.of() : f.assembly().maps();
            Map<String, Program> sections = Map.of();
            List<io.bpflab.asm.Diagnostic> problems = f.diagnostics();
            io.bpflab.isa.SourceLines lines = io.bpflab.isa.SourceLines.NONE;
            if (llvm) {
                // Each section's lines stay at their line numbers in the file, so messages point into it.
                int asmFrom = f.sectionLine("asm");
                int asmTo = asmFrom + (int) s.get("asm").lines().count();
                problems = problems.stream().filter(d -> d.line() < asmFrom || d.line() >= asmTo).toList();
                Assembly a = Assembler.assemble(placed(f, List.of("maps", "asm")), f.fileName(), Dialect.LLVM);
                if (!a.ok()) {
                    throw new Cli.BadInput(a.formatDiagnostics().stripTrailing());
                }
                program = a.program();
                defs = a.maps();
                sections = a.programs();
                lines = a.programSection().map(a::sourceLines).orElse(lines);
            }
            if (!problems.isEmpty() || program == null) {
                StringBuilder sb = new StringBuilder(problems.isEmpty() ? f.fileName() + ": no program" : "");
                problems.forEach(d -> sb.append(d.format()).append('\n'));
                throw new Cli.BadInput(sb.toString().stripTrailing());
            }
            ProgramType t = forced;
            if (t == null && s.containsKey("type")) {
                t = programType(s.get("type").strip());
            }
            byte[] pkt = s.containsKey("packet") ? HexInput.parse(s.get("packet"), f.fileName() + ": -- packet") : null;
            byte[] ctx = s.containsKey("ctx") ? HexInput.parse(s.get("ctx"), f.fileName() + ": -- ctx") : null;
            // A plain conformance file (no bpflab type) runs with uBPF's helper table: helper 5 is unwind.
            Loaded l = new Loaded(f.fileName(), program, defs, t, t == null, f.mem(), pkt, ctx);
            l.typeSource = forced == null && s.containsKey("type") ? s.get("type").strip() : null;
            Map<String, Program> named = sections;
            l.sections = name -> java.util.Optional.ofNullable(named.get(name));
            l.lines = lines;
            return l;
        }

        /** The named sections' text at their own line numbers, every other line blank. */
        private static String placed(DataFile f, List<String> names) {
            List<String> out = new ArrayList<>();
            for (String name : names) {
                String text = f.sections().get(name);
                if (text == null) {
                    continue;
                }
                int at = f.sectionLine(name) - 1;
                List<String> lines = text.lines().toList();
                while (out.size() < at + lines.size()) {
                    out.add("");
                }
                for (int k = 0; k < lines.size(); k++) {
                    out.set(at + k, lines.get(k));
                }
            }
            return String.join("\n", out) + "\n";
        }

        static ProgramType programType(String name) {
            return ProgramType.fromSection(name).map(d -> d.programType())
                    .or(() -> ProgramType.byName(name))
                    .orElseThrow(() -> new Cli.BadInput("unknown program type '" + name + "'"));
        }

        void createMaps(Vm vm) {
            for (int i = 0; i < mapDefs.size(); i++) {
                MapDef d = mapDefs.get(i);
                MapType mt = MapType.byId(d.typeId()).orElseThrow(() -> new Cli.BadInput("map " + d.name() + ": unknown type " + d.type()));
                try {
                    BpfMap m = BpfMap.create(d.name(), mt, d.keySize(), d.valueSize(), d.maxEntries(), d.flags());
                    vm.addMap(i, m);
                    if (initial.containsKey(i)) {
                        m.hostUpdate(new byte[4], initial.get(i));
                    }
                } catch (IllegalArgumentException e) {
                    throw new Cli.BadInput(name + ": map " + e.getMessage());
                }
            }
            if (object != null) {
                ObjectInput.fillValues(vm, object, name);
            }
        }

        Map<String, BpfMap> mapsByName(Vm vm) {
            // bpflab debug replays on fresh machines: the names are looked up per machine.
            if (byName == null || byNameVm != vm) {
                byNameVm = vm;
                byName = new java.util.LinkedHashMap<>();
                for (int i = 0; i < mapDefs.size(); i++) {
                    byName.put(mapDefs.get(i).name(), vm.map(i));
                }
            }
            return byName;
        }

        Executable load(Vm vm) {
            return loadOrBadInput(vm, program, name);
        }

        static Executable loadOrBadInput(Vm vm, Program program, String name) {
            try {
                return vm.load(program, name);
            } catch (IllegalArgumentException e) {
                throw new Cli.BadInput(name + ": " + e.getMessage());
            }
        }
    }

    /** JSON string literals. */
    static final class Json {
        private Json() {
        }

        static String str(String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.append('"').toString();
        }
    }
}
