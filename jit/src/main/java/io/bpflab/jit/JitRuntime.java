package io.bpflab.jit;

import io.bpflab.vm.BpfFault;
import io.bpflab.vm.Engine;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Interpreter;
import io.bpflab.vm.JitLinkage;
import io.bpflab.vm.Region;
import io.bpflab.vm.Run;
import io.bpflab.vm.Semantics;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The static methods generated code calls besides {@link Semantics} and
 * {@link io.bpflab.vm.Memory}: stack accesses the translator proved in bounds, helper and
 * bpf-to-bpf call plumbing, and the faults it raises at a known instruction. Each keeps the
 * interpreter's behaviour; the faults carry the interpreter's messages so the two engines
 * report the same text (checked by the differential test).
 */
final class JitRuntime {

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private JitRuntime() {
    }

    // Stack accesses at a constant offset from an unchanged r10: the translator has checked
    // that [index, index + size) lies inside the 512-byte frame, the whole region check.

    static long ld8(byte[] b, int i) {
        return b[i] & 0xffL;
    }

    static long ld16(byte[] b, int i) {
        return (short) I16.get(b, i) & 0xffffL;
    }

    static long ld32(byte[] b, int i) {
        return (int) I32.get(b, i) & 0xffffffffL;
    }

    static long ld64(byte[] b, int i) {
        return (long) I64.get(b, i);
    }

    static void st8(byte[] b, int i, long v) {
        b[i] = (byte) v;
    }

    static void st16(byte[] b, int i, long v) {
        I16.set(b, i, (short) v);
    }

    static void st32(byte[] b, int i, long v) {
        I32.set(b, i, (int) v);
    }

    static void st64(byte[] b, int i, long v) {
        I64.set(b, i, v);
    }

    /**
     * Whether one region holds all of {@code [addr, addr + span)}, and is writable if
     * {@code write}; if so the machine keeps it as the region to read (or to write and read)
     * for the generated code to remember (see Translator: the accesses of one group).
     */
    static boolean cover(Machine m, long addr, int span, boolean write) {
        Region r = m.memory.regionOf(addr, span);
        if (r == null || write && !r.writable()) {
            return false;
        }
        if (write) {
            m.writeStart = r.start();
            m.writeEnd = r.end();
            m.writeData = r.data();
        } else {
            m.readStart = r.start();
            m.readEnd = r.end();
            m.readData = r.data();
        }
        return true;
    }

    // A conditional jump over one block (Translator: skipCount): 1 when it is not taken and
    // control falls into the block, else 0, computed without a branch so HotSpot can make
    // the block a conditional move. Operands are widened so that signed order is the
    // jump's order: 32-bit forms sign- or zero-extend the low halves, unsigned 64-bit ones
    // flip the sign bits (RFC 9669 4.3). SkipJumpTest holds them to the interpreter's jumps.

    /** 1 if x < y (signed), else 0 (Hacker's Delight 2-12). */
    private static long lt(long x, long y) {
        long d = x - y;
        return (d ^ ((x ^ y) & (d ^ x))) >>> 63;
    }

    /** 1 if x != 0, else 0 (Hacker's Delight 2-12). */
    private static long nz(long x) {
        return (x | -x) >>> 63;
    }

    private static long u64(long v) {
        return v ^ Long.MIN_VALUE;
    }

    private static long u32(long v) {
        return v & 0xffffffffL;
    }

    private static long s32(long v) {
        return (int) v;
    }

    static long fallsJeq64(long a, long b) {
        return nz(a ^ b);
    }

    static long fallsJeq32(long a, long b) {
        return nz(u32(a ^ b));
    }

    static long fallsJne64(long a, long b) {
        return nz(a ^ b) ^ 1;
    }

    static long fallsJne32(long a, long b) {
        return nz(u32(a ^ b)) ^ 1;
    }

    static long fallsJset64(long a, long b) {
        return nz(a & b) ^ 1;
    }

    static long fallsJset32(long a, long b) {
        return nz(u32(a & b)) ^ 1;
    }

    static long fallsJgt64(long a, long b) {
        return lt(u64(b), u64(a)) ^ 1;
    }

    static long fallsJgt32(long a, long b) {
        return lt(u32(b), u32(a)) ^ 1;
    }

    static long fallsJge64(long a, long b) {
        return lt(u64(a), u64(b));
    }

    static long fallsJge32(long a, long b) {
        return lt(u32(a), u32(b));
    }

    static long fallsJlt64(long a, long b) {
        return lt(u64(a), u64(b)) ^ 1;
    }

    static long fallsJlt32(long a, long b) {
        return lt(u32(a), u32(b)) ^ 1;
    }

    static long fallsJle64(long a, long b) {
        return lt(u64(b), u64(a));
    }

    static long fallsJle32(long a, long b) {
        return lt(u32(b), u32(a));
    }

    static long fallsJsgt64(long a, long b) {
        return lt(b, a) ^ 1;
    }

    static long fallsJsgt32(long a, long b) {
        return lt(s32(b), s32(a)) ^ 1;
    }

    static long fallsJsge64(long a, long b) {
        return lt(a, b);
    }

    static long fallsJsge32(long a, long b) {
        return lt(s32(a), s32(b));
    }

    static long fallsJslt64(long a, long b) {
        return lt(a, b) ^ 1;
    }

    static long fallsJslt32(long a, long b) {
        return lt(s32(a), s32(b)) ^ 1;
    }

