package io.bpflab.verifier;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.isa.linux.SectionDef;
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
import java.util.List;

/**
 * Verifier cases with program types, maps and licenses, read from a text file of
 * testdata/verifier: {@code case NAME [unpriv] [license=L] [strict]}, the program in assembly
 * (its {@code .section} gives the program type as libbpf reads it, {@code .map} declares
 * maps), then {@code => accepted|rejected PROCESSED [MESSAGE]}.
 */
final class PointerCases {
    private PointerCases() {
    }

    record Case(String name, boolean unprivileged, String license, boolean strict, String source,
                VerifierCases.Expected expected) {
        Assembly assembly() {
            Assembly a = Assembler.assemble(source, name + ".s", Dialect.AUTO);
            if (!a.ok()) {
                throw new IllegalStateException(name + ": " + a.formatDiagnostics());
            }
            return a;
        }

        SectionDef section() {
            String s = assembly().programSection().filter(n -> !n.equals(".text")).orElse("socket");
            return ProgramType.fromSection(s).orElseThrow(() -> new IllegalStateException(name + ": section " + s));
        }

        LoadAttrs attrs() {
            Assembly a = assembly();
            return LoadAttrs.of(section().programType(), a.maps()).withLicense(license).withStrictAlignment(strict);
        }

        Verdict bpflab() {
            return PathExplorer.verify(assembly().program(), new PathExplorer.Options(!unprivileged, 1), attrs());
        }

        /** The running kernel's answer, with the maps created and patched in. */
        VerifierCases.Expected kernel() throws Exception {
            Assembly a = assembly();
            Program p = a.program();
            List<MapSpec> specs = a.maps().stream().map(MapSpec::of).toList();
            try (KernelObject maps = KernelObject.create(specs)) {
                byte[] code = MapReferences.patch(Encoder.encode(p), maps.maps());
                List<KernelMap> fdArray = MapReferences.usesFdArray(code) ? maps.maps() : List.of();
                LoadRequest req = LoadRequest.forSection(code, section()).withLicense(license).withLogLevel(1)
                    .withProgFlags(strict ? LoadRequest.BPF_F_STRICT_ALIGNMENT : 0);
                try (LoadResult r = KernelProgram.load(req, fdArray)) {
                    return new VerifierCases.Expected(r.accepted(), (int) r.processedInsns().orElse(-1),
                        r.firstError());
                }
            }
        }
    }

    static List<Case> read(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        String[] head = null;
        StringBuilder src = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("case ")) {
                head = line.substring(5).trim().split("\\s+");
                src.setLength(0);
            } else if (line.startsWith("=> ") && head != null) {
                boolean unpriv = false;
                boolean strict = false;
                String license = "GPL";
                for (int i = 1; i < head.length; i++) {
                    if (head[i].equals("unpriv")) {
                        unpriv = true;
                    } else if (head[i].equals("strict")) {
                        strict = true;
                    } else if (head[i].startsWith("license=")) {
                        license = head[i].substring(8);
                    }
                }
                out.add(new Case(head[0], unpriv, license, strict, src.toString(),
                    VerifierCases.Expected.parse(line)));
                head = null;
            } else if (head != null && !line.startsWith("#")) {
                src.append(line).append('\n');
            }
        }
        return out;
    }

    /** Rewrites the expectations of the privileged cases with the kernel's answers. */
    static void record(Path file) throws Exception {
        List<Case> cases = read(file);
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("=> ")) {
                Case c = cases.get(i++);
                out.add(c.unprivileged() ? line : c.kernel().line());
            } else {
                out.add(line);
            }
        }
        Files.write(file, out);
    }
}
