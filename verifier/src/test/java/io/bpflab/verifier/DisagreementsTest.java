package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.Decoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.kernel.Availability;
import io.bpflab.kernel.KernelBpf;
import io.bpflab.kernel.KernelProgram;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * testdata/verifier/disagreements.txt: the random programs of KernelDifferentialTest on
 * which bpflab and the kernel disagree (a {@code prog HEX} line, then {@code kernel:} and
 * {@code bpflab:} with the verdict or first error), kept as regression tests: bpflab must
 * still answer as recorded (a change, such as a fix, shows up here and the file is updated)
 * and the running kernel too.
 */
class DisagreementsTest {

    private record Disagreement(String hex, String kernel, String bpflab) {
        Program program() throws Exception {
            return Decoder.decode(HexFormat.of().parseHex(hex));
        }
    }

    private static List<Disagreement> read() throws Exception {
        List<String> lines = Files.readAllLines(VerifierCases.file("disagreements.txt"));
        List<Disagreement> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("prog ")) {
                out.add(new Disagreement(lines.get(i).substring(5), lines.get(i + 1).strip().substring(8),
                    lines.get(i + 2).strip().substring(8)));
            }
        }
        return out;
    }

    private static String answer(boolean accepted, String message) {
        return accepted ? "accepted" : message;
    }

    @Test
    void bpflabStillAnswersAsRecorded() throws Exception {
        List<Disagreement> all = read();
        assertTrue(all.size() >= 10, "only " + all.size() + " disagreements");
        List<String> changed = new ArrayList<>();
        for (Disagreement d : all) {
            Verdict v = PathExplorer.verify(d.program(), true);
            if (!answer(v.accepted(), v.message()).equals(d.bpflab())) {
                changed.add(d.hex() + ": recorded " + d.bpflab() + ", now " + answer(v.accepted(), v.message()));
            }
        }
        assertEquals(List.of(), changed);
    }

    @Test
    @Tag("kernel")
    void theKernelStillAnswersAsRecorded() throws Exception {
        Availability a = KernelBpf.availability();
        if (!a.isAvailable()) {
            System.out.println("SKIP " + getClass().getSimpleName() + ": " + a.describe());
        }
        Assumptions.assumeTrue(a.isAvailable(), a.describe());
        List<String> changed = new ArrayList<>();
        for (Disagreement d : read()) {
            try (LoadResult k = KernelProgram.load(LoadRequest.of(d.program(), ProgramType.SOCKET_FILTER)
                    .withLogLevel(1))) {
                String error = k.log().lines().filter(l -> l.startsWith("infinite loop detected at insn "))
                    .findFirst().orElse(k.firstError());
                if (!answer(k.accepted(), error).equals(d.kernel())) {
                    changed.add(d.hex() + ": recorded " + d.kernel() + ", now " + answer(k.accepted(), error));
                }
            }
        }
        assertEquals(List.of(), changed);
    }
}
