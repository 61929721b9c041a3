package io.bpflab.kernel;

/**
 * What BPF_OBJ_GET_INFO_BY_FD says about a loaded program ({@code struct bpf_prog_info}).
 *
 * @param type          {@code enum bpf_prog_type} number
 * @param id            the kernel's program id
 * @param tag           the 8-byte program tag, in hex as bpftool prints it
 * @param xlatedLen     bytes of the program after the verifier's rewrites
 * @param jitedLen      bytes of JIT-compiled code, 0 when interpreted
 * @param verifiedInsns instructions the verifier processed (Linux 5.16+, else 0)
 * @param name          the name the kernel kept
 */
public record ProgramInfo(int type, int id, String tag, int xlatedLen, int jitedLen, long verifiedInsns,
                          String name) {
}
