package io.bpflab.isa.linux;

/**
 * Modifier bits the kernel ORs onto a base argument, return or register type. Source:
 * Linux 6.12 include/linux/bpf.h, {@code enum bpf_type_flag}; the constants keep the
 * kernel's names and order, so {@link #bit()} is the kernel's value.
 */
public enum TypeFlag {
    /** The pointer may be NULL; the program must test it before use. */
    PTR_MAYBE_NULL,
    /** The memory is read-only: the helper reads it (or the program may only read it). */
    MEM_RDONLY,
    /** The memory is a ring buffer reservation. */
    MEM_RINGBUF,
    /** The memory is in user space. */
    MEM_USER,
    /** The memory is per-CPU. */
    MEM_PERCPU,
    /** The argument is a reference the helper releases. */
    OBJ_RELEASE,
    /** The pointer was not obtained in a trusted context. */
    PTR_UNTRUSTED,
    /** The memory may be uninitialized: the helper fills it (or clears it on error). */
    MEM_UNINIT,
    /** A dynptr to program-local memory. */
    DYNPTR_TYPE_LOCAL,
    /** A dynptr to a ring buffer record. */
    DYNPTR_TYPE_RINGBUF,
    /** The memory's size is fixed at compile time ({@code argN_size}), not passed. */
    MEM_FIXED_SIZE,
    /** The memory is an object allocated by the program. */
    MEM_ALLOC,
    /** The pointer was passed in a trusted context. */
    PTR_TRUSTED,
    /** The pointer is valid only inside an RCU read section. */
    MEM_RCU,
    /** A non-owning reference. */
    NON_OWN_REF,
    /** A dynptr to skb data. */
    DYNPTR_TYPE_SKB,
    /** A dynptr to xdp data. */
    DYNPTR_TYPE_XDP,
    /** The memory must be aligned to its size. */
    MEM_ALIGNED,
    /** The helper writes the memory. */
    MEM_WRITE;

    /** kernel: {@code BPF_BASE_TYPE_BITS}; the base type takes the bits below. */
    static final int BASE_TYPE_BITS = 8;

    /** The kernel's value of the flag: {@code BIT(ordinal + BPF_BASE_TYPE_BITS)}. */
    public int bit() {
        return 1 << (ordinal() + BASE_TYPE_BITS);
    }
}
