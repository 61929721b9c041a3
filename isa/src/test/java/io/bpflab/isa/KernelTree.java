package io.bpflab.isa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Linux 6.12 source tree the tables and messages were taken from, for tests that
 * check bpflab against it. Found through the system property {@code bpflab.kernel.tree},
 * the environment variable {@code BPFLAB_KERNEL_TREE} (which {@code scripts/kernel-source.sh}
 * and {@code .ci/run} set), or {@code /work/ksrc/linux}; tests skip with a reason without it.
 */
public final class KernelTree {

    private KernelTree() {
    }

    public static Optional<Path> root() {
        for (String candidate : new String[] {
            System.getProperty("bpflab.kernel.tree"), System.getenv("BPFLAB_KERNEL_TREE"), "/work/ksrc/linux"}) {
            if (candidate != null && !candidate.isBlank()
                    && Files.isReadable(Path.of(candidate, "include/uapi/linux/bpf.h"))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    /** The tree, or a path that does not exist (so that callers' readability checks fail and they skip). */
    public static Path rootOrMissing() {
        return root().orElse(Path.of("/nonexistent/linux-source-6.12"));
    }

    public static String missingReason() {
        return "no Linux 6.12 source tree (set BPFLAB_KERNEL_TREE, or run scripts/kernel-source.sh)";
    }
}
