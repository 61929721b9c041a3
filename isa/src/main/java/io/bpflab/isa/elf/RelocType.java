package io.bpflab.isa.elf;

/** BPF relocation types (LLVM's BPFELFObjectWriter, Linux Documentation/bpf/llvm_reloc.rst). */
public enum RelocType {
    NONE(0),
    /** lddw of a symbol: the 64-bit immediate split over two slots. */
    R_BPF_64_64(1),
    /** 64-bit data word. */
    R_BPF_64_ABS64(2),
    /** 32-bit data word. */
    R_BPF_64_ABS32(3),
    /** 32-bit data word in a non-allocated section (BTF, DWARF). */
    R_BPF_64_NODYLD32(4),
    /** call imm: pc-relative in slots. */
    R_BPF_64_32(10);

    public final int code;

    RelocType(int code) {
        this.code = code;
    }

    public static RelocType ofOrNull(int code) {
        for (RelocType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