    static long fallsJsle64(long a, long b) {
        return lt(b, a);
    }

    static long fallsJsle32(long a, long b) {
        return lt(s32(b), s32(a));
    }

    static byte[] frame(Machine m, int depth) {
        return JitLinkage.enterFrame(m.run, depth);
    }

    static long frameTop(Machine m, int depth) {
        return JitLinkage.frameTop(m.run, depth);
    }

    /**
     * A helper call (or callx of a helper number). Leaves the count in {@link Machine#insns}
     * and a requested tail call in {@link Machine#tail}; a stop request ends the run.
     */
    static long call(Machine m, long insns, int depth, Executable x, long id, long r1, long r2, long r3, long r4, long r5) {
        Run run = m.run;
        run.insns(insns);
        run.callingFrom(x, depth);
        long r0 = run.callHelper(id, r1, r2, r3, r4, r5);
        m.insns = run.insns();
        if (run.takeStop()) {
            throw new Stop(r0);
        }
        m.tail = run.takeTailCall();
        return r0;
    }

    /**
     * Runs the program a bpf_tail_call asked for in the caller's frame, as the interpreter
     * does: r1 becomes the context given to the helper, every other register is kept.
     */
    static long tailCall(Machine m, int depth, long r0, long r2, long r3, long r4, long r5,
                         long r6, long r7, long r8, long r9) {
        Executable next = m.tail;
        m.tail = null;
        return m.engine.compiled(next).code.call(0, m, depth, r0, m.run.tailCallContext(), r2, r3, r4, r5, r6, r7, r8, r9);
    }

    /**
     * A frame the JIT leaves to the interpreter (a subprogram over HotSpot's method size
     * limit, or callx to an address that is no subprogram entry). The interpreter starts a
     * frame from r1-r5 and r10 only and does not hand back its r1-r5, so the caller keeps its own.
     */
    static long interpret(Machine m, int depth, long r0, long r1, long r2, long r3, long r4, long r5,
                          long r6, long r7, long r8, long r9, Executable x, int pc) {
        if (pc < 0 || pc >= x.program().size()) {
            throw new BpfFault(BpfFault.Kind.BAD_CALL, -1, 0, 0, "callx to instruction " + pc + " outside the program");
        }
        JitLinkage.enterFrame(m.run, depth);
        m.run.insns(m.insns);
        long result = Engine.INTERPRETER.execute(m.run, x, pc, depth, r1, r2, r3, r4, r5, JitLinkage.frameTop(m.run, depth));
        m.insns = m.run.insns();
        long[] ret = m.ret;
        ret[1] = r1;
        ret[2] = r2;
        ret[3] = r3;
        ret[4] = r4;
        ret[5] = r5;
        return result;
    }

    /**
     * The rest of frame {@code depth} on the interpreter from instruction {@code pc}, with
     * r0-r10 the caller left in {@link Machine#scratch}: its r0 and count come back, its
     * r1-r5 go to {@link Machine#ret} as a compiled exit leaves them, and a stop ends the run.
     */
    static long resume(Machine m, int depth, Executable x, int pc, long insns, long mayGoto) {
        Run run = m.run;
        long[] regs = m.scratch;
        run.insns(insns);
        long r0 = JitLinkage.resume(run, x, pc, depth, regs, mayGoto);
        m.insns = run.insns();
        System.arraycopy(regs, 1, m.ret, 1, 5);
        if (run.takeStop()) {
            throw new Stop(r0);
        }
        return r0;
    }

    /** STX|ATOMIC on the registers the caller put in {@link Machine#scratch}. */
    static void atomic(Machine m, int dst, int src, int off, int size, int op) {
        Semantics.atomic(m.memory, m.scratch, dst, src, off, size, op);
    }

    /** LD_ABS/LD_IND; outside the packet the program ends with r0 = 0 after {@code insns} instructions. */
    static long legacyLoad(Machine m, long insns, int off, int size) {
        long v = JitLinkage.legacyPacketLoad(m.run, off, size);
        if (v < 0) {
            m.run.insns(insns);
            throw new Stop(0);
        }
        return v;
    }

    /**
     * Places a fault raised inside compiled code at instruction slot {@code slot}, with the
     * run's instruction count; one placed deeper (a callee, a callback) is kept as it is.
     */
    static BpfFault fault(Machine m, BpfFault f, int slot, long insns) {
        if (f.insn() >= 0) {
            return f;
        }
        m.run.insns(f.kind() == BpfFault.Kind.BUDGET ? m.budget : insns);
        return JitLinkage.place(f, slot);
    }

    static BpfFault callDepth(int slot) {
        return new BpfFault(BpfFault.Kind.CALL_DEPTH, slot, 0, 0,
                "call depth exceeds " + Interpreter.MAX_FRAMES + " frames (kernel: MAX_CALL_FRAMES)");
    }

    static BpfFault fellOff(int slot) {
        return new BpfFault(BpfFault.Kind.BAD_CALL, slot, 0, 0,
                "execution fell off the end of the program (the last instruction is not exit or a jump)");
    }

    static BpfFault kfunc(int slot, int btfId) {
        return new BpfFault(BpfFault.Kind.UNSUPPORTED, slot, 0, 0,
                "kfunc call (btf id " + (long) btfId + ") needs the kernel's BTF; bpflab cannot run kfuncs");
    }
}
