package io.bpflab.kernel;

/** The {@code bpf(2)} commands the bridge issues, numbered as in the kernel's {@code enum bpf_cmd}. */
public enum BpfCommand {
    BPF_MAP_CREATE(0),
    BPF_MAP_LOOKUP_ELEM(1),
    BPF_MAP_UPDATE_ELEM(2),
    BPF_MAP_DELETE_ELEM(3),
    BPF_MAP_GET_NEXT_KEY(4),
    BPF_PROG_LOAD(5),
    BPF_PROG_TEST_RUN(10),
    BPF_OBJ_GET_INFO_BY_FD(15),
    BPF_BTF_LOAD(18);

    public final int number;

    BpfCommand(int number) {
        this.number = number;
    }
}
