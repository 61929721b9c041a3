package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The structural checks and the path exploration on small programs, with the kernel's
 * messages and processed counts (every privileged case that bpflab models was also loaded
 * into the 6.18 kernel of the development machine, which gave the same message and count).
 */
class PathExplorerTest {

    private static Insn mov(Reg d, int imm) {
        return new Insn.AluImm(Width.W64, AluOp.MOV, d, imm);
    }

    private static Insn alu(AluOp op, Reg d, int imm) {
        return new Insn.AluImm(Width.W64, op, d, imm);
    }

    private static Insn jmp(JmpOp op, Reg d, int imm, int off) {
        return new Insn.JumpImm(Width.W64, op, d, imm, Target.offset(off));
    }

    private static final Insn EXIT = new Insn.Exit();

    private static Verdict verify(Insn... insns) {
        return PathExplorer.verify(Program.of(insns), true);
    }

    private static void rejects(Verdict v, int insn, String message) {
        assertFalse(v.accepted(), () -> "accepted: " + v);
        assertEquals(message, v.message());
        assertEquals(insn, v.insn());
        assertEquals(message, v.log().getLast());
    }

    @Test
    void acceptsTheSmallestProgram() {
        Verdict v = verify(mov(Reg.R0, 0), EXIT);
        assertTrue(v.accepted());
        assertEquals(2, v.processed());
        assertEquals(-1, v.insn());
    }

    @Test
    void exitNeedsR0() {
        rejects(verify(EXIT), 0, "R0 !read_ok");
    }

