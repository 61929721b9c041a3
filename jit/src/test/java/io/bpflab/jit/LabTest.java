package io.bpflab.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.DataFile;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.vm.BpfMap;
import io.bpflab.vm.Executable;
import io.bpflab.vm.ProgramContext;
import io.bpflab.vm.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine-independent lab programs of testdata/vm and testdata/jit (contexts, packets,
 * helpers, frames) on both engines: each file's expected r0.
 */
class LabTest {

    static Stream<Arguments> files() throws IOException {
        Path root = Path.of(System.getProperty("bpflab.root", ".."));
        List<Path> files = new java.util.ArrayList<>();
        for (String dir : List.of("testdata/vm", "testdata/jit")) {
            try (Stream<Path> s = Files.list(root.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".data")).sorted().forEach(files::add);
            }
        }
        return files.stream().flatMap(p -> Stream.of(Engine.values()).map(e -> Arguments.of(e, p.getFileName().toString(), p)));
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("#[^\n]*", "").replaceAll("\\s+", ""));
    }

    /**
     * As {@code bpflab test} reads a lab file: with {@code -- maps}, or an {@code -- asm}
     * without {@code %r} registers, the program is LLVM syntax after the map declarations.
     */
    static Assembly assemble(DataFile f) {
        var s = f.sections();
        if (s.containsKey("maps") || Assembler.detect(s.get("asm")) == Dialect.LLVM) {
            return Assembler.assemble(s.getOrDefault("maps", "") + "\n" + s.get("asm"), f.fileName(), Dialect.LLVM);
        }
        return f.assembly();
    }

    static long run(Engine engine, DataFile f, Vm vm, Assembly a) {
        var s = f.sections();
        boolean typed = s.containsKey("type");
        var maps = a.maps();
        for (int i = 0; i < maps.size(); i++) {
            var d = maps.get(i);
            vm.addMap(i, BpfMap.create(d.name(), MapType.byId(d.typeId()).orElseThrow(), d.keySize(), d.valueSize(),
                    d.maxEntries(), d.flags()));
        }
        Executable x = vm.load(a.program(), f.fileName());
        Engine.Runner runner = engine.prepare(vm, x);
        if (!typed) {
            return runner.runConformance(f.mem());
        }
        String name = s.get("type").strip();
        ProgramType type = ProgramType.fromSection(name).map(d -> d.programType())
                .or(() -> ProgramType.byName(name)).orElseThrow();
        byte[] packet = s.containsKey("packet") ? hex(s.get("packet")) : null;
        byte[] ctx = s.containsKey("ctx") ? hex(s.get("ctx")) : null;
        return runner.run(ProgramContext.of(type, packet, ctx));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("files")
    void labProgramGivesItsResult(Engine engine, String name, Path p) {
        DataFile f = DataFile.parse(p);
        Assembly a = assemble(f);
        assertTrue(a.ok(), a.diagnostics().toString());
        assertTrue(f.expectedResult().isPresent(), name + " has no -- result");
        Vm vm = f.sections().containsKey("type") ? Vm.linux() : Vm.conformance();
        assertEquals(f.expectedResult().getAsLong(), run(engine, f, vm, a), name);
        // -- map-after: NAME KEYHEX = VALUEHEX, each element as the run left it.
        for (String line : f.sections().getOrDefault("map-after", "").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String[] parts = line.split("\\s+", 2);
            String[] kv = parts[1].split("=");
            int fd = a.maps().stream().map(m -> m.name()).toList().indexOf(parts[0]);
            assertTrue(fd >= 0, name + ": no map " + parts[0]);
            assertEquals(HexFormat.of().formatHex(hex(kv[1])), HexFormat.of().formatHex(vm.map(fd).get(hex(kv[0]))), name + ": " + line);
        }
    }
}
