package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Decoder;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ConformanceHarnessTest {

    private static Insn mov(Reg dst, int imm) {
        return new Insn.AluImm(Width.W64, AluOp.MOV, dst, imm);
    }

    @Test
    void wrapperGivesMemoryCallsTheTestAndStoresR0ThroughTheMap() throws Exception {
        byte[] test = Encoder.encode(Program.of(mov(Reg.R0, 1), new Insn.Exit()));
        Program wrapped = Decoder.decode(ConformanceHarness.wrap(test, 6, 7, 33));
        List<Insn> expected = new ArrayList<>(List.of(
                new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_VALUE, 7),
                mov(Reg.R2, 6),
                new Insn.CallLocal(Target.offset(4)),
                new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_VALUE, 33),
                new Insn.Store(Size.DW, Reg.R1, 0, Reg.R0),
                new Insn.Exit(),
                mov(Reg.R0, 1),
                new Insn.Exit()));
        assertEquals(expected, wrapped.insns());
        assertEquals(ConformanceHarness.wrapperSlots(6), wrapped.slotOf(6));
    }

    @Test
    void noMemoryNoProlog() throws Exception {
        byte[] test = Encoder.encode(Program.of(mov(Reg.R0, 1), new Insn.Exit()));
        Program wrapped = Decoder.decode(ConformanceHarness.wrap(test, 0, -1, 3));
        assertEquals(6, wrapped.size());
        assertEquals(mov(Reg.R0, 1), wrapped.insn(4));
    }

    @Test
    @Tag("kernel")
    void sixtyFourBitResult() throws Exception {
        KernelAssumptions.assumeKernel();
        var out = ConformanceHarness.run(Program.of(Insn.LoadImm64.of(Reg.R0, 0x1122334455667788L), new Insn.Exit()),
                new byte[0]);
        assertEquals(0x1122334455667788L, assertInstanceOf(ConformanceHarness.Outcome.Returned.class, out).r0());
    }

    @Test
    @Tag("kernel")
    void memoryInR1AndLengthInR2() throws Exception {
        KernelAssumptions.assumeKernel();
        // r0 = *(u64 *)r1 + r2, then *(u8 *)(r1 + 2) = 0x7f
        Program p = Program.of(
                new Insn.Load(Size.DW, Reg.R0, Reg.R1, 0),
                new Insn.AluReg(Width.W64, AluOp.ADD, Reg.R0, Reg.R2),
                new Insn.StoreImm(Size.B, Reg.R1, 2, 0x7f),
                new Insn.Exit());
        byte[] mem = {1, 0, 0, 0, 0, 0, 0, (byte) 0x80, 9};
        var out = assertInstanceOf(ConformanceHarness.Outcome.Returned.class, ConformanceHarness.run(p, mem));
        assertEquals(0x8000_0000_0000_0001L + 9, out.r0());
        assertArrayEquals(new byte[] {1, 0, 0x7f, 0, 0, 0, 0, (byte) 0x80, 9}, out.memoryOut());
        assertTrue(out.processedInsns().orElseThrow() > 4);
    }

    @Test
    @Tag("kernel")
    void memoryLargerThanAnXdpPacketsLinearPart() throws Exception {
        KernelAssumptions.assumeKernel();
        // r0 = the last u64 of the memory + r2; then the last byte = 0x5a
        int length = 64 * 1024;
        Program p = Program.of(
                new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R3, Reg.R1),
                new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R3, length - 8),
                new Insn.Load(Size.DW, Reg.R0, Reg.R3, 0),
                new Insn.AluReg(Width.W64, AluOp.ADD, Reg.R0, Reg.R2),
                new Insn.StoreImm(Size.B, Reg.R3, 7, 0x5a),
                new Insn.Exit());
        byte[] mem = new byte[length];
        mem[length - 8] = 0x10;
        var out = assertInstanceOf(ConformanceHarness.Outcome.Returned.class, ConformanceHarness.run(p, mem));
        assertEquals(0x10 + length, out.r0());
        mem[length - 1] = 0x5a;
        assertArrayEquals(mem, out.memoryOut());
    }

    @Test
    @Tag("kernel")
    void accessBeyondTheMemoryIsRejectedAtLoad() throws Exception {
        KernelAssumptions.assumeKernel();
        Program p = Program.of(new Insn.Load(Size.W, Reg.R0, Reg.R1, 4093), new Insn.Exit());
        var out = assertInstanceOf(ConformanceHarness.Outcome.Rejected.class,
                ConformanceHarness.run(p, new byte[4096]));
        assertEquals("R1 min value is outside of the allowed memory range", out.message());
        assertTrue(out.log().contains("invalid access to map value, value_size=4096 off=4093 size=4"), out.log());
        assertEquals(ConformanceHarness.wrapperSlots(4096), out.wrapperSlots());
    }

    @Test
    @Tag("kernel")
    void atomicsOnTheMemory() throws Exception {
        KernelAssumptions.assumeKernel();
        // the verifier refuses atomics on packet pointers; the memory is a map value
        Program p = Program.of(
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 5),
                new Insn.Atomic(Size.DW, io.bpflab.isa.AtomicOp.FETCH_ADD, Reg.R1, Reg.R0, 8),
                new Insn.Exit());
        byte[] mem = new byte[16];
        mem[8] = 3;
        var out = assertInstanceOf(ConformanceHarness.Outcome.Returned.class, ConformanceHarness.run(p, mem));
        assertEquals(3, out.r0());
        assertEquals(8, out.memoryOut()[8]);
    }

    @Test
    @Tag("kernel")
    void outOfRangeShiftIsRejectedAtLoad() throws Exception {
        KernelAssumptions.assumeKernel();
        var out = ConformanceHarness.run(Program.of(mov(Reg.R0, 0x11),
                new Insn.AluImm(Width.W32, AluOp.LSH, Reg.R0, 60), new Insn.Exit()), new byte[0]);
        var rejected = assertInstanceOf(ConformanceHarness.Outcome.Rejected.class, out);
        assertEquals(Errno.EINVAL.number, rejected.errno());
        assertEquals("invalid shift 60", rejected.message());
        assertEquals(ConformanceHarness.MAIN_SLOTS, rejected.wrapperSlots());
    }

    @Test
    @Tag("kernel")
    void fullStackInTheSubprogram() throws Exception {
        KernelAssumptions.assumeKernel();
        // the test's frame may use all 512 bytes: the main part's frame is empty
        Program p = Program.of(
                new Insn.StoreImm(Size.DW, Reg.R10, -512, 3),
                new Insn.Load(Size.DW, Reg.R0, Reg.R10, -512),
                new Insn.Exit());
        var out = assertInstanceOf(ConformanceHarness.Outcome.Returned.class, ConformanceHarness.run(p, new byte[0]));
        assertEquals(3, out.r0());
    }

    @Test
    @Tag("kernel")
    void programMapsAreResolvedAndReadable() throws Exception {
        KernelAssumptions.assumeKernel();
        // map 0's value += r2 (the memory length); r0 = the new value
        Program p = Program.of(
                new Insn.LoadImm64(Reg.R3, PseudoSrc.MAP_VALUE, 0),
                new Insn.Load(Size.DW, Reg.R0, Reg.R3, 0),
                new Insn.AluReg(Width.W64, AluOp.ADD, Reg.R0, Reg.R2),
                new Insn.Store(Size.DW, Reg.R3, 0, Reg.R0),
                new Insn.Exit());
        try (KernelObject maps = KernelObject.create(List.of(
                new MapSpec("acc", io.bpflab.isa.linux.MapType.ARRAY, 4, 8, 1)))) {
            KernelMap acc = maps.map("acc").orElseThrow();
            acc.update(KernelMapTest.u32(0), KernelMapTest.u64(100));
            var out = assertInstanceOf(ConformanceHarness.Outcome.Returned.class,
                    ConformanceHarness.run(maps, Encoder.encode(p), new byte[5]));
            assertEquals(105, out.r0());
            assertArrayEquals(KernelMapTest.u64(105), acc.lookup(KernelMapTest.u32(0)).orElseThrow());
        }
    }
}
