package io.bpflab.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * BPF_MAP_TYPE_PERF_EVENT_ARRAY: bpf_perf_event_output appends a sample to the buffer of
 * the CPU its flags select (BPF_F_CURRENT_CPU or an index); every index has an open
 * buffer in the emulated machine.
 */
public final class PerfEventArray extends BpfMap {

    public static final long BPF_F_INDEX_MASK = 0xffffffffL;
    public static final long BPF_F_CURRENT_CPU = BPF_F_INDEX_MASK;

    /** A sample and the CPU buffer it went to. */
    public record Sample(int cpu, byte[] data) {
    }

    private final List<Sample> samples = new ArrayList<>();

    PerfEventArray(String name, int keySize, int valueSize, int maxEntries, int flags) {
        super(name, keySize, valueSize, maxEntries, flags);
        if (keySize != 4 || valueSize != 4) {
            throw new IllegalArgumentException(name + ": a perf_event_array needs key and value size 4");
        }
    }

    /** bpf_perf_event_output: 0, -EINVAL for unknown flag bits, -E2BIG for an index past the array. */
    public long output(long flags, byte[] data) {
        if ((flags & ~BPF_F_INDEX_MASK) != 0) {
            return -Errno.EINVAL;
        }
        long index = flags & BPF_F_INDEX_MASK;
        int cpu = index == BPF_F_CURRENT_CPU ? vm.environment().cpu : (int) index;
        if (index != BPF_F_CURRENT_CPU && index >= maxEntries) {
            return -Errno.E2BIG;
        }
        samples.add(new Sample(cpu, data));
        return 0;
    }

    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    @Override
    public byte[] get(byte[] key) {
        return null;
    }

    @Override
    public List<byte[][]> entries() {
        List<byte[][]> out = new ArrayList<>();
        for (Sample s : samples) {
            out.add(new byte[][] {{(byte) s.cpu, 0, 0, 0}, s.data.clone()});
        }
        return out;
    }
}
