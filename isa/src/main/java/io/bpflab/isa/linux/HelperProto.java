package io.bpflab.isa.linux;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A helper's prototype as the verifier checks calls against it: the kernel's
 * {@code struct bpf_func_proto} (include/linux/bpf.h) for one helper, taken from the
 * definition named {@link #protoName} in {@link #source} (Linux 6.12).
 *
 * <p>Several helpers have more than one prototype: the program type's
 * {@code get_func_proto} picks one (tc's {@code perf_event_output} takes an skb context,
 * a kprobe's a {@code pt_regs}). {@link #of} gives the general one, the one
 * {@code bpf_base_func_proto} hands out or else the one named after the helper's own
 * function; {@link #variants} lists all of them with the {@code get_func_proto} functions
 * that return each.
 *
 * @param helper the helper this prototype serves
 * @param protoName the kernel variable, {@code bpf_map_lookup_elem_proto}
 * @param source the kernel file that defines it, {@code kernel/bpf/helpers.c}
 * @param ret what r0 holds after the call
 * @param args r1..r5 as far as the helper uses them (trailing {@code ARG_DONTCARE} dropped)
 * @param gplOnly callable only from GPL-compatible programs ("cannot call GPL-restricted
 *     function from non-GPL compatible program")
 * @param pktAccess the helper accepts packet pointers for its memory arguments
 * @param mightSleep callable only from sleepable programs
 * @param chosenBy the kernel functions that return this prototype for the helper
 *     ({@code bpf_base_func_proto}, {@code tc_cls_act_func_proto}, ...)
 */
public record HelperProto(Helper helper, String protoName, String source, ReturnSpec ret,
        List<ArgSpec> args, boolean gplOnly, boolean pktAccess, boolean mightSleep,
        List<String> chosenBy) {

    /** The most arguments a helper takes: r1..r5. */
    public static final int MAX_ARGS = 5;

    public HelperProto {
        Objects.requireNonNull(helper);
        Objects.requireNonNull(protoName);
        Objects.requireNonNull(source);
        Objects.requireNonNull(ret);
        args = List.copyOf(args);
        chosenBy = List.copyOf(chosenBy);
        if (args.size() > MAX_ARGS) {
            throw new IllegalArgumentException(protoName + ": " + args.size() + " arguments");
        }
    }

    /** Argument {@code n} (1..5) as the kernel's {@code argN_type}; DONTCARE past the end. */
    public ArgSpec arg(int n) {
        if (n < 1 || n > MAX_ARGS) {
            throw new IllegalArgumentException("argument " + n + " of " + MAX_ARGS);
        }
        return n <= args.size() ? args.get(n - 1) : ArgSpec.of(ArgType.ARG_DONTCARE);
    }

    /** The general prototype of {@code helper}, or empty when this table has none. */
    public static Optional<HelperProto> of(Helper helper) {
        return HelperProtoTable.general(helper);
    }

    /** Every prototype the kernel has for {@code helper}, the general one first. */
    public static List<HelperProto> variants(Helper helper) {
        return HelperProtoTable.variants(helper);
    }

    /** Every prototype in the table, by helper id. */
    public static List<HelperProto> all() {
        return HelperProtoTable.ALL;
    }
}
