package io.bpflab.isa.linux;

/**
 * What a helper leaves in {@code r0}, before modifier flags. Source: Linux 6.12
 * include/linux/bpf.h, {@code enum bpf_return_type} (base values; composite names such as
 * {@code RET_PTR_TO_MAP_VALUE_OR_NULL} are a {@link ReturnSpec} with
 * {@link TypeFlag#PTR_MAYBE_NULL}). Constants keep the kernel's names and order.
 */
public enum ReturnType {
    /** An integer (scalar). */
    RET_INTEGER,
    /** Nothing; r0 is unreadable after the call. */
    RET_VOID,
    /** Pointer to a map value of the map passed as an argument. */
    RET_PTR_TO_MAP_VALUE,
    /** Pointer to a full socket. */
    RET_PTR_TO_SOCKET,
    /** Pointer to a tcp_sock. */
    RET_PTR_TO_TCP_SOCK,
    /** Pointer to a sock_common. */
    RET_PTR_TO_SOCK_COMMON,
    /** Pointer to memory (ring buffer reservation, dynptr data, ...). */
    RET_PTR_TO_MEM,
    /** Pointer to memory or to a BTF-typed object, depending on the argument. */
    RET_PTR_TO_MEM_OR_BTF_ID,
    /** Pointer to a BTF-typed kernel object. */
    RET_PTR_TO_BTF_ID
}
