package io.bpflab.vm;

import static io.bpflab.isa.Reg.*;
import static io.bpflab.vm.Asm.*;
import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.linux.ContextLayout;
import io.bpflab.isa.linux.Helper;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per remaining helper: result and the kernel's error returns. */
class MoreHelpersTest {

    private final Vm vm = Vm.linux();

    private long run(Insn... insns) {
        return vm.run(vm.load(Program.of(insns), "t"), 0, 0, null);
    }

    private long runCtx(ProgramContext c, Insn... insns) {
        return vm.run(vm.load(Program.of(insns), "t"), c);
    }

    private static Insn call(Helper h) {
        return new Insn.Call(h.id());
    }

    private static Insn fp(Reg r, int off) {
        return alu(AluOp.ADD, r, off);
    }

    private static Insn[] concat(Insn[] a, Insn... b) {
        Insn[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Stores {@code s} and a NUL at r10 + off, byte by byte. */
    private static Insn[] string(String s, int off) {
        byte[] b = (s + "\0").getBytes(StandardCharsets.US_ASCII);
        Insn[] out = new Insn[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = new Insn.StoreImm(Size.B, R10, off + i, b[i]);
        }
        return out;
    }

    @Test
    void clockVariantsAndJiffies() {
        Environment e = vm.environment();
        e.clockNs = 4_000_000_000L;
        e.bootOffsetNs = 7;
        assertEquals(4_000_000_007L, run(call(Helper.KTIME_GET_BOOT_NS), exit()));
        assertEquals(4_000_001_000L, run(call(Helper.KTIME_GET_COARSE_NS), exit()));
        assertEquals(4_000_002_000L, run(call(Helper.KTIME_GET_TAI_NS), exit()));
        // HZ = 250: one jiffy is 4 ms.
        assertEquals(4_000_003_000L / 4_000_000L, run(call(Helper.JIFFIES64), exit()));
    }

    @Test
    void identityHelpers() {
        Environment e = vm.environment();
        e.uid = 1001;
        e.gid = 1002;
        e.numaNode = 3;
        e.funcIp = 0xffffffff81234567L;
        assertEquals(1002L << 32 | 1001, run(call(Helper.GET_CURRENT_UID_GID), exit()));
        assertEquals(3, run(call(Helper.GET_NUMA_NODE_ID), exit()));
        assertEquals(0xffffffff81234567L, run(call(Helper.GET_FUNC_IP), exit()));
    }

    @Test
    void prandomDependsOnlyOnTheSeed() {
        vm.environment().reseed(1);
        long a = run(call(Helper.GET_PRANDOM_U32), exit());
        long b = run(call(Helper.GET_PRANDOM_U32), exit());
        vm.environment().reseed(1);
        assertEquals(a, run(call(Helper.GET_PRANDOM_U32), exit()));
        assertNotEquals(a, b);
        assertEquals(0, a >>> 32, "a u32");
    }

    @Test
    void probeReadStrCopiesUpToTheNul() {
        Insn[] p = concat(string("hello", -32), mov(R1, R10), fp(R1, -16), mov(R2, 16), mov(R3, R10), fp(R3, -32),
                call(Helper.PROBE_READ_KERNEL_STR), new Insn.Load(Size.DW, R1, R10, -16), alu(AluOp.LSH, R0, 56),
                alu(AluOp.OR, R0, R1), exit());
        // returns 6 (with the NUL); the first 8 bytes are "hello\0" and two zero bytes
        assertEquals(6L << 56 | 0x00006f6c6c6568L, run(p));
        Insn[] small = concat(string("hello", -32), mov(R1, R10), fp(R1, -16), mov(R2, 3), mov(R3, R10), fp(R3, -32),
                call(Helper.PROBE_READ_USER_STR), new Insn.Load(Size.B, R1, R10, -14), alu(AluOp.LSH, R0, 8),
                alu(AluOp.OR, R0, R1), exit());
        assertEquals(3 << 8, run(small), "truncated to size - 1 and NUL-terminated");
        assertEquals(-Errno.EFAULT, run(mov(R1, R10), fp(R1, -16), mov(R2, 8), mov(R3, 0), call(Helper.PROBE_READ_STR), exit()));
    }

    @Test
    void snprintfFormatsAndReturnsTheNeededLength() {
        Insn[] p = concat(string("%d-%x", -48), new Insn.StoreImm(Size.DW, R10, -16, -7),
                new Insn.StoreImm(Size.DW, R10, -8, 255), mov(R1, R10), fp(R1, -32), mov(R2, 16), mov(R3, R10), fp(R3, -48),
                mov(R4, R10), fp(R4, -16), mov(R5, 16), call(Helper.SNPRINTF), exit());
        assertEquals("-7-ff".length() + 1, run(p));
        Insn[] bad = concat(string("%d", -48), mov(R1, R10), fp(R1, -32), mov(R2, 16), mov(R3, R10), fp(R3, -48),
                mov(R4, R10), fp(R4, -16), mov(R5, 12), call(Helper.SNPRINTF), exit());
        assertEquals(-Errno.EINVAL, run(bad), "data_len not a multiple of 8");
    }

    @Test
    void strtoulRejectsSigns() {
        Insn[] p = concat(string("-5", -16), mov(R1, R10), fp(R1, -16), mov(R2, 2), mov(R3, 0), mov(R4, R10), fp(R4, -8),
                call(Helper.STRTOUL), exit());
        assertEquals(-Errno.EINVAL, run(p));
        Insn[] ok = concat(string("0777", -16), mov(R1, R10), fp(R1, -16), mov(R2, 4), mov(R3, 0), mov(R4, R10), fp(R4, -8),
                call(Helper.STRTOUL), new Insn.Load(Size.DW, R0, R10, -8), exit());
        assertEquals(0777, run(ok), "base 0 reads a leading 0 as octal");
        Insn[] badBase = concat(string("1", -16), mov(R1, R10), fp(R1, -16), mov(R2, 1), mov(R3, 7), mov(R4, R10), fp(R4, -8),
                call(Helper.STRTOL), exit());
        assertEquals(-Errno.EINVAL, run(badBase));
    }

    @Test
    void loopRefusesFlagsAndHugeCounts() {
        assertEquals(-Errno.EINVAL, run(mov(R1, 1), mov(R2, 0), mov(R3, 0), mov(R4, 1), call(Helper.LOOP), exit()));
        assertEquals(-Errno.E2BIG, run(mov(R1, 1 << 24), mov(R2, 0), mov(R3, 0), mov(R4, 0), call(Helper.LOOP), exit()));
        assertEquals(0, run(mov(R1, 0), mov(R2, 0), mov(R3, 0), mov(R4, 0), call(Helper.LOOP), exit()), "zero iterations");
    }

    @Test
    void peekLeavesTheElement() {
        vm.addMap(3, BpfMap.create("s", MapType.STACK, 0, 8, 2, 0));
        vm.map(3).push(BpfMapTest.u64(9), 0);
        Insn[] peek = {new Insn.LoadImm64(R1, PseudoSrc.MAP_FD, 3), mov(R2, R10), fp(R2, -8), call(Helper.MAP_PEEK_ELEM),
                new Insn.Load(Size.DW, R0, R10, -8), exit()};
        assertEquals(9, run(peek));
        assertEquals(9, run(peek));
        assertEquals(0, run(new Insn.LoadImm64(R1, PseudoSrc.MAP_FD, 3), mov(R2, R10), fp(R2, -8), call(Helper.MAP_DELETE_ELEM),
                alu(AluOp.ADD, R0, Errno.EINVAL), exit()), "delete on a stack is -EINVAL");
    }

    @Test
    void ringbufOutputAndDiscard() {
        RingBuf rb = (RingBuf) BpfMap.create("rb", MapType.RINGBUF, 0, 0, 4096, 0);
        vm.addMap(3, rb);
        assertEquals(0, run(new Insn.StoreImm(Size.DW, R10, -8, 77), new Insn.LoadImm64(R1, PseudoSrc.MAP_FD, 3),
                mov(R2, R10), fp(R2, -8), mov(R3, 8), mov(R4, 0), call(Helper.RINGBUF_OUTPUT), exit()));
        assertEquals(-Errno.EINVAL, run(new Insn.LoadImm64(R1, PseudoSrc.MAP_FD, 3), mov(R2, R10), fp(R2, -8), mov(R3, 8),
                mov(R4, 8), call(Helper.RINGBUF_OUTPUT), exit()));
        run(new Insn.LoadImm64(R1, PseudoSrc.MAP_FD, 3), mov(R2, 8), mov(R3, 0), call(Helper.RINGBUF_RESERVE),
                mov(R1, R0), mov(R2, 0), call(Helper.RINGBUF_DISCARD), exit());
        assertEquals(4096, run(new Insn.LoadImm64(R1, PseudoSrc.MAP_FD, 3), mov(R2, RingBuf.BPF_RB_RING_SIZE),
                call(Helper.RINGBUF_QUERY), exit()));
        List<byte[]> got = rb.drain();
        assertEquals(1, got.size(), "the discarded record is skipped");
        assertArrayEquals(BpfMapTest.u64(77), got.get(0));
        assertThrows(BpfFault.class, () -> run(mov(R1, R10), mov(R2, 0), call(Helper.RINGBUF_SUBMIT), exit()));
    }

    @Test
    void perfEventOutputThroughTheHelper() {
        PerfEventArray p = (PerfEventArray) BpfMap.create("ev", MapType.PERF_EVENT_ARRAY, 4, 4, 4, 0);
        vm.addMap(3, p);
        vm.environment().cpu = 2;
        assertEquals(0, run(new Insn.StoreImm(Size.W, R10, -4, 5), new Insn.LoadImm64(R2, PseudoSrc.MAP_FD, 3),
                new Insn.LoadImm64(R3, PseudoSrc.IMM64, PerfEventArray.BPF_F_CURRENT_CPU), mov(R4, R10), fp(R4, -4),
                mov(R5, 4), call(Helper.PERF_EVENT_OUTPUT), exit()));
        assertEquals(2, p.samples().get(0).cpu());
        assertArrayEquals(BpfMapTest.u32(5), p.samples().get(0).data());
    }

    @Test
    void redirectMapUsesTheFallbackAction() {
        vm.addMap(3, BpfMap.create("tx", MapType.DEVMAP, 4, 4, 4, 0));
        vm.map(3).hostUpdate(BpfMapTest.u32(1), BpfMapTest.u32(9));
        ProgramContext hit = ProgramContext.of(ProgramType.XDP, ProgramContextTest.udpFrame(0), null);
        assertEquals(PacketHelpers.XDP_REDIRECT, runCtx(hit, new Insn.LoadImm64(R1, PseudoSrc.MAP_FD, 3), mov(R2, 1),
                mov(R3, 0), call(Helper.REDIRECT_MAP), exit()));
        assertEquals(9, hit.redirectIfindex);
        {
            Vm v2 = Vm.linux();
            v2.addMap(3, BpfMap.create("h", MapType.DEVMAP_HASH, 4, 4, 4, 0));
            ProgramContext c = ProgramContext.of(ProgramType.XDP, ProgramContextTest.udpFrame(0), null);
            assertEquals(2, v2.run(v2.load(Program.of(new Insn.LoadImm64(R1, PseudoSrc.MAP_FD, 3), mov(R2, 5), mov(R3, 2),
                    call(Helper.REDIRECT_MAP), exit()), "r"), c), "a missing key returns the flags' action (XDP_PASS)");
        }
    }

    @Test
    void cloneRedirectRecordsTheCopy() {
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, ProgramContextTest.udpFrame(0), null);
        assertEquals(0, runCtx(c, mov(R2, 4), mov(R3, 0), call(Helper.CLONE_REDIRECT), exit()));
        assertEquals(4, vm.clones().get(0).ifindex());
        assertEquals(-Errno.EINVAL, runCtx(ProgramContext.of(ProgramType.SCHED_CLS, ProgramContextTest.udpFrame(0), null),
                mov(R2, 4), mov(R3, 2), call(Helper.CLONE_REDIRECT), exit()));
    }

    @Test
    void hashHelpersWriteTheHashField() {
        int hashOff = ContextLayout.SK_BUFF.field("hash").orElseThrow().offset();
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, ProgramContextTest.udpFrame(0), null);
        long h = runCtx(c, mov(R6, R1), call(Helper.GET_HASH_RECALC), new Insn.Load(Size.W, R1, R6, hashOff),
                alu(AluOp.SUB, R0, R1), exit());
        assertEquals(0, h, "get_hash_recalc stores what it returns");
        assertEquals(77, runCtx(c, mov(R6, R1), mov(R2, 77), call(Helper.SET_HASH), new Insn.Load(Size.W, R0, R6, hashOff), exit()));
        assertEquals(0, runCtx(c, mov(R6, R1), call(Helper.SET_HASH_INVALID), new Insn.Load(Size.W, R0, R6, hashOff), exit()));
    }

