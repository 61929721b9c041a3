package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ErrnoTest {

    @Test
    void describesByNameAndText() {
        assertEquals("EINVAL (Invalid argument)", Errno.describe(22));
        assertEquals("EPERM (Operation not permitted)", Errno.describe(1));
        assertEquals("ENOSYS (Function not implemented)", Errno.describe(38));
        assertEquals("errno 4095", Errno.describe(4095));
        assertNull(Errno.ofOrNull(0));
    }

    @Test
    void exceptionNamesTheCommand() {
        assertEquals("BPF_MAP_CREATE: EINVAL (Invalid argument)",
                new KernelException(BpfCommand.BPF_MAP_CREATE, 22).getMessage());
        assertEquals("BPF_PROG_LOAD: EPERM (Operation not permitted): map m",
                new KernelException("BPF_PROG_LOAD", 1, "map m").getMessage());
    }

    @Test
    void commandNumbersAreTheKernels() {
        // kernel: include/uapi/linux/bpf.h enum bpf_cmd
        assertEquals(0, BpfCommand.BPF_MAP_CREATE.number);
        assertEquals(4, BpfCommand.BPF_MAP_GET_NEXT_KEY.number);
        assertEquals(5, BpfCommand.BPF_PROG_LOAD.number);
        assertEquals(10, BpfCommand.BPF_PROG_TEST_RUN.number);
        assertEquals(15, BpfCommand.BPF_OBJ_GET_INFO_BY_FD.number);
    }
}
