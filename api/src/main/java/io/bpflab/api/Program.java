package io.bpflab.api;

import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.Executable;
import io.bpflab.vm.ProgramContext;
import io.bpflab.vm.Vm;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * One eBPF program of an {@link ObjectFile}, with its maps. Verify it with
 * {@link #verify(Options)}, run it with {@link #run(Context)} as often as needed: its maps
 * keep their contents from run to run (as in the kernel) until {@link #resetMaps()}.
 *
 * <p>A program is not safe for use by several threads at once; load one per thread.
 */
public final class Program {

    private final String file;
    private final String section;
    private final String function;
    private final ProgramType type;
    private final io.bpflab.isa.Program code;
    private final List<MapDef> mapDefs;
    private final Map<Integer, byte[]> initial;
    /** The source line of each instruction slot, when the program carries them. */
    private final IntFunction<OptionalInt> lines;
    private final boolean conformance;
    private Vm vm;
    private Executable executable;
    private Map<String, BpfMap> maps;
    private final Map<Engine, io.bpflab.jit.Engine.Runner> runners = new EnumMap<>(Engine.class);

    Program(String file, String section, String function, ProgramType type, io.bpflab.isa.Program code,
            List<MapDef> mapDefs, Map<Integer, byte[]> initial, IntFunction<OptionalInt> lines, boolean conformance) {
        this.file = file;
        this.section = section;
        this.function = function;
        this.type = type;
        this.code = code;
        this.mapDefs = List.copyOf(mapDefs);
        this.initial = Map.copyOf(initial);
        this.lines = lines;
        this.conformance = conformance;
    }

    /**
     * The file the program came from, as given to {@link Bpf#load} (or the name given to {@link Bpf#assemble}).
     *
     * @return the file name
     */
    public String file() {
        return file;
    }

    /**
     * The program's section ({@code xdp}, {@code kprobe/sys_open}, {@code .text}), empty
     * for raw instructions.
     *
     * @return the section name
     */
    public Optional<String> section() {
        return Optional.ofNullable(section);
    }

    /**
     * The function's name, for a program of an object file.
     *
     * @return the function name (empty for assembly and raw instructions)
     */
    public Optional<String> function() {
        return Optional.ofNullable(function);
    }

    /**
     * The program type as libbpf reads it from the section name ({@code xdp}, {@code socket_filter},
     * {@code kprobe}, ...); empty for a plain listing, which runs with the bpf_conformance
     * convention (r1 = {@link Context#memory memory}, r2 = its length).
     *
     * @return the type's short name
     */
    public Optional<String> type() {
        return Optional.ofNullable(type).map(ProgramType::shortName);
    }

    /**
     * The program's length in instruction slots (an lddw takes two), as the kernel counts {@code insn_cnt}.
     *
     * @return the number of slots
     */
    public int slots() {
        return code.slotCount();
    }

    /**
     * Verifies the program as a privileged loader would, keeping the log of the failing path.
     *
     * @return the verdict
     */
    public Verdict verify() {
        return verify(Options.defaults());
    }

    /**
     * Verifies the program with bpflab's model of the Linux verifier.
     *
     * @param options the loader's privileges and the log level
     * @return the verdict, with the source line of a rejected instruction when the program
     *     came from assembly text or from an object with line info (then the line is in the C source)
     */
    public Verdict verify(Options options) {
        io.bpflab.verifier.Verdict v = io.bpflab.verifier.PathExplorer.verify(code,
                new io.bpflab.verifier.PathExplorer.Options(options.privileged(), options.logLevel()));
        OptionalInt line = v.accepted() ? OptionalInt.empty() : lines.apply(v.insn());
        return new Verdict(v.accepted(), v.message(), v.insn(), line, v.processed(), v.stackDepth(), v.kernelLog());
    }

    /**
     * Runs the program once on {@code context}'s input and engine. Maps keep what earlier
     * runs wrote. The program is not verified first: call {@link #verify} for that.
     *
     * @param context the packet, context struct or memory, and the engine
     * @return r0, the instructions executed, the packet after the run, or the fault that stopped it
     * @throws BpfException when the input does not fit the program type (an XDP program
     *     without a packet) or the JIT cannot compile the program
     */
    public Result run(Context context) {
        Vm machine = machine();
        machine.budget(context.maxInsns());
        io.bpflab.jit.Engine.Runner runner = runners.computeIfAbsent(context.engine(), e -> {
            try {
                return (e == Engine.JIT ? io.bpflab.jit.Engine.JIT : io.bpflab.jit.Engine.INTERPRETER)
                        .prepare(machine, executable);
            } catch (IllegalArgumentException | IllegalStateException ex) {
                throw new BpfException(name() + ": the JIT cannot compile it: " + ex.getMessage(), ex);
            }
        });
        ProgramContext pc = null;
        try {
            long r0;
            if (type == null) {
                r0 = runner.runConformance(context.memoryBytes());
            } else {
                try {
                    pc = ProgramContext.of(type, context.packetBytes(), context.ctxBytes());
                } catch (IllegalArgumentException e) {
                    throw new BpfException(name() + ": " + e.getMessage(), e);
                }
                r0 = runner.run(pc);
            }
            return new Result(r0, machine.lastInsnCount(), packetAfter(pc), machine.takePrintk(), Optional.empty());
        } catch (BpfFault f) {
            return new Result(0, machine.lastInsnCount(), packetAfter(pc), machine.takePrintk(), Optional.of(f.getMessage()));
        }
    }

    private static byte[] packetAfter(ProgramContext pc) {
        return pc == null || pc.packet() == null ? null : pc.packet().bytes();
    }

    /**
     * The program's maps by name, in declaration order: read and write them between runs.
     *
     * @return the live maps (the same objects from call to call until {@link #resetMaps()})
     */
    public Map<String, BpfMap> maps() {
        machine();
        return maps;
    }

    /**
     * One of the program's maps.
     *
     * @param name the map's name
     * @return the live map
     * @throws BpfException when the program has no such map
     */
    public BpfMap map(String name) {
        BpfMap m = maps().get(name);
        if (m == null) {
            throw new BpfException(name() + ": no map named '" + name + "' (maps: " + maps().keySet() + ")");
        }
        return m;
    }

    /** Forgets every map's contents: the next run or {@link #maps()} starts from freshly created maps. */
    public void resetMaps() {
        vm = null;
        executable = null;
        maps = null;
        runners.clear();
    }

    /** The VM holding this program's maps, created with them on first use. */
    private Vm machine() {
        if (vm == null) {
            Vm m = conformance ? Vm.conformance() : Vm.linux();
            Map<String, BpfMap> byName = new LinkedHashMap<>();
            for (int i = 0; i < mapDefs.size(); i++) {
                MapDef d = mapDefs.get(i);
                MapType mt = MapType.byId(d.typeId())
                        .orElseThrow(() -> new BpfException(name() + ": map " + d.name() + ": unknown type " + d.type()));
                io.bpflab.vm.BpfMap created;
                try {
                    created = io.bpflab.vm.BpfMap.create(d.name(), mt, d.keySize(), d.valueSize(), d.maxEntries(), d.flags());
                } catch (IllegalArgumentException e) {
                    throw new BpfException(name() + ": map " + e.getMessage(), e);
                }
                m.addMap(i, created);
                if (initial.containsKey(i)) {
                    created.hostUpdate(new byte[4], initial.get(i));
                }
                byName.put(d.name(), new BpfMap(created, d.type()));
            }
            try {
                executable = m.load(code, name());
            } catch (IllegalArgumentException e) {
                throw new BpfException(name() + ": " + e.getMessage(), e);
            }
            maps = Collections.unmodifiableMap(byName);
            vm = m;
        }
        return vm;
    }

    /**
     * The file and section, as messages name the program.
     *
     * @return {@code file (section S)} or the file
     */
    public String name() {
        return file + (section == null || section.equals(".text") ? "" : " (section " + section + ")");
    }

    @Override
    public String toString() {
        return "Program[" + name() + ", " + slots() + " slots" + (type == null ? "" : ", " + type.shortName()) + "]";
    }
}
