package io.bpflab.cli;

import io.bpflab.isa.Program;
import io.bpflab.isa.btf.Btf;
import io.bpflab.isa.btf.BtfException;
import io.bpflab.isa.elf.LoadedObject;
import io.bpflab.isa.elf.ObjectException;
import io.bpflab.isa.elf.ObjectLoader;
import io.bpflab.isa.elf.ObjectMap;
import io.bpflab.isa.elf.ObjectProgram;
import io.bpflab.isa.elf.SourceLine;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.vm.BpfMap;
import io.bpflab.vm.Executable;
import io.bpflab.vm.MapOfMaps;
import io.bpflab.vm.ProgArray;
import io.bpflab.vm.Vm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Option;

/**
 * Clang-compiled objects for every command: reads a {@code .o} through
 * {@link ObjectLoader} (programs linked with their subprograms, maps, global data,
 * {@code .kconfig}, CO-RE against the kernel's BTF, source lines) and turns one of its
 * programs into what the commands run ({@link RunCommand.Loaded}). The kernel's BTF comes
 * from {@code --btf FILE}, else {@code /sys/kernel/btf/vmlinux} when readable; it is read
 * only for objects with CO-RE relocations, once per process.
 */
final class ObjectInput {

    /** The kernel's BTF when nothing else is said (libbpf reads the same file first). */
    static final Path DEFAULT_BTF = Path.of("/sys/kernel/btf/vmlinux");

    /** {@code --btf FILE}, shared by the commands that take objects. */
    static final class BtfOption {
        @Option(names = "--btf", paramLabel = "FILE",
                description = "kernel BTF for CO-RE relocations of .o files (default /sys/kernel/btf/vmlinux)")
        void set(Path file) {
            btfFile = file;
        }
    }

    static volatile Path btfFile;
    private static final Map<Path, Btf> BTF_CACHE = new ConcurrentHashMap<>();

    private ObjectInput() {
    }

    /** What loading asks of the machine: its BTF, version and kernel config. */
    static ObjectLoader.Options options() {
        Path chosen = btfFile;
        return new ObjectLoader.Options(() -> kernelBtf(chosen), kernelVersion(System.getProperty("os.version", "")),
                kernelConfig());
    }

    private static Btf kernelBtf(Path chosen) throws ObjectException {
        Path p = chosen != null ? chosen : DEFAULT_BTF;
        if (chosen == null && !Files.isReadable(p)) {
            throw new ObjectException("the object has CO-RE relocations and " + p
                    + " is not readable: give the kernel's BTF with --btf FILE");
        }
        Btf cached = BTF_CACHE.get(p);
        if (cached != null) {
            return cached;
        }
        try {
            Btf b = Btf.parse(Files.readAllBytes(p));
            BTF_CACHE.put(p, b);
            return b;
        } catch (IOException e) {
            throw new ObjectException("--btf " + p + ": " + Cli.describe(e));
        } catch (BtfException e) {
            throw new ObjectException("--btf " + p + ": offset 0x" + Long.toHexString(Math.max(e.offset(), 0)) + ": "
                    + e.getMessage());
        }
    }

