package io.bpflab.verifier;

import io.bpflab.isa.linux.ContextLayout;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.isa.linux.TypeFlag;

/**
 * Which loads and stores a program type may make through its context pointer, and what a
 * load yields (kernel: each type's {@code is_valid_access} in net/core/filter.c,
 * kernel/trace/bpf_trace.c and kernel/bpf/cgroup.c). Offsets come from the uapi layouts in
 * {@link ContextLayout}.
 */
final class ContextAccess {
    /** kernel: PERF_MAX_TRACE_SIZE. */
    private static final int PERF_MAX_TRACE_SIZE = 8192;
    /** kernel: MAX_BPF_FUNC_ARGS, the raw tracepoint arguments a program may read. */
    private static final int MAX_BPF_FUNC_ARGS = 12;

    private static final ContextLayout SKB = ContextLayout.SK_BUFF;

    private ContextAccess() {
    }

    /** Thrown for a program type whose context rules bpflab does not have. */
    static final class Unmodelled extends Exception {
        Unmodelled(ProgramType type) {
            super("context access for " + type.shortName() + " programs", null, false, false);
        }
    }

    /**
     * The register a load of {@code size} bytes at {@code off} gives (an unknown scalar, or a
     * packet pointer, ...), a non-null value for an allowed store, or null when the access is
     * invalid ("invalid bpf_context access off=76 size=4").
     */
    static RegState access(ProgramType type, int off, int size, boolean write, boolean ldsx) throws Unmodelled {
        boolean ok = switch (type) {
            case SOCKET_FILTER -> skFilter(off, size, write, ldsx);
            case SCHED_CLS, SCHED_ACT -> tcClsAct(off, size, write, ldsx);
            case CGROUP_SKB -> cgSkb(off, size, write, ldsx);
            case LWT_IN, LWT_OUT, LWT_XMIT, LWT_SEG6LOCAL -> lwt(off, size, write, ldsx);
            case SK_SKB -> skSkb(off, size, write, ldsx);
            case FLOW_DISSECTOR -> flowDissector(off, size, write, ldsx);
            case XDP -> xdp(off, size, write, ldsx);
            case KPROBE -> off >= 0 && off < ContextLayout.PT_REGS_X86_64.size() && !write && off % size == 0
                && off + size <= ContextLayout.PT_REGS_X86_64.size();
            case TRACEPOINT -> off >= 8 && off < PERF_MAX_TRACE_SIZE && !write && off % size == 0;
            case RAW_TRACEPOINT -> rawTp(off, size, write);
            case RAW_TRACEPOINT_WRITABLE -> off == 0 ? size == 8 && !write : rawTp(off, size, write);
            case PERF_EVENT -> perfEvent(off, size, write);
            case CGROUP_DEVICE -> !write && off >= 0 && off + size <= ContextLayout.BPF_CGROUP_DEV_CTX.size()
                && off % size == 0 && (off < 4 ? narrowOk(size, 4) : size == 4);
            default -> throw new Unmodelled(type);
        };
        if (!ok) {
            return null;
        }
        PtrKind kind = pointerField(type, off);
        if (kind != null && !write) {
            return RegState.Pointer.of(kind);
        }
        if (!write && (type == ProgramType.SCHED_CLS || type == ProgramType.SCHED_ACT || type == ProgramType.CGROUP_SKB
                || type == ProgramType.SOCKET_FILTER || type == ProgramType.SK_SKB || type.name().startsWith("LWT"))
                && in(off, "sk")) {
            return RegState.Pointer.of(PtrKind.SOCK_COMMON).withFlags(TypeFlag.PTR_MAYBE_NULL.bit());
        }
        return new RegState.ScalarReg(Scalar.UNKNOWN);
    }

    /** The pointer a load of the field at {@code off} gives, or null for a number. */
    private static PtrKind pointerField(ProgramType type, int off) {
        return switch (type) {
            case XDP -> off == 0 ? PtrKind.PACKET : off == 4 ? PtrKind.PACKET_END : off == 8 ? PtrKind.PACKET_META : null;
            case SCHED_CLS, SCHED_ACT, CGROUP_SKB, LWT_IN, LWT_OUT, LWT_XMIT, LWT_SEG6LOCAL, SK_SKB, FLOW_DISSECTOR ->
                in(off, "data") ? PtrKind.PACKET : in(off, "data_end") ? PtrKind.PACKET_END
                    : in(off, "data_meta") ? PtrKind.PACKET_META
                    : in(off, "flow_keys") && type == ProgramType.FLOW_DISSECTOR ? PtrKind.FLOW_KEYS : null;
            case RAW_TRACEPOINT_WRITABLE -> off == 0 ? PtrKind.TP_BUFFER : null;
            default -> null;
        };
    }

    private static int start(String field) {
        return SKB.field(field).orElseThrow().offset();
    }

    private static int end(String field) {
        return SKB.field(field).orElseThrow().end();
    }

    /** kernel: bpf_ctx_range(struct __sk_buff, field). */
    private static boolean in(int off, String field) {
        return off >= start(field) && off < end(field);
    }

    /** kernel: bpf_ctx_range_till(struct __sk_buff, first, last). */
    private static boolean in(int off, String first, String last) {
        return off >= start(first) && off < end(last);
    }

