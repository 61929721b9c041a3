package io.bpflab.vm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * BPF_MAP_TYPE_ARRAY_OF_MAPS and HASH_OF_MAPS: values are inner maps, set from the host by
 * fd; a program's lookup returns the inner map itself, usable as a map argument.
 */
public final class MapOfMaps extends BpfMap {

    private final boolean hashed;
    private final LinkedHashMap<Key, Integer> inner = new LinkedHashMap<>();

    MapOfMaps(String name, int keySize, int valueSize, int maxEntries, int flags, boolean hashed) {
        super(name, keySize, valueSize, maxEntries, flags);
        if (valueSize != 4 || keySize <= 0 || (!hashed && keySize != 4)) {
            throw new IllegalArgumentException(name + ": a map of maps needs value size 4 (an fd)"
                    + (hashed ? "" : " and key size 4"));
        }
        this.hashed = hashed;
    }

    /** Host side: sets the inner map of {@code key} to the map registered under {@code fd}. */
    public long setInner(byte[] key, int fd) {
        checkKey(key);
        vm.map(fd);
        if (!hashed && Integer.toUnsignedLong(ArrayIndex.of(key)) >= maxEntries) {
            return -Errno.E2BIG;
        }
        Key k = new Key(key.clone());
        if (hashed && !inner.containsKey(k) && inner.size() >= maxEntries) {
            return -Errno.E2BIG;
        }
        inner.put(k, fd);
        return 0;
    }

    @Override
    public long lookup(byte[] key) {
        Integer fd = inner.get(new Key(key));
        return fd == null ? 0 : vm.mapHandle(fd);
    }

    @Override
    public long delete(byte[] key) {
        if (!hashed) {
            return -Errno.EINVAL;
        }
        return inner.remove(new Key(key)) == null ? -Errno.ENOENT : 0;
    }

    @Override
    public byte[] get(byte[] key) {
        Integer fd = inner.get(new Key(key));
        return fd == null ? null : new byte[] {(byte) (int) fd, (byte) (fd >>> 8), (byte) (fd >>> 16), (byte) (fd >>> 24)};
    }

    @Override
    public List<byte[][]> entries() {
        List<byte[][]> out = new ArrayList<>();
        inner.forEach((k, fd) -> out.add(new byte[][] {k.bytes().clone(), get(k.bytes())}));
        return out;
    }

    /** Little-endian u32 of a 4-byte key. */
    static final class ArrayIndex {
        private ArrayIndex() {
        }

        static int of(byte[] k) {
            return (k[0] & 0xff) | (k[1] & 0xff) << 8 | (k[2] & 0xff) << 16 | (k[3] & 0xff) << 24;
        }
    }
}
