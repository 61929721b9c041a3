package io.bpflab.isa.linux;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Program types, numbered as {@code BPF_PROG_LOAD}'s {@code prog_type} takes them. Source:
 * Linux 6.12 {@code include/uapi/linux/bpf.h}, {@code enum bpf_prog_type}; each constant is
 * the uapi name without {@code BPF_PROG_TYPE_}.
 */
public enum ProgramType {
    UNSPEC(0),
    SOCKET_FILTER(1),
    KPROBE(2),
    SCHED_CLS(3),
    SCHED_ACT(4),
    TRACEPOINT(5),
    XDP(6),
    PERF_EVENT(7),
    CGROUP_SKB(8),
    CGROUP_SOCK(9),
    LWT_IN(10),
    LWT_OUT(11),
    LWT_XMIT(12),
    SOCK_OPS(13),
    SK_SKB(14),
    CGROUP_DEVICE(15),
    SK_MSG(16),
    RAW_TRACEPOINT(17),
    CGROUP_SOCK_ADDR(18),
    LWT_SEG6LOCAL(19),
    LIRC_MODE2(20),
    SK_REUSEPORT(21),
    FLOW_DISSECTOR(22),
    CGROUP_SYSCTL(23),
    RAW_TRACEPOINT_WRITABLE(24),
    CGROUP_SOCKOPT(25),
    TRACING(26),
    STRUCT_OPS(27),
    EXT(28),
    LSM(29),
    SK_LOOKUP(30),
    SYSCALL(31),
    NETFILTER(32);

    private static final String PREFIX = "BPF_PROG_TYPE_";
    private static final UapiTable<ProgramType> TABLE = new UapiTable<>(ProgramType.class, ProgramType::id, PREFIX);

    private final int id;
    private final String shortName;

    ProgramType(int id) {
        this.id = id;
        this.shortName = name().toLowerCase(Locale.ROOT);
    }

    /** The uapi number. */
    public int id() {
        return id;
    }

    /**
     * The lower-case name without prefix, as libbpf's {@code libbpf_bpf_prog_type_str} and
     * bpftool print it: {@code socket_filter}, {@code sched_cls}, {@code xdp}.
     */
    public String shortName() {
        return shortName;
    }

    /** The uapi constant: {@code BPF_PROG_TYPE_XDP}. */
    public String uapiName() {
        return PREFIX + name();
    }

    /** The program type numbered {@code id}, or empty when Linux 6.12 has none. */
    public static Optional<ProgramType> byId(int id) {
        return TABLE.byId(id);
    }

    /**
     * The program type called {@code name}: the short name ({@code sched_cls}) or the uapi
     * name ({@code BPF_PROG_TYPE_SCHED_CLS}), in either case. Section names such as
     * {@code tc} or {@code kprobe/sys_open} are {@link #fromSection}'s business.
     */
    public static Optional<ProgramType> byName(String name) {
        return TABLE.byName(name);
    }

    /**
     * The layout of the context {@code r1} points to when the program starts, per
     * {@code BPF_PROG_TYPE(..., prog_ctx_type, ...)} in include/linux/bpf_types.h. Empty
     * where the context has no fixed uapi layout: tracepoints (the event's own record),
     * BTF-typed programs (tracing, lsm, struct_ops, ext, syscall), and the types whose
     * structs this table does not describe yet (sock_ops, sysctl, sockopt, sk_reuseport,
     * sk_lookup, netfilter, lirc_mode2).
     */
    public Optional<ContextLayout> context() {
        return Optional.ofNullable(switch (this) {
            case SOCKET_FILTER, SCHED_CLS, SCHED_ACT, CGROUP_SKB, LWT_IN, LWT_OUT, LWT_XMIT,
                    LWT_SEG6LOCAL, SK_SKB, FLOW_DISSECTOR -> ContextLayout.SK_BUFF;
            case XDP -> ContextLayout.XDP_MD;
            // kernel: bpf_user_pt_regs_t is struct pt_regs on x86-64, the only layout here.
            case KPROBE -> ContextLayout.PT_REGS_X86_64;
            case PERF_EVENT -> ContextLayout.BPF_PERF_EVENT_DATA_X86_64;
            case RAW_TRACEPOINT, RAW_TRACEPOINT_WRITABLE -> ContextLayout.BPF_RAW_TRACEPOINT_ARGS;
            case CGROUP_SOCK -> ContextLayout.BPF_SOCK;
            case CGROUP_SOCK_ADDR -> ContextLayout.BPF_SOCK_ADDR;
            case SK_MSG -> ContextLayout.SK_MSG_MD;
            case CGROUP_DEVICE -> ContextLayout.BPF_CGROUP_DEV_CTX;
            case UNSPEC, TRACEPOINT, SOCK_OPS, LIRC_MODE2, SK_REUSEPORT, CGROUP_SYSCTL,
                    CGROUP_SOCKOPT, TRACING, STRUCT_OPS, EXT, LSM, SK_LOOKUP, SYSCALL,
                    NETFILTER -> null;
        });
    }

