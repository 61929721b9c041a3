package io.bpflab.vm;

import static io.bpflab.isa.Reg.*;
import static io.bpflab.vm.Asm.*;
import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.AtomicOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Mode;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    private static long run(Program p) {
        Vm vm = Vm.conformance();
        return vm.run(vm.load(p, "test"), 0, 0, null);
    }

    private static long run(Insn... insns) {
        return run(Program.of(insns));
    }

    @Test
    void arithmeticAndZeroExtension() {
        assertEquals(0xffffffffL, run(mov(R0, -1), alu32(AluOp.MOV, R0, -1), exit()));
        assertEquals(-1L, run(mov(R0, -1), exit()));
        assertEquals(0, run(mov(R0, 7), mov(R1, 0), alu(AluOp.DIV, R0, R1), exit()));
        assertEquals(7, run(mov(R0, 7), mov(R1, 0), alu(AluOp.MOD, R0, R1), exit()));
        assertEquals(Long.MIN_VALUE, run(new Insn.LoadImm64(R0, PseudoSrc.IMM64, Long.MIN_VALUE),
                alu(AluOp.SDIV, R0, -1), exit()));
        assertEquals(0, run(new Insn.LoadImm64(R0, PseudoSrc.IMM64, Long.MIN_VALUE), alu(AluOp.SMOD, R0, -1), exit()));
        assertEquals(1L << 63, run(mov(R0, 1), alu(AluOp.LSH, R0, 127), exit()));
        assertEquals(0x80000000L, run(mov(R0, 1), alu32(AluOp.LSH, R0, 63), exit()));
        assertEquals(0x3412, run(mov(R0, 0x1234), new Insn.Endian(io.bpflab.isa.EndianOp.BE, 16, R0), exit()));
        assertEquals(-1L, run(mov(R1, 0xff), new Insn.MovSx(Width.W64, R0, R1, 8), exit()));
    }

    @Test
    void stackLoadsStoresAndSignExtension() {
        assertEquals(-2L, run(new Insn.StoreImm(Size.DW, R10, -8, -2), new Insn.LoadSx(Size.B, R0, R10, -8), exit()));
        assertEquals(0xfeL, run(new Insn.StoreImm(Size.DW, R10, -8, -2), new Insn.Load(Size.B, R0, R10, -8), exit()));
    }

    @Test
    void atomicsReturnOldValues() {
        assertEquals(15 + 10 * 1000, run(
                new Insn.StoreImm(Size.DW, R10, -8, 10), mov(R1, 5),
                new Insn.Atomic(Size.DW, AtomicOp.FETCH_ADD, R10, R1, -8),
                new Insn.Load(Size.DW, R0, R10, -8), alu(AluOp.MUL, R1, 1000), alu(AluOp.ADD, R0, R1), exit()));
        // cmpxchg: r0 receives the old value whether or not the exchange happened.
        assertEquals(3, run(new Insn.StoreImm(Size.W, R10, -4, 3), mov(R0, 9), mov(R1, 1),
                new Insn.Atomic(Size.W, AtomicOp.CMPXCHG, R10, R1, -4), exit()));
    }

    @Test
    void outOfBoundsStackReadFaultsWithSlot() {
        // lddw takes two slots, so the faulting load is slot 3 though it is instruction 2.
        BpfFault f = assertThrows(BpfFault.class, () -> run(new Insn.LoadImm64(R1, PseudoSrc.IMM64, 1), mov(R2, 0),
                new Insn.Load(Size.DW, R0, R10, 0), exit()));
        assertEquals(3, f.insn());
        assertEquals(BpfFault.Kind.READ, f.kind());
        assertEquals(8, f.size());
        assertTrue(f.getMessage().startsWith("fault at insn 3: read of 8 bytes at 0x"), f.getMessage());
        assertTrue(f.getMessage().contains("outside stack frame 0"), f.getMessage());
    }

    @Test
    void nullDereferenceIsOutsideAnyRegion() {
        BpfFault f = assertThrows(BpfFault.class, () -> run(mov(R1, 0), new Insn.Store(Size.W, R1, 16, R1), exit()));
        assertEquals("fault at insn 1: write of 4 bytes at 0x10 outside any region", f.getMessage());
    }

    @Test
    void budgetStopsRunawayLoops() {
        Vm vm = Vm.conformance();
        vm.budget(1000);
        Program p = new Asm().label("top").add(new Insn.Ja(Target.label("top"))).program();
        BpfFault f = assertThrows(BpfFault.class, () -> vm.run(vm.load(p, "loop"), 0, 0, null));
        assertEquals(BpfFault.Kind.BUDGET, f.kind());
        assertEquals(1000, vm.lastInsnCount());
    }

    @Test
    void localCallsPreserveCalleeSavedRegistersAndUseFreshFrames() {
        Program p = new Asm()
                .add(mov(R6, 6), new Insn.StoreImm(Size.DW, R10, -8, 77), new Insn.CallLocal(Target.label("f")),
                        new Insn.Load(Size.DW, R1, R10, -8), alu(AluOp.ADD, R0, R6), alu(AluOp.ADD, R0, R1), exit())
                .label("f").add(mov(R6, 100), new Insn.StoreImm(Size.DW, R10, -8, 1), mov(R0, 1000), exit())
                .program();
        assertEquals(1000 + 6 + 77, run(p));
    }

    @Test
    void callDepthIsLimitedToEightFrames() {
        Program p = new Asm().label("f").add(new Insn.CallLocal(Target.label("f")), exit()).program();
        BpfFault f = assertThrows(BpfFault.class, () -> run(p));
        assertEquals(BpfFault.Kind.CALL_DEPTH, f.kind());
    }

    @Test
    void mayGotoFallsThroughUntilTheBudgetRunsOut() {
        // r0 counts the fall-throughs: the kernel's budget is BPF_MAX_LOOPS = 8M.
        Program p = new Asm().add(mov(R0, 0)).label("top")
                .add(new Insn.MayGoto(Target.label("out")), alu(AluOp.ADD, R0, 1), new Insn.Ja(Target.label("top")))
                .label("out").add(exit()).program();
        assertEquals(8L * 1024 * 1024, run(p));
    }

    @Test
    void callxOfAFunctionAddressIsALocalCall() {
        Program p = new Asm().add(new Insn.LoadImm64(R2, PseudoSrc.FUNC, 3), new Insn.Callx(R2), exit(),
                mov(R0, 42), exit()).program();
        assertEquals(42, run(p));
    }

    @Test
    void callxOutsideTheProgramIsAFaultNotACrash() {
        // A code address moved past either end of the program once indexed the interpreter's arrays.
        for (int delta : new int[] {100, 0x7ffffff0}) {
            Program p = new Asm().add(new Insn.LoadImm64(R2, PseudoSrc.FUNC, 3),
                    new Insn.AluImm(Width.W64, io.bpflab.isa.AluOp.ADD, R2, delta), new Insn.Callx(R2), exit(),
                    mov(R0, 42), exit()).program();
            BpfFault f = assertThrows(BpfFault.class, () -> run(p));
            assertEquals(BpfFault.Kind.BAD_CALL, f.kind());
            assertEquals(3, f.insn());
            assertTrue(f.getMessage().contains("outside the program"), f.getMessage());
        }
    }

    @Test
    void unwindHelperStopsOnZero() {
        assertEquals(0, run(mov(R1, 0), call(5), mov(R0, 2), exit()));
        assertEquals(2, run(mov(R1, -1), call(5), mov(R0, 2), exit()));
    }

    @Test
    void unknownHelperFaultNamesIt() {
        Vm vm = Vm.conformance();
        BpfFault f = assertThrows(BpfFault.class, () -> vm.run(vm.load(Program.of(call(1), exit()), "h"), 0, 0, null));
        assertEquals("fault at insn 0: helper bpf_map_lookup_elem#1 is not implemented by bpflab", f.getMessage());
    }

    @Test
    void legacyPacketLoadsAreBigEndianAndExitOnOutOfBounds() {
        Vm vm = Vm.conformance();
        Packet pkt = new Packet(new byte[] {0x12, 0x34, 0x56, 0x78}, 0);
        Program p = Program.of(new Insn.LegacyLoad(Mode.ABS, Size.H, R0, 1), exit());
        assertEquals(0x3456, vm.run(vm.load(p, "abs"), 0, 0, pkt));
        Program oob = Program.of(mov(R0, 5), mov(R7, 3), new Insn.LegacyLoad(Mode.IND, Size.W, R7, 0), mov(R0, 9), exit());
        assertEquals(0, vm.run(vm.load(oob, "ind"), 0, 0, pkt));
    }

    @Test
    void fallingOffTheEndFaults() {
        BpfFault f = assertThrows(BpfFault.class, () -> run(mov(R0, 1)));
        assertEquals(1, f.insn());
    }

    @Test
    void jump32ComparesLowHalves() {
        Program p = new Asm().add(new Insn.LoadImm64(R1, PseudoSrc.IMM64, 0x1_0000_0005L), mov(R0, 1),
                new Insn.JumpImm(Width.W32, JmpOp.JEQ, R1, 5, Target.label("yes")), mov(R0, 0)).label("yes")
                .add(exit()).program();
        assertEquals(1, run(p));
    }

    @Test
    void theMachinesEngineRunsProgramsAndCallbacks() {
        Vm vm = Vm.linux();
        int[] calls = {0};
        vm.engine((run, x, pc, depth, r1, r2, r3, r4, r5, r10) -> {
            calls[0]++;
            return Engine.INTERPRETER.execute(run, x, pc, depth, r1, r2, r3, r4, r5, r10);
        });
        // bpf_loop(3, cb, 0, 0) where cb returns 0: the program plus three callbacks.
        Program p = Program.of(mov(R1, 3), new Insn.LoadImm64(R2, PseudoSrc.FUNC, 5), mov(R3, 0), mov(R4, 0),
                call(io.bpflab.isa.linux.Helper.LOOP.id()), exit(), mov(R0, 0), exit());
        assertEquals(3, vm.run(vm.load(p, "loop"), 0, 0, null));
        assertEquals(4, calls[0]);
    }
}
