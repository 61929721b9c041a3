package io.bpflab.isa.btf;

/** BTF type kinds (kernel: include/uapi/linux/btf.h BTF_KIND_*). */
public enum BtfKind {
    UNKN, INT, PTR, ARRAY, STRUCT, UNION, ENUM, FWD, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, FUNC_PROTO, VAR,
    DATASEC, FLOAT, DECL_TAG, TYPE_TAG, ENUM64;

    static BtfKind ofOrNull(int code) {
        return code >= 0 && code < values().length ? values()[code] : null;
    }
}
