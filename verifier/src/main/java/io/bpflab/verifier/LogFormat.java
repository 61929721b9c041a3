package io.bpflab.verifier;

/**
 * Scalars as the kernel's verifier log prints them (kernel/bpf/log.c of 6.12:
 * print_reg_state, print_scalar_ranges, tnum_strn, print_liveness): {@code 42},
 * {@code scalar()}, {@code scalar(smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff))}.
 */
public final class LogFormat {
    /** kernel: UNUM_MAX_DECIMAL, SNUM_MIN_DECIMAL, SNUM_MAX_DECIMAL. */
    private static final long UNUM_MAX_DECIMAL = 0xffff;
    private static final long SNUM_MIN_DECIMAL = Short.MIN_VALUE;
    private static final long SNUM_MAX_DECIMAL = Short.MAX_VALUE;

    private LogFormat() {
    }

    /** C's {@code %#llx} as the kernel's vsnprintf prints it ({@code 0x0} for zero). */
    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** kernel: verbose_unum, decimal up to 65535, hex above. */
    static String unsigned(long v) {
        return Long.compareUnsigned(v, UNUM_MAX_DECIMAL) <= 0 ? Long.toString(v) : hex(v);
    }

    /** kernel: verbose_snum, decimal within the s16 range, hex (two's complement) outside. */
    static String signed(long v) {
        return v >= SNUM_MIN_DECIMAL && v <= SNUM_MAX_DECIMAL ? Long.toString(v) : hex(v);
    }

    /** An imprecise scalar with no id: {@code 42} or {@code scalar(...)}. */
    public static String scalar(Scalar s) {
        return scalar(s, false, 0);
    }

    /**
     * A scalar register's value (kernel: print_reg_state for SCALAR_VALUE): {@code P} when
     * precise, the constant, or {@code scalar(} id, ranges that are not the type's limits,
     * var_off when something is known {@code )}.
     */
    public static String scalar(Scalar s, boolean precise, int id) {
        return scalar(s, precise, id, null);
    }

    /**
     * A scalar linked to its id by a constant delta ({@code r1 = r2; r1 += 4}), printed as
     * {@code scalar(id=2+4,...)} (kernel: BPF_ADD_CONST).
     */
    public static String scalarLinked(Scalar s, boolean precise, int id, int delta) {
        return scalar(s, precise, id, delta);
    }

    private static String scalar(Scalar s, boolean precise, int id, Integer delta) {
        StringBuilder sb = new StringBuilder();
        if (precise) {
            sb.append('P');
        }
        if (s.varOff().isConst()) {
            return sb.append(signed(s.varOff().value())).toString();
        }
        sb.append("scalar(");
        String sep = "";
        if (id != 0) {
            sb.append("id=").append(id);
            sep = ",";
        }
        if (delta != null) {
            sb.append(delta >= 0 ? "+" : "").append(delta);
        }
        sep = ranges(sb, s, sep);
        if (!s.varOff().isUnknown()) {
            sb.append(sep).append("var_off=").append(s.varOff());
        }
        return sb.append(')').toString();
    }

    /**
     * kernel: print_scalar_ranges. Bounds at their type's limit are left out; a later bound
     * of the same signedness family (every other entry) with the same value is merged into
     * the name list ({@code smax=umax=255}), never a negative with a non-negative. The 32-bit
     * signed bounds are zero-extended when they would print in hex, so that hex never shows
     * a misleading sign extension.
     */
    static String ranges(StringBuilder sb, Scalar s, String sep) {
        String[] names = {"smin", "smax", "umin", "umax", "smin32", "smax32", "umin32", "umax32"};
        long s32min = s.s32min();
        long s32max = s.s32max();
        long[] vals = {
            s.smin(), s.smax(), s.umin(), s.umax(),
            isSignedDecimal(s32min) ? s32min : Integer.toUnsignedLong(s.s32min()),
            isSignedDecimal(s32max) ? s32max : Integer.toUnsignedLong(s.s32max()),
            Integer.toUnsignedLong(s.u32min()), Integer.toUnsignedLong(s.u32max()),
        };
        boolean[] omit = {
            s.smin() == Long.MIN_VALUE, s.smax() == Long.MAX_VALUE, s.umin() == 0, s.umax() == -1L,
            s.s32min() == Integer.MIN_VALUE, s.s32max() == Integer.MAX_VALUE,
            s.u32min() == 0, s.u32max() == -1,
        };
        for (int i = 0; i < names.length; i++) {
            if (omit[i]) {
                continue;
            }
            boolean neg1 = names[i].charAt(0) == 's' && vals[i] < 0;
            sb.append(sep).append(names[i]).append('=');
            sep = ",";
            for (int j = i + 2; j < names.length; j += 2) {
                if (omit[j] || vals[j] != vals[i]) {
                    continue;
                }
                boolean neg2 = names[j].charAt(0) == 's' && vals[j] < 0;
                if (neg2 != neg1) {
                    continue;
                }
                omit[j] = true;
                sb.append(names[j]).append('=');
            }
            sb.append(names[i].charAt(0) == 's' ? signed(vals[i]) : unsigned(vals[i]));
        }
        return sep;
    }

    private static boolean isSignedDecimal(long v) {
        return v >= SNUM_MIN_DECIMAL && v <= SNUM_MAX_DECIMAL;
    }

    /**
     * The liveness marks after a register's name (kernel: print_liveness): {@code _} and
     * then {@code r}, {@code w}, {@code D} for read, written, done; empty when none.
     */
    public static String liveness(boolean read, boolean written, boolean done) {
        if (!read && !written && !done) {
            return "";
        }
        return "_" + (read ? "r" : "") + (written ? "w" : "") + (done ? "D" : "");
    }

    /** One register as print_verifier_state prints it, without the leading space: {@code R2_w=7}. */
    public static String register(int regno, String liveness, String value) {
        return "R" + regno + liveness + "=" + value;
    }

    /**
     * The line the kernel logs when a register's facts contradict each other (kernel:
     * reg_bounds_sanity_check), without its newline.
     */
    public static String invariantViolation(String ctx, String msg, Scalar s) {
        return "REG INVARIANTS VIOLATION (" + ctx + "): " + msg
            + " u64=[" + hex(s.umin()) + ", " + hex(s.umax()) + "]"
            + " s64=[" + hex(s.smin()) + ", " + hex(s.smax()) + "]"
            + " u32=[" + hex32(s.u32min()) + ", " + hex32(s.u32max()) + "]"
            + " s32=[" + hex32(s.s32min()) + ", " + hex32(s.s32max()) + "]"
            + " var_off=(" + hex(s.varOff().value()) + ", " + hex(s.varOff().mask()) + ")";
    }

    private static String hex32(int v) {
        return "0x" + Integer.toHexString(v);
    }
}
