package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Width;
import io.bpflab.isa.linux.AttachType;
import io.bpflab.isa.linux.ContextLayout;
import io.bpflab.isa.linux.ProgramType;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("kernel")
class KernelProgramTest {

    @BeforeEach
    void kernel() {
        KernelAssumptions.assumeKernel();
    }

    private static Insn mov(Reg dst, int imm) {
        return new Insn.AluImm(Width.W64, AluOp.MOV, dst, imm);
    }

    @Test
    void tinyProgramIsAccepted() throws Exception {
        LoadRequest req = LoadRequest.of(Program.of(mov(Reg.R0, 7), new Insn.Exit()), ProgramType.SOCKET_FILTER);
        try (LoadResult r = KernelProgram.load(req)) {
            assertEquals(LoadResult.Verdict.ACCEPTED, r.verdict(), r.log());
            assertEquals(0, r.errno());
            assertEquals(2, r.processedInsns().orElseThrow());
            assertTrue(r.log().contains("processed 2 insns (limit 1000000)"), r.log());
            assertTrue(r.loadTime().toNanos() > 0);
            assertEquals("", r.firstError());
            ProgramInfo info = r.program().orElseThrow().info();
            assertEquals(ProgramType.SOCKET_FILTER.id(), info.type());
            assertEquals("bpflab", info.name());
            assertEquals(16, info.xlatedLen());
        }
    }

    @Test
    void verifierRejectionIsAVerdictWithTheKernelsMessage() throws Exception {
        LoadRequest req = LoadRequest.of(Program.of(new Insn.Exit()), ProgramType.SOCKET_FILTER);
        try (LoadResult r = KernelProgram.load(req)) {
            assertEquals(LoadResult.Verdict.REJECTED, r.verdict());
            assertEquals(Errno.EACCES.number, r.errno());
            assertEquals("R0 !read_ok", r.firstError());
            assertTrue(r.log().contains("0: (95) exit"), r.log());
            assertEquals(1, r.processedInsns().orElseThrow());
            assertTrue(r.program().isEmpty());
            assertThrows(IllegalStateException.class, r::takeProgram);
        }
    }

    @Test
    void malformedCodeIsRejectedWithEinval() throws Exception {
        // lsh32 by 60: the kernel refuses out-of-range shift immediates at load (verifier.c check_alu_op)
        LoadRequest req = LoadRequest.of(Program.of(mov(Reg.R0, 1),
                new Insn.AluImm(Width.W32, AluOp.LSH, Reg.R0, 60), new Insn.Exit()), ProgramType.SOCKET_FILTER);
        try (LoadResult r = KernelProgram.load(req)) {
            assertEquals(LoadResult.Verdict.REJECTED, r.verdict());
            assertEquals(Errno.EINVAL.number, r.errno());
            assertEquals("invalid shift 60", r.firstError());
        }
    }

    @Test
    void logLevelZeroStillGivesVerdictAndCount() throws Exception {
        LoadRequest ok = LoadRequest.of(Program.of(mov(Reg.R0, 1), new Insn.Exit()), ProgramType.SOCKET_FILTER)
                .withLogLevel(0);
        try (LoadResult r = KernelProgram.load(ok)) {
            assertTrue(r.accepted());
            assertEquals("", r.log());
            assertEquals(2, r.processedInsns().orElseThrow(), "from bpf_prog_info.verified_insns");
        }
        try (LoadResult r = KernelProgram.load(ok.withInsns(Arrays.copyOfRange(ok.insns(), 8, 16)))) {
            assertEquals(LoadResult.Verdict.REJECTED, r.verdict());
            assertEquals("EACCES (Permission denied)", r.firstError());
        }
    }

