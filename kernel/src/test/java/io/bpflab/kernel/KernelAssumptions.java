package io.bpflab.kernel;

import org.junit.jupiter.api.Assumptions;

/** Tests tagged "kernel" call this first: they run where bpf() works and say why they skip elsewhere. */
final class KernelAssumptions {

    private KernelAssumptions() {
    }

    static void assumeKernel() {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP kernel tests: " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
    }
}
