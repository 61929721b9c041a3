package io.bpflab.kernel;

import java.util.Arrays;
import java.util.Objects;

/**
 * Input of BPF_PROG_TEST_RUN.
 *
 * @param dataIn      packet bytes ({@code data_in}); empty for types that take no packet
 * @param dataOutSize room for {@code data_out}; the kernel copies at most this much back
 * @param ctxIn       context bytes ({@code ctx_in}, e.g. a {@code struct xdp_md}); empty for none
 * @param ctxOutSize  room for {@code ctx_out}; 0 for none
 * @param repeat      runs (the kernel reports the mean duration); 0 and 1 both mean once
 * @param flags       {@code BPF_F_TEST_RUN_ON_CPU}, {@code BPF_F_TEST_XDP_LIVE_FRAMES}, ...
 * @param cpu         with {@code BPF_F_TEST_RUN_ON_CPU}
 */
public record TestRun(byte[] dataIn, int dataOutSize, byte[] ctxIn, int ctxOutSize, int repeat, int flags,
                      int cpu) {

    /**
     * Headroom above the input size for {@code data_out}: XDP can grow a packet at its tail
     * (bpf_xdp_adjust_tail), and the kernel refuses a too small data_out with ENOSPC.
     */
    static final int DATA_OUT_SLACK = 4096;

    public TestRun {
        Objects.requireNonNull(dataIn, "dataIn");
        Objects.requireNonNull(ctxIn, "ctxIn");
        if (dataOutSize < 0 || ctxOutSize < 0 || repeat < 0) {
            throw new IllegalArgumentException("sizes and repeat must not be negative");
        }
        dataIn = dataIn.clone();
        ctxIn = ctxIn.clone();
    }

    /** One run over {@code data}, with room for it to grow. */
    public static TestRun data(byte[] data) {
        return new TestRun(data, data.length == 0 ? 0 : data.length + DATA_OUT_SLACK, new byte[0], 0, 1, 0, 0);
    }

    public TestRun withRepeat(int n) {
        return new TestRun(dataIn, dataOutSize, ctxIn, ctxOutSize, n, flags, cpu);
    }

    /** Context in, and as much room for the context out. */
    public TestRun withCtx(byte[] ctx) {
        return new TestRun(dataIn, dataOutSize, ctx, ctx.length, repeat, flags, cpu);
    }

    public TestRun withDataOutSize(int n) {
        return new TestRun(dataIn, n, ctxIn, ctxOutSize, repeat, flags, cpu);
    }

    @Override
    public byte[] dataIn() {
        return dataIn.clone();
    }

    @Override
    public byte[] ctxIn() {
        return ctxIn.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestRun t && Arrays.equals(dataIn, t.dataIn) && dataOutSize == t.dataOutSize
                && Arrays.equals(ctxIn, t.ctxIn) && ctxOutSize == t.ctxOutSize && repeat == t.repeat
                && flags == t.flags && cpu == t.cpu;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dataIn) * 31 + Arrays.hashCode(ctxIn) * 17
                + Objects.hash(dataOutSize, ctxOutSize, repeat, flags, cpu);
    }

    @Override
    public String toString() {
        return "TestRun[data " + dataIn.length + " bytes, ctx " + ctxIn.length + " bytes, repeat " + repeat + "]";
    }
}
