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
 * Random programs verified by bpflab and by the running kernel, which must give the same
 * verdict and the same first error: stack programs (RandomPrograms with spills, fills,
 * immediate stores and a moved stack pointer) and loop programs (counted loops, some
 * infinite), half tame, half wild. Programs bpflab says it does not model are counted apart.
 */
@Tag("kernel")
class KernelDifferentialTest {

    private static void assumeKernel() {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + KernelDifferentialTest.class.getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
    }

    @Test
    void stackPrograms() throws Exception {
        assumeKernel();
        RandomPrograms gen = new RandomPrograms(6_2026);
        compare("stack programs", 2000, i -> gen.next(i % 2 == 1, true), 1.0, 1.0);
    }

    @Test
    void loopPrograms() throws Exception {
        assumeKernel();
        RandomPrograms gen = new RandomPrograms(7_2026);
        // bpflab has no precision tracking, so it prunes less than the kernel: a loop the kernel
        // proves by pruning can reach the 1M limit in bpflab, and the first repeated state of an
        // infinite loop can be met at another instruction (the issue asks 99% same verdict, 90%
        // same first error; on this seed 599 and 597 of 600 agree)
        compare("loop programs", 600, i -> gen.nextLoop(i % 2 == 1), 0.99, 0.99);
    }

    @Test
    void callPrograms() throws Exception {
        assumeKernel();
        RandomPrograms gen = new RandomPrograms(8_2026);
        compare("call programs", 2000, i -> gen.nextCalls(i % 2 == 1), 0.99, 0.90);
    }

    @Test
    void mayGotoPrograms() throws Exception {
        assumeKernel();
        RandomPrograms gen = new RandomPrograms(9_2026);
        compare("may_goto programs", 600, i -> gen.nextMayGoto(i % 2 == 1), 0.95, 0.90);
    }

    private static void compare(String what, int count, java.util.function.IntFunction<Program> programs,
                                double minSameVerdict, double minSameMessage) throws Exception {
        int sameVerdict = 0;
        int sameMessage = 0;
        int sameProcessed = 0;
        int notModelled = 0;
        int accepted = 0;
        List<String> disagreements = new ArrayList<>();
        java.util.Map<String, Integer> errors = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            Program p = programs.apply(i);
            Verdict v = PathExplorer.verify(p, true);
            if (v.message().startsWith("bpflab does not model")) {
                notModelled++;
                continue;
            }
            try (LoadResult k = KernelProgram.load(LoadRequest.of(p, ProgramType.SOCKET_FILTER).withLogLevel(1))) {
                // the kernel logs the two states after "infinite loop detected"
                String error = k.log().lines().filter(l -> l.startsWith("infinite loop detected at insn "))
                    .findFirst().orElse(k.firstError());
                if (k.accepted()) {
                    accepted++;
                }
                if (!k.accepted()) {
                    errors.merge(error.replaceAll("-?\\d+", "N"), 1, Integer::sum);
                }
                if (k.accepted() == v.accepted()) {
                    sameVerdict++;
                }
                if (error.equals(v.message())) {
                    sameMessage++;
                } else {
                    disagreements.add("prog " + HexFormat.of().formatHex(Encoder.encode(p)) + "\n  kernel: "
                        + (k.accepted() ? "accepted" : error) + "\n  bpflab: "
                        + (v.accepted() ? "accepted" : v.message()));
                }
                if (k.processedInsns().orElse(-1) == v.processed()) {
                    sameProcessed++;
                }
            }
        }
        int compared = count - notModelled;
        System.out.printf(what + " vs the kernel: %d compared (%d accepted by the kernel), same verdict %d,"
            + " same first error %d, same processed count %d; %d not modelled by bpflab%n",
            compared, accepted, sameVerdict, sameMessage, sameProcessed, notModelled);
        errors.forEach((m, n) -> System.out.println("  " + n + " rejected: " + m));
        disagreements.stream().limit(5).forEach(System.out::println);
        // every disagreement, in DisagreementsTest's format, for testdata/verifier/disagreements.txt
        java.nio.file.Path out = java.nio.file.Path.of("target", "disagreements.txt");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, disagreements.stream().map(d -> "# " + what + "\n" + d + "\n")
            .collect(java.util.stream.Collectors.joining()), java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
        assertTrue(compared >= count * 9 / 10, "too many programs not modelled: " + notModelled);
        assertTrue(accepted >= compared / 4, "too few accepted programs to mean much: " + accepted);
        assertTrue(sameVerdict >= minSameVerdict * compared, "same verdict on only " + sameVerdict + " of " + compared);
        assertTrue(sameMessage >= minSameMessage * compared, disagreements.size() + " disagree, the first: "
            + disagreements.subList(0, Math.min(3, disagreements.size())));
    }
}
