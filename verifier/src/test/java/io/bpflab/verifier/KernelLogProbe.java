package io.bpflab.verifier;

import io.bpflab.isa.Encoder;
import io.bpflab.kernel.KernelMap;
import io.bpflab.kernel.KernelObject;
import io.bpflab.kernel.KernelProgram;
import io.bpflab.kernel.LoadRequest;
import io.bpflab.kernel.LoadResult;
import io.bpflab.kernel.MapReferences;
import io.bpflab.kernel.MapSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A tool for writing cases, not a check: with {@code -Dbpflab.probe=FILE.s} it prints the
 * kernel's level-2 log and bpflab's for that program side by side.
 */
class KernelLogProbe {
    @Test
    void printBothLogs() throws Exception {
        String file = System.getProperty("bpflab.probe");
        Assumptions.assumeTrue(file != null, "no -Dbpflab.probe=FILE");
        PointerCases.Case c = new PointerCases.Case("probe", false, "GPL", false, Files.readString(Path.of(file)), null);
        var a = c.assembly();
        try (KernelObject maps = KernelObject.create(a.maps().stream().map(MapSpec::of).toList())) {
            byte[] code = MapReferences.patch(Encoder.encode(a.program()), maps.maps());
            List<KernelMap> fdArray = MapReferences.usesFdArray(code) ? maps.maps() : List.of();
            try (LoadResult r = KernelProgram.load(LoadRequest.forSection(code, c.section()).withLogLevel(2), fdArray)) {
                System.out.println("=== kernel\n" + r.log());
            }
        }
        Verdict v = PathExplorer.verify(a.program(), new PathExplorer.Options(true, 2), c.attrs());
        System.out.println("=== bpflab\n" + v.kernelLog());
    }
}
