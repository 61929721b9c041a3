package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.Encoder;
import io.bpflab.isa.elf.LoadedObject;
import io.bpflab.isa.elf.ObjectException;
import io.bpflab.isa.elf.ObjectLoader;
import io.bpflab.isa.elf.ObjectMap;
import io.bpflab.isa.elf.ObjectProgram;
import io.bpflab.isa.linux.SectionDef;
import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelMap;
import io.bpflab.kernel.KernelObject;
import io.bpflab.kernel.KernelProgram;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import io.bpflab.kernel.MapReferences;
import io.bpflab.kernel.MapSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real programs written in C and compiled by clang-19 (testdata/verifier/c, and the run
 * tests' testdata/elf): bpflab's verdict on every program of every object is the one its
 * source's {@code // verify: PROGRAM accepted|rejected MESSAGE} line gives (accepted when
 * there is none), and the running kernel's is the same.
 */
class CProgramsTest {
    private static final Path ROOT = Path.of(System.getProperty("bpflab.root", ".."), "testdata");

    record Program(Path object, ObjectProgram program, LoadedObject loaded, VerifierCases.Expected expected) {
        String name() {
            return ROOT.relativize(object) + ":" + program.name();
        }

        SectionDef section() {
            return program.sectionDef().orElseThrow(() -> new IllegalStateException(name() + ": no program type"));
        }

        LoadAttrs attrs() {
            String license = loaded.license().isEmpty() ? "GPL" : loaded.license();
            return LoadAttrs.of(section().programType(), loaded.mapDefs()).withLicense(license);
        }

        Verdict bpflab() {
            return PathExplorer.verify(program.program(), new PathExplorer.Options(true, 1), attrs());
        }

        /** The kernel's verdict, or null for an object with maps of maps (their inner templates are not made here). */
        VerifierCases.Expected kernel() throws Exception {
            if (loaded.maps().stream().anyMatch(m -> m.inner() != null)) {
                return null;
            }
            List<MapSpec> specs = loaded.maps().stream().map(m -> MapSpec.of(m.def())).toList();
            try (KernelObject maps = KernelObject.create(specs)) {
                for (int i = 0; i < loaded.maps().size(); i++) {
                    ObjectMap m = loaded.maps().get(i);
                    if (m.initial() != null) {
                        maps.maps().get(i).update(new byte[4], m.initial());
                    }
                }
                byte[] code = MapReferences.patch(Encoder.encode(program.program()), maps.maps());
                List<KernelMap> fdArray = MapReferences.usesFdArray(code) ? maps.maps() : List.of();
                String license = loaded.license().isEmpty() ? "GPL" : loaded.license();
                try (LoadResult r = KernelProgram.load(LoadRequest.forSection(code, section()).withLicense(license),
                        fdArray)) {
                    return new VerifierCases.Expected(r.accepted(), 0, r.firstError());
                }
            }
        }
    }

    /** Every program of the objects in {@code dir} that bpflab can load without kernel BTF. */
    static List<Program> programs(Path dir) throws IOException {
        List<Program> out = new ArrayList<>();
        List<Path> objects;
        try (Stream<Path> s = Files.list(dir)) {
            objects = s.filter(p -> p.toString().endsWith(".o")).sorted().toList();
        }
        for (Path o : objects) {
            Map<String, VerifierCases.Expected> expected = new HashMap<>();
            Path c = Path.of(o.toString().replaceAll("\\.o$", ".c"));
            if (Files.exists(c)) {
                for (String line : Files.readAllLines(c)) {
                    if (line.startsWith("// verify: ")) {
                        String[] w = line.substring(11).strip().split(" ", 3);
                        expected.put(w[0], new VerifierCases.Expected(w[1].equals("accepted"), 0,
                            w.length > 2 ? w[2] : ""));
                    }
                }
            }
            LoadedObject loaded;
            try {
                loaded = ObjectLoader.load(Files.readAllBytes(o), ObjectLoader.Options.none());
            } catch (ObjectException e) {
                // CO-RE objects need the kernel's BTF to be loaded
                System.out.println("SKIP " + o + ": " + e.getMessage());
                continue;
            }
            for (ObjectProgram p : loaded.programs()) {
                if (p.sectionDef().isEmpty()) {
                    continue;
                }
                out.add(new Program(o, p, loaded,
                    expected.getOrDefault(p.name(), new VerifierCases.Expected(true, 0, ""))));
            }
        }
        return out;
    }

    private static String line(boolean accepted, String message) {
        return accepted ? "accepted" : "rejected " + message;
    }

    @Test
    void bpflabGivesEveryExpectedVerdict() throws Exception {
        List<Program> all = programs(ROOT.resolve("verifier/c"));
        assertTrue(all.size() >= 20, "only " + all.size() + " programs");
        List<String> wrong = new ArrayList<>();
        for (Program p : all) {
            Verdict v = p.bpflab();
            if (v.accepted() != p.expected().accepted() || !v.message().equals(p.expected().message())) {
                wrong.add(p.name() + ": expected " + line(p.expected().accepted(), p.expected().message())
                    + ", bpflab " + line(v.accepted(), v.message()));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @Tag("kernel")
    void theKernelAgreesWithBpflabOnEveryProgram() throws Exception {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Path dir : List.of(ROOT.resolve("verifier/c"), ROOT.resolve("elf"))) {
            for (Program p : programs(dir)) {
                n++;
                VerifierCases.Expected k = p.kernel();
                if (k == null) {
                    System.out.println("SKIP " + p.name() + ": maps of maps");
                    n--;
                    continue;
                }
                Verdict v = p.bpflab();
                if (v.accepted() != k.accepted() || !v.message().equals(k.message())) {
                    wrong.add(p.name() + ": kernel " + line(k.accepted(), k.message()) + ", bpflab "
                        + line(v.accepted(), v.message()));
                }
            }
        }
        System.out.println(n + " C programs, " + (n - wrong.size()) + " with the kernel's verdict and message");
        assertEquals(List.of(), wrong);
    }
}
