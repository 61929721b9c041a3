package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.Encoder;
import io.bpflab.isa.elf.LoadedObject;
import io.bpflab.isa.elf.ObjectLoader;
import io.bpflab.isa.elf.ObjectProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A program with a callback (bpf_loop) from a clang object: the kernel refuses it without
 * the object's BTF and func_info, and verifies it with them (BPF_BTF_LOAD, prog_btf_fd).
 */
class ProgramBtfKernelTest {

    static final Path OBJ = Path.of(System.getProperty("bpflab.root", ".")).resolve("testdata/elf/bpf_loop.o").normalize();

    @Test
    void countsMustMatchTheRecords() {
        assertThrows(IllegalArgumentException.class, () -> new ProgramBtf(new byte[24], new byte[8], 2, new byte[0], 0));
        assertEquals(1, new ProgramBtf(new byte[24], new byte[8], 1, new byte[16], 1).lineInfoCount());
    }

    @Test
    void callbacksNeedTheObjectsBtf() throws Exception {
        KernelAssumptions.assumeKernel();
        LoadedObject o = ObjectLoader.load(Files.readAllBytes(OBJ), ObjectLoader.Options.none());
        ObjectProgram p = o.programs().getFirst();
        LoadRequest plain = LoadRequest.forSection(Encoder.encode(p.program()), p.sectionDef().orElseThrow());
        try (LoadResult without = KernelProgram.load(plain)) {
            assertFalse(without.accepted());
            assertEquals("missing btf func_info", without.firstError());
        }
        ProgramBtf btf = new ProgramBtf(o.kernelBtf(), p.funcInfoBytes(), p.funcInfo().size(), p.lineInfoBytes(),
                p.lineInfo().size());
        assertEquals(2, btf.funcInfoCount());
        try (LoadResult with = KernelProgram.load(plain.withBtf(btf).withLogLevel(LoadRequest.LOG_LEVEL2))) {
            assertTrue(with.accepted(), with.log());
            // the kernel prints line_info in its log: the source line and where it is
            assertTrue(with.log().contains("@ bpf_loop.c:"), with.log());
        }
    }

    @Test
    void badBtfIsAKernelErrorWithTheKernelsReason() throws Exception {
        KernelAssumptions.assumeKernel();
        LoadedObject o = ObjectLoader.load(Files.readAllBytes(OBJ), ObjectLoader.Options.none());
        ObjectProgram p = o.programs().getFirst();
        byte[] broken = o.kernelBtf();
        broken[0] = 0;
        LoadRequest r = LoadRequest.forSection(Encoder.encode(p.program()), p.sectionDef().orElseThrow())
                .withBtf(new ProgramBtf(broken, p.funcInfoBytes(), p.funcInfo().size(), new byte[0], 0));
        KernelException e = assertThrows(KernelException.class, () -> KernelProgram.load(r));
        assertTrue(e.getMessage().contains("the program's BTF"), e.getMessage());
    }
}
