package io.bpflab.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.asm.DataFile;
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

    static long run(Engine engine, DataFile f) {
        var s = f.sections();
        boolean typed = s.containsKey("type");
        Vm vm = typed ? Vm.linux() : Vm.conformance();
        var maps = f.assembly() == null ? List.<io.bpflab.isa.elf.MapDef>of() : f.assembly().maps();
        for (int i = 0; i < maps.size(); i++) {
            var d = maps.get(i);
            vm.addMap(i, BpfMap.create(d.name(), MapType.byId(d.typeId()).orElseThrow(), d.keySize(), d.valueSize(),
                    d.maxEntries(), d.flags()));
        }
        Executable x = vm.load(f.program(), f.fileName());
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
        assertTrue(f.ok(), f.diagnostics().toString());
        assertTrue(f.expectedResult().isPresent(), name + " has no -- result");
        assertEquals(f.expectedResult().getAsLong(), run(engine, f), name);
    }
}
