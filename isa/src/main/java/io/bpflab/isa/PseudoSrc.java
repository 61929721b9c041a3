package io.bpflab.isa;

/** The src_reg field of lddw: what the 64-bit immediate means (RFC 9669 5.4, Linux bpf.h). */
public enum PseudoSrc {
    /** Plain 64-bit immediate. */
    IMM64(0),
    /** imm is a map fd: BPF_PSEUDO_MAP_FD. */
    MAP_FD(1),
    /** imm is a map fd, next imm an offset into its value: BPF_PSEUDO_MAP_VALUE. */
    MAP_VALUE(2),
    /** imm is a BTF id of a kernel variable: BPF_PSEUDO_BTF_ID. */
    BTF_ID(3),
    /** imm is a relative instruction offset to a subprogram: BPF_PSEUDO_FUNC. */
    FUNC(4),
    /** imm is an index into the fd array: BPF_PSEUDO_MAP_IDX. */
    MAP_IDX(5),
    /** imm is an index into the fd array, next imm an offset: BPF_PSEUDO_MAP_IDX_VALUE. */
    MAP_IDX_VALUE(6);

    public final int code;

    PseudoSrc(int code) {
        this.code = code;
    }

    public static PseudoSrc ofOrNull(int code) {
        return code >= 0 && code < values().length ? values()[code] : null;
    }
}
