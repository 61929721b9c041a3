package io.bpflab.kernel;

import java.util.Objects;

/**
 * A program's BTF for BPF_PROG_LOAD: the type data (loaded with BPF_BTF_LOAD, its fd passed
 * as {@code prog_btf_fd}), and the func_info (8-byte records: instruction index, FUNC type
 * id) and line_info (16-byte records: instruction index, file name and line string offsets,
 * line << 10 | column) the verifier checks subprograms against (kernel: check_btf_func,
 * check_btf_line). The kernel needs it for programs with callbacks (bpf_loop, ...).
 */
public record ProgramBtf(byte[] btf, byte[] funcInfo, int funcInfoCount, byte[] lineInfo, int lineInfoCount) {

    public static final int FUNC_INFO_SIZE = 8;
    public static final int LINE_INFO_SIZE = 16;

    public ProgramBtf {
        Objects.requireNonNull(btf);
        Objects.requireNonNull(funcInfo);
        Objects.requireNonNull(lineInfo);
        if (funcInfo.length != funcInfoCount * FUNC_INFO_SIZE || lineInfo.length != lineInfoCount * LINE_INFO_SIZE) {
            throw new IllegalArgumentException("func_info or line_info bytes do not match their counts");
        }
        btf = btf.clone();
        funcInfo = funcInfo.clone();
        lineInfo = lineInfo.clone();
    }

    @Override
    public byte[] btf() {
        return btf.clone();
    }

    @Override
    public byte[] funcInfo() {
        return funcInfo.clone();
    }

    @Override
    public byte[] lineInfo() {
        return lineInfo.clone();
    }
}
