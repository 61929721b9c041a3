package io.bpflab.vm;

/** The Linux errno values helpers return, negated as the kernel returns them. */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int E2BIG = 7;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int EINVAL = 22;
    public static final int ENOSPC = 28;
    public static final int ERANGE = 34;
    public static final int EOPNOTSUPP = 95;
    /** Kernel-internal ENOTSUPP, what map ops a type lacks return. */
    public static final int ENOTSUPP = 524;

    private Errno() {
    }
}
