package io.bpflab.kernel;

import java.util.Arrays;

/**
 * Output of BPF_PROG_TEST_RUN.
 *
 * @param retval   the program's return value: the low 32 bits of r0 (the attr field is a u32)
 * @param dataOut  the packet after the run, as long as the kernel reported ({@code data_size_out})
 * @param ctxOut   the context after the run ({@code ctx_size_out} bytes)
 * @param duration mean nanoseconds per run as the kernel measured it ({@code duration})
 * @param repeat   runs asked for
 */
public record TestRunResult(int retval, byte[] dataOut, byte[] ctxOut, long duration, int repeat) {

    public TestRunResult {
        dataOut = dataOut.clone();
        ctxOut = ctxOut.clone();
    }

    /** {@link #retval()} as the unsigned value the kernel stored. */
    public long retvalUnsigned() {
        return Integer.toUnsignedLong(retval);
    }

    @Override
    public byte[] dataOut() {
        return dataOut.clone();
    }

    @Override
    public byte[] ctxOut() {
        return ctxOut.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestRunResult t && retval == t.retval && Arrays.equals(dataOut, t.dataOut)
                && Arrays.equals(ctxOut, t.ctxOut) && duration == t.duration && repeat == t.repeat;
    }

    @Override
    public int hashCode() {
        return retval * 31 + Arrays.hashCode(dataOut) * 17 + Arrays.hashCode(ctxOut) + Long.hashCode(duration) + repeat;
    }

    @Override
    public String toString() {
        return "TestRunResult[retval 0x" + Integer.toHexString(retval) + ", data " + dataOut.length + " bytes, ctx "
                + ctxOut.length + " bytes, " + duration + " ns/run x " + repeat + "]";
    }
}
