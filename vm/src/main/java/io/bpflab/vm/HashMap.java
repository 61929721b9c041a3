package io.bpflab.vm;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BPF_MAP_TYPE_HASH, PERCPU_HASH, LRU_HASH and LRU_PERCPU_HASH. A full map refuses a new
 * key with -E2BIG (kernel: htab_map_update_elem); an LRU map evicts its least recently
 * used element instead. A deleted element's value region is unmapped, so a program that
 * keeps using the pointer faults instead of reading recycled memory.
 */
final class HashMap extends BpfMap {

    private final boolean perCpu;
    private final boolean lru;
    private final LinkedHashMap<Key, Element> elements;

    private static final class Element {
        final byte[][] values;
        final Region[] regions;

        Element(int copies, int size) {
            values = new byte[copies][size];
            regions = new Region[copies];
        }
    }

    HashMap(String name, int keySize, int valueSize, int maxEntries, int flags, boolean perCpu, boolean lru) {
        super(name, keySize, valueSize, maxEntries, flags);
        if (keySize <= 0 || valueSize <= 0) {
            throw new IllegalArgumentException(name + ": a hash map needs positive key and value sizes");
        }
        this.perCpu = perCpu;
        this.lru = lru;
        this.elements = new LinkedHashMap<>(16, 0.75f, lru);
    }

    private int cpu() {
        return perCpu ? vm.environment().cpu : 0;
    }

    private long address(Element e, int cpu) {
        Region r = e.regions[cpu];
        if (r == null) {
            r = Region.of(name + " value", e.values[cpu], true);
            vm.map(r);
            e.regions[cpu] = r;
        }
        return r.start();
    }

    @Override
    public long lookup(byte[] key) {
        Element e = elements.get(new Key(key));
        return e == null ? 0 : address(e, cpu());
    }

    @Override
    public long update(byte[] key, byte[] value, long flags) {
        checkKey(key);
        if ((flags & ~BPF_F_LOCK) > BPF_EXIST) {
            return -Errno.EINVAL;
        }
        Key k = new Key(key.clone());
        Element e = elements.get(k);
        if (e != null && flags == BPF_NOEXIST) {
            return -Errno.EEXIST;
        }
        if (e == null && flags == BPF_EXIST) {
            return -Errno.ENOENT;
        }
        if (e == null) {
            if (elements.size() >= maxEntries) {
                if (!lru) {
                    return -Errno.E2BIG;
                }
                Iterator<Map.Entry<Key, Element>> eldest = elements.entrySet().iterator();
                release(eldest.next().getValue());
                eldest.remove();
            }
            e = new Element(perCpu ? Environment.MAX_CPUS : 1, valueSize);
            elements.put(k, e);
        }
        System.arraycopy(value, 0, e.values[cpu()], 0, valueSize);
        return 0;
    }

    @Override
    public long hostUpdate(byte[] key, byte[] value) {
        checkKey(key);
        checkValue(value);
        long ret = update(key, value, BPF_ANY);
        if (ret == 0 && perCpu) {
            for (byte[] copy : elements.get(new Key(key)).values) {
                System.arraycopy(value, 0, copy, 0, valueSize);
            }
        }
        return ret;
    }

    private void release(Element e) {
        for (Region r : e.regions) {
            if (r != null) {
                vm.memory().unmap(r);
            }
        }
    }

    @Override
    public long delete(byte[] key) {
        Element e = elements.remove(new Key(key));
        if (e == null) {
            return -Errno.ENOENT;
        }
        release(e);
        return 0;
    }

    @Override
    public byte[] get(byte[] key) {
        Element e = elements.get(new Key(key));
        return e == null ? null : e.values[cpu()].clone();
    }

    public int size() {
        return elements.size();
    }

    @Override
    public List<byte[][]> entries() {
        List<byte[][]> out = new ArrayList<>();
        elements.forEach((k, e) -> out.add(new byte[][] {k.bytes().clone(), e.values[cpu()].clone()}));
        return out;
    }

    @Override
    long forEach(ElementVisitor fn) {
        Region keyRegion = Region.of(name + " key", new byte[keySize], false);
        long keyAddr = vm.map(keyRegion);
        long n = 0;
        try {
            for (Map.Entry<Key, Element> en : List.copyOf(elements.entrySet())) {
                System.arraycopy(en.getKey().bytes(), 0, keyRegion.data, 0, keySize);
                n++;
                if (fn.visit(keyAddr, address(en.getValue(), cpu())) != 0) {
                    break;
                }
            }
            return n;
        } finally {
            vm.memory().unmap(keyRegion);
        }
    }
}
