package io.bpflab.verifier;

/**
 * The base type of a pointer register (kernel: the pointer members of {@code enum
 * bpf_reg_type}), with the name the log prints for it (kernel/bpf/log.c reg_type_str).
 * Modifiers (may be null, read-only, ring buffer) are flags of {@link RegState.Pointer}.
 */
public enum PtrKind {
    /** kernel: PTR_TO_CTX. */
    CTX("ctx"),
    /** kernel: PTR_TO_STACK with a variable offset (a constant one is {@link RegState.StackPtr}). */
    STACK("fp"),
    /** kernel: CONST_PTR_TO_MAP, what {@code r1 = map ll} loads. */
    MAP_PTR("map_ptr"),
    /** kernel: PTR_TO_MAP_VALUE. */
    MAP_VALUE("map_value"),
    /** kernel: PTR_TO_MAP_KEY, the key a map callback receives. */
    MAP_KEY("map_key"),
    /** kernel: PTR_TO_PACKET, from the context's {@code data}. */
    PACKET("pkt"),
    /** kernel: PTR_TO_PACKET_META. */
    PACKET_META("pkt_meta"),
    /** kernel: PTR_TO_PACKET_END; only comparable, never dereferenced. */
    PACKET_END("pkt_end"),
    /** kernel: PTR_TO_FLOW_KEYS. */
    FLOW_KEYS("flow_keys"),
    /** kernel: PTR_TO_SOCKET. */
    SOCKET("sock"),
    /** kernel: PTR_TO_SOCK_COMMON. */
    SOCK_COMMON("sock_common"),
    /** kernel: PTR_TO_TCP_SOCK. */
    TCP_SOCK("tcp_sock"),
    /** kernel: PTR_TO_XDP_SOCK. */
    XDP_SOCK("xdp_sock"),
    /** kernel: PTR_TO_TP_BUFFER, a writable raw tracepoint's buffer. */
    TP_BUFFER("tp_buffer"),
    /** kernel: PTR_TO_MEM (with MEM_RDONLY, MEM_RINGBUF flags for their forms). */
    MEM("mem"),
    /** kernel: PTR_TO_BTF_ID, printed {@code ptr_} and the struct's name. */
    BTF_ID("ptr_"),
    /** kernel: PTR_TO_FUNC, a callback loaded with BPF_PSEUDO_FUNC. */
    FUNC("func");

    /** The log's name (kernel: reg_type_str's table). */
    final String logName;

    PtrKind(String logName) {
        this.logName = logName;
    }

    /** kernel: type_is_pkt_pointer; the kinds that carry a range. */
    boolean isPacket() {
        return this == PACKET || this == PACKET_META;
    }

    /** kernel: type_is_sk_pointer. */
    boolean isSocket() {
        return this == SOCKET || this == SOCK_COMMON || this == TCP_SOCK || this == XDP_SOCK;
    }

    /** kernel: type_is_map_ptr; the kinds the log prints with their map's sizes. */
    boolean hasMap() {
        return this == MAP_PTR || this == MAP_VALUE || this == MAP_KEY;
    }
}
