package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.Encoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelProgram;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random stack programs (RandomPrograms with spills, fills, immediate stores and a moved
 * stack pointer; half tame, half wild) verified by bpflab and by the running kernel, which
 * must give the same verdict and the same first error. Programs bpflab says it does not
 * model are counted apart.
 */
@Tag("kernel")
class StackKernelDifferentialTest {
    private static final int COUNT = 2000;

    @Test
    void sameVerdictAndFirstErrorAsTheKernel() throws Exception {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        RandomPrograms gen = new RandomPrograms(6_2026);
        int sameVerdict = 0;
        int sameMessage = 0;
        int sameProcessed = 0;
        int notModelled = 0;
        int accepted = 0;
        List<String> disagreements = new ArrayList<>();
        java.util.Map<String, Integer> errors = new java.util.TreeMap<>();
        for (int i = 0; i < COUNT; i++) {
            Program p = gen.next(i % 2 == 1, true);
            Verdict v = PathExplorer.verify(p, true);
            if (v.message().startsWith("bpflab does not model")) {
                notModelled++;
                continue;
            }
            try (LoadResult k = KernelProgram.load(LoadRequest.of(p, ProgramType.SOCKET_FILTER).withLogLevel(1))) {
                if (k.accepted()) {
                    accepted++;
                }
                if (!k.accepted()) {
                    errors.merge(k.firstError().replaceAll("-?\\d+", "N"), 1, Integer::sum);
                }
                if (k.accepted() == v.accepted()) {
                    sameVerdict++;
                }
                if (k.firstError().equals(v.message())) {
                    sameMessage++;
                } else {
                    disagreements.add("prog " + HexFormat.of().formatHex(Encoder.encode(p)) + "\n  kernel: "
                        + (k.accepted() ? "accepted" : k.firstError()) + "\n  bpflab: "
                        + (v.accepted() ? "accepted" : v.message()));
                }
                if (k.processedInsns().orElse(-1) == v.processed()) {
                    sameProcessed++;
                }
            }
        }
        int compared = COUNT - notModelled;
        System.out.printf("stack programs vs the kernel: %d compared (%d accepted by the kernel), same verdict %d,"
            + " same first error %d, same processed count %d; %d not modelled by bpflab%n",
            compared, accepted, sameVerdict, sameMessage, sameProcessed, notModelled);
        errors.forEach((m, n) -> System.out.println("  " + n + " rejected: " + m));
        disagreements.stream().limit(5).forEach(System.out::println);
        assertTrue(compared >= COUNT * 9 / 10, "too many programs not modelled: " + notModelled);
        assertTrue(accepted >= compared / 4, "too few accepted programs to mean much: " + accepted);
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagree, the first: "
            + disagreements.subList(0, Math.min(3, disagreements.size())));
    }
}
