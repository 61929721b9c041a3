package io.bpflab.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * BPF_MAP_TYPE_ARRAY and PERCPU_ARRAY: {@code max_entries} preallocated, zeroed values
 * indexed by a u32 key; elements cannot be deleted (kernel: array_map_delete_elem returns
 * -EINVAL). Each value is its own region, so an access past a value faults.
 */
final class ArrayMap extends BpfMap {

    private final boolean perCpu;
    private final int elemSize;
    private final byte[][] data;
    private final Region[][] regions;

    ArrayMap(String name, int keySize, int valueSize, int maxEntries, int flags, boolean perCpu) {
        super(name, keySize, valueSize, maxEntries, flags);
        if (keySize != 4 || valueSize <= 0) {
            throw new IllegalArgumentException(name + ": an array map needs key size 4 and a positive value size");
        }
        this.perCpu = perCpu;
        this.elemSize = roundUp8(valueSize);
        int copies = perCpu ? Environment.MAX_CPUS : 1;
        this.data = new byte[copies][];
        this.regions = new Region[copies][];
        for (int c = 0; c < copies; c++) {
            data[c] = new byte[Math.multiplyExact(elemSize, maxEntries)];
            regions[c] = new Region[maxEntries];
        }
    }

    private int cpu() {
        return perCpu ? vm.environment().cpu : 0;
    }

    private Region region(int cpu, int index) {
        Region r = regions[cpu][index];
        if (r == null) {
            r = new Region(name + "[" + index + "]" + (perCpu ? " cpu " + cpu : ""), data[cpu],
                    index * elemSize, index * elemSize + valueSize, (flags & BPF_F_RDONLY_PROG) == 0);
            vm.map(r);
            regions[cpu][index] = r;
        }
        return r;
    }

    private static long index(byte[] key) {
        return (key[0] & 0xffL) | (key[1] & 0xffL) << 8 | (key[2] & 0xffL) << 16 | (key[3] & 0xffL) << 24;
    }

    @Override
    public long lookup(byte[] key) {
        long i = index(key);
        return i < maxEntries ? region(cpu(), (int) i).start() : 0;
    }

    @Override
    public long update(byte[] key, byte[] value, long flags) {
        checkKey(key);
        if ((flags & ~BPF_F_LOCK) > BPF_EXIST) {
            return -Errno.EINVAL;
        }
        long i = index(key);
        if (i >= maxEntries) {
            return -Errno.E2BIG;
        }
        if (flags == BPF_NOEXIST) {
            return -Errno.EEXIST;
        }
        System.arraycopy(value, 0, data[cpu()], (int) i * elemSize, valueSize);
        return 0;
    }

    @Override
    public long delete(byte[] key) {
        return -Errno.EINVAL;
    }

    @Override
    public long directValueAddress(int off) {
        if (perCpu || off < 0 || off >= valueSize) {
            throw new IllegalArgumentException("map " + name + ": no direct value at offset " + off);
        }
        return region(0, 0).start() + off;
    }

    @Override
    public long hostUpdate(byte[] key, byte[] value) {
        checkKey(key);
        checkValue(value);
        long i = index(key);
        if (i >= maxEntries) {
            return -Errno.E2BIG;
        }
        for (byte[] d : data) {
            System.arraycopy(value, 0, d, (int) i * elemSize, valueSize);
        }
        return 0;
    }

    @Override
    public byte[] get(byte[] key) {
        long i = index(key);
        if (i >= maxEntries) {
            return null;
        }
        return java.util.Arrays.copyOfRange(data[cpu()], (int) i * elemSize, (int) i * elemSize + valueSize);
    }

    /** The value of element {@code key} on {@code cpu}. */
    public byte[] get(byte[] key, int cpu) {
        long i = index(key);
        int c = perCpu ? cpu : 0;
        return java.util.Arrays.copyOfRange(data[c], (int) i * elemSize, (int) i * elemSize + valueSize);
    }

    @Override
    public List<byte[][]> entries() {
        List<byte[][]> out = new ArrayList<>();
        for (int i = 0; i < maxEntries; i++) {
            byte[] k = {(byte) i, (byte) (i >>> 8), (byte) (i >>> 16), (byte) (i >>> 24)};
            out.add(new byte[][] {k, get(k)});
        }
        return out;
    }

    @Override
    long forEach(ElementVisitor fn) {
        Region keyRegion = Region.of(name + " key", new byte[4], false);
        long keyAddr = vm.map(keyRegion);
        try {
            for (int i = 0; i < maxEntries; i++) {
                keyRegion.data[0] = (byte) i;
                keyRegion.data[1] = (byte) (i >>> 8);
                keyRegion.data[2] = (byte) (i >>> 16);
                keyRegion.data[3] = (byte) (i >>> 24);
                if (fn.visit(keyAddr, region(cpu(), i).start()) != 0) {
                    return i + 1;
                }
            }
            return maxEntries;
        } finally {
            vm.memory().unmap(keyRegion);
        }
    }
}
