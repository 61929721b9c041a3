package io.bpflab.vm;

import static io.bpflab.isa.Reg.*;
import static io.bpflab.vm.Asm.*;
import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.linux.Helper;
import io.bpflab.isa.linux.MapType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HelpersTest {

    private final Vm vm = Vm.linux();

    private long run(Program p) {
        return vm.run(vm.load(p, "t"), 0, 0, null);
    }

    private static Insn mapRef(Reg r, int fd) {
        return new Insn.LoadImm64(r, PseudoSrc.MAP_FD, fd);
    }

    private static Insn call(Helper h) {
        return new Insn.Call(h.id());
    }

    private static Insn fp(Reg r, int off) {
        return new Insn.AluImm(io.bpflab.isa.Width.W64, AluOp.ADD, r, off);
    }

    @Test
    void lookupUpdateDeleteThroughHelpers() {
        vm.addMap(3, BpfMap.create("h", MapType.HASH, 4, 8, 4, 0));
        Program p = new Asm().add(
                new Insn.StoreImm(Size.W, R10, -4, 7), new Insn.StoreImm(Size.DW, R10, -16, 99),
                mapRef(R1, 3), mov(R2, R10), fp(R2, -4), mov(R3, R10), fp(R3, -16), mov(R4, 1), call(Helper.MAP_UPDATE_ELEM),
                mov(R6, R0),
                mapRef(R1, 3), mov(R2, R10), fp(R2, -4), mov(R3, R10), fp(R3, -16), mov(R4, 1), call(Helper.MAP_UPDATE_ELEM),
                mov(R7, R0),
                mapRef(R1, 3), mov(R2, R10), fp(R2, -4), call(Helper.MAP_LOOKUP_ELEM),
                new Insn.Load(Size.DW, R0, R0, 0),
                // r0 = value + (first update's ret) * 1000 + (second's, -EEXIST) * 1000000
                mov(R1, R6), alu(AluOp.MUL, R1, 1000), alu(AluOp.ADD, R0, R1),
                alu(AluOp.MUL, R7, 1000000), alu(AluOp.ADD, R0, R7), exit()).program();
        assertEquals(99 - 17 * 1000000, run(p));
    }

    @Test
    void deterministicEnvironment() {
        vm.environment().pid = 77;
        vm.environment().tgid = 66;
        assertEquals(66L << 32 | 77, run(Program.of(call(Helper.GET_CURRENT_PID_TGID), exit())));
        long t1 = run(Program.of(call(Helper.KTIME_GET_NS), exit()));
        long t2 = run(Program.of(call(Helper.KTIME_GET_NS), exit()));
        assertEquals(vm.environment().clockStepNs, t2 - t1);
        Vm other = Vm.linux();
        assertEquals(run(Program.of(call(Helper.GET_PRANDOM_U32), exit())),
                other.run(other.load(Program.of(call(Helper.GET_PRANDOM_U32), exit()), "r"), 0, 0, null));
        vm.environment().cpu = 1;
        assertEquals(1, run(Program.of(call(Helper.GET_SMP_PROCESSOR_ID), exit())));
    }

    @Test
    void getCurrentCommTruncatesAndTerminates() {
        vm.environment().comm = "abcdefgh";
        Program p = Program.of(mov(R1, R10), fp(R1, -4), mov(R2, 4), call(Helper.GET_CURRENT_COMM),
                new Insn.Load(Size.W, R0, R10, -4), exit());
        assertEquals(0x00636261L, run(p));
    }

    @Test
    void tracePrintkFormats() {
        byte[] fmt = "x=%d y=%llx s=%5u\0".getBytes(StandardCharsets.UTF_8);
        Program.of();
        Asm a = new Asm();
        for (int i = 0; i < fmt.length; i++) {
            a.add(new Insn.StoreImm(Size.B, R10, -32 + i, fmt[i]));
        }
        a.add(mov(R1, R10), fp(R1, -32), mov(R2, fmt.length), mov(R3, -5), mov(R4, 255), mov(R5, 42),
                call(Helper.TRACE_PRINTK), exit());
        assertEquals("x=-5 y=ff s=   42".length(), run(a.program()));
        assertEquals(java.util.List.of("x=-5 y=ff s=   42"), vm.takePrintk());
    }

    @Test
    void probeReadFaultsBecomeEfault() {
        Program p = Program.of(new Insn.StoreImm(Size.DW, R10, -8, -1), mov(R1, R10), fp(R1, -8), mov(R2, 8), mov(R3, 16),
                call(Helper.PROBE_READ_KERNEL), new Insn.Load(Size.DW, R1, R10, -8), alu(AluOp.ADD, R0, R1), exit());
        assertEquals(-Errno.EFAULT, run(p), "the destination is zeroed");
    }

    @Test
    void strtolParsesAndReportsErrors() {
        String[][] cases = {{"  -42x", "10", "5", "-42"}, {"0x1f", "0", "4", "31"}, {"zz", "10", "-22", "0"}};
        for (String[] c : cases) {
            byte[] s = c[0].getBytes(StandardCharsets.US_ASCII);
            Asm a = new Asm();
            for (int i = 0; i < s.length; i++) {
                a.add(new Insn.StoreImm(Size.B, R10, -32 + i, s[i]));
            }
            a.add(new Insn.StoreImm(Size.DW, R10, -8, 0), mov(R1, R10), fp(R1, -32), mov(R2, s.length),
                    mov(R3, Integer.parseInt(c[1])), mov(R4, R10), fp(R4, -8), call(Helper.STRTOL),
                    new Insn.Store(Size.DW, R10, -16, R0), new Insn.Load(Size.DW, R0, R10, -8), exit());
            assertEquals(Long.parseLong(c[3]), run(a.program()), c[0]);
        }
    }

    @Test
    void bpfLoopCallsBackUntilNonZero() {
        // callback(i, ctx): *ctx += i; return i == 5
        Program p = new Asm().add(new Insn.StoreImm(Size.DW, R10, -8, 0), mov(R1, 10),
                        new Insn.LoadImm64(R2, PseudoSrc.FUNC, 9), mov(R3, R10), fp(R3, -8), mov(R4, 0),
                        call(Helper.LOOP), new Insn.Load(Size.DW, R1, R10, -8), alu(AluOp.MUL, R0, 100),
                        alu(AluOp.ADD, R0, R1), exit())
                .label("cb").add(new Insn.Load(Size.DW, R3, R2, 0), alu(AluOp.ADD, R3, R1),
                        new Insn.Store(Size.DW, R2, 0, R3), mov(R0, 0),
                        new Insn.JumpImm(io.bpflab.isa.Width.W64, JmpOp.JNE, R1, 5, Target.label("out")), mov(R0, 1))
                .label("out").add(exit()).program();
        assertEquals(6 * 100 + 15, run(p));
    }

    @Test
    void tailCallsReplaceTheProgramAndStopAt33() {
        ProgArray pa = (ProgArray) BpfMap.create("jmp", MapType.PROG_ARRAY, 4, 4, 2, 0);
        vm.addMap(3, pa);
        // Program 0 counts in a map value and tail-calls itself forever; the 34th attempt falls through.
        vm.addMap(4, BpfMap.create("cnt", MapType.ARRAY, 4, 8, 1, 0));
        Program self = Program.of(mov(R6, R1),
                new Insn.LoadImm64(R7, PseudoSrc.MAP_VALUE, 4), new Insn.Load(Size.DW, R0, R7, 0), alu(AluOp.ADD, R0, 1),
                new Insn.Store(Size.DW, R7, 0, R0),
                mov(R1, R6), mapRef(R2, 3), mov(R3, 0), call(Helper.TAIL_CALL), mov(R0, 1000), exit());
        Executable x = vm.load(self, "self");
        pa.set(0, x);
        assertEquals(1000, vm.run(x, 0, 0, null));
        assertArrayEquals(BpfMapTest.u64(34), vm.map(4).get(BpfMapTest.u32(0)));
        Program miss = Program.of(mapRef(R2, 3), mov(R3, 1), call(Helper.TAIL_CALL), exit());
        assertEquals(-Errno.ENOENT, run(miss));
    }

    @Test
    void forEachMapElemVisitsArray() {
        BpfMap arr = BpfMap.create("a", MapType.ARRAY, 4, 8, 3, 0);
        vm.addMap(3, arr);
        for (int i = 0; i < 3; i++) {
            arr.update(BpfMapTest.u32(i), BpfMapTest.u64(10 * (i + 1)), 0);
        }
        // cb(map, key, value, ctx): *ctx += *value; return 0
        Program p = new Asm().add(new Insn.StoreImm(Size.DW, R10, -8, 0), mapRef(R1, 3),
                        new Insn.LoadImm64(R2, PseudoSrc.FUNC, 9), mov(R3, R10), fp(R3, -8), mov(R4, 0),
                        call(Helper.FOR_EACH_MAP_ELEM), new Insn.Load(Size.DW, R1, R10, -8), alu(AluOp.MUL, R0, 1000),
                        alu(AluOp.ADD, R0, R1), exit())
                .label("cb").add(new Insn.Load(Size.DW, R5, R3, 0), new Insn.Load(Size.DW, R1, R4, 0),
                        alu(AluOp.ADD, R1, R5), new Insn.Store(Size.DW, R4, 0, R1), mov(R0, 0), exit()).program();
        assertEquals(3 * 1000 + 60, run(p));
    }

    @Test
    void queueHelpers() {
        vm.addMap(3, BpfMap.create("q", MapType.QUEUE, 0, 8, 4, 0));
        Program p = Program.of(new Insn.StoreImm(Size.DW, R10, -8, 5), mapRef(R1, 3), mov(R2, R10), fp(R2, -8), mov(R3, 0),
                call(Helper.MAP_PUSH_ELEM), new Insn.StoreImm(Size.DW, R10, -8, 0),
                mapRef(R1, 3), mov(R2, R10), fp(R2, -8), call(Helper.MAP_POP_ELEM), mov(R6, R0),
                mapRef(R1, 3), mov(R2, R10), fp(R2, -8), call(Helper.MAP_POP_ELEM),
                alu(AluOp.MUL, R0, 100), new Insn.Load(Size.DW, R1, R10, -8), alu(AluOp.ADD, R0, R1), alu(AluOp.ADD, R0, R6), exit());
        assertEquals(-Errno.ENOENT * 100 + 5, run(p));
    }

    @Test
    void ringbufReserveSubmitThroughHelpers() {
        RingBuf rb = (RingBuf) BpfMap.create("rb", MapType.RINGBUF, 0, 0, 4096, 0);
        vm.addMap(3, rb);
        Program p = new Asm().add(mapRef(R1, 3), mov(R2, 8), mov(R3, 0), call(Helper.RINGBUF_RESERVE),
                        new Insn.JumpImm(io.bpflab.isa.Width.W64, JmpOp.JEQ, R0, 0, Target.label("out")),
                        new Insn.StoreImm(Size.DW, R0, 0, 0x1234), mov(R1, R0), mov(R2, 0), call(Helper.RINGBUF_SUBMIT),
                        mapRef(R1, 3), mov(R2, RingBuf.BPF_RB_AVAIL_DATA), call(Helper.RINGBUF_QUERY))
                .label("out").add(exit()).program();
        assertEquals(16, run(p));
        assertArrayEquals(BpfMapTest.u64(0x1234), rb.drain().get(0));
    }

    @Test
    void spinLockDetectsDeadlock() {
        vm.addMap(3, BpfMap.create("a", MapType.ARRAY, 4, 8, 1, 0));
        Program p = Program.of(new Insn.LoadImm64(R6, PseudoSrc.MAP_VALUE, 3), mov(R1, R6), call(Helper.SPIN_LOCK),
                mov(R1, R6), call(Helper.SPIN_LOCK), exit());
        BpfFault f = assertThrows(BpfFault.class, () -> run(p));
        assertTrue(f.getMessage().contains("deadlock"));
    }

    @Test
    void unimplementedHelperNamesIt() {
        BpfFault f = assertThrows(BpfFault.class, () -> run(Program.of(call(Helper.GET_STACKID), exit())));
        assertEquals("helper bpf_get_stackid#27 is not implemented by bpflab", f.detail());
    }
}
