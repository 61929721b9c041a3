package io.bpflab.cli;

import io.bpflab.asm.DataFile;
import io.bpflab.isa.linux.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The lab-test extension {@code -- program FILE.s}: the test runs the program of an assembly
 * file beside it (relative to the test file; {@code -- section NAME} picks a section), so that
 * a lab's tests check the student's own file rather than a copy of it. {@code -- type},
 * {@code -- packet}, {@code -- ctx}, {@code -- mem}, {@code -- result}, {@code -- map-after}
 * and {@code -- verifier} mean what they mean with {@code -- asm}; the maps are the file's.
 * {@code -- map-init} lines {@code NAME VALUEHEX} set element 0 of an array map before the
 * run (on every engine: the kernel gets it as libbpf gives global data its contents).
 */
final class LabInput {

    private LabInput() {
    }

    static RunCommand.Loaded fromDataFile(DataFile f, ProgramType forced) {
        Map<String, String> s = f.sections();
        String name = s.get("program").strip();
        Path dir = Path.of(f.fileName()).getParent();
        Path file = dir == null ? Path.of(name) : dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new Cli.BadInput(f.fileName() + ":" + f.sectionLine("program") + ": -- program: " + file + ": no such file");
        }
        String type = forced != null ? null : s.containsKey("type") ? s.get("type").strip() : null;
        RunCommand.Loaded base;
        try {
            base = RunCommand.Loaded.of(file, s.containsKey("section") ? s.get("section").strip() : null, type);
        } catch (IOException e) {
            throw new Cli.BadInput(f.fileName() + ": -- program: " + Cli.describe(e));
        }
        ProgramType t = forced != null ? forced : base.type;
        byte[] pkt = s.containsKey("packet") ? HexInput.parse(s.get("packet"), f.fileName() + ": -- packet") : null;
        byte[] ctx = s.containsKey("ctx") ? HexInput.parse(s.get("ctx"), f.fileName() + ": -- ctx") : null;
        RunCommand.Loaded l = new RunCommand.Loaded(base.name, base.program, base.mapDefs, t, false, f.mem(), pkt, ctx);
        l.typeSource = base.typeSource;
        l.sections = base.sections;
        l.lines = base.lines;
        if (s.containsKey("map-init")) {
            mapInit(f, l);
        }
        return l;
    }

    private static void mapInit(DataFile f, RunCommand.Loaded l) {
        int at = f.sectionLine("map-init") - 1;
        for (String line : f.sections().get("map-init").lines().toList()) {
            String t = line.strip();
            at++;
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] p = t.split("\\s+", 2);
            int index = -1;
            for (int k = 0; k < l.mapDefs.size(); k++) {
                if (l.mapDefs.get(k).name().equals(p[0])) {
                    index = k;
                }
            }
            String where = f.fileName() + ":" + at + ": -- map-init: ";
            if (index < 0 || p.length < 2) {
                throw new Cli.BadInput(where + "expected NAME VALUEHEX with a map of the program"
                        + " (maps: " + l.mapDefs.stream().map(d -> d.name()).toList() + ")");
            }
            byte[] value = HexInput.parse(p[1], where);
            if (value.length != l.mapDefs.get(index).valueSize()) {
                throw new Cli.BadInput(where + "map " + p[0] + " has " + l.mapDefs.get(index).valueSize()
                        + "-byte values, got " + value.length + " bytes");
            }
            l.initial.put(index, value);
        }
    }
}
