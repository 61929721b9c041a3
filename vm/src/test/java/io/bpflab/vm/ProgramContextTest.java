package io.bpflab.vm;

import static io.bpflab.isa.Reg.*;
import static io.bpflab.vm.Asm.*;
import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Mode;
import io.bpflab.isa.Program;
import io.bpflab.isa.Size;
import io.bpflab.isa.linux.ContextLayout;
import io.bpflab.isa.linux.Helper;
import io.bpflab.isa.linux.ProgramType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Programs whose result depends on the context layout, checked against values computed here. */
class ProgramContextTest {

    private final Vm vm = Vm.linux();

    /** An Ethernet + IPv4 + UDP frame of {@code payload} bytes. */
    static byte[] udpFrame(int payload) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + 8 + payload).order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}).putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + 8 + payload)).putInt(0).put((byte) 64).put((byte) 17)
                .putShort((short) 0).putInt(0x0a000001).putInt(0x0a000002);
        b.putShort((short) 1234).putShort((short) 53).putShort((short) (8 + payload)).putShort((short) 0);
        return b.array();
    }

    private static int off(ContextLayout l, String field) {
        return l.field(field).orElseThrow().offset();
    }

    private long run(Program p, ProgramContext c) {
        return vm.run(vm.load(p, "ctx"), c);
    }

    @Test
    void tcSeesTheWholeFrameAndItsLength() {
        byte[] frame = udpFrame(10);
        Program p = Program.of(new Insn.Load(Size.W, R0, R1, off(ContextLayout.SK_BUFF, "len")), exit());
        assertEquals(frame.length, run(p, ProgramContext.of(ProgramType.SCHED_CLS, frame, null)));
    }

    @Test
    void socketFilterStartsAtTheNetworkHeader() {
        // kernel test_run pulls the Ethernet header for socket filters: len and LD_ABS offsets exclude it.
        byte[] frame = udpFrame(10);
        Program len = Program.of(new Insn.Load(Size.W, R0, R1, off(ContextLayout.SK_BUFF, "len")), exit());
        assertEquals(frame.length - 14, run(len, ProgramContext.of(ProgramType.SOCKET_FILTER, frame, null)));
        Program proto = Program.of(mov(R6, R1), new Insn.LegacyLoad(Mode.ABS, Size.B, R0, 9), exit());
        assertEquals(17, run(proto, ProgramContext.of(ProgramType.SOCKET_FILTER, frame, null)));
        Program eth = Program.of(new Insn.Load(Size.W, R0, R1, off(ContextLayout.SK_BUFF, "protocol")), exit());
        assertEquals(0x0008, run(eth, ProgramContext.of(ProgramType.SOCKET_FILTER, frame, null)), "__be16 as stored");
    }

    @Test
    void ldAbsAncillaryOffsets() {
        byte[] frame = udpFrame(0);
        // SKF_LL_OFF + 12: the EtherType from the mac header; SKF_NET_OFF + 9: the IP protocol.
        Program ll = Program.of(mov(R6, R1), new Insn.LegacyLoad(Mode.ABS, Size.H, R0, -0x200000 + 12), exit());
        assertEquals(0x0800, run(ll, ProgramContext.of(ProgramType.SOCKET_FILTER, frame, null)));
        Program net = Program.of(mov(R6, R1), new Insn.LegacyLoad(Mode.ABS, Size.B, R0, -0x100000 + 9), exit());
        assertEquals(17, run(net, ProgramContext.of(ProgramType.SCHED_CLS, frame, null)));
        Program below = Program.of(mov(R6, R1), new Insn.LegacyLoad(Mode.ABS, Size.B, R0, -0x300000), mov(R0, 5), exit());
        assertEquals(0, run(below, ProgramContext.of(ProgramType.SCHED_CLS, frame, null)), "out of range: the program ends with 0");
    }

    @Test
    void xdpDirectPacketAccess() {
        byte[] frame = udpFrame(4);
        // r0 = data_end - data, plus the IP protocol byte read through data * 1000
        Program p = Program.of(
                new Insn.Load(Size.W, R2, R1, off(ContextLayout.XDP_MD, "data")),
                new Insn.Load(Size.W, R3, R1, off(ContextLayout.XDP_MD, "data_end")),
                mov(R0, R3), alu(AluOp.SUB, R0, R2),
                new Insn.Load(Size.B, R4, R2, 23), alu(AluOp.MUL, R4, 1000), alu(AluOp.ADD, R0, R4), exit());
        assertEquals(frame.length + 17 * 1000, run(p, ProgramContext.of(ProgramType.XDP, frame, null)));
    }

    @Test
    void readingPastDataEndFaults() {
        byte[] frame = udpFrame(0);
        Program p = Program.of(new Insn.Load(Size.W, R2, R1, off(ContextLayout.XDP_MD, "data")),
                new Insn.Load(Size.B, R0, R2, frame.length), exit());
        BpfFault f = assertThrows(BpfFault.class, () -> run(p, ProgramContext.of(ProgramType.XDP, frame, null)));
        assertTrue(f.getMessage().contains("outside packet"), f.getMessage());
    }

    @Test
    void kprobeReadsPtRegsDi() {
        byte[] regs = new byte[ContextLayout.PT_REGS_X86_64.size()];
        int di = off(ContextLayout.PT_REGS_X86_64, "rdi");
        ByteBuffer.wrap(regs).order(ByteOrder.LITTLE_ENDIAN).putLong(di, 0x1122334455667788L);
        Program p = Program.of(new Insn.Load(Size.DW, R0, R1, di), exit());
        assertEquals(0x1122334455667788L, run(p, ProgramContext.of(ProgramType.KPROBE, null, regs)));
    }

    @Test
    void rawTracepointArgs() {
        byte[] args = new byte[16];
        ByteBuffer.wrap(args).order(ByteOrder.LITTLE_ENDIAN).putLong(8, 42);
        Program p = Program.of(new Insn.Load(Size.DW, R0, R1, 8), exit());
        assertEquals(42, run(p, ProgramContext.of(ProgramType.RAW_TRACEPOINT, null, args)));
    }

    @Test
    void programWritesToMarkAreKept() {
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, udpFrame(0), null);
        Program p = Program.of(new Insn.StoreImm(Size.W, R1, off(ContextLayout.SK_BUFF, "mark"), 7), mov(R0, 0), exit());
        run(p, c);
        assertEquals(7, c.field("mark", 0));
    }

    @Test
    void xdpAdjustHeadMovesDataAndChecksBounds() {
        byte[] frame = udpFrame(0);
        ProgramContext c = ProgramContext.of(ProgramType.XDP, frame, null);
        Program p = Program.of(mov(R6, R1), mov(R2, 14), new Insn.Call(Helper.XDP_ADJUST_HEAD.id()),
                new Insn.Load(Size.W, R2, R6, off(ContextLayout.XDP_MD, "data")),
                new Insn.Load(Size.W, R3, R6, off(ContextLayout.XDP_MD, "data_end")),
                alu(AluOp.SUB, R3, R2), alu(AluOp.MUL, R0, 100000), alu(AluOp.ADD, R0, R3), exit());
        assertEquals(frame.length - 14, run(p, c));
        assertEquals(frame.length - 14, c.packet().length());
        Program grow = Program.of(mov(R2, -1000), new Insn.Call(Helper.XDP_ADJUST_HEAD.id()), exit());
        assertEquals(-Errno.EINVAL, run(grow, ProgramContext.of(ProgramType.XDP, frame, null)));
        Program shrinkAll = Program.of(mov(R2, frame.length - 10), new Insn.Call(Helper.XDP_ADJUST_HEAD.id()), exit());
        assertEquals(-Errno.EINVAL, run(shrinkAll, ProgramContext.of(ProgramType.XDP, frame, null)));
    }

    @Test
    void skbChangeTailUpdatesLen() {
        byte[] frame = udpFrame(0);
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, frame, null);
        Program p = Program.of(mov(R6, R1), mov(R2, 100), mov(R3, 0), new Insn.Call(Helper.SKB_CHANGE_TAIL.id()),
                new Insn.Load(Size.W, R0, R6, off(ContextLayout.SK_BUFF, "len")), exit());
        assertEquals(100, run(p, c));
        Program bad = Program.of(mov(R2, 100), mov(R3, 1), new Insn.Call(Helper.SKB_CHANGE_TAIL.id()), exit());
        assertEquals(-Errno.EINVAL, run(bad, ProgramContext.of(ProgramType.SCHED_CLS, frame, null)));
    }

    @Test
    void skbLoadAndStoreBytes() {
        byte[] frame = udpFrame(4);
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, frame, null);
        // Copy the IPv4 destination (offset 30) to the source (26) through the stack.
        Program p = Program.of(mov(R6, R1), mov(R2, 30), mov(R3, R10), alu(AluOp.ADD, R3, -4), mov(R4, 4),
                new Insn.Call(Helper.SKB_LOAD_BYTES.id()),
                mov(R1, R6), mov(R2, 26), mov(R3, R10), alu(AluOp.ADD, R3, -4), mov(R4, 4), mov(R5, 0),
                new Insn.Call(Helper.SKB_STORE_BYTES.id()),
                mov(R1, R6), mov(R2, frame.length - 2), mov(R3, R10), alu(AluOp.ADD, R3, -4), mov(R4, 4),
                new Insn.Call(Helper.SKB_LOAD_BYTES.id()), exit());
        assertEquals(-Errno.EFAULT, run(p, c));
        byte[] out = c.packet().bytes();
        assertArrayEquals(java.util.Arrays.copyOfRange(frame, 30, 34), java.util.Arrays.copyOfRange(out, 26, 30));
    }

    /** RFC 1071 checksum of the IPv4 header at {@code off}. */
    static int ipChecksum(byte[] b, int off) {
        long sum = 0;
        for (int k = off; k < off + 20; k += 2) {
            sum += (b[k] & 0xff) << 8 | (b[k + 1] & 0xff);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    @Test
    void l3CsumReplaceKeepsTheHeaderChecksumValid() {
        byte[] frame = udpFrame(0);
        int csum = ipChecksum(frame, 14);
        frame[24] = (byte) (csum >>> 8);
        frame[25] = (byte) csum;
        assertEquals(0, ipChecksum(frame, 14));
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, frame, null);
        // Rewrite the source address 10.0.0.1 -> 192.168.1.7 and fix the checksum with l3_csum_replace(..., 4).
        int newSrc = Integer.reverseBytes(0xc0a80107);
        Program p = Program.of(mov(R6, R1),
                new Insn.Load(Size.W, R7, R1, off(ContextLayout.SK_BUFF, "data")),
                new Insn.Load(Size.W, R8, R7, 26),
                new Insn.StoreImm(Size.W, R10, -4, newSrc),
                mov(R1, R6), mov(R2, 26), mov(R3, R10), alu(AluOp.ADD, R3, -4), mov(R4, 4), mov(R5, 0),
                new Insn.Call(Helper.SKB_STORE_BYTES.id()),
                mov(R1, R6), mov(R2, 24), mov(R3, R8), mov(R4, newSrc), mov(R5, 4),
                new Insn.Call(Helper.L3_CSUM_REPLACE.id()), exit());
        assertEquals(0, run(p, c));
        byte[] out = c.packet().bytes();
        assertEquals((byte) 192, out[26]);
        assertEquals(0, ipChecksum(out, 14), "header checksum still verifies");
    }

    /** bpf_csum_diff(from, fromSize, to, toSize, seed) with one-word buffers on the stack (NULL when the size is 0). */
    private long csumDiff(int fromWord, int fromSize, int toWord, int toSize, int seed) {
        java.util.List<Insn> p = new java.util.ArrayList<>(java.util.List.of(
                new Insn.StoreImm(Size.W, R10, -4, toWord), new Insn.StoreImm(Size.W, R10, -8, fromWord),
                mov(R1, 0), mov(R2, fromSize), mov(R3, 0), mov(R4, toSize), mov(R5, seed)));
        if (fromSize != 0) {
            p.add(mov(R1, R10));
            p.add(alu(AluOp.ADD, R1, -8));
        }
        if (toSize != 0) {
            p.add(mov(R3, R10));
            p.add(alu(AluOp.ADD, R3, -4));
        }
        p.add(new Insn.Call(Helper.CSUM_DIFF.id()));
        p.add(exit());
        return vm.run(vm.load(Program.of(p), "d"), 0, 0, null);
    }

    @Test
    void csumDiffMatchesTheKernel() {
        // Values a 6.18 kernel returned for the same calls through BPF_PROG_TEST_RUN.
        assertEquals(0x407, csumDiff(0, 0, 0x01020304, 4, 0x10000), "push: to only");
        assertEquals(0xfbfa, csumDiff(0x01020304, 4, 0, 0, 0x10000), "pull: from only");
        assertEquals(0xedee, csumDiff(0x0a0b0c0d, 4, 0x01020304, 4, 0x10000), "diff");
        assertEquals(0, csumDiff(0, 0, 0, 4, 0));
        assertEquals(-Errno.EINVAL, csumDiff(0, 0, 0, 3, 0));
    }

    @Test
    void redirectReturnsTheTypesAction() {
        Program p = Program.of(mov(R1, 3), mov(R2, 0), new Insn.Call(Helper.REDIRECT.id()), exit());
        assertEquals(PacketHelpers.TC_ACT_REDIRECT, run(p, ProgramContext.of(ProgramType.SCHED_CLS, udpFrame(0), null)));
        assertEquals(PacketHelpers.XDP_REDIRECT, run(p, ProgramContext.of(ProgramType.XDP, udpFrame(0), null)));
        Program bad = Program.of(mov(R1, 3), mov(R2, 8), new Insn.Call(Helper.REDIRECT.id()), exit());
        assertEquals(PacketHelpers.TC_ACT_SHOT, run(bad, ProgramContext.of(ProgramType.SCHED_CLS, udpFrame(0), null)));
    }

    @Test
    void vlanPushAndPop() {
        ProgramContext c = ProgramContext.of(ProgramType.SCHED_CLS, udpFrame(0), null);
        Program p = Program.of(mov(R6, R1), mov(R2, Short.reverseBytes((short) 0x8100) & 0xffff), mov(R3, 42),
                new Insn.Call(Helper.SKB_VLAN_PUSH.id()),
                new Insn.Load(Size.W, R0, R6, off(ContextLayout.SK_BUFF, "vlan_tci")), exit());
        assertEquals(42, run(p, c));
        assertEquals(1, c.field("vlan_present", 0));
        Program bad = Program.of(mov(R2, 0x0008), mov(R3, 1), new Insn.Call(Helper.SKB_VLAN_PUSH.id()), exit());
        assertEquals(-Errno.EINVAL, run(bad, ProgramContext.of(ProgramType.SCHED_CLS, udpFrame(0), null)));
    }

    @Test
    void missingInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProgramContext.of(ProgramType.XDP, null, null));
        assertThrows(IllegalArgumentException.class, () -> ProgramContext.of(ProgramType.XDP, new byte[10], null));
        byte[] shortIp = java.util.Arrays.copyOf(udpFrame(0), 33);
        assertThrows(IllegalArgumentException.class, () -> ProgramContext.of(ProgramType.SCHED_CLS, shortIp, null),
                "test_run refuses a cut IPv4 header");
        assertEquals(33, ProgramContext.of(ProgramType.XDP, shortIp, null).packet().length(), "XDP does not look");
    }
}
