package io.bpflab.verifier;

import io.bpflab.isa.linux.ProgramType;

/**
 * The values a program's type allows it to return (kernel: check_return_code), checked on
 * r0 at the main program's exit: {@code [0, 1]} for cgroup, sock_ops, sysctl, sockopt,
 * sk_lookup and netfilter programs (with their default attach types); any value for the
 * others.
 */
final class ReturnRange {
    private ReturnRange() {
    }

    static void check(LoadAttrs attrs, RegState r0) throws Refusal {
        long[] range = switch (attrs.type()) {
            case CGROUP_SKB, CGROUP_SOCK, SOCK_OPS, CGROUP_DEVICE, CGROUP_SYSCTL, CGROUP_SOCKOPT, CGROUP_SOCK_ADDR,
                 SK_LOOKUP, NETFILTER -> new long[] {0, 1};
            default -> null;
        };
        if (range == null) {
            return;
        }
        if (!(r0 instanceof RegState.ScalarReg sr)) {
            throw new Refusal("At program exit the register R0 is not a known value (" + RegState.typeOf(r0) + ")");
        }
        Scalar v = sr.value();
        if (range[0] <= v.smin() && v.smax() <= range[1]) {
            return;
        }
        StringBuilder sb = new StringBuilder("At program exit the register R0 has");
        boolean unknown = true;
        if (v.smin() > Long.MIN_VALUE) {
            sb.append(" smin=").append(v.smin());
            unknown = false;
        }
        if (v.smax() < Long.MAX_VALUE) {
            sb.append(" smax=").append(v.smax());
            unknown = false;
        }
        if (unknown) {
            sb.append(" unknown scalar value");
        }
        throw new Refusal(sb.append(" should have been in [").append(range[0]).append(", ").append(range[1])
            .append("]").toString());
    }

    /** Whether {@code type} checks its return value at all. */
    static boolean checks(ProgramType type) {
        try {
            check(LoadAttrs.of(type, java.util.List.of()), new RegState.ScalarReg(Scalar.UNKNOWN));
            return false;
        } catch (Refusal r) {
            return true;
        }
    }
}
