package io.bpflab.verifier;

import io.bpflab.isa.linux.Helper;
import java.util.Set;

/**
 * The helpers an unprivileged loader (without CAP_BPF) may call: of those that
 * {@code bpf_base_func_proto} hands out, only its first group; the program type's own
 * helpers (sk_filter_func_proto's skb_load_bytes, ...) stay available (kernel/bpf/helpers.c).
 */
final class Unprivileged {
    private Unprivileged() {
    }

    /** kernel: bpf_base_func_proto's cases before {@code if (!bpf_token_capable(..., CAP_BPF)) return NULL}. */
    private static final Set<Helper> BASE = Set.of(Helper.MAP_LOOKUP_ELEM, Helper.MAP_UPDATE_ELEM,
        Helper.MAP_DELETE_ELEM, Helper.MAP_PUSH_ELEM, Helper.MAP_POP_ELEM, Helper.MAP_PEEK_ELEM,
        Helper.MAP_LOOKUP_PERCPU_ELEM, Helper.GET_PRANDOM_U32, Helper.GET_SMP_PROCESSOR_ID, Helper.GET_NUMA_NODE_ID,
        Helper.TAIL_CALL, Helper.KTIME_GET_NS, Helper.KTIME_GET_BOOT_NS, Helper.KTIME_GET_TAI_NS,
        Helper.RINGBUF_OUTPUT, Helper.RINGBUF_RESERVE, Helper.RINGBUF_SUBMIT, Helper.RINGBUF_DISCARD,
        Helper.RINGBUF_QUERY, Helper.STRNCMP, Helper.STRTOL, Helper.STRTOUL, Helper.GET_CURRENT_PID_TGID,
        Helper.GET_NS_CURRENT_PID_TGID);

    /** Whether an unprivileged program may call {@code h}, given the prototype it resolved to. */
    static boolean allows(Helper h, io.bpflab.isa.linux.HelperProto proto, io.bpflab.isa.linux.ProgramType type) {
        for (String fn : type.funcProtoChain()) {
            if (proto.chosenBy().contains(fn)) {
                return !fn.equals("bpf_base_func_proto") || BASE.contains(h);
            }
        }
        return true;
    }
}
