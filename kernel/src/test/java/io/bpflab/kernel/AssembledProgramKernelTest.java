package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.isa.linux.SectionDef;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A hand-written program from testdata, assembled by bpflab, its {@code .map} created and
 * its reference resolved, loaded with the type its section names, run with repeat, and the
 * map read back: the path {@code bpflab run --engine kernel} takes.
 */
@Tag("kernel")
class AssembledProgramKernelTest {

    @Test
    void xdpCounterCountsEveryRun() throws Exception {
        KernelAssumptions.assumeKernel();
        Path src = Path.of(System.getProperty("bpflab.root", ".")).resolve("testdata/kernel/xdp_count.s");
        Assembly a = Assembler.assemble(Files.readString(src), src.toString(), Dialect.AUTO);
        assertTrue(a.ok(), a.formatDiagnostics());
        Map.Entry<String, Program> section = a.programs().entrySet().iterator().next();
        assertEquals("xdp", section.getKey());
        SectionDef def = ProgramType.fromSection(section.getKey()).orElseThrow();
        List<MapSpec> specs = a.maps().stream().map(MapSpec::of).toList();
        try (KernelObject obj = KernelObject.create(specs)) {
            LoadResult r = obj.load(LoadRequest.forSection(Encoder.encode(section.getValue()), def));
            assertTrue(r.accepted(), r.log());
            TestRunResult out = r.program().orElseThrow().testRun(TestRun.data(new byte[64]).withRepeat(10));
            assertEquals(2, out.retval(), "XDP_PASS");
            List<KernelMap.Entry> counts = obj.map("counts").orElseThrow().entries();
            assertEquals(1, counts.size());
            assertEquals(10, ByteBuffer.wrap(counts.getFirst().value()).order(ByteOrder.LITTLE_ENDIAN).getLong());
        }
    }
}
