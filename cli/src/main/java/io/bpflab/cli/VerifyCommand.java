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

    @Option(names = "--json", description = "one JSON object per program (the same as --format json)")
    boolean json;

    @Option(names = "--format", paramLabel = "text|json|sarif|junit",
            description = "text (default), json (lines), sarif (SARIF 2.1.0 for code scanning) or junit (JUnit XML)")
    VerifyReport.Format format;

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error",
            description = "exit 1 on a rejection (error, the default) or also on a program close to a limit (warning)")
    VerifyReport.FailOn failOn;

    @Option(names = {"-r", "--recursive"},
            description = "verify every .o/.s/.bin/.data beneath each DIR argument and print a summary")
    boolean recursive;

    /**
     * One program to verify: where it came from, its instructions or the raw bytes, and the
     * assembly it came from (for source lines), if any.
     */
    private record Job(String file, String section, ProgramType type, Program program, byte[] code, Assembly source) {
    }

    private record Outcome(Job job, Verdict verdict, long nanos) {
        VerifiedProgram report() {
            java.util.OptionalInt line = verdict.accepted() || job.source() == null ? java.util.OptionalInt.empty()
                    : job.source().sourceLine(job.section(), verdict.insn());
            return new VerifiedProgram(job.file(), job.section(), job.type(), verdict, line, nanos);
        }
    }

    @Override
    public Integer call() {
        if (logLevel < 0 || logLevel > 2) {
            throw new Cli.BadInput("--log-level must be 0, 1 or 2, not " + logLevel);
        }
        if (json && format != null && format != VerifyReport.Format.json) {
            throw new Cli.BadInput("--json and --format " + format + " contradict each other");
        }
        VerifyReport.Format fmt = format != null ? format : json ? VerifyReport.Format.json : VerifyReport.Format.text;
        long start = System.nanoTime();
        ProgramType forced = type == null ? null : RunCommand.Loaded.programType(type);
        List<Path> inputs = Corpus.expand(files, recursive);
        // each file's programs, or the one-line reason it has none; files are read in parallel
        List<Object> perFile = inputs.parallelStream().map(f -> {
            try {
                return (Object) jobs(f, forced);
            } catch (Cli.BadInput e) {
                return e.getMessage();
            } catch (IOException e) {
                return "bpflab: " + Cli.describe(e);
            }
        }).toList();
        List<String> bad = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (Object o : perFile) {
            if (o instanceof String message) {
                bad.add(message);
            } else {
                ((List<?>) o).forEach(j -> jobs.add((Job) j));
            }
        }
        PathExplorer.Options options = new PathExplorer.Options(!unprivileged, logLevel);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Corpus.Progress progress = new Corpus.Progress(err, recursive && Corpus.Progress.onTerminal(), jobs.size());
        List<Outcome> outcomes = jobs.parallelStream().map(j -> {
            Outcome o = verify(j, options);
            progress.done(o.verdict().accepted());
            return o;
        }).toList();
        progress.finish();
        bad.forEach(err::println);
        List<VerifiedProgram> reports = outcomes.stream().map(Outcome::report).toList();
        boolean fail = reports.stream().anyMatch(failOn::fails);
        switch (fmt) {
            case text -> {
                for (int i = 0; i < outcomes.size(); i++) {
                    Outcome o = outcomes.get(i);
                    // a corpus lists only the programs that need a look; the summary counts the rest
                    if (!recursive || !o.verdict().accepted() || !reports.get(i).warnings().isEmpty() || logLevel > 0) {
                        out.print(text(o.job(), o.verdict()) + VerifyReport.warningLines(reports.get(i)));
                    }
                }
                if (recursive) {
                    out.print(Corpus.summary(reports, bad.size(), System.nanoTime() - start,
                            java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1));
                }
            }
            case json -> {
                reports.forEach(r -> out.println(VerifyReport.json(r, recursive)));
                if (recursive) {
                    out.println(Corpus.summaryJson(reports, bad.size(), System.nanoTime() - start));
                }
            }
            case sarif -> out.print(VerifyReport.sarif(reports, new Main.Version().getVersion()[0]));
            case junit -> out.print(VerifyReport.junit(reports, failOn));
        }
        out.flush();
        err.flush();
        return !bad.isEmpty() ? Cli.BAD_INPUT : fail ? Cli.NO : Cli.OK;
    }

    private static Outcome verify(Job j, PathExplorer.Options options) {
        long t0 = System.nanoTime();
        Verdict v = j.program() != null ? PathExplorer.verify(j.program(), options)
                : PathExplorer.verify(j.code(), options);
        return new Outcome(j, v, System.nanoTime() - t0);
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
            return List.of(new Job(name, null, l.type, l.program, null, null));
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
                    out.add(new Job(name, e.getKey(), typeOf(forced, e.getKey()), e.getValue(), null, a));
                }
            }
            if (out.isEmpty() && section == null && a.program() != null) {
                out.add(new Job(name, null, forced, a.program(), null, null));
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
        return List.of(new Job(name, null, forced, null, code, null));
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
            out.add(new Job(file.toString(), s, l.type, l.program, null, null));
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
        return sb.append('\n').toString();
    }
}
