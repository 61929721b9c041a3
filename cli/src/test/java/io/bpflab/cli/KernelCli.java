package io.bpflab.cli;

import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/** Test helpers for the kernel engine: skip where bpf() is missing, or pretend it is. */
final class KernelCli {

    static final String REASON = "bpf() denied: BPF_MAP_CREATE: EPERM (Operation not permitted); euid 1000"
            + " without CAP_BPF or CAP_SYS_ADMIN (run as root or grant CAP_BPF)";

    private KernelCli() {
    }

    static void assumeKernel() {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP kernel engine tests: " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
    }

    /** Runs the command line as if bpf() were unavailable for {@link #REASON}. */
    static CliRun withoutKernel(String... args) {
        Supplier<Availability> real = KernelEngine.probe;
        KernelEngine.probe = () -> new Availability.Unavailable(REASON);
        try {
            return CliRun.of(args);
        } finally {
            KernelEngine.probe = real;
        }
    }
}
