package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    @Test
    void explainsEperm() {
        String r = KernelBpf.explain(new KernelException(BpfCommand.BPF_MAP_CREATE, 1), 1000, false, 2);
        assertEquals("bpf() denied: BPF_MAP_CREATE: EPERM (Operation not permitted); euid 1000 without CAP_BPF or"
                + " CAP_SYS_ADMIN, kernel.unprivileged_bpf_disabled=2 (run as root or grant CAP_BPF)", r);
    }

    @Test
    void explainsEnosys() {
        String r = KernelBpf.explain(new KernelException(BpfCommand.BPF_MAP_CREATE, 38), 0, true, 0);
        assertTrue(r.startsWith("bpf() is not implemented here: BPF_MAP_CREATE: ENOSYS"), r);
        assertTrue(r.contains("CONFIG_BPF_SYSCALL"), r);
    }

    @Test
    void explainsAnythingElse() {
        assertEquals("bpf() probe failed: BPF_MAP_CREATE: ENOMEM (Cannot allocate memory)",
                KernelBpf.explain(new KernelException(BpfCommand.BPF_MAP_CREATE, 12), 0, true, 0));
    }

    @Test
    void capabilityBits() {
        assertTrue(KernelBpf.hasCap(1L << 39, 39));
        assertTrue(!KernelBpf.hasCap(1L << 21, 39));
    }

    @Test
    @Tag("kernel")
    void probeSaysAvailableWithADescription() {
        KernelAssumptions.assumeKernel();
        Availability a = KernelBpf.availability();
        assertTrue(a instanceof Availability.Available, a.describe());
        assertTrue(a.describe().startsWith("bpf() available: Linux "), a.describe());
    }
}
