package io.bpflab.isa.linux;

/**
 * What a helper expects in one argument register, before modifier flags. Source: Linux 6.12
 * include/linux/bpf.h, {@code enum bpf_arg_type} (base values only; the kernel's
 * composite names such as {@code ARG_PTR_TO_UNINIT_MEM} are an {@link ArgSpec} with
 * {@link TypeFlag}s). Constants keep the kernel's names and order, so the ordinal is the
 * kernel's value.
 */
public enum ArgType {
    /** Unused argument. */
    ARG_DONTCARE,
    /** A map pointer loaded with {@code lddw} (BPF_PSEUDO_MAP_FD). */
    ARG_CONST_MAP_PTR,
    /** Pointer to memory of the map's key size (stack, map value, packet). */
    ARG_PTR_TO_MAP_KEY,
    /** Pointer to memory of the map's value size. */
    ARG_PTR_TO_MAP_VALUE,
    /** Pointer to memory (stack, packet, map value, ...) sized by the next argument. */
    ARG_PTR_TO_MEM,
    /** Pointer into a BPF arena. */
    ARG_PTR_TO_ARENA,
    /** Size of the previous memory argument, a known value greater than 0. */
    ARG_CONST_SIZE,
    /** Size of the previous memory argument, possibly 0. */
    ARG_CONST_SIZE_OR_ZERO,
    /** The program's context pointer. */
    ARG_PTR_TO_CTX,
    /** Any initialized value. */
    ARG_ANYTHING,
    /** A scalar. */
    ARG_SCALAR,
    /** Pointer to a {@code struct bpf_spin_lock} in a map value or allocated object. */
    ARG_PTR_TO_SPIN_LOCK,
    /** Pointer to a {@code sock_common}. */
    ARG_PTR_TO_SOCK_COMMON,
    /** Pointer to a full socket ({@code bpf_sock}). */
    ARG_PTR_TO_SOCKET,
    /** Pointer to an in-kernel struct identified by BTF. */
    ARG_PTR_TO_BTF_ID,
    /** Pointer to a ring buffer reservation. */
    ARG_PTR_TO_RINGBUF_MEM,
    /** Number of bytes to allocate, possibly 0. */
    ARG_CONST_ALLOC_SIZE_OR_ZERO,
    /** Pointer to an in-kernel sock_common or the bpf_sock mirror. */
    ARG_PTR_TO_BTF_ID_SOCK_COMMON,
    /** Pointer to an in-kernel per-CPU variable. */
    ARG_PTR_TO_PERCPU_BTF_ID,
    /** Pointer to a BPF subprogram (a callback, loaded with BPF_PSEUDO_FUNC). */
    ARG_PTR_TO_FUNC,
    /** Pointer to the stack. */
    ARG_PTR_TO_STACK,
    /** Pointer to a NUL-terminated string in a read-only map. */
    ARG_PTR_TO_CONST_STR,
    /** Pointer to a {@code struct bpf_timer} in a map value. */
    ARG_PTR_TO_TIMER,
    /** Pointer to a kptr slot for {@code bpf_kptr_xchg}. */
    ARG_KPTR_XCHG_DEST,
    /** Pointer to a {@code struct bpf_dynptr}. */
    ARG_PTR_TO_DYNPTR
}
