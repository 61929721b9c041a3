package io.bpflab.vm;

import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.EndianOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random ALU and conditional-jump programs: the interpreter's registers after each
 * program equal those of a reference model written here independently, on unbounded
 * integers from the definitions of RFC 9669 4.1-4.3 (not on {@link Semantics}).
 */
class RandomAluTest {

    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger TWO32 = BigInteger.ONE.shiftLeft(32);

    /** The value as an unsigned number of {@code bits} bits. */
    private static BigInteger u(long v, int bits) {
        return BigInteger.valueOf(v).mod(BigInteger.ONE.shiftLeft(bits));
    }

    /** The value's low {@code bits} as a signed number. */
    private static BigInteger s(long v, int bits) {
        BigInteger x = u(v, bits);
        return x.testBit(bits - 1) ? x.subtract(BigInteger.ONE.shiftLeft(bits)) : x;
    }

    /** C-style truncating division of signed values. */
    private static BigInteger[] truncDivRem(BigInteger a, BigInteger b) {
        return a.divideAndRemainder(b);
    }

    static long reference(AluOp op, int bits, long dst, long src) {
        BigInteger mod = bits == 64 ? TWO64 : TWO32;
        BigInteger a = u(dst, bits);
        BigInteger b = u(src, bits);
        int shift = (int) (src & (bits - 1));
        BigInteger r = switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.subtract(b);
            case MUL -> a.multiply(b);
            case DIV -> b.signum() == 0 ? BigInteger.ZERO : a.divide(b);
            case MOD -> b.signum() == 0 ? a : a.mod(b);
            case SDIV -> s(src, bits).signum() == 0 ? BigInteger.ZERO : truncDivRem(s(dst, bits), s(src, bits))[0];
            case SMOD -> s(src, bits).signum() == 0 ? s(dst, bits) : truncDivRem(s(dst, bits), s(src, bits))[1];
            case OR -> a.or(b);
            case AND -> a.and(b);
            case XOR -> a.xor(b);
            case MOV -> b;
            case LSH -> a.shiftLeft(shift);
            case RSH -> a.shiftRight(shift);
            case ARSH -> s(dst, bits).shiftRight(shift);
        };
        // ALU32 results are zero-extended: the unsigned value mod 2^bits is the whole register.
        return r.mod(mod).longValue();
    }

    static boolean taken(JmpOp op, int bits, long a, long b) {
        BigInteger ua = u(a, bits);
        BigInteger ub = u(b, bits);
        int uc = ua.compareTo(ub);
        int sc = s(a, bits).compareTo(s(b, bits));
        return switch (op) {
            case JEQ -> uc == 0;
            case JNE -> uc != 0;
            case JGT -> uc > 0;
            case JGE -> uc >= 0;
            case JLT -> uc < 0;
            case JLE -> uc <= 0;
            case JSGT -> sc > 0;
            case JSGE -> sc >= 0;
            case JSLT -> sc < 0;
            case JSLE -> sc <= 0;
            case JSET -> ua.and(ub).signum() != 0;
        };
    }

    @Test
    void randomProgramsMatchTheReferenceModel() {
        SplittableRandom rnd = new SplittableRandom(20261125);
        AluOp[] ops = AluOp.values();
        for (int round = 0; round < 300; round++) {
            long[] regs = new long[10];
            List<Insn> insns = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                regs[r] = switch (rnd.nextInt(4)) {
                    case 0 -> rnd.nextLong();
                    case 1 -> rnd.nextInt(-4, 5);
                    case 2 -> rnd.nextBoolean() ? Long.MIN_VALUE : Integer.MIN_VALUE;
                    default -> rnd.nextLong() & 0xffffffffL;
                };
                insns.add(Insn.LoadImm64.of(Reg.of(r), regs[r]));
            }
            for (int k = 0; k < 40; k++) {
                int d = rnd.nextInt(10);
                Width w = rnd.nextBoolean() ? Width.W64 : Width.W32;
                int bits = w == Width.W64 ? 64 : 32;
                switch (rnd.nextInt(12)) {
                    case 10, 11 -> {
                        // if (a op b) skip the next mov: the mov's effect tells whether the jump was taken.
                        JmpOp op = JmpOp.values()[rnd.nextInt(JmpOp.values().length)];
                        boolean reg = rnd.nextBoolean();
                        int src = rnd.nextInt(10);
                        int imm = rnd.nextInt(3) == 0 ? rnd.nextInt(-3, 4) : rnd.nextInt();
                        long b = reg ? regs[src] : imm;
                        insns.add(reg ? new Insn.JumpReg(w, op, Reg.of(d), Reg.of(src), Target.offset(1))
                                : new Insn.JumpImm(w, op, Reg.of(d), imm, Target.offset(1)));
                        int victim = rnd.nextInt(10);
                        int value = rnd.nextInt();
                        insns.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.of(victim), value));
                        if (!taken(op, bits, regs[d], b)) {
                            regs[victim] = value;
                        }
                    }
                    case 0 -> {
                        int b = new int[] {16, 32, 64}[rnd.nextInt(3)];
                        EndianOp e = EndianOp.values()[rnd.nextInt(3)];
                        insns.add(new Insn.Endian(e, b, Reg.of(d)));
                        long v = regs[d];
                        BigInteger x = BigInteger.valueOf(v).mod(TWO64).mod(BigInteger.ONE.shiftLeft(b));
                        if (e != EndianOp.LE) {
                            byte[] le = new byte[b / 8];
                            for (int i = 0; i < le.length; i++) {
                                le[i] = x.shiftRight(8 * i).byteValue();
                            }
                            x = new BigInteger(1, le);
                        }
                        regs[d] = x.longValue();
                    }
                    case 1 -> {
                        insns.add(new Insn.Neg(w, Reg.of(d)));
                        regs[d] = BigInteger.ZERO.subtract(u(regs[d], bits)).mod(bits == 64 ? TWO64 : TWO32).longValue();
                    }
                    case 2 -> {
                        int src = rnd.nextInt(10);
                        int from = w == Width.W64 ? new int[] {8, 16, 32}[rnd.nextInt(3)] : new int[] {8, 16}[rnd.nextInt(2)];
                        insns.add(new Insn.MovSx(w, Reg.of(d), Reg.of(src), from));
                        regs[d] = s(regs[src], from).mod(bits == 64 ? TWO64 : TWO32).longValue();
                    }
                    default -> {
                        AluOp op = ops[rnd.nextInt(ops.length)];
                        if (rnd.nextBoolean()) {
                            int src = rnd.nextInt(10);
                            insns.add(new Insn.AluReg(w, op, Reg.of(d), Reg.of(src)));
                            regs[d] = reference(op, bits, regs[d], regs[src]);
                        } else {
                            int imm = rnd.nextInt(3) == 0 ? rnd.nextInt(-3, 4) : rnd.nextInt();
                            insns.add(new Insn.AluImm(w, op, Reg.of(d), imm));
                            // ALU64 sign-extends the immediate (RFC 9669 4.1).
                            regs[d] = reference(op, bits, regs[d], imm);
                        }
                    }
                }
            }
            insns.add(new Insn.Exit());
            // The tracer sees the registers before each instruction: after the last, at exit.
            long[] seen = new long[10];
            Vm vm = Vm.conformance();
            vm.tracer(new Tracer() {
                @Override
                public void step(Executable x, int index, long[] r, int depth) {
                }

                @Override
                public void exit(long[] r) {
                    System.arraycopy(r, 0, seen, 0, 10);
                }
            });
            vm.run(vm.load(Program.of(insns), "random"), 0, 0, null);
            for (int r = 0; r < 10; r++) {
                assertEquals(regs[r], seen[r], "round " + round + ", r" + r + " after " + insns.subList(10, insns.size()));
            }
        }
    }
}
