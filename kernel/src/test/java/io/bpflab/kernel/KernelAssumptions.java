package io.bpflab.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests tagged "kernel" call this first: they run where bpf() works, and where it does not
 * they are skipped with the reason (printed once, and carried by each skip).
 */
final class KernelAssumptions {

    private static final AtomicBoolean PRINTED = new AtomicBoolean();

    private KernelAssumptions() {
    }

    static void assumeKernel() {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable() && PRINTED.compareAndSet(false, true)) {
            System.out.println("SKIP kernel tests: " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
    }
}