    @Test
    void readingAnUnwrittenRegister() {
        rejects(verify(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R0, Reg.R2), EXIT), 0, "R2 !read_ok");
        rejects(verify(mov(Reg.R0, 0), alu(AluOp.ADD, Reg.R3, 1), EXIT), 1, "R3 !read_ok");
        rejects(verify(mov(Reg.R0, 0), jmp(JmpOp.JEQ, Reg.R4, 0, 0), EXIT), 1, "R4 !read_ok");
    }

    @Test
    void framePointerIsReadOnly() {
        rejects(verify(mov(Reg.R10, 0), EXIT), 0, "frame pointer is read only");
        rejects(verify(mov(Reg.R0, 0), new Insn.Neg(Width.W64, Reg.R10), EXIT), 1, "frame pointer is read only");
    }

    @Test
    void divisionByAnImmediateZero() {
        rejects(verify(mov(Reg.R0, 1), alu(AluOp.DIV, Reg.R0, 0), EXIT), 1, "div by zero");
        rejects(verify(mov(Reg.R0, 1), new Insn.AluImm(Width.W32, AluOp.SMOD, Reg.R0, 0), EXIT), 1, "div by zero");
        // by a register that may be zero: the kernel patches a runtime check instead
        assertTrue(verify(mov(Reg.R0, 1), mov(Reg.R1, 0), new Insn.AluReg(Width.W64, AluOp.DIV, Reg.R0, Reg.R1), EXIT)
            .accepted());
    }

    @Test
    void shiftsByOutOfRangeImmediates() {
        rejects(verify(mov(Reg.R0, 1), alu(AluOp.LSH, Reg.R0, 64), EXIT), 1, "invalid shift 64");
        rejects(verify(mov(Reg.R0, 1), new Insn.AluImm(Width.W32, AluOp.ARSH, Reg.R0, 32), EXIT), 1, "invalid shift 32");
        rejects(verify(mov(Reg.R0, 1), alu(AluOp.RSH, Reg.R0, -1), EXIT), 1, "invalid shift -1");
        assertTrue(verify(mov(Reg.R0, 1), alu(AluOp.LSH, Reg.R0, 63), EXIT).accepted());
    }

    @Test
    void structuralErrors() {
        rejects(verify(mov(Reg.R0, 0)), 0, "last insn is not an exit or jmp");
        rejects(verify(mov(Reg.R0, 0), new Insn.Ja(Target.offset(3)), EXIT), 1, "jump out of range from insn 1 to 5");
        rejects(verify(mov(Reg.R0, 0), jmp(JmpOp.JEQ, Reg.R0, 0, -3), EXIT), 1, "jump out of range from insn 1 to -1");
        rejects(verify(mov(Reg.R0, 0), EXIT, mov(Reg.R0, 1), EXIT), 2, "unreachable insn 2");
        // lddw takes slots 1 and 2; a jump to slot 2 lands in its middle
        rejects(verify(mov(Reg.R0, 0), jmp(JmpOp.JEQ, Reg.R0, 0, 1), Insn.LoadImm64.of(Reg.R1, 5), EXIT),
            2, "jump into the middle of ldimm64 insn 2");
        assertEquals("empty program", PathExplorer.verify(Program.of(List.of()), true).message());
    }

    @Test
    void loopsAreBackEdgesForUnprivilegedLoaders() {
        Program loop = Program.of(mov(Reg.R0, 0), alu(AluOp.ADD, Reg.R0, 1), jmp(JmpOp.JLT, Reg.R0, 10, -2), EXIT);
        rejects(PathExplorer.verify(loop, false), 2, "back-edge from insn 2 to 1");
        Verdict v = PathExplorer.verify(loop, true);
        assertTrue(v.accepted(), v::toString);
        // r0 = 0, then ten rounds of two instructions, then exit
        assertEquals(22, v.processed());
    }

    @Test
    void labelsResolveLikeOffsets() {
        Program p = new Program(List.of(mov(Reg.R0, 0), new Insn.Ja(Target.label("out")), mov(Reg.R0, 1),
            EXIT), Map.of("out", 3));
        rejects(PathExplorer.verify(p, true), 2, "unreachable insn 2");
    }

    @Test
    void bothEdgesOfAnUnknownBranchAreExplored() {
        // r2 /= 1 makes r2 unknown (division is not tracked); the taken edge skips r0's write
        Verdict v = verify(mov(Reg.R2, 0), alu(AluOp.DIV, Reg.R2, 1), jmp(JmpOp.JGT, Reg.R2, 10, 1),
            mov(Reg.R0, 0), EXIT);
        rejects(v, 4, "R0 !read_ok");
        // the fallthrough path ran first: 5 instructions, then the taken path reached exit: 1 more
        assertEquals(6, v.processed());
    }

    @Test
    void deadEdgesAreNotExplored() {
        // r2 &= 0xff; if r2 > 255 goto exit-without-r0: never taken
        Verdict v = verify(mov(Reg.R2, 0), alu(AluOp.DIV, Reg.R2, 1), alu(AluOp.AND, Reg.R2, 0xff),
            mov(Reg.R0, 0), jmp(JmpOp.JGT, Reg.R2, 255, 1), mov(Reg.R0, 1), EXIT);
        assertTrue(v.accepted(), v::toString);
        assertEquals(7, v.processed());
    }

    @Test
    void refinementDecidesALaterBranch() {
        // if r2 < 8 then (r2 > 9 is impossible): the inner taken edge that skips r0 is dead
        Verdict v = verify(mov(Reg.R2, 0), alu(AluOp.DIV, Reg.R2, 1), mov(Reg.R0, 0),
            jmp(JmpOp.JGE, Reg.R2, 8, 3), jmp(JmpOp.JGT, Reg.R2, 9, 1), mov(Reg.R0, 1), EXIT, EXIT);
        assertTrue(v.accepted(), v::toString);
        assertEquals(8, v.processed());
    }

    @Test
    void theProcessedInstructionLimit() {
        Verdict v = verify(mov(Reg.R0, 0), alu(AluOp.ADD, Reg.R0, 1), jmp(JmpOp.JLT, Reg.R0, 600_000, -2), EXIT);
        rejects(v, 2, "BPF program is too large. Processed 1000001 insn");
        assertEquals(1_000_001, v.processed());
    }

    @Test
    void theJumpSequenceLimit() {
        List<Insn> insns = new ArrayList<>(List.of(mov(Reg.R0, 0), mov(Reg.R2, 0), alu(AluOp.DIV, Reg.R2, 1)));
        for (int i = 0; i < 8200; i++) {
            insns.add(jmp(JmpOp.JEQ, Reg.R2, i, 0));
        }
        insns.add(EXIT);
        Verdict v = PathExplorer.verify(Program.of(insns), true);
        rejects(v, 3 + 8192, "The sequence of 8193 jumps is too complex.");
        assertEquals(8196, v.processed());
    }

    @Test
    void pointersAreNotScalars() {
        rejects(PathExplorer.verify(Program.of(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R0, Reg.R1), EXIT), false),
            1, "R0 leaks addr as return value");
        assertTrue(verify(new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R0, Reg.R1), EXIT).accepted());
        rejects(PathExplorer.verify(Program.of(new Insn.AluReg(Width.W32, AluOp.MOV, Reg.R0, Reg.R1), EXIT), false),
            0, "R1 partial copy of pointer");
        rejects(PathExplorer.verify(Program.of(new Insn.Neg(Width.W64, Reg.R1), mov(Reg.R0, 0), EXIT), false),
            0, "R1 pointer arithmetic prohibited");
    }

    @Test
    void unmodelledInstructionsSaySo() {
        Verdict v = verify(new Insn.CallKfunc(5, 0), EXIT);
        assertFalse(v.accepted());
        assertEquals("bpflab does not model kfunc calls yet (insn 0); its verifier covers scalars, jumps, the stack,"
            + " bpf-to-bpf calls, pointers, context, packet and map accesses and helper calls so far",
            v.message());
    }

    @Test
    void forkedZeroOrMinusOneExploresBoth() {
        // (r2 /= 1) s>> 63 is 0 or -1; r2 &= 5 forks; both paths reach exit
        Verdict v = verify(mov(Reg.R2, 0), alu(AluOp.DIV, Reg.R2, 1), alu(AluOp.ARSH, Reg.R2, 63),
            alu(AluOp.AND, Reg.R2, 5), mov(Reg.R0, 0), EXIT);
        assertTrue(v.accepted(), v::toString);
        // six on the first path, then the pushed one re-runs the and: three more
        assertEquals(9, v.processed());
    }

    private static Insn movReg(Width w, Reg d, Reg s) {
        return new Insn.AluReg(w, AluOp.MOV, d, s);
    }

    /**
     * r2 unknown, the given copy of it into r3, then: if r2 > limit2 exit with r0 = 1; if
     * r3 > limit3 exit without writing r0; else exit with r0 = 0. The middle exit is dead
     * exactly when what the first branch learned about r2 reached r3.
     */
    private static Verdict copyThenCheck(List<Insn> copy, int limit2, int limit3) {
        List<Insn> p = new ArrayList<>(List.of(mov(Reg.R2, 0), alu(AluOp.DIV, Reg.R2, 1)));
        p.addAll(copy);
        p.addAll(List.of(jmp(JmpOp.JGT, Reg.R2, limit2, 3), jmp(JmpOp.JGT, Reg.R3, limit3, 3), mov(Reg.R0, 0), EXIT,
            mov(Reg.R0, 1), EXIT));
        return PathExplorer.verify(Program.of(p), true);
    }

    @Test
    void aBranchRefinesTheCopiesOfItsRegister() {
        Verdict linked = copyThenCheck(List.of(movReg(Width.W64, Reg.R3, Reg.R2)), 10, 10);
        assertTrue(linked.accepted(), linked::toString);
        assertEquals(9, linked.processed());
        // a 32-bit add unlinks the copy
        Verdict unlinked = copyThenCheck(List.of(movReg(Width.W64, Reg.R3, Reg.R2),
            new Insn.AluImm(Width.W32, AluOp.ADD, Reg.R3, 0)), 10, 10);
        rejects(unlinked, 9, "R0 !read_ok");
        assertEquals(9, unlinked.processed());
    }

    @Test
    void aCopyWithAConstantAddedIsRefinedByTheOffset() {
        List<Insn> plusFive = List.of(movReg(Width.W64, Reg.R3, Reg.R2), alu(AluOp.ADD, Reg.R3, 5));
        Verdict within = copyThenCheck(plusFive, 10, 15);
        assertTrue(within.accepted(), within::toString);
        assertEquals(10, within.processed());
        Verdict beyond = copyThenCheck(plusFive, 10, 14);
        rejects(beyond, 9, "R0 !read_ok");
        assertEquals(9, beyond.processed());
        // a second constant unlinks (kernel: one BPF_ADD_CONST per link)
        Verdict twice = copyThenCheck(List.of(movReg(Width.W64, Reg.R3, Reg.R2), alu(AluOp.ADD, Reg.R3, 2),
            alu(AluOp.ADD, Reg.R3, 3)), 10, 15);
        rejects(twice, 10, "R0 !read_ok");
        assertEquals(10, twice.processed());
    }

    @Test
    void aThirtyTwoBitCopyIsLinkedOnlyWhenTheValueFits() {
        Verdict wide = copyThenCheck(List.of(movReg(Width.W32, Reg.R3, Reg.R2)), 10, 10);
        rejects(wide, 8, "R0 !read_ok");
        assertEquals(8, wide.processed());
        Verdict narrow = copyThenCheck(List.of(alu(AluOp.AND, Reg.R2, 0xffff), movReg(Width.W32, Reg.R3, Reg.R2)), 10, 10);
        assertTrue(narrow.accepted(), narrow::toString);
        assertEquals(10, narrow.processed());
    }

    @Test
    void linkedRegistersRender() {
        RegState.ScalarReg r = new RegState.ScalarReg(Scalar.UNKNOWN, 3, true, 5);
        assertEquals("scalar(id=3+5)", r.render());
        assertEquals("scalar(id=3)", new RegState.ScalarReg(Scalar.UNKNOWN, 3, false, 0).render());
        assertEquals("scalar()", r.unlinked().render());
        assertEquals("ctx()", new RegState.Ctx().render());
        assertEquals("fp0", RegState.FRAME_POINTER.render());
        assertEquals("fp-16", new RegState.StackPtr(-16).render());
    }

    @Test
    void jumpsStayInsideTheirSubprogram() {
        // 0: call +2 (subprogram at 3); 1: r0 = 0; 2: exit; 3: goto -3 (into main); 4: exit
        Verdict v = verify(new Insn.CallLocal(Target.offset(2)), mov(Reg.R0, 0), EXIT,
            new Insn.Ja(Target.offset(-3)), EXIT);
        rejects(v, 3, "jump out of range from insn 3 to 1");
        // the main program may not fall through into the subprogram
        rejects(verify(new Insn.CallLocal(Target.offset(1)), mov(Reg.R0, 0), mov(Reg.R0, 0), EXIT),
            1, "last insn is not an exit or jmp");
        rejects(verify(new Insn.CallLocal(Target.offset(5)), mov(Reg.R0, 0), EXIT), 0, "call to invalid destination");
        // an lddw ending the program leaves its second slot last
        rejects(verify(mov(Reg.R0, 0), Insn.LoadImm64.of(Reg.R1, 1)), 2, "last insn is not an exit or jmp");
        // structurally fine, and explored: main, the callee, main again
        Verdict call = verify(new Insn.CallLocal(Target.offset(2)), mov(Reg.R0, 0), EXIT, mov(Reg.R0, 1), EXIT);
        assertTrue(call.accepted(), call::message);
        assertEquals(5, call.processed());
    }

    @Test
    void rawBytesThatDoNotDecodeGiveTheKernelsLoadTimeMessage() {
        // r0 = 0; then opcode 0x8c, which no instruction has
        byte[] code = java.util.HexFormat.of().parseHex("b700000000000000" + "8c00000000000000" + "9500000000000000");
        Verdict v = PathExplorer.verify(code, true);
        assertFalse(v.accepted());
        assertEquals(1, v.insn());
        assertEquals("unknown opcode 8c", v.message());
        Verdict ok = PathExplorer.verify(java.util.HexFormat.of().parseHex("b700000000000000" + "9500000000000000"), true);
        assertTrue(ok.accepted());
        assertEquals(2, ok.processed());
    }
}
