package io.bpflab.cli;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.AttachType;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelException;
import io.bpflab.kernel.KernelMap;
import io.bpflab.kernel.KernelObject;
import io.bpflab.kernel.KernelProgram;
import io.bpflab.kernel.KernelRun;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import io.bpflab.kernel.MapReferenceException;
import io.bpflab.kernel.MapSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file bpflab read ({@link RunCommand.Loaded}) run in the running kernel with the inputs
 * the interpreter would get: the same maps (created with BPF_MAP_CREATE), the same map
 * pre-loads, the conformance convention without a program type (r1 = memory, r2 = length,
 * 64-bit r0 through the kernel module's wrapper) and the program's own type otherwise
 * (BPF_PROG_TEST_RUN with the packet as {@code data_in}, 32-bit r0).
 */
final class KernelEngine {

    private KernelEngine() {
    }

    /** The probe; tests put an unavailable kernel here to see the commands' answers to it. */
    static java.util.function.Supplier<Availability> probe = KernelBpf::availability;

    /** Why bpf() cannot be used in this process; empty when it can. */
    static Optional<String> unavailable() {
        Availability a = probe.get();
        return a.isAvailable() ? Optional.empty() : Optional.of(a.describe());
    }

    /** Exit-2 error for a command that needs the kernel where there is none. */
    static void requireAvailable(String command) {
        unavailable().ifPresent(reason -> {
            throw new Cli.BadInput(command + ": the kernel engine is unavailable: " + reason);
        });
    }

    /**
     * Loads and runs {@code in}; a rejection or a failed test run is part of the report.
     *
     * @param preload entries by map name, written after the file's own initial data
     * @throws Cli.BadInput when a map cannot be created, a map reference or a pre-load does
     *                      not fit, or bpf() itself fails (EPERM, ENOSYS, ...)
     */
    static KernelRun.Report run(RunCommand.Loaded in, byte[] mem, byte[] packet, byte[] ctx,
                                Map<String, List<KernelMap.Entry>> preload, int repeat) {
        Map<String, List<KernelMap.Entry>> all = new LinkedHashMap<>();
        in.initial.forEach((index, bytes) ->
                all.computeIfAbsent(in.mapDefs.get(index).name(), k -> new ArrayList<>())
                        .add(new KernelMap.Entry(new byte[4], bytes)));
        preload.forEach((name, entries) -> all.computeIfAbsent(name, k -> new ArrayList<>()).addAll(entries));
        LoadRequest load = loadRequest(in);
        KernelRun.Request request = in.type == null
                ? KernelRun.Request.memory(load, mem)
                : KernelRun.Request.packet(load, packet == null ? new byte[0] : packet)
                        .withCtx(ctx == null ? new byte[0] : ctx);
        try (KernelObject maps = KernelObject.create(mapSpecs(in), ObjectInput.innerTemplates(in))) {
            // by prog_array name and slot, the name of the program put there, as the interpreter holds it
            Map<String, Map<Integer, String>> programs = new HashMap<>();
            for (Map.Entry<String, List<KernelMap.Entry>> e : all.entrySet()) {
                KernelMap m = maps.map(e.getKey()).orElseThrow();
                for (KernelMap.Entry entry : e.getValue()) {
                    if (m.spec().type() == MapType.PROG_ARRAY) {
                        String section = new String(entry.value(), StandardCharsets.UTF_8);
                        m.update(entry.key(), u32(tailCallTarget(in, maps, section).fd()));
                        programs.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(u32(entry.key()), section);
                    } else {
                        m.update(entry.key(), perCpu(m, entry.value()));
                    }
                }
            }
            ObjectInput.fillKernelValues(in, maps);
            if (in.object != null) {
                for (int i = 0; i < in.object.maps().size(); i++) {
                    Map<Integer, String> values = in.object.maps().get(i).programValues();
                    if (!values.isEmpty()) {
                        programs.computeIfAbsent(in.mapDefs.get(i).name(), k -> new HashMap<>()).putAll(values);
                    }
                }
            }
            KernelRun.Report r = KernelRun.run(maps, request.withRepeat(repeat));
            return programs.isEmpty() ? r : withProgramNames(r, programs);
        } catch (KernelException e) {
            throw new Cli.BadInput(in.name + ": kernel: " + e.getMessage());
        } catch (MapReferenceException e) {
            throw new Cli.BadInput(in.name + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Cli.BadInput(in.name + ": kernel engine: " + e.getMessage());
        }
    }

    /**
     * Loads program section {@code section} of the same file for a prog_array element:
     * with the same maps, and the program type, attach type and flags of the program that
     * tail-calls it (kernel: bpf_prog_map_compatible wants every program of a prog_array to
     * have its owner's type; XDP under the conformance convention, whose wrapper is XDP).
     * The program stays loaded, owned by {@code maps}, until they are closed.
     */
    private static KernelProgram tailCallTarget(RunCommand.Loaded in, KernelObject maps, String section)
            throws KernelException, MapReferenceException {
        Program p = in.sections.apply(section).orElseThrow(() ->
                new Cli.BadInput(in.name + ": no program section '" + section + "' for a prog_array element"));
        byte[] insns;
        try {
            insns = Encoder.encode(p);
        } catch (EncodeException e) {
            throw new Cli.BadInput(in.name + ": section " + section + ": " + e.getMessage());
        }
        LoadRequest request = in.type == null
                ? LoadRequest.of(insns, ProgramType.XDP).withExpectedAttachType(AttachType.XDP)
                : loadRequest(in, insns, in.type);
        LoadResult r = maps.load(request.withName(section));
        if (!r.accepted()) {
            throw new Cli.BadInput(in.name + ": the kernel rejects tail-call target " + section + " at load: "
                    + r.firstError());
        }
        return r.program().orElseThrow();
    }

    /** {@code v} as 4 little-endian bytes: a prog_array value is a program fd (kernel: prog_fd_array_get_ptr). */
    private static byte[] u32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    private static int u32(byte[] b) {
        return b[0] & 0xff | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }

    /**
     * The report with each prog_array value replaced by the name of the program put in its
     * slot, as the interpreter holds it: the kernel answers a lookup with the program's id
     * (kernel: arraymap.c prog_fd_array_sys_lookup_elem), and a program cannot change a
     * prog_array, so the slot says which program it is.
     */
    private static KernelRun.Report withProgramNames(KernelRun.Report r, Map<String, Map<Integer, String>> programs) {
        Map<String, List<KernelMap.Entry>> after = new LinkedHashMap<>();
        r.mapsAfter().forEach((name, entries) -> {
            Map<Integer, String> slots = programs.get(name);
            after.put(name, slots == null ? entries : entries.stream().map(e -> {
                String program = slots.get(u32(e.key()));
                return program == null ? e : new KernelMap.Entry(e.key(), program.getBytes(StandardCharsets.UTF_8));
            }).toList());
        });
        return new KernelRun.Report(r.verdict(), r.errno(), r.firstError(), r.log(), r.processedInsns(), r.loadTime(),
                r.wrapperSlots(), r.r0(), r.runError(), r.output(), r.nsPerRun(), after);
    }

    /**
     * The bytes BPF_MAP_UPDATE_ELEM wants for {@code value}: itself, or for a per-CPU map
     * the value for every possible CPU, each slot rounded up to 8 bytes (kernel: syscall.c
     * bpf_map_value_size): every CPU starts with the value bpflab's one-CPU machine holds.
     */
    static byte[] perCpu(KernelMap m, byte[] value) {
        if (!m.spec().perCpu() || value.length != m.spec().valueSize()) {
            return value;
        }
        int slot = value.length + 7 & ~7;
        byte[] out = new byte[m.valueBytes()];
        for (int at = 0; at + slot <= out.length; at += slot) {
            System.arraycopy(value, 0, out, at, value.length);
        }
        return out;
    }

    /**
     * What BPF_PROG_LOAD gets: the program type with libbpf's expected attach type and flags
     * for the section (or --type) it came from; XDP under the conformance convention, whose
     * wrapper is an XDP program.
     */
    static LoadRequest loadRequest(RunCommand.Loaded in) {
        return in.type == null ? LoadRequest.of(encode(in), ProgramType.XDP) : loadRequest(in, encode(in), in.type);
    }

    /** {@code insns} loaded as {@code type}, with the section rule's attach type and flags where it names that type. */
    static LoadRequest loadRequest(RunCommand.Loaded in, byte[] insns, ProgramType type) {
        return ObjectInput.withBtf(in, Optional.ofNullable(in.typeSource).flatMap(ProgramType::fromSection)
                .filter(d -> d.programType() == type)
                .map(d -> LoadRequest.forSection(insns, d))
                .orElseGet(() -> LoadRequest.of(insns, type)));
    }

    private static byte[] encode(RunCommand.Loaded in) {
        try {
            return Encoder.encode(in.program);
        } catch (EncodeException e) {
            throw new Cli.BadInput(in.name + ": " + e.getMessage());
        }
    }

    /**
     * The kernel verifier's answer for {@code bpflab verify --kernel}.
     *
     * @param message   the first error (the log's last line before its statistics); empty when accepted
     * @param processed the verifier's {@code processed N insns}, or for an accepted program its
     *                  {@code verified_insns}; empty when the kernel said neither
     * @param errno     0 when accepted; EACCES for a verifier refusal, EINVAL for malformed code, ...
     * @param log       the log at the requested level; empty at level 0
     */
    record Verdict(boolean accepted, String message, OptionalLong processed, int errno, String log) {
    }

    /**
     * Loads the program of {@code in} (or {@code raw}, bytes as the file holds them) into the
     * running kernel as its own program type, a socket filter when it has none (DESIGN 3),
     * with the maps it declares, set up as {@link #run} sets them up (initial data, inner
     * map templates, programs an object's maps hold), and closes everything again. At
     * log level 0 the kernel still writes a level-1 log, for the first error and the
     * processed count; it is not returned.
     *
     * @throws Cli.BadInput when a map cannot be created, a map reference does not fit, or
     *                      bpf() itself fails (EPERM, ...)
     */
    static Verdict verify(RunCommand.Loaded in, byte[] raw, int logLevel) {
        ProgramType type = in.type == null ? ProgramType.SOCKET_FILTER : in.type;
        LoadRequest request = loadRequest(in, raw != null ? raw : encode(in), type)
                .withLogLevel(logLevel == 0 ? LoadRequest.LOG_LEVEL1 : logLevel);
        try (KernelObject maps = KernelObject.create(mapSpecs(in), ObjectInput.innerTemplates(in))) {
            for (Map.Entry<Integer, byte[]> e : in.initial.entrySet()) {
                maps.maps().get(e.getKey()).update(new byte[4], e.getValue());
            }
            ObjectInput.fillKernelValues(in, maps);
            LoadResult r = maps.load(request);
            return new Verdict(r.accepted(), r.firstError(), r.processedInsns(), r.errno(),
                    logLevel == 0 ? "" : r.log());
        } catch (KernelException e) {
            throw new Cli.BadInput(in.name + ": kernel: " + e.getMessage());
        } catch (MapReferenceException e) {
            throw new Cli.BadInput(in.name + ": " + e.getMessage());
        }
    }

    static List<MapSpec> mapSpecs(RunCommand.Loaded in) {
        List<MapSpec> specs = new ArrayList<>();
        for (MapDef d : in.mapDefs) {
            try {
                specs.add(MapSpec.of(d));
            } catch (IllegalArgumentException e) {
                throw new Cli.BadInput(in.name + ": " + e.getMessage());
            }
        }
        return specs;
    }

    /**
     * {@code --map NAME:KEY=VALUE} options as kernel pre-loads, checked against the
     * declarations. A prog_array element is {@code KEY=@SECTION}: its value here is the
     * section's name, which {@link #run} loads and puts in the map as a program fd.
     */
    static Map<String, List<KernelMap.Entry>> preload(RunCommand.Loaded in, List<String> options) {
        Map<String, List<KernelMap.Entry>> out = new LinkedHashMap<>();
        for (String spec : options) {
            int colon = spec.indexOf(':');
            int eq = spec.indexOf('=', colon + 1);
            if (colon <= 0 || eq < 0) {
                throw new Cli.BadInput("--map " + spec + ": expected NAME:KEY=VALUE (hex)");
            }
            String name = spec.substring(0, colon);
            MapDef def = in.mapDefs.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(() ->
                    new Cli.BadInput("--map " + spec + ": no map named '" + name + "' (maps: "
                            + in.mapDefs.stream().map(MapDef::name).toList() + ")"));
            if (def.typeId() == MapType.PROG_ARRAY.id()) {
                byte[] key = HexInput.parse(spec.substring(colon + 1, eq), "--map " + name + " key");
                String v = spec.substring(eq + 1);
                if (!v.startsWith("@") || key.length != 4) {
                    throw new Cli.BadInput("--map " + spec + ": a prog_array element is KEY=@SECTION with a 4-byte key");
                }
                if (in.sections.apply(v.substring(1)).isEmpty()) {
                    throw new Cli.BadInput("--map " + spec + ": no program section '" + v.substring(1) + "' in " + in.name);
                }
                out.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new KernelMap.Entry(key, v.substring(1).getBytes(StandardCharsets.UTF_8)));
                continue;
            }
            byte[] key = HexInput.parse(spec.substring(colon + 1, eq), "--map " + name + " key");
            byte[] value = HexInput.parse(spec.substring(eq + 1), "--map " + name + " value");
            if (key.length != def.keySize() || value.length != def.valueSize()) {
                throw new Cli.BadInput("--map " + spec + ": map " + name + " has " + def.keySize() + "-byte keys and "
                        + def.valueSize() + "-byte values, got " + key.length + " and " + value.length);
            }
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(new KernelMap.Entry(key, value));
        }
        return out;
    }

    /**
     * Map contents as the interpreter path prints them: {@code map NAME: KEY = VALUE}, one
     * line per element whose value is not all zero, in the kernel's iteration order.
     */
    static List<String> mapLines(RunCommand.Loaded in, Map<String, List<KernelMap.Entry>> maps) {
        List<String> out = new ArrayList<>();
        maps.forEach((name, entries) -> entries.stream()
                .filter(e -> !allZero(e.value()))
                .forEach(e -> out.add("map " + name + ": " + HexFormat.of().formatHex(e.key()) + " = "
                        + valueText(in, name, e.value()))));
        return out;
    }

    /**
     * A value in hex; a prog_array's as {@code @SECTION}; a per-CPU map's as {@code cpuN:HEX}
     * for each CPU whose slot is not all zero (BPF_PROG_TEST_RUN ran the program on one of them).
     */
    static String valueText(RunCommand.Loaded in, String map, byte[] value) {
        Optional<MapDef> def = in.mapDefs.stream().filter(d -> d.name().equals(map)).findFirst();
        if (def.isPresent() && def.get().typeId() == MapType.PROG_ARRAY.id()) {
            return "@" + new String(value, StandardCharsets.UTF_8);
        }
        boolean perCpu = def.map(d -> MapSpec.of(d).perCpu()).orElse(false);
        if (!perCpu) {
            return HexFormat.of().formatHex(value);
        }
        int size = def.get().valueSize();
        int slot = size + 7 & ~7;
        List<String> cpus = new ArrayList<>();
        for (int cpu = 0; (cpu + 1) * slot <= value.length; cpu++) {
            byte[] v = java.util.Arrays.copyOfRange(value, cpu * slot, cpu * slot + size);
            if (!allZero(v)) {
                cpus.add("cpu" + cpu + ":" + HexFormat.of().formatHex(v));
            }
        }
        return String.join(" ", cpus);
    }

    static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