    @Test
    void logGrowsUntilItFits() throws Exception {
        // level 2 logs every instruction with its state: far beyond the first 64 KiB buffer
        Insn[] insns = new Insn[3001];
        insns[0] = mov(Reg.R0, 0);
        for (int i = 1; i < 3000; i++) {
            insns[i] = new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R0, 1);
        }
        insns[3000] = new Insn.Exit();
        LoadRequest req = LoadRequest.of(Program.of(insns), ProgramType.SOCKET_FILTER)
                .withLogLevel(LoadRequest.LOG_LEVEL2 | LoadRequest.LOG_STATS);
        try (LoadResult r = KernelProgram.load(req)) {
            assertTrue(r.accepted(), r.firstError());
            assertTrue(r.attempts() > 1, "attempts " + r.attempts());
            assertTrue(r.log().length() > KernelProgram.INITIAL_LOG_SIZE);
            assertTrue(r.log().startsWith("func#0 @0") || r.log().startsWith("0: "), r.log().substring(0, 40));
            assertEquals(3001, r.processedInsns().orElseThrow());
            assertTrue(r.verificationMicros().isPresent(), "level 4 prints the verification time");
        }
    }

    @Test
    void testRunReturnsR0AndData() throws Exception {
        // r0 = first byte of the packet + 1; the packet's second byte becomes 0xaa
        Program p = Program.of(
                new Insn.Load(Size.W, Reg.R2, Reg.R1, 0),
                new Insn.Load(Size.W, Reg.R3, Reg.R1, 4),
                new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R4, Reg.R2),
                new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R4, 14),
                mov(Reg.R0, 0),
                new Insn.JumpReg(Width.W64, io.bpflab.isa.JmpOp.JGT, Reg.R4, Reg.R3,
                        io.bpflab.isa.Target.offset(4)),
                new Insn.Load(Size.B, Reg.R0, Reg.R2, 0),
                new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R0, 1),
                new Insn.StoreImm(Size.B, Reg.R2, 1, 0xaa),
                new Insn.Exit(),
                new Insn.Exit());
        LoadRequest req = LoadRequest.of(p, ProgramType.XDP).withExpectedAttachType(AttachType.XDP);
        try (LoadResult r = KernelProgram.load(req)) {
            assertTrue(r.accepted(), r.log());
            byte[] packet = new byte[64];
            packet[0] = 41;
            TestRunResult out = r.program().orElseThrow().testRun(TestRun.data(packet).withRepeat(100));
            assertEquals(42, out.retval());
            assertEquals(64, out.dataOut().length);
            assertEquals((byte) 0xaa, out.dataOut()[1]);
            assertEquals(100, out.repeat());
            assertTrue(out.duration() >= 0);
        }
    }

    @Test
    void retvalIsOnly32Bits() throws Exception {
        Program p = Program.of(Insn.LoadImm64.of(Reg.R0, 0x1_ffff_fffbL), new Insn.Exit());
        try (LoadResult r = KernelProgram.load(LoadRequest.of(p, ProgramType.SOCKET_FILTER))) {
            TestRunResult out = r.program().orElseThrow().testRun(TestRun.data(new byte[14]).withDataOutSize(14));
            assertEquals(-5, out.retval());
            assertEquals(0xffff_fffbL, out.retvalUnsigned());
            assertEquals(14, out.dataOut().length);
        }
    }

    @Test
    void testRunErrorsNameTheCommand() throws Exception {
        Program p = Program.of(mov(Reg.R0, 2), new Insn.Exit());
        try (LoadResult r = KernelProgram.load(LoadRequest.of(p, ProgramType.XDP))) {
            // kernel: XDP test data shorter than ETH_HLEN is EINVAL
            KernelException e = assertThrows(KernelException.class,
                    () -> r.program().orElseThrow().testRun(TestRun.data(new byte[4])));
            assertEquals("BPF_PROG_TEST_RUN: EINVAL (Invalid argument)", e.getMessage());
        }
    }

    @Test
    void sectionRulesGiveTypeAndAttachType() throws Exception {
        LoadRequest req = LoadRequest.forSection(
                io.bpflab.isa.Encoder.encode(Program.of(mov(Reg.R0, 2), new Insn.Exit())),
                ProgramType.fromSection("xdp.frags").orElseThrow());
        assertEquals(ProgramType.XDP, req.progType());
        assertEquals(AttachType.XDP.id(), req.expectedAttachType());
        assertEquals(LoadRequest.BPF_F_XDP_HAS_FRAGS, req.progFlags());
        try (LoadResult r = KernelProgram.load(req)) {
            assertTrue(r.accepted(), r.log());
        }
    }

    @Test
    void testingFlagsReachTheVerifier() throws Exception {
        // an unaligned packet load: refused under BPF_F_STRICT_ALIGNMENT, accepted with ANY_ALIGNMENT
        Program p = Program.of(
                new Insn.Load(Size.W, Reg.R2, Reg.R1, 0),
                new Insn.Load(Size.W, Reg.R3, Reg.R1, 4),
                new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R4, Reg.R2),
                new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R4, 8),
                mov(Reg.R0, 0),
                new Insn.JumpReg(Width.W64, io.bpflab.isa.JmpOp.JGT, Reg.R4, Reg.R3, io.bpflab.isa.Target.offset(1)),
                new Insn.Load(Size.W, Reg.R0, Reg.R2, 1),
                new Insn.Exit());
        LoadRequest req = LoadRequest.of(p, ProgramType.XDP);
        try (LoadResult strict = KernelProgram.load(req.withProgFlags(LoadRequest.BPF_F_STRICT_ALIGNMENT))) {
            assertEquals(LoadResult.Verdict.REJECTED, strict.verdict());
            assertTrue(strict.firstError().startsWith("misaligned packet access"), strict.firstError());
        }
        try (LoadResult any = KernelProgram.load(req.withProgFlags(
                LoadRequest.BPF_F_ANY_ALIGNMENT | LoadRequest.BPF_F_TEST_STATE_FREQ))) {
            assertTrue(any.accepted(), any.log());
        }
    }

    @Test
    void contextGoesInAndComesBack() throws Exception {
        // r0 = skb->mark, taken from the ctx_in of the run; ctx_out gives the context back
        ContextLayout skb = ContextLayout.SK_BUFF;
        int mark = skb.field("mark").orElseThrow().offset();
        Program p = Program.of(new Insn.Load(Size.W, Reg.R0, Reg.R1, mark), new Insn.Exit());
        try (LoadResult r = KernelProgram.load(LoadRequest.of(p, ProgramType.SOCKET_FILTER))) {
            assertTrue(r.accepted(), r.log());
            byte[] ctx = new byte[skb.size()];
            ctx[mark] = 77;
            TestRunResult out = r.program().orElseThrow().testRun(TestRun.data(new byte[20]).withCtx(ctx));
            assertEquals(77, out.retval());
            assertEquals(skb.size(), out.ctxOut().length);
            assertEquals(77, out.ctxOut()[mark]);
        }
    }
}
