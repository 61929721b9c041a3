package io.bpflab.vm;

/**
 * The meaning of every eBPF operation, written once. The interpreter calls these methods;
 * the JIT emits {@code invokestatic} to the same methods, so the two engines cannot drift.
 * Values are carried in {@code long}s; 32-bit results are returned zero-extended, as an
 * ALU32 instruction writes its destination (RFC 9669 4.1).
 */
public final class Semantics {

    private Semantics() {
    }

    /** ALU32 results zero-extend into the 64-bit register (RFC 9669 4.1). */
    public static long zext32(int v) {
        return v & 0xffffffffL;
    }

    public static long add64(long a, long b) {
        return a + b;
    }

    public static long add32(long a, long b) {
        return zext32((int) a + (int) b);
    }

    public static long sub64(long a, long b) {
        return a - b;
    }

    public static long sub32(long a, long b) {
        return zext32((int) a - (int) b);
    }

    public static long mul64(long a, long b) {
        return a * b;
    }

    public static long mul32(long a, long b) {
        return zext32((int) a * (int) b);
    }

    /** Unsigned division; a zero divisor gives 0 (RFC 9669 4.1, kernel: the verifier patches it so). */
    public static long div64(long a, long b) {
        return b == 0 ? 0 : Long.divideUnsigned(a, b);
    }

    public static long div32(long a, long b) {
        int d = (int) b;
        return d == 0 ? 0 : zext32(Integer.divideUnsigned((int) a, d));
    }

    /** Unsigned modulo; a zero divisor leaves the dividend (RFC 9669 4.1). */
    public static long mod64(long a, long b) {
        return b == 0 ? a : Long.remainderUnsigned(a, b);
    }

    /** A zero divisor leaves the dividend's low 32 bits, zero-extended like any ALU32 result. */
    public static long mod32(long a, long b) {
        int d = (int) b;
        return d == 0 ? zext32((int) a) : zext32(Integer.remainderUnsigned((int) a, d));
    }

    /** Signed division: by zero gives 0; {@code LLONG_MIN / -1} gives LLONG_MIN (Java wraps the same way). */
    public static long sdiv64(long a, long b) {
        return b == 0 ? 0 : a / b;
    }

    public static long sdiv32(long a, long b) {
        int d = (int) b;
        return d == 0 ? 0 : zext32((int) a / d);
    }

    /** Signed modulo: by zero leaves the dividend; {@code LLONG_MIN % -1} is 0. The sign follows the dividend. */
    public static long smod64(long a, long b) {
        return b == 0 ? a : a % b;
    }

    public static long smod32(long a, long b) {
        int d = (int) b;
        return d == 0 ? zext32((int) a) : zext32((int) a % d);
    }

    public static long or64(long a, long b) {
        return a | b;
    }

    public static long or32(long a, long b) {
        return zext32((int) a | (int) b);
    }

    public static long and64(long a, long b) {
        return a & b;
    }

    public static long and32(long a, long b) {
        return zext32((int) a & (int) b);
    }

    public static long xor64(long a, long b) {
        return a ^ b;
    }

    public static long xor32(long a, long b) {
        return zext32((int) a ^ (int) b);
    }

    public static long mov64(long a, long b) {
        return b;
    }

    public static long mov32(long a, long b) {
        return zext32((int) b);
    }

    /** Shift counts are masked to the operand width (RFC 9669 4.1: 64-bit & 63, 32-bit & 31); Java masks the same way. */
    public static long lsh64(long a, long b) {
        return a << b;
    }

    public static long lsh32(long a, long b) {
        return zext32((int) a << (int) b);
    }

    public static long rsh64(long a, long b) {
        return a >>> b;
    }

    public static long rsh32(long a, long b) {
        return zext32((int) a >>> (int) b);
    }

    public static long arsh64(long a, long b) {
        return a >> b;
    }

    public static long arsh32(long a, long b) {
        return zext32((int) a >> (int) b);
    }

    public static long neg64(long a) {
        return -a;
    }

    public static long neg32(long a) {
        return zext32(-(int) a);
    }

    /** MOVSX: sign-extend the low {@code bits} of {@code a} to 64 bits. */
    public static long sext(long a, int bits) {
        return switch (bits) {
            case 8 -> (byte) a;
            case 16 -> (short) a;
            default -> (int) a;
        };
    }

    /** MOVSX in ALU32: sign-extend to 32 bits, then zero-extend the result. */
    public static long sext32(long a, int bits) {
        return zext32((int) sext(a, bits));
    }

