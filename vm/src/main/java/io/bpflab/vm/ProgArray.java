package io.bpflab.vm;

import java.util.ArrayList;
import java.util.List;

/** BPF_MAP_TYPE_PROG_ARRAY: the programs bpf_tail_call jumps to, filled from the host. */
public final class ProgArray extends BpfMap {

    private final Executable[] programs;

    ProgArray(String name, int keySize, int valueSize, int maxEntries, int flags) {
        super(name, keySize, valueSize, maxEntries, flags);
        if (keySize != 4 || valueSize != 4) {
            throw new IllegalArgumentException(name + ": a prog_array needs key and value size 4");
        }
        this.programs = new Executable[maxEntries];
    }

    /** Host side: puts {@code x} at {@code index} (null clears it). */
    public void set(int index, Executable x) {
        if (index < 0 || index >= maxEntries) {
            throw new IllegalArgumentException(name + ": index " + index + " out of range 0.." + (maxEntries - 1));
        }
        programs[index] = x;
    }

    /** The program at {@code index}, or null (bpf_tail_call then falls through). */
    public Executable program(long index) {
        return index >= 0 && index < maxEntries ? programs[(int) index] : null;
    }

    @Override
    public long delete(byte[] key) {
        return -Errno.EINVAL;
    }

    @Override
    public byte[] get(byte[] key) {
        return null;
    }

    @Override
    public List<byte[][]> entries() {
        List<byte[][]> out = new ArrayList<>();
        for (int i = 0; i < maxEntries; i++) {
            if (programs[i] != null) {
                out.add(new byte[][] {{(byte) i, (byte) (i >>> 8), (byte) (i >>> 16), (byte) (i >>> 24)},
                        programs[i].name().getBytes(java.nio.charset.StandardCharsets.UTF_8)});
            }
        }
        return out;
    }
}
