package io.bpflab.api;

/**
 * How to verify a program: as for a privileged loader (CAP_BPF and CAP_PERFMON, the
 * default) or an unprivileged one, and how much log to keep.
 *
 * @param privileged whether the loader has CAP_BPF and CAP_PERFMON
 * @param logLevel 0 no log, 1 the log of the failing path, 2 every processed instruction
 *     with its register state (as the kernel's log_level)
 */
public record Options(boolean privileged, int logLevel) {

    /**
     * Checks the log level.
     *
     * @param privileged whether the loader has CAP_BPF and CAP_PERFMON
     * @param logLevel 0, 1 or 2
     * @throws IllegalArgumentException for another log level
     */
    public Options {
        if (logLevel < 0 || logLevel > 2) {
            throw new IllegalArgumentException("log level must be 0, 1 or 2, not " + logLevel);
        }
    }

    /**
     * Privileged, with the log of the failing path (level 1).
     *
     * @return the default options
     */
    public static Options defaults() {
        return new Options(true, 1);
    }

    /**
     * These options for a loader without CAP_BPF and CAP_PERFMON.
     *
     * @return the same options, unprivileged
     */
    public Options unprivileged() {
        return new Options(false, logLevel);
    }

    /**
     * These options with another log level.
     *
     * @param level 0, 1 or 2
     * @return the same options with {@code level}
     */
    public Options logLevel(int level) {
        return new Options(privileged, level);
    }
}
