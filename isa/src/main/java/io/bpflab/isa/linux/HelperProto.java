package io.bpflab.isa.linux;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * @param condition empty when those functions return this prototype by default; else when
 *     they pick it instead of their default ("sleepable program", "kprobe.multi attach
 *     (BPF_TRACE_KPROBE_MULTI)", ...)
 */
public record HelperProto(Helper helper, String protoName, String source, ReturnSpec ret,
        List<ArgSpec> args, boolean gplOnly, boolean pktAccess, boolean mightSleep,
        List<String> chosenBy, String condition) {

    /** The most arguments a helper takes: r1..r5. */
    public static final int MAX_ARGS = 5;

    public HelperProto {
        Objects.requireNonNull(helper);
        Objects.requireNonNull(protoName);
        Objects.requireNonNull(source);
        Objects.requireNonNull(ret);
        Objects.requireNonNull(condition);
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

    /**
     * The prototype the verifier uses when a program of {@code type} calls {@code helper},
     * or empty when that program type may not call it ("program of this type cannot use
     * helper bpf_xdp_adjust_head#44"). Walks {@link ProgramType#funcProtoChain()} as the
     * kernel's {@code get_func_proto} does and takes the first function that handles the
     * helper, with its default prototype.
     *
     * <p>An approximation of the kernel, which also looks at what this table does not
     * know: it assumes a privileged loader (CAP_BPF and CAP_PERFMON; the kernel's
     * {@code bpf_base_func_proto} hides many helpers from others), the program type's
     * default attach type, a program that is not sleepable, and every kernel config
     * option on; where a function returns a prototype only under a run-time condition it
     * counts as returning it.
     */
    public static Optional<HelperProto> forProgramType(Helper helper, ProgramType type) {
        List<HelperProto> variants = variants(helper);
        for (String fn : type.funcProtoChain()) {
            if (BLOCKED.getOrDefault(fn, Set.of()).contains(helper)) {
                return Optional.empty();
            }
            List<HelperProto> handled = variants.stream().filter(p -> p.chosenBy.contains(fn)).toList();
            if (!handled.isEmpty()) {
                return handled.stream().filter(p -> p.condition.isEmpty()).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * Cases a {@code get_func_proto} function answers with NULL to hide a helper its
     * fallback would offer. kernel: net/core/filter.c, {@code lwt_seg6local_func_proto}.
     */
    private static final Map<String, Set<Helper>> BLOCKED =
            Map.of("lwt_seg6local_func_proto", Set.of(Helper.SKB_PULL_DATA));

    /** Every prototype in the table, by helper id. */
    public static List<HelperProto> all() {
        return HelperProtoTable.ALL;
    }
}