    /** kernel: bpf_ctx_narrow_access_ok. */
    private static boolean narrowOk(int size, int fieldSize) {
        return size <= fieldSize && (size & (size - 1)) == 0;
    }

    /** kernel: bpf_skb_is_valid_access. */
    private static boolean skb(int off, int size, boolean write, boolean ldsx) {
        if (off < 0 || off >= SKB.size() || off % size != 0) {
            return false;
        }
        if (in(off, "cb")) {
            return off + size <= end("cb");
        }
        if (in(off, "data") || in(off, "data_meta") || in(off, "data_end")) {
            return !ldsx && size == 4;
        }
        if (in(off, "remote_ip6") || in(off, "local_ip6") || in(off, "remote_ip4") || in(off, "local_ip4")) {
            return size == 4;
        }
        if (in(off, "flow_keys")) {
            return false;
        }
        if (in(off, "hwtstamp")) {
            return !write && size == 8;
        }
        if (in(off, "tstamp")) {
            return size == 8;
        }
        if (in(off, "sk")) {
            return !write && size == 8;
        }
        if (off == start("tstamp_type")) {
            return false;
        }
        if (off >= end("tstamp_type") && off < start("hwtstamp")) {
            return false;
        }
        return write ? size == 4 : narrowOk(size, 4);
    }

    private static boolean skFilter(int off, int size, boolean write, boolean ldsx) {
        if (in(off, "tc_classid") || in(off, "data") || in(off, "data_meta") || in(off, "data_end")
                || in(off, "family", "local_port") || in(off, "tstamp") || in(off, "wire_len") || in(off, "hwtstamp")) {
            return false;
        }
        if (write && !in(off, "cb")) {
            return false;
        }
        return skb(off, size, write, ldsx);
    }

    private static boolean tcClsAct(int off, int size, boolean write, boolean ldsx) {
        if (write && !(in(off, "mark") || in(off, "tc_index") || in(off, "priority") || in(off, "tc_classid")
                || in(off, "cb") || in(off, "tstamp") || in(off, "queue_mapping"))) {
            return false;
        }
        if (in(off, "family", "local_port")) {
            return false;
        }
        if (off == start("tstamp_type")) {
            return size == 1;
        }
        return skb(off, size, write, ldsx);
    }

    private static boolean cgSkb(int off, int size, boolean write, boolean ldsx) {
        if (in(off, "tc_classid") || in(off, "data_meta") || in(off, "wire_len")) {
            return false;
        }
        if (write && !(in(off, "mark") || in(off, "priority") || in(off, "cb") || in(off, "tstamp"))) {
            return false;
        }
        return skb(off, size, write, ldsx);
    }

    private static boolean lwt(int off, int size, boolean write, boolean ldsx) {
        if (in(off, "tc_classid") || in(off, "family", "local_port") || in(off, "data_meta") || in(off, "tstamp")
                || in(off, "wire_len") || in(off, "hwtstamp")) {
            return false;
        }
        if (write && !(in(off, "mark") || in(off, "priority") || in(off, "cb"))) {
            return false;
        }
        return skb(off, size, write, ldsx);
    }

    private static boolean skSkb(int off, int size, boolean write, boolean ldsx) {
        if (in(off, "tc_classid") || in(off, "data_meta") || in(off, "tstamp") || in(off, "wire_len")
                || in(off, "hwtstamp")) {
            return false;
        }
        if (write && !(in(off, "tc_index") || in(off, "priority"))) {
            return false;
        }
        if (in(off, "mark")) {
            return false;
        }
        return skb(off, size, write, ldsx);
    }

    private static boolean flowDissector(int off, int size, boolean write, boolean ldsx) {
        if (off < 0 || off >= SKB.size() || off % size != 0 || write) {
            return false;
        }
        if (in(off, "data") || in(off, "data_end")) {
            return !ldsx && size == 4;
        }
        return in(off, "flow_keys") && size == 8;
    }

    /** kernel: xdp_is_valid_access and __is_valid_xdp_access, for the default attach type. */
    private static boolean xdp(int off, int size, boolean write, boolean ldsx) {
        int egress = ContextLayout.XDP_MD.field("egress_ifindex").orElseThrow().offset();
        if (off == egress || write) {
            return false;
        }
        if (off <= 8 && ldsx) {
            return false;
        }
        return off >= 0 && off < ContextLayout.XDP_MD.size() && off % size == 0 && size == 4;
    }

    /** kernel: bpf_tracing_ctx_access. */
    private static boolean rawTp(int off, int size, boolean write) {
        return off >= 0 && off < 8 * MAX_BPF_FUNC_ARGS && !write && off % size == 0;
    }

    /** kernel: pe_prog_is_valid_access on a 64-bit machine. */
    private static boolean perfEvent(int off, int size, boolean write) {
        ContextLayout pe = ContextLayout.BPF_PERF_EVENT_DATA_X86_64;
        if (off < 0 || off >= pe.size() || write || off % size != 0) {
            return false;
        }
        int samplePeriod = pe.field("sample_period").orElseThrow().offset();
        if (off >= samplePeriod) {
            return narrowOk(size, 8);
        }
        return size == 8;
    }
}
