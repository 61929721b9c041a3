package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * bpflab's verdicts on testdata/verifier/kernel-corpus.txt, random scalar programs the
 * running kernel has judged (kernel_corpus.py): the same verdict and the same first error on
 * every one. Processed-instruction counts agree where bpflab prunes as the kernel does (its
 * precision is static, so it may prune less), so they are counted, not required.
 */
class KernelCorpusTest {

    record Expected(String hex, boolean accepted, int processed, String message) {
    }

    static List<Expected> corpus() throws IOException {
        Path file = Path.of(System.getProperty("bpflab.root", ".."), "testdata", "verifier", "kernel-corpus.txt");
        List<Expected> out = new ArrayList<>();
        String hex = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("prog ")) {
                hex = line.substring(5);
            } else if (line.startsWith("=> ")) {
                String[] t = line.substring(3).split(" ", 3);
                out.add(new Expected(hex, t[0].equals("accepted"), Integer.parseInt(t[1]), t.length > 2 ? t[2] : ""));
            }
        }
        return out;
    }

    @Test
    void sameVerdictAndFirstErrorAsTheKernel() throws IOException {
        List<Expected> corpus = corpus();
        assertTrue(corpus.size() >= 1000, "corpus too small: " + corpus.size());
        List<String> disagreements = new ArrayList<>();
        int sameCount = 0;
        for (Expected e : corpus) {
            Verdict v = PathExplorer.verify(HexFormat.of().parseHex(e.hex()), true);
            boolean accepted = v.accepted();
            String message = v.message();
            int processed = v.processed();
            if (accepted != e.accepted() || !message.equals(e.message())) {
                disagreements.add("prog " + e.hex() + "\n  kernel: " + (e.accepted() ? "accepted" : e.message())
                    + "\n  bpflab: " + (accepted ? "accepted" : message));
            }
            if (processed == e.processed()) {
                sameCount++;
            }
        }
        assertEquals(List.of(), disagreements.subList(0, Math.min(5, disagreements.size())),
            disagreements.size() + " of " + corpus.size() + " disagree");
        // bpflab prunes no more than the kernel (its precision is a static superset of the
        // kernel's), so it processes at least as many; most small programs store no state
        System.out.println("kernel corpus: " + corpus.size() + " programs, same verdict and first error on "
            + (corpus.size() - disagreements.size()) + ", same processed count on " + sameCount);
        assertTrue(sameCount > corpus.size() / 2, "processed counts agree on only " + sameCount);
    }
}
