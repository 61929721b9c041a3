package io.bpflab.jit;

/**
 * Ends a compiled run early with {@link #r0}, through every bpf-to-bpf frame at once, as the
 * interpreter leaves its loop: a helper asked to stop (uBPF's unwind), or LD_ABS/LD_IND
 * read outside the packet (kernel: the program returns 0).
 */
final class Stop extends RuntimeException {

    final long r0;

    Stop(long r0) {
        super(null, null, false, false);
        this.r0 = r0;
    }
}
