package io.bpflab.asm;

/** Which assembly syntax a source is written in. */
public enum Dialect {
    /** Decide from the text: {@code %r} registers mean {@link #CONFORMANCE}, anything else {@link #LLVM}. */
    AUTO,
    /** The syntax clang emits and llvm-mc accepts (DESIGN 3). */
    LLVM,
    /** The {@code %r} mnemonic syntax of the bpf_conformance {@code .data} files. */
    CONFORMANCE
}
