package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Width;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every path of the bridge, including the failing ones, leaves /proc/self/fd as it found it. */
@Tag("kernel")
class FdLeakTest {

    @BeforeEach
    void kernel() {
        KernelAssumptions.assumeKernel();
    }

    private static long openFds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    private static Insn mov(Reg dst, int imm) {
        return new Insn.AluImm(Width.W64, AluOp.MOV, dst, imm);
    }

    @Test
    void noFdOutlivesItsOwner() throws Exception {
        Program accepted = Program.of(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 1), mov(Reg.R0, 0),
                new Insn.Exit());
        Program rejected = Program.of(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 0), new Insn.Exit());
        List<MapSpec> specs = List.of(new MapSpec("a", MapType.HASH, 4, 4, 8), new MapSpec("b", MapType.ARRAY, 4, 8, 2));
        List<MapSpec> failing = List.of(new MapSpec("ok", MapType.HASH, 4, 4, 8),
                new MapSpec("bad", MapType.ARRAY, 0, 8, 2));
        KernelBpf.availability();
        long before = openFds();
        for (int round = 0; round < 20; round++) {
            try (KernelObject obj = KernelObject.create(specs)) {
                assertTrue(obj.load(LoadRequest.of(accepted, ProgramType.SOCKET_FILTER)).accepted());
                assertTrue(!obj.load(LoadRequest.of(rejected, ProgramType.SOCKET_FILTER)).accepted());
                assertThrows(MapReferenceException.class, () -> obj.load(LoadRequest.of(
                        Program.of(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 5), new Insn.Exit()),
                        ProgramType.SOCKET_FILTER)));
            }
            KernelException e = assertThrows(KernelException.class, () -> KernelObject.create(failing));
            assertEquals("BPF_MAP_CREATE: EINVAL (Invalid argument): map bad (array, key 0, value 8, entries 2)",
                    e.getMessage());
            ConformanceHarness.run(Program.of(mov(Reg.R0, 1), new Insn.Exit()), new byte[3]);
            LoadRequest counter = KernelRunTest.counter(ProgramType.XDP);
            KernelRun.run(KernelRunTest.COUNTS, KernelRun.Request.packet(counter, new byte[20]));
            KernelRun.run(KernelRunTest.COUNTS, KernelRun.Request.packet(counter, new byte[2]));
            KernelRun.run(KernelRunTest.COUNTS, KernelRun.Request.memory(counter, new byte[2]));
            ConformanceHarness.run(Program.of(new Insn.Exit()), new byte[0]);
            ConformanceHarness.run(Program.of(new Insn.Exit()), new byte[4096]);
            try (LoadResult r = KernelProgram.load(LoadRequest.of(accepted, ProgramType.SOCKET_FILTER))) {
                assertTrue(!r.accepted(), "map index 1 is not an fd here");
            } catch (KernelException expected) {
                assertEquals(Errno.EBADF.number, expected.errno());
            }
        }
        assertEquals(before, openFds(), "fds open before and after");
    }

    @Test
    void takenProgramIsTheCallersToClose() throws Exception {
        long before = openFds();
        KernelProgram p;
        try (LoadResult r = KernelProgram.load(LoadRequest.of(Program.of(mov(Reg.R0, 0), new Insn.Exit()),
                ProgramType.SOCKET_FILTER))) {
            p = r.takeProgram();
        }
        assertEquals(before + 1, openFds());
        p.close();
        assertEquals(before, openFds());
    }
}
