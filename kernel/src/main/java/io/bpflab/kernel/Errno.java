package io.bpflab.kernel;

/**
 * The errno values {@code bpf(2)} and {@code close(2)} report, with their symbolic names
 * (kernel: include/uapi/asm-generic/errno-base.h, errno.h; x86-64 and arm64 share them)
 * and the C library's text for them.
 */
public enum Errno {
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    ESRCH(3, "No such process"),
    EINTR(4, "Interrupted system call"),
    EIO(5, "Input/output error"),
    E2BIG(7, "Argument list too long"),
    EBADF(9, "Bad file descriptor"),
    EAGAIN(11, "Resource temporarily unavailable"),
    ENOMEM(12, "Cannot allocate memory"),
    EACCES(13, "Permission denied"),
    EFAULT(14, "Bad address"),
    EBUSY(16, "Device or resource busy"),
    EEXIST(17, "File exists"),
    EXDEV(18, "Invalid cross-device link"),
    ENODEV(19, "No such device"),
    EINVAL(22, "Invalid argument"),
    ENFILE(23, "Too many open files in system"),
    EMFILE(24, "Too many open files"),
    EFBIG(27, "File too large"),
    ENOSPC(28, "No space left on device"),
    ERANGE(34, "Numerical result out of range"),
    EDEADLK(35, "Resource deadlock avoided"),
    ENAMETOOLONG(36, "File name too long"),
    ENOSYS(38, "Function not implemented"),
    ELOOP(40, "Too many levels of symbolic links"),
    EOVERFLOW(75, "Value too large for defined data type"),
    EOPNOTSUPP(95, "Operation not supported"),
    ETIMEDOUT(110, "Connection timed out"),
    /** Kernel-internal, yet some BPF commands let it reach user space (include/linux/errno.h). */
    ENOTSUPP(524, "Operation is not supported");

    public final int number;
    public final String message;

    Errno(int number, String message) {
        this.number = number;
        this.message = message;
    }

    /** The named errno, or null for a number not in the table. */
    public static Errno ofOrNull(int number) {
        for (Errno e : values()) {
            if (e.number == number) {
                return e;
            }
        }
        return null;
    }

    /** {@code EINVAL (Invalid argument)}, or {@code errno 131} for a number not in the table. */
    public static String describe(int number) {
        Errno e = ofOrNull(number);
        return e == null ? "errno " + number : e.name() + " (" + e.message + ")";
    }
}
