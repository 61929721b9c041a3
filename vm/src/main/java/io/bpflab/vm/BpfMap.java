package io.bpflab.vm;

import io.bpflab.isa.linux.MapType;
import java.util.Arrays;
import java.util.List;

/**
 * An emulated BPF map. Program-side operations return what the kernel's helpers return
 * (an address or 0 for lookups, 0 or a negated errno otherwise); host-side operations
 * (pre-loading from the command line or a test, reading back) use byte arrays.
 */
public abstract class BpfMap {

    /** Update flags (uapi bpf.h). */
    public static final long BPF_ANY = 0;
    public static final long BPF_NOEXIST = 1;
    public static final long BPF_EXIST = 2;
    public static final long BPF_F_LOCK = 4;
    /** Map creation flag (uapi bpf.h): the program may read values but not write them (.rodata). */
    public static final int BPF_F_RDONLY_PROG = 1 << 7;

    /** kernel: MAX_BPF_STACK, the largest hash key (htab_map_alloc_check). */
    static final int MAX_KEY_SIZE = 512;
    /** kernel: KMALLOC_MAX_SIZE on x86-64 (4 MiB), the largest array value (array_map_alloc_check). */
    static final int MAX_VALUE_SIZE = 4 << 20;
    /** The most memory bpflab gives one preallocated map (arrays, prog arrays): 256 MiB. */
    static final long MAX_PREALLOCATED = 1L << 28;

    protected final String name;
    protected final int keySize;
    protected final int valueSize;
    protected final int maxEntries;
    protected final int flags;
    protected Vm vm;

    protected BpfMap(String name, int keySize, int valueSize, int maxEntries, int flags) {
        this.name = name;
        this.keySize = keySize;
        this.valueSize = valueSize;
        this.maxEntries = maxEntries;
        this.flags = flags;
    }