    @Test
    void skbChangeHeadGrowsAtTheFront() {
        byte[] frame = ProgramContextTest.udpFrame(0);
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, frame, null);
        assertEquals(frame.length + 8, runCtx(c, mov(R6, R1), mov(R2, 8), mov(R3, 0), call(Helper.SKB_CHANGE_HEAD),
                new Insn.Load(Size.W, R0, R6, 0), exit()));
        assertEquals(0, c.packet().bytes()[0]);
        assertEquals(frame[0], c.packet().bytes()[8]);
        assertEquals(-Errno.EINVAL, runCtx(ProgramContext.of(ProgramType.SCHED_CLS, frame, null), mov(R2, 8), mov(R3, 1),
                call(Helper.SKB_CHANGE_HEAD), exit()));
    }

    @Test
    void xdpAdjustTailAndMeta() {
        byte[] frame = ProgramContextTest.udpFrame(0);
        ProgramContext c = ProgramContext.of(ProgramType.XDP, frame, null);
        assertEquals(0, runCtx(c, mov(R2, -8), call(Helper.XDP_ADJUST_TAIL), exit()));
        assertEquals(frame.length - 8, c.packet().length());
        assertEquals(-Errno.EINVAL, runCtx(c, mov(R2, -40), call(Helper.XDP_ADJUST_TAIL), exit()), "below ETH_HLEN");
        int metaOff = ContextLayout.XDP_MD.field("data_meta").orElseThrow().offset();
        int dataOff = ContextLayout.XDP_MD.field("data").orElseThrow().offset();
        assertEquals(8, runCtx(c, mov(R6, R1), mov(R2, -8), call(Helper.XDP_ADJUST_META),
                new Insn.Load(Size.W, R2, R6, metaOff), new Insn.Load(Size.W, R0, R6, dataOff), alu(AluOp.SUB, R0, R2), exit()));
        assertEquals(-13, runCtx(ProgramContext.of(ProgramType.XDP, frame, null), mov(R2, -6), call(Helper.XDP_ADJUST_META),
                exit()), "-EACCES: metadata length must be a multiple of 4");
    }

    @Test
    void l4CsumReplaceMangledZero() {
        byte[] frame = ProgramContextTest.udpFrame(0);
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, frame, null);
        // The UDP checksum (offset 40) is 0 ("none"): with BPF_F_MARK_MANGLED_0 it stays 0.
        assertEquals(0, runCtx(c, mov(R2, 40), mov(R3, 1), mov(R4, 2), mov(R5, 0x22), call(Helper.L4_CSUM_REPLACE), exit()));
        assertEquals(0, c.packet().bytes()[40]);
        assertEquals(0, runCtx(c, mov(R2, 40), mov(R3, 0), mov(R4, 0x0100), mov(R5, 2), call(Helper.L4_CSUM_REPLACE), exit()));
        // RFC 1624: ~(~0 + ~0 + 0x0001) = 0xfffe; the new word 0x0001 is the bytes 00 01 as a register loaded them.
        assertEquals((byte) 0xff, c.packet().bytes()[40]);
        assertEquals((byte) 0xfe, c.packet().bytes()[41]);
        assertEquals(-Errno.EINVAL, runCtx(c, mov(R2, 40), mov(R3, 0), mov(R4, 0), mov(R5, 0x80), call(Helper.L4_CSUM_REPLACE), exit()));
        assertEquals(-Errno.EFAULT, runCtx(c, mov(R2, 4000), mov(R3, 0), mov(R4, 0), mov(R5, 2), call(Helper.L4_CSUM_REPLACE), exit()));
    }

    @Test
    void xdpLoadStoreBytes() {
        ProgramContext c = ProgramContext.of(ProgramType.XDP, ProgramContextTest.udpFrame(0), null);
        assertEquals(0x0a000001, Integer.reverseBytes((int) runCtx(c, mov(R6, R1), mov(R2, 26), mov(R3, R10), fp(R3, -4), mov(R4, 4),
                call(Helper.XDP_LOAD_BYTES), new Insn.Load(Size.W, R0, R10, -4), exit())));
        assertEquals(-Errno.EINVAL, runCtx(c, mov(R2, 40), mov(R3, R10), fp(R3, -4), mov(R4, 4), call(Helper.XDP_STORE_BYTES), exit()));
        assertEquals(42, runCtx(c, call(Helper.XDP_GET_BUFF_LEN), exit()));
    }

    @Test
    void spinUnlockReleases() {
        vm.addMap(3, BpfMap.create("a", MapType.ARRAY, 4, 8, 1, 0));
        assertEquals(0, run(new Insn.LoadImm64(R6, PseudoSrc.MAP_VALUE, 3), mov(R1, R6), call(Helper.SPIN_LOCK),
                mov(R1, R6), call(Helper.SPIN_UNLOCK), mov(R1, R6), call(Helper.SPIN_LOCK), mov(R1, R6),
                call(Helper.SPIN_UNLOCK), exit()));
    }

    @Test
    void traceVprintkTakesAnArgumentArray() {
        Insn[] p = concat(concat(string("%s=%u", -48), string("n", -56)), mov(R1, R10), fp(R1, -56),
                new Insn.Store(Size.DW, R10, -16, R1), new Insn.StoreImm(Size.DW, R10, -8, 3),
                mov(R1, R10), fp(R1, -48), mov(R2, 6), mov(R3, R10), fp(R3, -16), mov(R4, 16), call(Helper.TRACE_VPRINTK), exit());
        assertEquals(3, run(p));
        assertEquals(List.of("n=3"), vm.takePrintk());
        assertEquals(-Errno.EINVAL, run(concat(string("%d", -48), mov(R1, R10), fp(R1, -48), mov(R2, 3), mov(R3, 0), mov(R4, 8),
                call(Helper.TRACE_VPRINTK), exit())));
    }

    @Test
    void cgroupAndCookie() {
        vm.environment().cgroupId = 42;
        vm.environment().attachCookie = 7;
        assertEquals(42, run(call(Helper.GET_CURRENT_CGROUP_ID), exit()));
        assertEquals(7, run(call(Helper.GET_ATTACH_COOKIE), exit()));
    }

    @Test
    void probeWriteUserChecksTheDestination() {
        assertEquals(5, run(new Insn.StoreImm(Size.DW, R10, -8, 5), mov(R1, R10), fp(R1, -16), mov(R2, R10), fp(R2, -8), mov(R3, 8),
                call(Helper.PROBE_WRITE_USER), new Insn.Load(Size.DW, R0, R10, -16), exit()));
        assertEquals(-Errno.EFAULT, run(mov(R1, 64), mov(R2, R10), fp(R2, -8), mov(R3, 8), call(Helper.PROBE_WRITE_USER), exit()));
    }

    @Test
    void socketlessSkbHelpers() {
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, ProgramContextTest.udpFrame(0), null);
        assertEquals(65534, runCtx(c, call(Helper.GET_SOCKET_UID), exit()));
        assertEquals(0, runCtx(c, call(Helper.GET_SOCKET_COOKIE), exit()));
        assertEquals(0, runCtx(c, call(Helper.GET_CGROUP_CLASSID), exit()));
        assertEquals(0, runCtx(c, mov(R2, 10), call(Helper.SKB_PULL_DATA), exit()));
        assertEquals(-Errno.ENOMEM, runCtx(c, mov(R2, 1000), call(Helper.SKB_PULL_DATA), exit()));
        assertEquals(-Errno.ENOTSUPP, runCtx(c, mov(R2, 0), call(Helper.CSUM_UPDATE), exit()));
        assertEquals(2, runCtx(c, mov(R6, R1), mov(R2, 2), call(Helper.SKB_CHANGE_TYPE),
                new Insn.Load(Size.W, R0, R6, ContextLayout.SK_BUFF.field("pkt_type").orElseThrow().offset()), exit()));
        assertEquals(-Errno.EINVAL, runCtx(c, mov(R2, 9), call(Helper.SKB_CHANGE_TYPE), exit()));
    }

    @Test
    void linuxTableHasSeventyHelpers() {
        assertEquals(70, Helpers.linux().ids().size());
    }
}