    /** {@code le16/32/64} on a little-endian machine only truncates (RFC 9669 4.2). */
    public static long le(long a, int bits) {
        return switch (bits) {
            case 16 -> a & 0xffffL;
            case 32 -> a & 0xffffffffL;
            default -> a;
        };
    }

    /** {@code be16/32/64} and {@code bswap16/32/64}: swap the low {@code bits}, truncating the rest. */
    public static long swap(long a, int bits) {
        return switch (bits) {
            case 16 -> Short.reverseBytes((short) a) & 0xffffL;
            case 32 -> Integer.reverseBytes((int) a) & 0xffffffffL;
            default -> Long.reverseBytes(a);
        };
    }

    // Conditional jumps (RFC 9669 4.3). The 32-bit forms compare the low halves.

    public static boolean jeq64(long a, long b) {
        return a == b;
    }

    public static boolean jeq32(long a, long b) {
        return (int) a == (int) b;
    }

    public static boolean jne64(long a, long b) {
        return a != b;
    }

    public static boolean jne32(long a, long b) {
        return (int) a != (int) b;
    }

    public static boolean jgt64(long a, long b) {
        return Long.compareUnsigned(a, b) > 0;
    }

    public static boolean jgt32(long a, long b) {
        return Integer.compareUnsigned((int) a, (int) b) > 0;
    }

    public static boolean jge64(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0;
    }

    public static boolean jge32(long a, long b) {
        return Integer.compareUnsigned((int) a, (int) b) >= 0;
    }

    public static boolean jlt64(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    public static boolean jlt32(long a, long b) {
        return Integer.compareUnsigned((int) a, (int) b) < 0;
    }

    public static boolean jle64(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0;
    }

    public static boolean jle32(long a, long b) {
        return Integer.compareUnsigned((int) a, (int) b) <= 0;
    }

    public static boolean jset64(long a, long b) {
        return (a & b) != 0;
    }

    public static boolean jset32(long a, long b) {
        return ((int) a & (int) b) != 0;
    }

    public static boolean jsgt64(long a, long b) {
        return a > b;
    }

    public static boolean jsgt32(long a, long b) {
        return (int) a > (int) b;
    }

    public static boolean jsge64(long a, long b) {
        return a >= b;
    }

    public static boolean jsge32(long a, long b) {
        return (int) a >= (int) b;
    }

    public static boolean jslt64(long a, long b) {
        return a < b;
    }

    public static boolean jslt32(long a, long b) {
        return (int) a < (int) b;
    }

    public static boolean jsle64(long a, long b) {
        return a <= b;
    }

    public static boolean jsle32(long a, long b) {
        return (int) a <= (int) b;
    }

    /**
     * The new memory value of an atomic read-modify-write (RFC 9669 5.3); {@code op} is the
     * {@link io.bpflab.isa.AtomicOp#imm} without its fetch bit. The caller truncates to the access size.
     */
    public static long atomicCombine(int op, long old, long operand) {
        return switch (op & ~0x01) {
            case 0x00 -> old + operand;
            case 0x40 -> old | operand;
            case 0x50 -> old & operand;
            case 0xa0 -> old ^ operand;
            case 0xe0 -> operand;
            default -> throw new IllegalArgumentException("not a read-modify-write atomic op: 0x" + Integer.toHexString(op));
        };
    }

    /**
     * One STX|ATOMIC instruction (RFC 9669 5.3, Linux 6.15 for acquire/release) on
     * registers {@code r}: {@code size} bytes at {@code r[dst] + off} ({@code r[src] + off}
     * for load-acquire). Fetching forms return the old value zero-extended into src;
     * cmpxchg compares with r0 (its low 32 bits for the 32-bit form) and always loads the
     * old value into r0.
     */
    public static void atomic(Memory m, long[] r, int dst, int src, int off, int size, int op) {
        switch (op) {
            case 0x100 -> r[dst] = m.load(r[src] + off, size);
            case 0x110 -> m.store(r[dst] + off, size, r[src]);
            case 0xf1 -> {
                long addr = r[dst] + off;
                long old = m.load(addr, size);
                boolean equal = size == 8 ? old == r[0] : (int) old == (int) r[0];
                if (equal) {
                    m.store(addr, size, r[src]);
                }
                r[0] = old;
            }
            default -> {
                long addr = r[dst] + off;
                long old = m.load(addr, size);
                m.store(addr, size, atomicCombine(op, old, r[src]));
                if ((op & 0x01) != 0) {
                    r[src] = old;
                }
            }
        }
    }
}
