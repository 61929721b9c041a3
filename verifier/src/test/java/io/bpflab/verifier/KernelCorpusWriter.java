package io.bpflab.verifier;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes random programs (RandomPrograms, half tame, half wild) as hex for
 * testdata/verifier/kernel_corpus.py to load into the running kernel:
 * {@code java -cp <test and main classes> io.bpflab.verifier.KernelCorpusWriter FILE COUNT SEED}.
 */
final class KernelCorpusWriter {
    private KernelCorpusWriter() {
    }

    public static void main(String[] args) throws IOException, EncodeException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        RandomPrograms gen = new RandomPrograms(Long.parseLong(args[2]));
        List<String> lines = new ArrayList<>();
        lines.add("# Random scalar programs and the running kernel's verdict on each (kernel_corpus.py).");
        lines.add("# prog HEX, then => accepted|rejected, processed instructions, the error message.");
        for (int i = 0; i < count; i++) {
            lines.add("prog " + HexFormat.of().formatHex(Encoder.encode(gen.next(i % 2 == 1))));
        }
        Files.write(out, lines);
    }
}
