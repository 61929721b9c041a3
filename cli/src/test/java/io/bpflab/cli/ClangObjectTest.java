package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.Encoder;
import io.bpflab.isa.elf.LoadedObject;
import io.bpflab.isa.elf.ObjectMap;
import io.bpflab.isa.elf.ObjectProgram;
import io.bpflab.isa.linux.MapType;
import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelMap;
import io.bpflab.kernel.KernelObject;
import io.bpflab.kernel.KernelRun;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import io.bpflab.kernel.MapSpec;
import io.bpflab.vm.BpfMap;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The C programs of testdata/elf, compiled by clang-19 (the committed {@code .o}): each
 * program runs on the interpreter and on the JIT with the packet or context its source names, and must
 * give the r0, map contents and trace_printk lines its {@code // test:},
 * {@code // map-after:} and {@code // printk:} comments say; then, where bpf() works, the
 * same object goes into the running kernel (maps created, global data written, prog arrays
 * filled) and must give the same results.
 */
class ClangObjectTest {

    static final Path DIR = Path.of("..", "testdata", "elf");

    /** One {@code // test: PROGRAM [type=TYPE] packet=NAME|ctx=NAME r0=VALUE} line. */
    record Run(String program, String type, String input, boolean packet, long r0) {
    }

    record Spec(Path source, Path object, List<Run> runs, List<String[]> mapsAfter, List<String> printk) {
    }

    static Map<String, byte[]> inputs() throws IOException {
        Map<String, byte[]> m = new HashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("packets.txt"))) {
            int eq = line.indexOf(" = ");
            if (!line.startsWith("#") && eq > 0) {
                m.put(line.substring(0, eq).strip(), HexFormat.of().parseHex(line.substring(eq + 3).strip()));
            }
        }
        return m;
    }

    static Spec spec(Path c) throws IOException {
        List<Run> runs = new ArrayList<>();
        List<String[]> after = new ArrayList<>();
        List<String> printk = new ArrayList<>();
        for (String line : Files.readAllLines(c)) {
            if (line.startsWith("// test: ")) {
                String[] w = line.substring(9).strip().split("\\s+");
                String type = w[1].startsWith("type=") ? w[1].substring(5) : null;
                String[] in = w[type == null ? 1 : 2].split("=", 2);
                String r0 = w[w.length - 1].substring(3);
                runs.add(new Run(w[0], type, in[1], in[0].equals("packet"),
                        r0.startsWith("0x") ? Long.parseUnsignedLong(r0.substring(2), 16) : Long.parseLong(r0)));
            } else if (line.startsWith("// map-after: ")) {
                String[] w = line.substring(14).strip().split("\\s+");
                String[] kv = w[1].split("=", 2);
                after.add(new String[] {w[0], kv[0], kv[1]});
            } else if (line.startsWith("// printk: ")) {
                printk.add(line.substring(11).strip());
            }
        }
        String name = c.getFileName().toString().replace(".c", ".o");
        return new Spec(c, c.resolveSibling(name), runs, after, printk);
    }

    static List<Spec> specs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            List<Spec> out = new ArrayList<>();
            for (Path c : s.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
                out.add(spec(c));
            }
            return out;
        }
    }

    @Test
    void thereAreAtLeastThirtyProgramsWithExpectations() throws IOException {
        List<Spec> specs = specs();
        assertTrue(specs.size() >= 30, specs.size() + " C programs");
        for (Spec s : specs) {
            assertTrue(Files.exists(s.object()), s.object() + " is committed");
            assertTrue(!s.runs().isEmpty(), s.source() + " has // test: lines");
        }
    }

    @TestFactory
    Stream<DynamicTest> interpreter() throws IOException {
        return onEngine(io.bpflab.jit.Engine.INTERPRETER);
    }

    @TestFactory
    Stream<DynamicTest> jit() throws IOException {
        return onEngine(io.bpflab.jit.Engine.JIT);
    }

    private Stream<DynamicTest> onEngine(io.bpflab.jit.Engine engine) throws IOException {
        Map<String, byte[]> inputs = inputs();
        return specs().stream().map(s -> DynamicTest.dynamicTest(s.source().getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(s.object());
            Vm vm = Vm.linux();
            RunCommand.Loaded first = ObjectInput.loaded(s.object(), bytes, s.runs().getFirst().program(), null);
            first.createMaps(vm);
            for (Run run : s.runs()) {
                RunCommand.Loaded l = ObjectInput.loaded(s.object(), bytes, run.program(),
                        run.type() == null ? null : RunCommand.Loaded.programType(run.type()));
                Executable x = l.load(vm);
                byte[] in = inputs.get(run.input());
                assertNotNull(in, run.input());
                long r0 = RunCommand.runner(engine, vm, x, l.name)
                        .run(RunCommand.context(l.type, run.packet() ? in : null, run.packet() ? null : in));
                assertEquals(run.r0(), r0, s.source() + " " + run.program() + ": r0");
            }
            Map<String, BpfMap> maps = first.mapsByName(vm);
            for (String[] e : s.mapsAfter()) {
                BpfMap m = maps.get(e[0]);
                assertNotNull(m, "map " + e[0] + " of " + maps.keySet());
                byte[] v = m.get(HexFormat.of().parseHex(e[1]));
                assertNotNull(v, s.source() + ": map " + e[0] + " has no key " + e[1]);
                assertEquals(e[2], HexFormat.of().formatHex(v), s.source() + ": map " + e[0] + " key " + e[1]);
            }
            List<String> printed = vm.takePrintk();
            assertEquals(s.printk(), printed, s.source() + ": trace_printk");
        }));
    }

    @TestFactory
    Stream<DynamicTest> kernel() throws IOException {
        Map<String, byte[]> inputs = inputs();
        return specs().stream().map(s -> DynamicTest.dynamicTest(s.source().getFileName().toString(), () -> {
            var a = KernelBpf.availability();
            if (!a.isAvailable()) {
                System.out.println("SKIP " + s.source() + " in the kernel: " + a.describe());
            }
            Assumptions.assumeTrue(a.isAvailable(), a.describe());
            byte[] bytes = Files.readAllBytes(s.object());
            LoadedObject o = ObjectInput.read(s.object(), bytes);
            List<MapSpec> specs = o.maps().stream().map(m -> MapSpec.of(m.def())).toList();
            RunCommand.Loaded loaded = ObjectInput.loaded(s.object(), bytes, null, null);
            try (KernelObject k = KernelObject.create(specs, ObjectInput.innerTemplates(loaded))) {
                for (int i = 0; i < o.maps().size(); i++) {
                    ObjectMap m = o.maps().get(i);
                    KernelMap km = k.maps().get(i);
                    if (m.initial() != null) {
                        km.update(new byte[4], m.initial());
                    }
                    for (Map.Entry<Integer, String> e : m.programValues().entrySet()) {
                        ObjectProgram p = o.program(e.getValue()).orElseThrow();
                        LoadResult r = k.load(request(o, p));
                        assertTrue(r.accepted(), p.name() + ": " + r.firstError());
                        int fd = r.program().orElseThrow().fd();
                        km.update(ObjectInput.key(e.getKey()), ObjectInput.key(fd));
                    }
                    for (Map.Entry<Integer, String> e : m.mapValues().entrySet()) {
                        km.update(ObjectInput.key(e.getKey()), ObjectInput.key(k.map(e.getValue()).orElseThrow().fd()));
                    }
                }
                boolean allRan = true;
                for (Run run : s.runs()) {
                    ObjectProgram p = o.program(run.program()).orElseThrow();
                    byte[] in = inputs.get(run.input());
                    LoadRequest load = run.type() == null ? request(o, p) : ObjectInput.withBtf(o, p,
                            LoadRequest.of(Encoder.encode(p.program()), RunCommand.Loaded.programType(run.type())));
                    KernelRun.Request req = KernelRun.Request.packet(load, run.packet() ? in : new byte[0])
                            .withCtx(run.packet() ? new byte[0] : in);
                    KernelRun.Report r = KernelRun.run(k, req);
                    assertEquals(LoadResult.Verdict.ACCEPTED, r.verdict(), s.source() + " " + p.name() + ": "
                            + r.firstError() + "\n" + r.log());
                    if (r.runError().isPresent()) {
                        // kernel: kprobe and tracepoint programs have no test_run; loading is the comparison
                        assertEquals(io.bpflab.kernel.Errno.ENOTSUPP.number, r.runError().get().errno(),
                                s.source() + ": " + r.runError().get().getMessage());
                        allRan = false;
                        continue;
                    }
                    assertEquals(run.r0() & 0xffffffffL, r.r0().orElseThrow(), s.source() + " " + p.name() + ": kernel r0");
                }
                if (!allRan && !s.mapsAfter().isEmpty()) {
                    System.out.println("NOTE " + s.source() + ": map contents not compared with the kernel, which cannot"
                            + " test-run every program of it");
                    return;
                }
                for (String[] e : s.mapsAfter()) {
                    KernelMap km = k.map(e[0]).orElseThrow();
                    byte[] v = km.lookup(HexFormat.of().parseHex(e[1])).orElse(null);
                    assertNotNull(v, s.source() + ": kernel map " + e[0] + " has no key " + e[1]);
                    if (km.spec().perCpu()) {
                        v = sumPerCpu(v, km.spec().valueSize());
                    }
                    assertEquals(e[2], HexFormat.of().formatHex(v), s.source() + ": kernel map " + e[0] + " key " + e[1]);
                }
            }
        }));
    }

    /** Per-CPU counters: the kernel ran each test on some CPU, so the slots add up to bpflab's one CPU. */
    private static byte[] sumPerCpu(byte[] all, int size) {
        int slot = size + 7 & ~7;
        long sum = 0;
        for (int at = 0; at + size <= all.length; at += slot) {
            for (int i = 0; i < size && i < 8; i++) {
                sum += (all[at + i] & 0xffL) << (8 * i);
            }
        }
        byte[] out = new byte[size];
        for (int i = 0; i < size && i < 8; i++) {
            out[i] = (byte) (sum >>> (8 * i));
        }
        return out;
    }

    /** What libbpf would load: the section's type and attach type, the name, the object's BTF. */
    static LoadRequest request(LoadedObject o, ObjectProgram p) throws Exception {
        byte[] insns = Encoder.encode(p.program());
        return ObjectInput.withBtf(o, p, p.sectionDef().map(d -> LoadRequest.forSection(insns, d)).orElseThrow()
                .withName(p.name().length() > 15 ? p.name().substring(0, 15) : p.name()));
    }

    @Test
    void recompilingGivesTheCommittedObjects() throws Exception {
        boolean clang;
        try {
            clang = new ProcessBuilder("clang-19", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            clang = false;
        }
        Assumptions.assumeTrue(clang, "clang-19 is not installed: the committed objects are not rebuilt");
        Path tmp = Files.createTempDirectory("bpflab-elf");
        for (String f : List.of("bpf_helpers.h", "Makefile")) {
            Files.copy(DIR.resolve(f), tmp.resolve(f));
        }
        for (Spec s : specs()) {
            Files.copy(s.source(), tmp.resolve(s.source().getFileName()));
        }
        Process p = new ProcessBuilder("make", "-s", "-C", tmp.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        for (Spec s : specs()) {
            assertArrayEquals(Files.readAllBytes(s.object()), Files.readAllBytes(tmp.resolve(s.object().getFileName())),
                    s.object() + " differs from clang-19's output: rebuild with make -C testdata/elf");
        }
    }

    @Test
    void mapTypesCovered() throws IOException {
        java.util.Set<MapType> seen = java.util.EnumSet.noneOf(MapType.class);
        for (Spec s : specs()) {
            ObjectInput.read(s.object(), Files.readAllBytes(s.object())).maps()
                    .forEach(m -> MapType.byId(m.def().typeId()).ifPresent(seen::add));
        }
        assertTrue(seen.containsAll(List.of(MapType.HASH, MapType.ARRAY, MapType.PERCPU_ARRAY, MapType.PERCPU_HASH,
                MapType.LRU_HASH, MapType.RINGBUF, MapType.PROG_ARRAY, MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS,
                MapType.QUEUE, MapType.STACK, MapType.LPM_TRIE)), seen.toString());
    }
}
