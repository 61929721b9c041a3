package io.bpflab.cli;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.Program;
import io.bpflab.isa.elf.ElfReader;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.kernel.Errno;
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
            "model yet (variable-offset stack access, kfuncs) are rejected with a message saying so.",
            "The programs are verified in parallel on every core, their results printed in order.",
            "--kernel also loads each program into the running kernel (as its type, a socket filter",
            "without one; its maps created) and prints the kernel's verdict, first error, processed",
            "count and log beside bpflab's, and DISAGREE where the verdicts differ; exit 1 when either",
            "rejects."})
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
    CiReport.Format format;

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error",
            description = "exit 1 on a rejection (error, the default) or also on a program close to a limit (warning)")
    CiReport.FailOn failOn;

    @Option(names = {"-r", "--recursive"},
            description = "verify every .o/.s/.bin/.data beneath each DIR argument and print a summary")
    boolean recursive;

    @Option(names = "--explain", description = "after a rejection, the path that led there, cut down to what explains the error")
    boolean explain;

    @Option(names = "--html", paramLabel = "FILE", description = "write a self-contained HTML report of the verification")
    Path html;

    @Option(names = "--kernel",
            description = "also load each program into the running kernel (bpf(2), BPF_PROG_LOAD) and show its verdict beside bpflab's")
    boolean kernel;

    @picocli.CommandLine.Mixin
    ObjectInput.BtfOption btf;

    /** Where {@link QuickVerify} (which runs this command without picocli) wants the output; null under picocli. */
    PrintWriter quickOut;
    PrintWriter quickErr;

    /**
     * One program to verify: where it came from, and its instructions or the raw bytes;
     * {@code loaded} has its maps, and the name its type came from, for the kernel;
     * {@code source} the assembly it came from (for source lines), if any.
     */
    private record Job(String file, String section, ProgramType type, Program program, byte[] code,
                       RunCommand.Loaded loaded, Assembly source) {
        /** What the kernel is told at load: the type (a socket filter by default), the maps, the license. */
        io.bpflab.verifier.LoadAttrs attrs() {
            return loadAttrs(type, loaded);
        }
    }

    /**
     * What the kernel is told at load about a program of {@code loaded} (which may be null):
     * the type (a socket filter by default), the maps, the license (GPL unless an object says
     * otherwise) and whether BTF func_info comes with it.
     */
    static io.bpflab.verifier.LoadAttrs loadAttrs(ProgramType type, RunCommand.Loaded loaded) {
        List<io.bpflab.isa.elf.MapDef> maps = loaded == null ? List.of() : loaded.mapDefs;
        String license = loaded == null || loaded.object == null || loaded.object.license().isEmpty() ? "GPL"
                : loaded.object.license();
        return io.bpflab.verifier.LoadAttrs.of(type == null ? ProgramType.SOCKET_FILTER : type, maps)
                .withLicense(license).withFuncInfo(loaded != null && loaded.object != null);
    }

    /**
     * bpflab's verdict and how long it took, and with --kernel the kernel's or why it could
     * not load the program.
     */
    private record Outcome(Job job, Verdict verdict, KernelEngine.Verdict kernel, String kernelError, long nanos) {

        /** What the CI formats and the corpus summary report: the source line from the assembly or the object's line info. */
        VerifiedProgram report() {
            String sourceFile = null;
            java.util.OptionalInt line = java.util.OptionalInt.empty();
            if (!verdict.accepted() && job.source() != null && job.program() != null) {
                line = job.source().sourceLines(job.section()).at(job.program().indexOfSlot(verdict.insn()))
                        .map(l -> java.util.OptionalInt.of(l.line())).orElse(java.util.OptionalInt.empty());
            } else if (!verdict.accepted()) {
                java.util.Optional<io.bpflab.isa.elf.SourceLine> s = ObjectInput.lineOf(job.program(), verdict.insn());
                if (s.isPresent()) {
                    // clang records the name as compiled, relative to its directory: beside the object, usually
                    Path beside = Path.of(job.file()).resolveSibling(s.get().file());
                    sourceFile = !Path.of(s.get().file()).isAbsolute() && Files.exists(beside) ? beside.toString() : s.get().file();
                    line = java.util.OptionalInt.of(s.get().line());
                }
            }
            return new VerifiedProgram(job.file(), job.section(), job.type(), verdict, sourceFile, line, nanos);
        }
    }

    @Override
    public Integer call() {
        if (logLevel < 0 || logLevel > 2) {
            throw new Cli.BadInput("--log-level must be 0, 1 or 2, not " + logLevel);
        }
        if (kernel && unprivileged) {
            throw new Cli.BadInput("bpflab verify: --kernel loads with this process's privileges and cannot judge a program"
                    + " as for a loader without CAP_BPF; drop --unpriv or --kernel");
        }
        if (kernel) {
            KernelEngine.requireAvailable("bpflab verify --kernel");
        }
        if (json && format != null && format != CiReport.Format.json) {
            throw new Cli.BadInput("--json and --format " + format + " contradict each other");
        }
        CiReport.Format fmt = format != null ? format : json ? CiReport.Format.json : CiReport.Format.text;
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
        PathExplorer.Options options = new PathExplorer.Options(!unprivileged, Math.max(logLevel, explain ? 1 : 0));
        PrintWriter out = quickOut != null ? quickOut : spec.commandLine().getOut();
        PrintWriter err = quickErr != null ? quickErr : spec.commandLine().getErr();
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
        boolean kernelFailed = false;
        for (Outcome o : outcomes) {
            fail |= o.kernel() != null && !o.kernel().accepted();
            if (o.kernelError() != null) {
                kernelFailed = true;
                err.println(o.kernelError());
            }
        }
        switch (fmt) {
            case text -> {
                for (int i = 0; i < outcomes.size(); i++) {
                    Outcome o = outcomes.get(i);
                    // a corpus lists only the programs that need a look; the summary counts the rest
                    if (!recursive || !o.verdict().accepted() || !reports.get(i).warnings().isEmpty() || logLevel > 0
                            || o.kernel() != null) {
                        out.print(text(o) + CiReport.warningLines(reports.get(i)));
                    }
                }
                if (recursive) {
                    out.print(Corpus.summary(reports, bad.size(), System.nanoTime() - start,
                            java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1));
                }
            }
            case json -> {
                for (int i = 0; i < outcomes.size(); i++) {
                    out.println(json(outcomes.get(i), reports.get(i)));
                }
                if (recursive) {
                    out.println(Corpus.summaryJson(reports, bad.size(), System.nanoTime() - start));
                }
            }
            case sarif -> out.print(CiReport.sarif(reports, new Main.Version().getVersion()[0]));
            case junit -> out.print(CiReport.junit(reports, failOn));
        }
        if (html != null) {
            VerifyReport.write(html, outcomes.stream().map(o -> new VerifyReport.Item(o.job().file(), o.job().section(),
                    o.job().type(), o.job().program(), o.job().attrs(), o.verdict())).toList(), !unprivileged);
        }
        out.flush();
        err.flush();
        return !bad.isEmpty() || kernelFailed ? Cli.BAD_INPUT : fail ? Cli.NO : Cli.OK;
    }

    private Outcome verify(Job j, PathExplorer.Options options) {
        long t0 = System.nanoTime();
        Verdict v = j.program() != null ? PathExplorer.verify(j.program(), options, j.attrs())
                : PathExplorer.verify(j.code(), options);
        long nanos = System.nanoTime() - t0;
        if (!kernel) {
            return new Outcome(j, v, null, null, nanos);
        }
        try {
            return new Outcome(j, v, KernelEngine.verify(j.loaded(), j.code(), logLevel), null, nanos);
        } catch (Cli.BadInput e) {
            return new Outcome(j, v, null, e.getMessage(), nanos);
        }
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
            return List.of(new Job(name, null, l.type, l.program, null, l, null));
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
                    ProgramType t = typeOf(forced, e.getKey());
                    out.add(new Job(name, e.getKey(), t, e.getValue(), null,
                            loaded(base, e.getValue(), a, t, type != null ? type : e.getKey()), a));
                }
            }
            if (out.isEmpty() && section == null && a.program() != null) {
                out.add(new Job(name, null, forced, a.program(), null, loaded(base, a.program(), a, forced, type), null));
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
        RunCommand.Loaded raw = new RunCommand.Loaded(base, null, List.of(), forced, false, new byte[0], null, null);
        raw.typeSource = type;
        return List.of(new Job(name, null, forced, null, code, raw, null));
    }

    /** A program of an assembly file with the file's maps, as run would load it. */
    private static RunCommand.Loaded loaded(String name, Program p, Assembly a, ProgramType t, String typeSource) {
        RunCommand.Loaded l = new RunCommand.Loaded(name, p, a.maps(), t, false, new byte[0], null, null);
        l.typeSource = typeSource;
        return l;
    }

    /** Every program of an object (or those of --section, a program or section name), linked as {@link ObjectInput} does. */
    private List<Job> objectJobs(Path file, ProgramType forced) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!ElfReader.looksLikeElf(bytes)) {
            throw new Cli.BadInput(file + ": not an ELF object");
        }
        List<Job> out = new ArrayList<>();
        for (String p : ObjectInput.programs(file, bytes, section)) {
            RunCommand.Loaded l = RunCommand.Loaded.fromObject(file, bytes, p, forced);
            if (type != null) {
                l.typeSource = type;
            }
            out.add(new Job(file.toString(), l.objectProgram.section() + (l.objectProgram.name().equals(l.objectProgram.section())
                    ? "" : "/" + p), l.type, l.program, null, l, null));
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

    /**
     * The log (levels 1 and 2), then one verdict line; with --kernel the kernel's log, its
     * verdict line and what differs.
     */
    private String text(Outcome o) {
        Job j = o.job();
        Verdict v = o.verdict();
        StringBuilder sb = new StringBuilder();
        if (logLevel > 0) {
            sb.append(ObjectInput.withSource(j.program(), v.kernelLog()));
        }
        sb.append(where(j)).append(": ");
        if (v.accepted()) {
            sb.append("accepted (processed ").append(v.processed()).append(" insns)");
        } else {
            sb.append("rejected at insn ").append(v.insn()).append(": ").append(v.message())
                    .append(ObjectInput.sourceOf(j.program(), v.insn()))
                    .append(" (processed ").append(v.processed()).append(" insns)");
        }
        sb.append('\n').append(Explain.hintLine(v));
        if (explain && j.program() != null) {
            sb.append(Explain.path(j.program(), v));
        }
        KernelEngine.Verdict k = o.kernel();
        if (k == null) {
            return sb.toString();
        }
        if (logLevel > 0) {
            sb.append("kernel log:\n").append(k.log());
            if (!k.log().isEmpty() && !k.log().endsWith("\n")) {
                sb.append('\n');
            }
        }
        String processed = k.processed().isPresent() ? "processed " + k.processed().getAsLong() + " insns" : "";
        Errno errno = Errno.ofOrNull(k.errno());
        String errnoName = errno == null ? "errno " + k.errno() : errno.name();
        sb.append("  kernel: ").append(k.accepted() ? "accepted" + (processed.isEmpty() ? "" : " (" + processed + ")")
                : "rejected: " + k.message() + " (" + (processed.isEmpty() ? "" : processed + ", ") + errnoName + ")")
                .append('\n');
        difference(v, k).ifPresent(d -> sb.append("  ").append(d).append('\n'));
        sb.append(Explain.kernelHintLine(v, k.accepted(), k.message()));
        return sb.toString();
    }

    /**
     * What differs between the two verdicts: DISAGREE when one accepts and the other
     * rejects, a note when both reject with different first errors; empty when they agree.
     */
    private static java.util.Optional<String> difference(Verdict v, KernelEngine.Verdict k) {
        if (v.accepted() != k.accepted()) {
            return java.util.Optional.of(k.accepted() ? "DISAGREE: the kernel accepts it, bpflab rejects it"
                    : "DISAGREE: the kernel rejects it, bpflab accepts it");
        }
        if (!v.accepted() && !v.message().equals(k.message())) {
            return java.util.Optional.of("both reject it, with different first errors");
        }
        return java.util.Optional.empty();
    }

    /** DESIGN §2's object, {@link CiReport#jsonFields}, then the kernel's verdict with --kernel. */
    private String json(Outcome o, VerifiedProgram report) {
        Job j = o.job();
        Verdict v = o.verdict();
        StringBuilder sb = new StringBuilder("{\"file\":" + RunCommand.Json.str(j.file())
                + ",\"section\":" + (j.section() == null ? "null" : RunCommand.Json.str(j.section()))
                + ",\"type\":" + (j.type() == null ? "null" : RunCommand.Json.str(j.type().shortName()))
                + ",\"verdict\":\"" + (v.accepted() ? "accepted" : "rejected") + "\""
                + ",\"insn\":" + (v.accepted() ? "null" : Integer.toString(v.insn()))
                + ",\"message\":" + RunCommand.Json.str(v.message())
                + ",\"processed\":" + v.processed()
                + ",\"stack_depth\":" + v.stackDepth()
                + CiReport.jsonFields(report, recursive));
        KernelEngine.Verdict k = o.kernel();
        if (k != null) {
            sb.append(",\"kernel\":{\"verdict\":\"").append(k.accepted() ? "accepted" : "rejected").append('"')
                    .append(",\"message\":").append(RunCommand.Json.str(k.message()))
                    .append(",\"processed\":").append(k.processed().isPresent() ? k.processed().getAsLong() : "null")
                    .append(",\"errno\":").append(k.errno());
            if (logLevel > 0) {
                sb.append(",\"log\":").append(RunCommand.Json.str(k.log()));
            }
            sb.append("},\"agree\":").append(v.accepted() == k.accepted());
        } else if (o.kernelError() != null) {
            sb.append(",\"kernel\":{\"error\":").append(RunCommand.Json.str(o.kernelError())).append("},\"agree\":null");
        }
        return sb.append('}').toString();
    }
}
