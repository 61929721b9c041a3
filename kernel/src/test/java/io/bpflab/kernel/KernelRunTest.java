package io.bpflab.kernel;

import static io.bpflab.kernel.KernelMapTest.u32;
import static io.bpflab.kernel.KernelMapTest.u64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("kernel")
class KernelRunTest {

    @BeforeEach
    void kernel() {
        KernelAssumptions.assumeKernel();
    }

    static final List<MapSpec> COUNTS = List.of(new MapSpec("counts", MapType.ARRAY, 4, 8, 1));

    /** counts[0] += 1 through the map value pointer; r0 = 0x1_0000_0002 (XDP_PASS in the low half). */
    static LoadRequest counter(ProgramType type) throws Exception {
        Program p = Program.of(
                new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_VALUE, 0),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R2, 1),
                new Insn.Atomic(Size.DW, AtomicOp.ADD, Reg.R1, Reg.R2, 0),
                Insn.LoadImm64.of(Reg.R0, 0x1_0000_0002L),
                new Insn.Exit());
        return LoadRequest.of(p, type);
    }

    @Test
    void packetConventionPreloadsRunsAndReadsBack() throws Exception {
        var req = KernelRun.Request.packet(counter(ProgramType.XDP), new byte[20]).withRepeat(3)
                .withPreload(Map.of("counts", List.of(new KernelMap.Entry(u32(0), u64(5)))));
        KernelRun.Report r = KernelRun.run(COUNTS, req);
        assertEquals(LoadResult.Verdict.ACCEPTED, r.verdict());
        assertEquals(2, r.r0().orElseThrow(), "retval is the low 32 bits");
        assertEquals(List.of(new KernelMap.Entry(u32(0), u64(8))), r.mapsAfter().get("counts"));
        assertEquals(20, r.output().length);
        assertEquals(0, r.wrapperSlots());
    }

    @Test
    void memoryConventionGivesAll64Bits() throws Exception {
        KernelRun.Report r = KernelRun.run(COUNTS, KernelRun.Request.memory(counter(ProgramType.SOCKET_FILTER),
                new byte[3]));
        assertEquals(0x1_0000_0002L, r.r0().orElseThrow());
        assertEquals(List.of(new KernelMap.Entry(u32(0), u64(1))), r.mapsAfter().get("counts"));
        assertEquals(ConformanceHarness.MAIN_SLOTS + ConformanceHarness.PROLOG_SLOTS, r.wrapperSlots());
        assertTrue(r.nsPerRun() >= 0);
    }

    @Test
    void rejectionIsReportedWithTheMapsAsTheyWere() throws Exception {
        LoadRequest bad = LoadRequest.of(Program.of(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_VALUE, 0),
                new Insn.JumpImm(Width.W64, JmpOp.JEQ, Reg.R1, 0, Target.offset(0)), new Insn.Exit()),
                ProgramType.XDP);
        KernelRun.Report r = KernelRun.run(COUNTS, KernelRun.Request.packet(bad, new byte[20]));
        assertEquals(LoadResult.Verdict.REJECTED, r.verdict());
        assertEquals("R0 !read_ok", r.firstError());
        assertTrue(r.r0().isEmpty());
        assertEquals(List.of(new KernelMap.Entry(u32(0), u64(0))), r.mapsAfter().get("counts"));
    }

    @Test
    void failedRunIsReportedAfterTheVerdict() throws Exception {
        KernelRun.Report r = KernelRun.run(COUNTS, KernelRun.Request.packet(counter(ProgramType.XDP), new byte[4]));
        assertEquals(LoadResult.Verdict.ACCEPTED, r.verdict());
        assertTrue(r.r0().isEmpty());
        assertEquals("BPF_PROG_TEST_RUN: EINVAL (Invalid argument)", r.runError().orElseThrow().getMessage());
    }

    @Test
    void preloadOfAnUndeclaredMapIsBadInput() {
        var req = KernelRun.Request.packet(LoadRequest.probe(), new byte[20])
                .withPreload(Map.of("nope", List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelRun.run(COUNTS, req));
        assertEquals("no map named nope (the program declares counts)", e.getMessage());
    }
}
