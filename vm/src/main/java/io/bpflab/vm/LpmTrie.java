package io.bpflab.vm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * BPF_MAP_TYPE_LPM_TRIE: keys are {@code struct bpf_lpm_trie_key} (a host-order u32
 * prefix length, then the data bytes); a lookup returns the value of the longest stored
 * prefix that matches the first {@code prefixlen} bits of the key (kernel: lpm_trie.c).
 */
final class LpmTrie extends BpfMap {

    private final int maxPrefix;
    private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>();
    private final java.util.Map<Key, Region> regions = new java.util.HashMap<>();

    LpmTrie(String name, int keySize, int valueSize, int maxEntries, int flags) {
        super(name, keySize, valueSize, maxEntries, flags);
        if (keySize <= 4 || keySize > 4 + 256 || valueSize <= 0) {
            throw new IllegalArgumentException(name + ": an lpm_trie needs a key of 5..260 bytes and a positive value size");
        }
        this.maxPrefix = (keySize - 4) * 8;
    }

    private static int prefixLen(byte[] key) {
        return (key[0] & 0xff) | (key[1] & 0xff) << 8 | (key[2] & 0xff) << 16 | (key[3] & 0xff) << 24;
    }

    /** The key with the bits past its prefix cleared: the identity of a stored prefix. */
    private byte[] canonical(byte[] key, int plen) {
        byte[] k = key.clone();
        for (int bit = plen; bit < maxPrefix; bit++) {
            k[4 + bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return k;
    }

    private static boolean matches(byte[] stored, byte[] key, int plen) {
        for (int bit = 0; bit < plen; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((stored[4 + bit / 8] & mask) != (key[4 + bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private Key longestMatch(byte[] key) {
        int limit = (int) Math.min(Integer.toUnsignedLong(prefixLen(key)), maxPrefix);
        Key best = null;
        int bestLen = -1;
        for (Key k : entries.keySet()) {
            int plen = prefixLen(k.bytes());
            if (plen <= limit && plen > bestLen && matches(k.bytes(), key, plen)) {
                best = k;
                bestLen = plen;
            }
        }
        return best;
    }

    @Override
    public long lookup(byte[] key) {
        Key k = longestMatch(key);
        if (k == null) {
            return 0;
        }
        Region r = regions.get(k);
        if (r == null) {
            r = Region.of(name + " value", entries.get(k), true);
            vm.map(r);
            regions.put(k, r);
        }
        return r.start();
    }

    @Override
    public long update(byte[] key, byte[] value, long flags) {
        checkKey(key);
        if (flags > BPF_EXIST) {
            return -Errno.EINVAL;
        }
        long plen = Integer.toUnsignedLong(prefixLen(key));
        if (plen > maxPrefix) {
            return -Errno.EINVAL;
        }
        Key k = new Key(canonical(key, (int) plen));
        byte[] v = entries.get(k);
        if (v != null && flags == BPF_NOEXIST) {
            return -Errno.EEXIST;
        }
        if (v == null && flags == BPF_EXIST) {
            return -Errno.ENOENT;
        }
        if (v == null) {
            if (entries.size() >= maxEntries) {
                return -Errno.ENOSPC;
            }
            v = new byte[valueSize];
            entries.put(k, v);
        }
        System.arraycopy(value, 0, v, 0, valueSize);
        return 0;
    }

    @Override
    public long delete(byte[] key) {
        long plen = Integer.toUnsignedLong(prefixLen(key));
        if (plen > maxPrefix) {
            return -Errno.EINVAL;
        }
        Key k = new Key(canonical(key, (int) plen));
        if (entries.remove(k) == null) {
            return -Errno.ENOENT;
        }
        Region r = regions.remove(k);
        if (r != null) {
            vm.memory().unmap(r);
        }
        return 0;
    }

    @Override
    public byte[] get(byte[] key) {
        Key k = longestMatch(key);
        return k == null ? null : entries.get(k).clone();
    }

    @Override
    public List<byte[][]> entries() {
        List<byte[][]> out = new ArrayList<>();
        entries.forEach((k, v) -> out.add(new byte[][] {k.bytes().clone(), v.clone()}));
        return out;
    }
}
