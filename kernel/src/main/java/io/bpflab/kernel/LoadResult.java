package io.bpflab.kernel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel's answer to BPF_PROG_LOAD: a verdict, not an error. An accepted program comes
 * with its {@link KernelProgram}, which this result owns: {@link #close()} closes it unless
 * {@link #takeProgram()} handed it over.
 */
public final class LoadResult implements AutoCloseable {

    public enum Verdict { ACCEPTED, REJECTED }

    private static final Pattern PROCESSED = Pattern.compile("(?m)^processed (\\d+) insns");
    private static final Pattern VERIFICATION_TIME = Pattern.compile("(?m)^verification time (\\d+) usec");

    private final Verdict verdict;
    private final int errno;
    private final String log;
    private final OptionalLong processedInsns;
    private final Duration loadTime;
    private final int attempts;
    private KernelProgram program;

    LoadResult(Verdict verdict, int errno, String log, OptionalLong processedInsns, Duration loadTime, int attempts,
               KernelProgram program) {
        this.verdict = verdict;
        this.errno = errno;
        this.log = log;
        this.processedInsns = processedInsns;
        this.loadTime = loadTime;
        this.attempts = attempts;
        this.program = program;
    }

    public Verdict verdict() {
        return verdict;
    }

    public boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }

    /** 0 when accepted; the errno of the refusal (EACCES from the verifier, EINVAL for bad code, ...). */
    public int errno() {
        return errno;
    }

    /** The verifier log, complete (the buffer grew until it fit); empty at log level 0. */
    public String log() {
        return log;
    }

    /**
     * Instructions the verifier processed: its {@code processed N insns} line, or for an
     * accepted program loaded at log level 0 the {@code verified_insns} of its
     * {@code bpf_prog_info}; empty when the kernel said neither.
     */
    public OptionalLong processedInsns() {
        return processedInsns;
    }

    /** Wall time of the BPF_PROG_LOAD call that produced this answer (verification and JIT). */
    public Duration loadTime() {
        return loadTime;
    }

    /** The kernel's own {@code verification time N usec} (log level 4), in microseconds. */
    public OptionalLong verificationMicros() {
        Matcher m = VERIFICATION_TIME.matcher(log);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Loads needed: more than 1 when the log buffer was too small (ENOSPC) and grew. */
    public int attempts() {
        return attempts;
    }

    /**
     * The kernel's reason for a rejection: the last line of the log before its statistics
     * (the verifier stops at the first error), or the errno when there is no log. Empty
     * for an accepted program.
     */
    public String firstError() {
        if (accepted()) {
            return "";
        }
        List<String> lines = log.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (!l.startsWith("processed ") && !l.startsWith("verification time ") && !l.startsWith("stack depth ")) {
                return l;
            }
        }
        return Errno.describe(errno);
    }

    /** The loaded program while this result owns it. */
    public Optional<KernelProgram> program() {
        return Optional.ofNullable(program);
    }

    /**
     * Hands the program over to the caller, who then closes it.
     *
     * @throws IllegalStateException when the program was rejected or already taken
     */
    public KernelProgram takeProgram() {
        if (program == null) {
            throw new IllegalStateException(accepted() ? "program already taken" : "program was rejected: "
                    + firstError());
        }
        KernelProgram p = program;
        program = null;
        return p;
    }

    static OptionalLong parseProcessed(String log) {
        Matcher m = PROCESSED.matcher(log);
        OptionalLong last = OptionalLong.empty();
        while (m.find()) {
            last = OptionalLong.of(Long.parseLong(m.group(1)));
        }
        return last;
    }

    @Override
    public void close() throws KernelException {
        if (program != null) {
            KernelProgram p = program;
            program = null;
            p.close();
        }
    }

    @Override
    public String toString() {
        return verdict + (accepted() ? "" : " (" + Errno.describe(errno) + ": " + firstError() + ")")
                + processedInsns.stream().mapToObj(n -> ", processed " + n + " insns").findFirst().orElse("")
                + ", " + loadTime.toNanos() / 1000 + " us";
    }
}
