package io.bpflab.isa.linux;

import static io.bpflab.isa.linux.ProgramType.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of libbpf's table that maps an ELF section name to a program type
 * ({@code section_defs} in libbpf's {@code src/libbpf.c}, v1.5, the libbpf of Linux 6.12),
 * matched the way {@code sec_def_matches} does it:
 * <ul>
 *   <li>a pattern ending in {@code +} ({@code kprobe+}) matches the bare word
 *       ({@code kprobe}) or the word, a slash and anything ({@code kprobe/sys_open}), but
 *       not {@code kprobex};
 *   <li>a pattern ending in {@code /} ({@code sk_skb/}) matches any name it prefixes;
 *   <li>any other pattern ({@code xdp}, {@code cgroup/skb}) matches only itself.
 * </ul>
 * The first matching rule wins, so {@code xdp/devmap} comes before {@code xdp}.
 *
 * @param pattern the rule as libbpf spells it, {@code +} included
 * @param programType the program type a matching section loads as
 * @param expectedAttachType what libbpf puts in {@code expected_attach_type}; empty where
 *     libbpf writes 0 because the program type ignores it at load time
 * @param flags what else libbpf derives from the rule when loading
 */
public record SectionDef(String pattern, ProgramType programType,
        Optional<AttachType> expectedAttachType, Set<Flag> flags) {

    /** The load-relevant cookie bits of a libbpf section rule ({@code enum sec_def_flags}). */
    public enum Flag {
        /** {@code SEC_SLEEPABLE}: loaded with {@code BPF_F_SLEEPABLE}. */
        SLEEPABLE,
        /** {@code SEC_XDP_FRAGS}: loaded with {@code BPF_F_XDP_HAS_FRAGS}. */
        XDP_FRAGS,
        /**
         * {@code SEC_ATTACH_BTF}: the name after the slash is a kernel function or type that
         * the load must name by BTF id ({@code attach_btf_id}).
         */
        ATTACH_BTF
    }

    public SectionDef {
        Objects.requireNonNull(pattern);
        Objects.requireNonNull(programType);
        Objects.requireNonNull(expectedAttachType);
        EnumSet<Flag> copy = EnumSet.noneOf(Flag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
    }

    /** Whether libbpf would pick this rule for section {@code name} (if no earlier one won). */
    public boolean matches(String name) {
        if (pattern.endsWith("/")) {
            return name.startsWith(pattern);
        }
        if (pattern.endsWith("+")) {
            String word = pattern.substring(0, pattern.length() - 1);
            return name.equals(word) || name.startsWith(word + "/");
        }
        return name.equals(pattern);
    }

    /**
     * The number libbpf passes as {@code expected_attach_type}: the attach type's, or 0
     * (which the kernel ignores for program types that need none).
     */
    public int expectedAttachTypeValue() {
        return expectedAttachType.map(AttachType::id).orElse(0);
    }

    /** libbpf's rules, in its order. */
    public static List<SectionDef> libbpfRules() {
        return LIBBPF;
    }

    /** The first of libbpf's rules that matches section {@code name}. */
    public static Optional<SectionDef> find(String name) {
        for (SectionDef d : LIBBPF) {
            if (d.matches(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static SectionDef def(String pattern, ProgramType type, Flag... flags) {
        return new SectionDef(pattern, type, Optional.empty(), Set.of(flags));
    }

    private static SectionDef def(String pattern, ProgramType type, AttachType attach, Flag... flags) {
        return new SectionDef(pattern, type, Optional.of(attach), Set.of(flags));
    }

    private static final Flag SLEEPABLE = Flag.SLEEPABLE;
    private static final Flag BTF = Flag.ATTACH_BTF;

    private static final List<SectionDef> LIBBPF = List.of(
            def("socket", SOCKET_FILTER),
            def("sk_reuseport/migrate", SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE),
            def("sk_reuseport", SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT),
            def("kprobe+", KPROBE),
            def("uprobe+", KPROBE),
            def("uprobe.s+", KPROBE, SLEEPABLE),
            def("kretprobe+", KPROBE),
            def("uretprobe+", KPROBE),
            def("uretprobe.s+", KPROBE, SLEEPABLE),
            def("kprobe.multi+", KPROBE, AttachType.TRACE_KPROBE_MULTI),
            def("kretprobe.multi+", KPROBE, AttachType.TRACE_KPROBE_MULTI),
            def("kprobe.session+", KPROBE, AttachType.TRACE_KPROBE_SESSION),
            def("uprobe.multi+", KPROBE, AttachType.TRACE_UPROBE_MULTI),
            def("uretprobe.multi+", KPROBE, AttachType.TRACE_UPROBE_MULTI),
            def("uprobe.multi.s+", KPROBE, AttachType.TRACE_UPROBE_MULTI, SLEEPABLE),
            def("uretprobe.multi.s+", KPROBE, AttachType.TRACE_UPROBE_MULTI, SLEEPABLE),
            def("ksyscall+", KPROBE),
            def("kretsyscall+", KPROBE),
            def("usdt+", KPROBE),
            def("usdt.s+", KPROBE, SLEEPABLE),
            // libbpf: "tc/ingress" and "tc/egress" are aliases of tcx; bare "tc",
            // "classifier" and "action" are the legacy netlink-attached forms.
            def("tc/ingress", SCHED_CLS, AttachType.TCX_INGRESS),
            def("tc/egress", SCHED_CLS, AttachType.TCX_EGRESS),
            def("tcx/ingress", SCHED_CLS, AttachType.TCX_INGRESS),
            def("tcx/egress", SCHED_CLS, AttachType.TCX_EGRESS),
            def("tc", SCHED_CLS),
            def("classifier", SCHED_CLS),
            def("action", SCHED_ACT),
            def("netkit/primary", SCHED_CLS, AttachType.NETKIT_PRIMARY),
            def("netkit/peer", SCHED_CLS, AttachType.NETKIT_PEER),
            def("tracepoint+", TRACEPOINT),
            def("tp+", TRACEPOINT),
            def("raw_tracepoint+", RAW_TRACEPOINT),
            def("raw_tp+", RAW_TRACEPOINT),
            def("raw_tracepoint.w+", RAW_TRACEPOINT_WRITABLE),
            def("raw_tp.w+", RAW_TRACEPOINT_WRITABLE),
            def("tp_btf+", TRACING, AttachType.TRACE_RAW_TP, BTF),
            def("fentry+", TRACING, AttachType.TRACE_FENTRY, BTF),
            def("fmod_ret+", TRACING, AttachType.MODIFY_RETURN, BTF),
            def("fexit+", TRACING, AttachType.TRACE_FEXIT, BTF),
            def("fentry.s+", TRACING, AttachType.TRACE_FENTRY, BTF, SLEEPABLE),
            def("fmod_ret.s+", TRACING, AttachType.MODIFY_RETURN, BTF, SLEEPABLE),
            def("fexit.s+", TRACING, AttachType.TRACE_FEXIT, BTF, SLEEPABLE),
            def("freplace+", EXT, BTF),
            def("lsm+", LSM, AttachType.LSM_MAC, BTF),
            def("lsm.s+", LSM, AttachType.LSM_MAC, BTF, SLEEPABLE),
            def("lsm_cgroup+", LSM, AttachType.LSM_CGROUP, BTF),
            def("iter+", TRACING, AttachType.TRACE_ITER, BTF),
            def("iter.s+", TRACING, AttachType.TRACE_ITER, BTF, SLEEPABLE),
            def("syscall", SYSCALL, SLEEPABLE),
            def("xdp.frags/devmap", XDP, AttachType.XDP_DEVMAP, Flag.XDP_FRAGS),
            def("xdp/devmap", XDP, AttachType.XDP_DEVMAP),
            def("xdp.frags/cpumap", XDP, AttachType.XDP_CPUMAP, Flag.XDP_FRAGS),
            def("xdp/cpumap", XDP, AttachType.XDP_CPUMAP),
            def("xdp.frags", XDP, AttachType.XDP, Flag.XDP_FRAGS),
            def("xdp", XDP, AttachType.XDP),
            def("perf_event", PERF_EVENT),
            def("lwt_in", LWT_IN),
            def("lwt_out", LWT_OUT),
            def("lwt_xmit", LWT_XMIT),
            def("lwt_seg6local", LWT_SEG6LOCAL),
            def("sockops", SOCK_OPS, AttachType.CGROUP_SOCK_OPS),
            def("sk_skb/stream_parser", SK_SKB, AttachType.SK_SKB_STREAM_PARSER),
            def("sk_skb/stream_verdict", SK_SKB, AttachType.SK_SKB_STREAM_VERDICT),
            def("sk_skb", SK_SKB),
            def("sk_msg", SK_MSG, AttachType.SK_MSG_VERDICT),
            def("lirc_mode2", LIRC_MODE2, AttachType.LIRC_MODE2),
            def("flow_dissector", FLOW_DISSECTOR, AttachType.FLOW_DISSECTOR),
            def("cgroup_skb/ingress", CGROUP_SKB, AttachType.CGROUP_INET_INGRESS),
            def("cgroup_skb/egress", CGROUP_SKB, AttachType.CGROUP_INET_EGRESS),
            def("cgroup/skb", CGROUP_SKB),
            def("cgroup/sock_create", CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_CREATE),
            def("cgroup/sock_release", CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_RELEASE),
            def("cgroup/sock", CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_CREATE),
            def("cgroup/post_bind4", CGROUP_SOCK, AttachType.CGROUP_INET4_POST_BIND),
            def("cgroup/post_bind6", CGROUP_SOCK, AttachType.CGROUP_INET6_POST_BIND),
            def("cgroup/bind4", CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_BIND),
            def("cgroup/bind6", CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_BIND),
            def("cgroup/connect4", CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_CONNECT),
            def("cgroup/connect6", CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_CONNECT),
            def("cgroup/connect_unix", CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_CONNECT),
            def("cgroup/sendmsg4", CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP4_SENDMSG),
            def("cgroup/sendmsg6", CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP6_SENDMSG),
            def("cgroup/sendmsg_unix", CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_SENDMSG),
            def("cgroup/recvmsg4", CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP4_RECVMSG),
            def("cgroup/recvmsg6", CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP6_RECVMSG),
            def("cgroup/recvmsg_unix", CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_RECVMSG),
            def("cgroup/getpeername4", CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_GETPEERNAME),
            def("cgroup/getpeername6", CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_GETPEERNAME),
            def("cgroup/getpeername_unix", CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_GETPEERNAME),
            def("cgroup/getsockname4", CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_GETSOCKNAME),
            def("cgroup/getsockname6", CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_GETSOCKNAME),
            def("cgroup/getsockname_unix", CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_GETSOCKNAME),
            def("cgroup/sysctl", CGROUP_SYSCTL, AttachType.CGROUP_SYSCTL),
            def("cgroup/getsockopt", CGROUP_SOCKOPT, AttachType.CGROUP_GETSOCKOPT),
            def("cgroup/setsockopt", CGROUP_SOCKOPT, AttachType.CGROUP_SETSOCKOPT),
            def("cgroup/dev", CGROUP_DEVICE, AttachType.CGROUP_DEVICE),
            def("struct_ops+", STRUCT_OPS),
            def("struct_ops.s+", STRUCT_OPS, SLEEPABLE),
            def("sk_lookup", SK_LOOKUP, AttachType.SK_LOOKUP),
            def("netfilter", NETFILTER, AttachType.NETFILTER));
}
