package io.bpflab.verifier;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.Program;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.kernel.KernelProgram;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifier test cases written in assembly with the expected verdict, read from a text file
 * of testdata/verifier ({@code case NAME [unpriv]}, the program, then
 * {@code => accepted|rejected PROCESSED [MESSAGE]}).
 */
final class VerifierCases {
    private VerifierCases() {
    }

    record Expected(boolean accepted, int processed, String message) {
        static Expected parse(String line) {
            String[] t = line.substring(3).split(" ", 3);
            return new Expected(t[0].equals("accepted"), Integer.parseInt(t[1]), t.length > 2 ? t[2] : "");
        }

        String line() {
            return "=> " + (accepted ? "accepted " : "rejected ") + processed + (message.isEmpty() ? "" : " " + message);
        }
    }

    record Case(String name, boolean unprivileged, String source, Expected expected) {
        Program program() {
            Assembly a = Assembler.assemble(source, name + ".s", Dialect.AUTO);
            if (!a.ok()) {
                throw new IllegalStateException(name + ": " + a.formatDiagnostics());
            }
            return a.program();
        }

        Verdict bpflab() {
            return PathExplorer.verify(program(), !unprivileged);
        }

        /** The running kernel's answer, loading the program as a socket filter at log level 1. */
        Expected kernel() throws Exception {
            try (LoadResult r = KernelProgram.load(LoadRequest.of(program(), ProgramType.SOCKET_FILTER).withLogLevel(1))) {
                // the kernel logs the two states after "infinite loop detected"
                String error = r.log().lines().filter(l -> l.startsWith("infinite loop detected at insn "))
                    .findFirst().orElse(r.firstError());
                return new Expected(r.accepted(), (int) r.processedInsns().orElse(-1), error);
            }
        }
    }

    static Path file(String name) {
        return Path.of(System.getProperty("bpflab.root", ".."), "testdata", "verifier", name);
    }

    static List<Case> read(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        String name = null;
        boolean unpriv = false;
        StringBuilder src = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("case ")) {
                String[] t = line.substring(5).trim().split("\\s+");
                name = t[0];
                unpriv = t.length > 1 && t[1].equals("unpriv");
                src.setLength(0);
            } else if (line.startsWith("=> ")) {
                out.add(new Case(name, unpriv, src.toString(), Expected.parse(line)));
                name = null;
            } else if (name != null && !line.startsWith("#")) {
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
