package io.bpflab.kernel;

import io.bpflab.isa.linux.MapType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry point of the kernel bridge: whether {@code bpf(2)} works in this process, and why
 * not when it does not. Nothing touches the kernel until {@link #availability()} is called.
 */
public final class KernelBpf {

    private KernelBpf() {
    }

    /** kernel: include/uapi/linux/capability.h */
    private static final int CAP_SYS_ADMIN = 21;
    private static final int CAP_BPF = 39;

    private static final class Probe {
        static final Availability RESULT = probe();
    }

    /**
     * Probes once per JVM: OS, architecture, then a real BPF_MAP_CREATE and BPF_PROG_LOAD of
     * the smallest objects, closed at once.
     */
    public static Availability availability() {
        return Probe.RESULT;
    }

    private static Availability probe() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (!os.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return new Availability.Unavailable("bpf() needs Linux; this is " + os + " " + arch);
        }
        if (Syscall.bpfNumber() < 0) {
            return new Availability.Unavailable("no bpf() system call number known for architecture " + arch
                    + " (bpflab knows x86-64 and arm64)");
        }
        int euid;
        try {
            euid = Syscall.geteuid();
        } catch (IllegalCallerException | UnsupportedOperationException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Availability.Unavailable("java.lang.foreign cannot call libc here: " + cause.getMessage()
                    + " (run with --enable-native-access=ALL-UNNAMED)");
        }
        long capEff = effectiveCapabilities();
        boolean capBpf = hasCap(capEff, CAP_BPF) || hasCap(capEff, CAP_SYS_ADMIN);
        try (KernelMap map = KernelMap.create(new MapSpec("bpflab_probe", MapType.ARRAY, 4, 8, 1))) {
            map.fd(); // created is all the probe needs to know; closing it is the rest
        } catch (KernelException e) {
            return new Availability.Unavailable(explain(e, euid, capBpf, unprivilegedBpfDisabled()));
        }
        try (LoadResult r = KernelProgram.load(LoadRequest.probe())) {
            if (r.verdict() == LoadResult.Verdict.REJECTED) {
                return new Availability.Unavailable("bpf() works but the kernel rejects the smallest program: "
                        + r.firstError());
            }
        } catch (KernelException e) {
            return new Availability.Unavailable(explain(e, euid, capBpf, unprivilegedBpfDisabled()));
        }
        return new Availability.Available(kernelRelease(), arch, euid, capBpf);
    }

    /** The one-line reason for a failed probe call. */
    static String explain(KernelException e, int euid, boolean capBpf, int unprivDisabled) {
        if (e.errno() == Errno.ENOSYS.number) {
            return "bpf() is not implemented here: " + e.getMessage()
                    + " (kernel built without CONFIG_BPF_SYSCALL, or a seccomp filter blocks it)";
        }
        if (e.errno() == Errno.EPERM.number || e.errno() == Errno.EACCES.number) {
            StringBuilder sb = new StringBuilder("bpf() denied: ").append(e.getMessage()).append("; euid ").append(euid);
            sb.append(capBpf ? " with CAP_BPF" : " without CAP_BPF or CAP_SYS_ADMIN");
            if (unprivDisabled > 0) {
                sb.append(", kernel.unprivileged_bpf_disabled=").append(unprivDisabled);
            }
            return sb.append(" (run as root or grant CAP_BPF)").toString();
        }
        return "bpf() probe failed: " + e.getMessage();
    }

    /** CapEff of /proc/self/status, 0 when unreadable. */
    static long effectiveCapabilities() {
        try {
            Matcher m = Pattern.compile("(?m)^CapEff:\\s*([0-9a-fA-F]+)$")
                    .matcher(Files.readString(Path.of("/proc/self/status")));
            return m.find() ? Long.parseUnsignedLong(m.group(1), 16) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    static boolean hasCap(long capEff, int cap) {
        return (capEff >>> cap & 1) != 0;
    }

    /** /proc/sys/kernel/unprivileged_bpf_disabled: 0 allowed, 1 or 2 disabled; -1 when unreadable. */
    static int unprivilegedBpfDisabled() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/kernel/unprivileged_bpf_disabled")).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    static String kernelRelease() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim();
        } catch (IOException e) {
            return "(unknown release)";
        }
    }
}
