package io.bpflab.cli;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.Program;
import io.bpflab.isa.elf.ElfReader;
import io.bpflab.isa.elf.ElfSection;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.verifier.PathExplorer;
import io.bpflab.verifier.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpflab verify FILE...}: bpflab's model of the kernel verifier on every program of
 * every file, in one JVM, the programs verified in parallel and printed in order.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify programs as the Linux verifier would, without loading them.",
            "FILE: .s/.asm (assembled; every program section), .o (ELF; every executable section),",
            ".data (the test's program), .bin (raw little-endian instructions) or hex text.",
            "Level 0 prints one verdict line per program, 1 the kernel-style log of the failing path,",
            "2 every processed instruction with its register state. Exit 0 when every program is",
            "accepted, 1 when one is rejected, 2 on bad input. Programs using what bpflab does not",
            "model yet (helper calls, maps, context access, bpf-to-bpf calls) are rejected with a",
            "message saying so."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "programs to verify")
    List<Path> files;

    @Option(names = "--type", paramLabel = "T",
            description = "program type: a section name (xdp, tc, socket, ...) or a type name (sched_cls)")
    String type;

    @Option(names = "--section", paramLabel = "NAME", description = "only this section of a .o or .s file")
    String section;

    @Option(names = "--log-level", paramLabel = "0|1|2", defaultValue = "0",
            description = "0: a verdict line per program (default); 1: the log of the failing path; 2: every instruction")
    int logLevel;

    @Option(names = "--unpriv", description = "verify as for a loader without CAP_BPF and CAP_PERFMON")
    boolean unprivileged;

    @Option(names = "--json", description = "one JSON object per program")
    boolean json;

    @Option(names = "--explain", description = "after a rejection, the path that led there, cut down to what explains the error")
    boolean explain;

    @Option(names = "--html", paramLabel = "FILE", description = "write a self-contained HTML report of the verification")
    Path html;

    /** One program to verify: where it came from, and its instructions or the raw bytes. */
    private record Job(String file, String section, ProgramType type, Program program, byte[] code) {
    }

    private record Outcome(Job job, Verdict verdict) {
    }

    @Override
    public Integer call() {
        if (logLevel < 0 || logLevel > 2) {
            throw new Cli.BadInput("--log-level must be 0, 1 or 2, not " + logLevel);
        }
        ProgramType forced = type == null ? null : RunCommand.Loaded.programType(type);
        List<List<Job>> perFile = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            try {
                perFile.add(jobs(f, forced));
            } catch (Cli.BadInput e) {
                perFile.add(List.of());
                bad.add(e.getMessage());
            } catch (IOException e) {
                perFile.add(List.of());
                bad.add("bpflab: " + Cli.describe(e));
            }
        }
        PathExplorer.Options options = new PathExplorer.Options(!unprivileged, Math.max(logLevel, explain ? 1 : 0));
        List<Job> jobs = perFile.stream().flatMap(List::stream).toList();
        List<Outcome> outcomes = jobs.parallelStream().map(j -> verify(j, options)).toList();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        bad.forEach(err::println);
        boolean anyRejected = false;
        for (Outcome o : outcomes) {
            anyRejected |= !o.verdict().accepted();
            out.print(json ? json(o.job(), o.verdict()) + "\n" : text(o.job(), o.verdict()));
        }
        if (html != null) {
            VerifyReport.write(html, outcomes.stream().map(o -> new VerifyReport.Item(o.job().file(), o.job().section(),
                    o.job().type(), o.job().program(), o.verdict())).toList(), !unprivileged);
        }
        out.flush();
        err.flush();
        return !bad.isEmpty() ? Cli.BAD_INPUT : anyRejected ? Cli.NO : Cli.OK;
    }

    private static Outcome verify(Job j, PathExplorer.Options options) {
        Verdict v = j.program() != null ? PathExplorer.verify(j.program(), options)
                : PathExplorer.verify(j.code(), options);
        return new Outcome(j, v);
    }

    /** The programs of one file: one per program section, or the file's only program. */
    private List<Job> jobs(Path file, ProgramType forced) throws IOException {
        String name = file.toString();
        String base = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new java.nio.file.NoSuchFileException(name);
        }
        if (base.endsWith(".data")) {
            RunCommand.Loaded l = RunCommand.Loaded.of(file, null, type);
            return List.of(new Job(name, null, l.type, l.program, null));
        }
        if (base.endsWith(".o")) {
            return objectJobs(file, forced);
        }
        if (base.endsWith(".s") || base.endsWith(".asm") || base.endsWith(".S")) {
            Assembly a = Assembler.assemble(Files.readString(file), name, Dialect.AUTO);
            if (!a.ok()) {
                throw new Cli.BadInput(a.formatDiagnostics().stripTrailing());
            }
            List<Job> out = new ArrayList<>();
            for (Map.Entry<String, Program> e : a.programs().entrySet()) {
                if (section == null || section.equals(e.getKey())) {
                    out.add(new Job(name, e.getKey(), typeOf(forced, e.getKey()), e.getValue(), null));
                }
            }
            if (out.isEmpty() && section == null && a.program() != null) {
                out.add(new Job(name, null, forced, a.program(), null));
            }
            if (out.isEmpty()) {
                throw new Cli.BadInput(name + ": " + (section == null ? "no program"
                        : "no section '" + section + "' (sections: " + a.programs().keySet() + ")"));
            }
            return out;
        }
        if (section != null) {
            throw new Cli.BadInput(name + ": --section applies to .o and .s files only");
        }
        byte[] code = ProgramInput.instructionBytes(file);
        if (code.length == 0 || code.length % 8 != 0) {
            throw new Cli.BadInput(name + ": " + (code.length == 0 ? "no instructions"
                    : code.length + " bytes is not a whole number of 8-byte instructions"));
        }
        return List.of(new Job(name, null, forced, null, code));
    }

    private List<Job> objectJobs(Path file, ProgramType forced) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!ElfReader.looksLikeElf(bytes)) {
            throw new Cli.BadInput(file + ": not an ELF object");
        }
        List<String> sections;
        try {
            List<ElfSection> all = ElfReader.read(bytes).sections();
            sections = all.stream().filter(s -> s.isExecutable() && s.data().length > 0).map(ElfSection::name).toList();
            if (sections.isEmpty()) {
                // llvm-mc gives a hand-written `.section xdp` no "ax" flags: as run does, count
                // every section of whole instructions that is not a known data section
                sections = all.stream().filter(s -> s.type() == io.bpflab.isa.elf.Elf.SHT_PROGBITS
                        && s.data().length > 0 && s.data().length % 8 == 0
                        && (s.name().equals(".text") || !s.name().startsWith("."))
                        && !List.of("maps", "license", "version").contains(s.name())).map(ElfSection::name).toList();
            }
        } catch (ElfReader.BadElfException e) {
            throw new Cli.BadInput(file + ": " + e.getMessage());
        }
        if (section != null) {
            sections = List.of(section);
        }
        if (sections.isEmpty()) {
            throw new Cli.BadInput(file + ": no program section");
        }
        List<Job> out = new ArrayList<>();
        for (String s : sections) {
            RunCommand.Loaded l = RunCommand.Loaded.fromObject(file, bytes, s, forced);
            out.add(new Job(file.toString(), s, l.type, l.program, null));
        }
        return out;
    }

    private static ProgramType typeOf(ProgramType forced, String section) {
        return forced != null ? forced
                : ProgramType.fromSection(section).map(d -> d.programType()).orElse(null);
    }

    /** The file, and the section unless it is the default {@code .text} of a plain listing. */
    private static String where(Job j) {
        return j.file() + (j.section() == null || j.section().equals(".text") ? "" : " (section " + j.section() + ")");
    }

    /** The log (levels 1 and 2), then one verdict line. */
    private String text(Job j, Verdict v) {
        StringBuilder sb = new StringBuilder();
        if (logLevel > 0) {
            sb.append(v.kernelLog());
        }
        sb.append(where(j)).append(": ");
        if (v.accepted()) {
            sb.append("accepted (processed ").append(v.processed()).append(" insns)");
        } else {
            sb.append("rejected at insn ").append(v.insn()).append(": ").append(v.message())
                    .append(" (processed ").append(v.processed()).append(" insns)");
        }
        sb.append('\n').append(Explain.hintLine(v));
        if (explain && j.program() != null) {
            sb.append(Explain.path(j.program(), v));
        }
        return sb.toString();
    }

    private static String json(Job j, Verdict v) {
        return "{\"file\":" + RunCommand.Json.str(j.file())
                + ",\"section\":" + (j.section() == null ? "null" : RunCommand.Json.str(j.section()))
                + ",\"type\":" + (j.type() == null ? "null" : RunCommand.Json.str(j.type().shortName()))
                + ",\"verdict\":\"" + (v.accepted() ? "accepted" : "rejected") + "\""
                + ",\"insn\":" + (v.accepted() ? "null" : Integer.toString(v.insn()))
                + ",\"message\":" + RunCommand.Json.str(v.message())
                + ",\"processed\":" + v.processed()
                + ",\"stack_depth\":" + v.stackDepth() + "}";
    }
}
