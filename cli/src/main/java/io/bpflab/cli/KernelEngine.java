package io.bpflab.cli;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelException;
import io.bpflab.kernel.KernelMap;
import io.bpflab.kernel.KernelObject;
import io.bpflab.kernel.KernelRun;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.MapReferenceException;
import io.bpflab.kernel.MapSpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * Memory the conformance convention can give a program in the kernel: an XDP test run
     * puts at most a page less XDP_PACKET_HEADROOM (256) and the skb_shared_info (320 bytes
     * on x86-64) in the linear part, the rest in fragments the harness's bounds check does
     * not reach (kernel: net/bpf/test_run.c bpf_prog_test_run_xdp; 3520 measured on 6.18).
     */
    static final int MAX_LINEAR_MEMORY = 4096 - 256 - 320;

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
        if (in.type == null && mem.length > MAX_LINEAR_MEMORY && "amd64".equals(System.getProperty("os.arch"))) {
            throw new Cli.BadInput(in.name + ": the kernel engine passes memory as an XDP packet, whose linear part holds"
                    + " at most " + MAX_LINEAR_MEMORY + " bytes here; this program's memory is " + mem.length + " bytes");
        }
        LoadRequest load = loadRequest(in);
        KernelRun.Request request = in.type == null
                ? KernelRun.Request.memory(load, mem)
                : KernelRun.Request.packet(load, packet == null ? new byte[0] : packet)
                        .withCtx(ctx == null ? new byte[0] : ctx);
        try (KernelObject maps = KernelObject.create(mapSpecs(in), ObjectInput.innerTemplates(in))) {
            for (Map.Entry<String, List<KernelMap.Entry>> e : all.entrySet()) {
                KernelMap m = maps.map(e.getKey()).orElseThrow();
                for (KernelMap.Entry entry : e.getValue()) {
                    m.update(entry.key(), perCpu(m, entry.value()));
                }
            }
            ObjectInput.fillKernelValues(in, maps);
            return KernelRun.run(maps, request.withRepeat(repeat));
        } catch (KernelException e) {
            throw new Cli.BadInput(in.name + ": kernel: " + e.getMessage());
        } catch (MapReferenceException e) {
            throw new Cli.BadInput(in.name + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Cli.BadInput(in.name + ": kernel engine: " + e.getMessage());
        }
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
        byte[] insns;
        try {
            insns = Encoder.encode(in.program);
        } catch (EncodeException e) {
            throw new Cli.BadInput(in.name + ": " + e.getMessage());
        }
        if (in.type == null) {
            return LoadRequest.of(insns, ProgramType.XDP);
        }
        return ObjectInput.withBtf(in, Optional.ofNullable(in.typeSource).flatMap(ProgramType::fromSection)
                .filter(d -> d.programType() == in.type)
                .map(d -> LoadRequest.forSection(insns, d))
                .orElseGet(() -> LoadRequest.of(insns, in.type)));
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
     * declarations (a prog_array's {@code @SECTION} needs a second program, which the kernel
     * engine does not load).
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
                throw new Cli.BadInput("--map " + spec + ": prog_array elements are not supported with --engine kernel");
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
     * A value in hex; a per-CPU map's as {@code cpuN:HEX} for each CPU whose slot is not all
     * zero (BPF_PROG_TEST_RUN ran the program on one of them).
     */
    static String valueText(RunCommand.Loaded in, String map, byte[] value) {
        Optional<MapDef> def = in.mapDefs.stream().filter(d -> d.name().equals(map)).findFirst();
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