    /** libbpf: get_kernel_version: KERNEL_VERSION(major, minor, patch) from the release, patch capped at 255. */
    static int kernelVersion(String release) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?").matcher(release);
        if (!m.find()) {
            return 0;
        }
        int patch = m.group(3) == null ? 0 : Math.min(Integer.parseInt(m.group(3)), 255);
        return Integer.parseInt(m.group(1)) << 16 | Integer.parseInt(m.group(2)) << 8 | patch;
    }

    /** The running kernel's config, from /proc/config.gz or /boot/config-RELEASE (libbpf reads the same two); empty if neither. */
    static Map<String, String> kernelConfig() {
        Map<String, String> out = new HashMap<>();
        List<Path> candidates = List.of(Path.of("/proc/config.gz"),
                Path.of("/boot/config-" + System.getProperty("os.version", "")));
        for (Path p : candidates) {
            if (!Files.isReadable(p)) {
                continue;
            }
            try (InputStream raw = Files.newInputStream(p);
                 InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int eq = line.indexOf('=');
                    if (line.startsWith("CONFIG_") && eq > 0) {
                        out.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
                return out;
            } catch (IOException e) {
                out.clear();
            }
        }
        return out;
    }

    /** Reads {@code bytes} of {@code file}; a damaged object is bad input naming the section and offset. */
    static LoadedObject read(Path file, byte[] bytes) {
        try {
            return ObjectLoader.load(bytes, options());
        } catch (ObjectException e) {
            throw new Cli.BadInput(file + ": " + e.getMessage());
        }
    }

    /** Program names of an object (libbpf's: the entry functions), or those matching {@code section}. */
    static List<String> programs(Path file, byte[] bytes, String section) {
        LoadedObject o = read(file, bytes);
        if (section == null) {
            return o.programs().stream().map(ObjectProgram::name).toList();
        }
        List<String> named = o.programs().stream()
                .filter(p -> p.name().equals(section)).map(ObjectProgram::name).toList();
        List<String> out = named.isEmpty() ? o.programs().stream()
                .filter(p -> p.section().equals(section)).map(ObjectProgram::name).toList() : named;
        if (out.isEmpty()) {
            throw new Cli.BadInput(file + ": no program or section '" + section + "' (programs: "
                    + describe(o) + ")");
        }
        return out;
    }

    private static String describe(LoadedObject o) {
        return String.join(", ", o.programs().stream().map(p -> p.name() + " in " + p.section()).toList());
    }

    /**
     * One program of the object ({@code which}: a program or section name; null for the
     * first) as the commands load it: the object's maps, global data as their initial
     * contents, the other programs reachable for prog arrays.
     */
    static RunCommand.Loaded loaded(Path file, byte[] bytes, String which, ProgramType forced) {
        LoadedObject o = read(file, bytes);
        ObjectProgram p = which == null ? o.programs().getFirst() : o.program(which).orElseThrow(() ->
                new Cli.BadInput(file + ": no program or section '" + which + "' (programs: " + describe(o) + ")"));
        ProgramType t = forced != null ? forced
                : p.sectionDef().map(d -> d.programType()).orElse(null);
        RunCommand.Loaded l = new RunCommand.Loaded(file.getFileName().toString(), p.program(), o.mapDefs(), t, false,
                new byte[0], null, null);
        for (int i = 0; i < o.maps().size(); i++) {
            if (o.maps().get(i).initial() != null) {
                l.initial.put(i, o.maps().get(i).initial());
            }
        }
        l.typeSource = t == null ? null : p.section();
        l.sections = name -> o.program(name).map(ObjectProgram::program);
        l.object = o;
        l.objectProgram = p;
        SOURCES.put(p.program(), p);
        return l;
    }

    /**
     * After the maps of {@code object} exist in {@code vm} (map i under fd i): the static
     * {@code values} of prog arrays (each program loaded into the machine) and of maps of
     * maps, as libbpf sets them after creating the maps.
     */
    static void fillValues(Vm vm, LoadedObject object, String file) {
        Map<String, Executable> loaded = new HashMap<>();
        for (int i = 0; i < object.maps().size(); i++) {
            ObjectMap m = object.maps().get(i);
            BpfMap map = vm.map(i);
            for (Map.Entry<Integer, String> e : m.programValues().entrySet()) {
                Executable x = loaded.computeIfAbsent(e.getValue(), name -> RunCommand.Loaded.loadOrBadInput(vm,
                        object.program(name).orElseThrow(() -> new Cli.BadInput(file + ": map " + m.name()
                                + " holds program '" + name + "', which is not a program of the object")).program(), name));
                ((ProgArray) map).set(e.getKey(), x);
            }
            for (Map.Entry<Integer, String> e : m.mapValues().entrySet()) {
                int fd = object.mapIndex(e.getValue()).orElseThrow();
                long r = ((MapOfMaps) map).setInner(key(e.getKey()), fd);
                if (r != 0) {
                    throw new Cli.BadInput(file + ": map " + m.name() + " slot " + e.getKey() + ": errno " + -r);
                }
            }
        }
    }

    static byte[] key(int index) {
        return new byte[] {(byte) index, (byte) (index >>> 8), (byte) (index >>> 16), (byte) (index >>> 24)};
    }

    /** Object programs by identity, for the source lines of verifier logs. */
    private static final Map<Program, ObjectProgram> SOURCES =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * A verifier log with the program's source lines put before the instructions they
     * start, as the kernel prints line_info: {@code ; if (data + 14 > data_end) @ file.c:42};
     * the log itself when {@code program} does not come from an object.
     */
    static String withSource(Program program, String log) {
        ObjectProgram p = program == null ? null : SOURCES.get(program);
        if (p == null || p.lines().isEmpty()) {
            return log;
        }
        StringBuilder sb = new StringBuilder();
        SourceLine last = null;
        java.util.regex.Pattern insn = java.util.regex.Pattern.compile("^(\\d+): \\(");
        for (String line : log.split("\n", -1)) {
            java.util.regex.Matcher m = insn.matcher(line);
            if (m.find()) {
                SourceLine s = p.lines().get(Integer.parseInt(m.group(1)));
                if (s != null && !s.equals(last)) {
                    sb.append("; ").append(s.text().strip()).append(" @ ").append(s.file()).append(':')
                            .append(s.line()).append('\n');
                    last = s;
                }
            }
            sb.append(line).append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** The source line of instruction {@code slot} of an object's program (line info), else empty. */
    static java.util.Optional<io.bpflab.isa.elf.SourceLine> lineOf(Program program, int slot) {
        ObjectProgram p = program == null ? null : SOURCES.get(program);
        return p == null ? java.util.Optional.empty() : p.lineAt(slot);
    }

    /** {@code  (file.c:42: text)} for instruction {@code slot} of an object's program, else empty. */
    static String sourceOf(Program program, int slot) {
        ObjectProgram p = program == null ? null : SOURCES.get(program);
        if (p == null) {
            return "";
        }
        String f = p.functionAt(slot);
        return p.lineAt(slot).map(l -> " (" + l + (f.equals(p.name()) ? "" : ", in " + f + "()") + ")").orElse("");
    }

    /**
     * A lab test ({@code .data}) of a program of an object: {@code -- object FILE.o} (relative
     * to the test file), optionally {@code -- section NAME} (a program or section name),
     * with the usual {@code -- packet}, {@code -- ctx}, {@code -- type}, {@code -- result},
     * {@code -- map-after}.
     */
    static RunCommand.Loaded fromDataFile(io.bpflab.asm.DataFile f, ProgramType forced) {
        Map<String, String> s = f.sections();
        String name = s.get("object").strip();
        Path dir = Path.of(f.fileName()).getParent();
        Path file = dir == null ? Path.of(name) : dir.resolve(name);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Cli.BadInput(f.fileName() + ":" + f.sectionLine("object") + ": -- object: " + Cli.describe(e));
        }
        ProgramType t = forced != null ? forced
                : s.containsKey("type") ? RunCommand.Loaded.programType(s.get("type").strip()) : null;
        RunCommand.Loaded base = loaded(file, bytes, s.containsKey("section") ? s.get("section").strip() : null, t);
        byte[] pkt = s.containsKey("packet") ? HexInput.parse(s.get("packet"), f.fileName() + ": -- packet") : null;
        byte[] ctx = s.containsKey("ctx") ? HexInput.parse(s.get("ctx"), f.fileName() + ": -- ctx") : null;
        RunCommand.Loaded l = new RunCommand.Loaded(base.name, base.program, base.mapDefs, base.type, false, f.mem(), pkt, ctx);
        l.initial.putAll(base.initial);
        l.typeSource = t != null && forced == null ? s.get("type").strip() : base.typeSource;
        l.sections = base.sections;
        l.object = base.object;
        l.objectProgram = base.objectProgram;
        return l;
    }

    /**
     * The kernel engine's counterpart of {@link #fillValues}: loads each program a prog
     * array's {@code values} name (as libbpf loads every program of the object) and stores
     * its fd; and each map a map of maps' {@code values} name.
     */
    static void fillKernelValues(RunCommand.Loaded in, io.bpflab.kernel.KernelObject maps)
            throws io.bpflab.kernel.KernelException, io.bpflab.kernel.MapReferenceException {
        if (in.object == null) {
            return;
        }
        for (int i = 0; i < in.object.maps().size(); i++) {
            ObjectMap m = in.object.maps().get(i);
            for (Map.Entry<Integer, String> e : m.programValues().entrySet()) {
                ObjectProgram p = in.object.program(e.getValue()).orElseThrow();
                byte[] insns;
                try {
                    insns = io.bpflab.isa.Encoder.encode(p.program());
                } catch (io.bpflab.isa.EncodeException ex) {
                    throw new Cli.BadInput(in.name + ": program " + p.name() + ": " + ex.getMessage());
                }
                io.bpflab.kernel.LoadRequest req = p.sectionDef()
                        .map(d -> io.bpflab.kernel.LoadRequest.forSection(insns, d))
                        .orElseGet(() -> io.bpflab.kernel.LoadRequest.of(insns, in.type))
                        .withLicense(in.object.license().isEmpty() ? "GPL" : in.object.license());
                req = withBtf(in.object, p, req);
                io.bpflab.kernel.LoadResult r = maps.load(req);
                if (!r.accepted()) {
                    throw new Cli.BadInput(in.name + ": the kernel rejected program " + p.name() + ", which map "
                            + m.name() + " holds: " + r.firstError());
                }
                maps.maps().get(i).update(key(e.getKey()), key(r.program().orElseThrow().fd()));
            }
            for (Map.Entry<Integer, String> e : m.mapValues().entrySet()) {
                int inner = in.object.mapIndex(e.getValue()).orElseThrow();
                maps.maps().get(i).update(key(e.getKey()), key(maps.maps().get(inner).fd()));
            }
        }
    }

    /** For the kernel bridge: the inner map template of each map of maps of the object, by map index. */
    static Map<Integer, io.bpflab.kernel.MapSpec> innerTemplates(RunCommand.Loaded in) {
        Map<Integer, io.bpflab.kernel.MapSpec> out = new HashMap<>();
        if (in.object != null) {
            for (int i = 0; i < in.object.maps().size(); i++) {
                ObjectMap inner = in.object.maps().get(i).inner();
                if (inner != null) {
                    try {
                        out.put(i, io.bpflab.kernel.MapSpec.of(inner.def()));
                    } catch (IllegalArgumentException e) {
                        throw new Cli.BadInput(in.name + ": " + e.getMessage());
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@code request} with the object's BTF, func_info and line_info for {@code program},
     * as libbpf loads every program of an object that has BTF; unchanged for other input.
     */
    static io.bpflab.kernel.LoadRequest withBtf(LoadedObject object, ObjectProgram program,
                                                io.bpflab.kernel.LoadRequest request) {
        if (object == null || program == null || object.kernelBtf() == null || program.funcInfo().isEmpty()) {
            return request;
        }
        return request.withBtf(new io.bpflab.kernel.ProgramBtf(object.kernelBtf(), program.funcInfoBytes(),
                program.funcInfo().size(), program.lineInfoBytes(), program.lineInfo().size()));
    }

    static io.bpflab.kernel.LoadRequest withBtf(RunCommand.Loaded in, io.bpflab.kernel.LoadRequest request) {
        return withBtf(in.object, in.objectProgram, request);
    }

    /**
     * Whether the contents of map {@code name} of {@code in} cannot be compared between the
     * kernel and bpflab: a prog array's programs and a map of maps' maps read back as ids in
     * the kernel and as bpflab's own handles; a queue's or stack's elements have no keys, so
     * the kernel lists none (BPF_MAP_GET_NEXT_KEY) where bpflab shows them; nor does it list
     * ring buffer or perf event records.
     */
    static boolean contentsDoNotCompare(RunCommand.Loaded in, String name) {
        return in.mapDefs.stream().anyMatch(d -> d.name().equals(name)
                && io.bpflab.isa.linux.MapType.byId(d.typeId()).map(t -> switch (t) {
                    case PROG_ARRAY, ARRAY_OF_MAPS, HASH_OF_MAPS, QUEUE, STACK, RINGBUF, PERF_EVENT_ARRAY -> true;
                    default -> false;
                }).orElse(false));
    }
}