    /**
     * The kernel functions that answer "which prototype does helper N have for this
     * program?", in the order the kernel consults them: the program type's
     * {@code get_func_proto} (from its {@code bpf_verifier_ops}), the functions it asks
     * before its own {@code switch}, and its {@code default:} fallbacks, down to
     * {@code bpf_base_func_proto}. Sources: include/linux/bpf_types.h for the ops,
     * net/core/filter.c, kernel/trace/bpf_trace.c, kernel/bpf/cgroup.c and
     * kernel/bpf/helpers.c for the functions. Empty for the BTF-typed program types
     * (tracing, lsm, struct_ops, ext, syscall), lirc_mode2 and netfilter, which this
     * table does not model. See {@link HelperProto#forProgramType}.
     */
    public List<String> funcProtoChain() {
        final String base = "bpf_base_func_proto";
        final String skBase = "bpf_sk_base_func_proto";
        final String tracing = "bpf_tracing_func_proto";
        final String cgCommon = "cgroup_common_func_proto";
        final String cgCurrent = "cgroup_current_func_proto";
        return switch (this) {
            case SOCKET_FILTER -> List.of("sk_filter_func_proto", skBase, base);
            case SCHED_CLS, SCHED_ACT -> List.of("tc_cls_act_func_proto", skBase, base);
            case XDP -> List.of("xdp_func_proto", skBase, base);
            case CGROUP_SKB -> List.of(cgCommon, "cg_skb_func_proto", "sk_filter_func_proto", skBase, base);
            case CGROUP_SOCK -> List.of(cgCommon, cgCurrent, "sock_filter_func_proto", base);
            case CGROUP_SOCK_ADDR -> List.of(cgCommon, cgCurrent, "sock_addr_func_proto", skBase, base);
            case LWT_IN -> List.of("lwt_in_func_proto", "lwt_out_func_proto", skBase, base);
            case LWT_OUT -> List.of("lwt_out_func_proto", skBase, base);
            case LWT_XMIT -> List.of("lwt_xmit_func_proto", "lwt_out_func_proto", skBase, base);
            case LWT_SEG6LOCAL -> List.of("lwt_seg6local_func_proto", "lwt_out_func_proto", skBase, base);
            case SOCK_OPS -> List.of(cgCommon, "sock_ops_func_proto", skBase, base);
            case SK_SKB -> List.of("sk_skb_func_proto", skBase, base);
            case SK_MSG -> List.of("sk_msg_func_proto", skBase, base);
            case FLOW_DISSECTOR -> List.of("flow_dissector_func_proto", skBase, base);
            case CGROUP_DEVICE -> List.of(cgCommon, cgCurrent, "cgroup_dev_func_proto", base);
            case CGROUP_SYSCTL -> List.of(cgCommon, cgCurrent, "sysctl_func_proto", base);
            case CGROUP_SOCKOPT -> List.of(cgCommon, cgCurrent, "cg_sockopt_func_proto", base);
            case SK_REUSEPORT -> List.of("sk_reuseport_func_proto", base);
            case SK_LOOKUP -> List.of("sk_lookup_func_proto", skBase, base);
            case KPROBE -> List.of("kprobe_prog_func_proto", tracing, base);
            case TRACEPOINT -> List.of("tp_prog_func_proto", tracing, base);
            case PERF_EVENT -> List.of("pe_prog_func_proto", tracing, base);
            case RAW_TRACEPOINT, RAW_TRACEPOINT_WRITABLE -> List.of("raw_tp_prog_func_proto", tracing, base);
            case UNSPEC, LIRC_MODE2, TRACING, STRUCT_OPS, EXT, LSM, SYSCALL, NETFILTER -> List.of();
        };
    }

    /**
     * What libbpf makes of an ELF section name: the first rule of its {@code section_defs}
     * table that matches, carrying the program type and the expected attach type. Empty
     * when libbpf would not guess a type either ("failed to guess program type from ELF
     * section"). See {@link SectionDef} for the rules.
     */
    public static Optional<SectionDef> fromSection(String section) {
        return SectionDef.find(section);
    }
}
