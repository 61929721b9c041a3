package io.bpflab.kernel;

/**
 * A {@code bpf(2)} (or {@code close(2)}) call failed. The message names the command and the
 * errno the way a user reads it: {@code BPF_MAP_CREATE: EINVAL (Invalid argument)}. A
 * program the verifier rejects is not one of these: that is a {@link LoadResult} verdict.
 */
public final class KernelException extends Exception {

    private final String command;
    private final int errno;

    public KernelException(String command, int errno, String detail) {
        super(command + ": " + Errno.describe(errno) + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.command = command;
        this.errno = errno;
    }

    public KernelException(BpfCommand command, int errno) {
        this(command.name(), errno, null);
    }

    /** The command's kernel name ({@code BPF_PROG_LOAD}) or the libc call ({@code close}). */
    public String command() {
        return command;
    }

    public int errno() {
        return errno;
    }
}