    /**
     * Creates a map of kernel map type {@code type} (the BPF_MAP_TYPE_* number), checking the
     * sizes as the kernel's map_alloc_check does.
     *
     * @throws IllegalArgumentException with the kernel's reason, for sizes it refuses
     */
    public static BpfMap create(String name, MapType type, int keySize, int valueSize, int maxEntries, int flags) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException(name + ": max_entries must be positive");
        }
        if (keySize < 0 || valueSize < 0 || keySize > MAX_KEY_SIZE || valueSize > MAX_VALUE_SIZE) {
            // kernel: htab_map_alloc_check and array_map_alloc_check refuse these with E2BIG
            throw new IllegalArgumentException(name + ": key size " + keySize + " or value size " + valueSize
                    + " is outside what the kernel accepts (keys up to " + MAX_KEY_SIZE + " bytes, values up to "
                    + MAX_VALUE_SIZE + ")");
        }
        boolean preallocated = switch (type) {
            case ARRAY, PERCPU_ARRAY, PROG_ARRAY, DEVMAP, CPUMAP, XSKMAP -> true;
            default -> false;
        };
        if (preallocated && (long) (roundUp8(valueSize) + 16) * maxEntries > MAX_PREALLOCATED) {
            throw new IllegalArgumentException(name + ": " + maxEntries + " entries of " + valueSize
                    + " bytes is more than bpflab allocates for one map (" + (MAX_PREALLOCATED >> 20) + " MiB)");
        }
        return switch (type) {
            case HASH -> new HashMap(name, keySize, valueSize, maxEntries, flags, false, false);
            case PERCPU_HASH -> new HashMap(name, keySize, valueSize, maxEntries, flags, true, false);
            case LRU_HASH -> new HashMap(name, keySize, valueSize, maxEntries, flags, false, true);
            case LRU_PERCPU_HASH -> new HashMap(name, keySize, valueSize, maxEntries, flags, true, true);
            case ARRAY -> new ArrayMap(name, keySize, valueSize, maxEntries, flags, false);
            case PERCPU_ARRAY -> new ArrayMap(name, keySize, valueSize, maxEntries, flags, true);
            case PROG_ARRAY -> new ProgArray(name, keySize, valueSize, maxEntries, flags);
            case ARRAY_OF_MAPS, HASH_OF_MAPS ->
                    new MapOfMaps(name, keySize, valueSize, maxEntries, flags, type == MapType.HASH_OF_MAPS);
            case DEVMAP, DEVMAP_HASH, CPUMAP, XSKMAP -> type == MapType.DEVMAP_HASH
                    ? new HashMap(name, keySize, valueSize, maxEntries, flags, false, false)
                    : new ArrayMap(name, keySize, valueSize, maxEntries, flags, false);
            case QUEUE, STACK -> new QueueMap(name, keySize, valueSize, maxEntries, flags, type == MapType.STACK);
            case LPM_TRIE -> new LpmTrie(name, keySize, valueSize, maxEntries, flags);
            case RINGBUF -> new RingBuf(name, keySize, valueSize, maxEntries, flags);
            case PERF_EVENT_ARRAY -> new PerfEventArray(name, keySize, valueSize, maxEntries, flags);
            default -> throw new IllegalArgumentException(name + ": map type " + type.shortName() + " is not emulated by bpflab");
        };
    }

    void attach(Vm machine) {
        if (this.vm != null && this.vm != machine) {
            throw new IllegalStateException("map " + name + " already belongs to another machine");
        }
        this.vm = machine;
    }

    public String name() {
        return name;
    }

    public int keySize() {
        return keySize;
    }

    public int valueSize() {
        return valueSize;
    }

    public int maxEntries() {
        return maxEntries;
    }

    // Program side: kernel helper semantics.

    /** bpf_map_lookup_elem: the address of the value, or 0. */
    public long lookup(byte[] key) {
        return 0;
    }

    /** bpf_map_update_elem: 0 or a negated errno. */
    public long update(byte[] key, byte[] value, long flags) {
        return -Errno.ENOTSUPP;
    }

    /** bpf_map_delete_elem. */
    public long delete(byte[] key) {
        return -Errno.ENOTSUPP;
    }

    /** bpf_map_push_elem. */
    public long push(byte[] value, long flags) {
        return -Errno.ENOTSUPP;
    }

    /** bpf_map_pop_elem: fills {@code out}. */
    public long pop(byte[] out) {
        return -Errno.ENOTSUPP;
    }

    /** bpf_map_peek_elem. */
    public long peek(byte[] out) {
        return -Errno.ENOTSUPP;
    }

    /** The address of byte {@code off} of the single-value view used by global data (BPF_PSEUDO_MAP_VALUE). */
    public long directValueAddress(int off) {
        throw new IllegalArgumentException("map " + name + " has no direct value address (only arrays do)");
    }

    // Host side.

    /**
     * Sets an element from the host (command line, tests): like an update with BPF_ANY, and
     * for per-CPU maps on every CPU. Returns 0 or a negated errno.
     */
    public long hostUpdate(byte[] key, byte[] value) {
        checkKey(key);
        checkValue(value);
        return update(key, value, BPF_ANY);
    }

    /** The value for {@code key} as the current CPU sees it, or null. */
    public abstract byte[] get(byte[] key);

    /** Every (key, value) pair, in the map's iteration order. */
    public abstract List<byte[][]> entries();

    /** Calls {@code fn(key address, value address)} for each element until it returns non-zero; the count visited. */
    long forEach(ElementVisitor fn) {
        return -Errno.ENOTSUPP;
    }

    @FunctionalInterface
    interface ElementVisitor {
        /** Returns non-zero to stop. */
        long visit(long keyAddress, long valueAddress);
    }

    protected void checkKey(byte[] key) {
        if (key.length != keySize) {
            throw new IllegalArgumentException(name + ": key must be " + keySize + " bytes, got " + key.length);
        }
    }

    protected void checkValue(byte[] value) {
        if (value.length != valueSize) {
            throw new IllegalArgumentException(name + ": value must be " + valueSize + " bytes, got " + value.length);
        }
    }

    /** A map key with content equality. */
    record Key(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    static int roundUp8(int n) {
        return (n + 7) & ~7;
    }
}
