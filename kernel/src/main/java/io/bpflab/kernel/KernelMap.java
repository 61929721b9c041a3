package io.bpflab.kernel;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A map created in the running kernel, owned by this object: {@link #close()} closes its fd
 * and the kernel frees the map once no program holds it. Nothing is pinned.
 */
public final class KernelMap implements AutoCloseable {

    /** {@code BPF_ANY}: create or update. */
    public static final long BPF_ANY = 0;
    /** {@code BPF_NOEXIST}: create only. */
    public static final long BPF_NOEXIST = 1;
    /** {@code BPF_EXIST}: update only. */
    public static final long BPF_EXIST = 2;

    /** One key and its value as {@link #entries()} reads them; equal when the bytes are. */
    public record Entry(byte[] key, byte[] value) {
        public Entry {
            key = key.clone();
            value = value.clone();
        }

        @Override
        public byte[] key() {
            return key.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && Arrays.equals(key, e.key) && Arrays.equals(value, e.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key) * 31 + Arrays.hashCode(value);
        }

        /** {@code 01000000=2a00000000000000}: the bytes in hex, as they are in memory. */
        @Override
        public String toString() {
            return HexFormat.of().formatHex(key) + "=" + HexFormat.of().formatHex(value);
        }
    }

    private final MapSpec spec;
    private final int fd;
    private final int valueBytes;
    private boolean closed;

    private KernelMap(MapSpec spec, int fd) {
        this.spec = spec;
        this.fd = fd;
        this.valueBytes = spec.perCpu() ? (spec.valueSize() + 7 & ~7) * PossibleCpus.count() : spec.valueSize();
    }

    /** BPF_MAP_CREATE. */
    public static KernelMap create(MapSpec spec) throws KernelException {
        return create(spec, 0);
    }

    /**
     * BPF_MAP_CREATE of a map of maps: {@code innerMapFd} is a map whose type and sizes every
     * inner map must have (kernel: map_in_map.c bpf_map_meta_alloc); 0 for other maps.
     */
    public static KernelMap create(MapSpec spec, int innerMapFd) throws KernelException {
        StructLayout l = BpfAttr.MAP_CREATE;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment attr = BpfAttr.allocate(arena, l);
            BpfAttr.putInt(attr, l, "map_type", spec.type().id());
            BpfAttr.putInt(attr, l, "key_size", spec.keySize());
            BpfAttr.putInt(attr, l, "value_size", spec.valueSize());
            BpfAttr.putInt(attr, l, "max_entries", spec.maxEntries());
            BpfAttr.putInt(attr, l, "map_flags", spec.flags());
            BpfAttr.putName(attr, l, "map_name", spec.name());
            if (innerMapFd > 0) {
                BpfAttr.putInt(attr, l, "inner_map_fd", innerMapFd);
            }
            return new KernelMap(spec, Syscall.bpf(BpfCommand.BPF_MAP_CREATE, attr));
        }
    }

    public MapSpec spec() {
        return spec;
    }

    /** The map's file descriptor, valid until {@link #close()}. */
    public int fd() {
        checkOpen();
        return fd;
    }

    /**
     * Bytes of a value as {@link #lookup} returns it and {@link #update} takes it: the value
     * size, or for a per-CPU map one value rounded up to 8 bytes for each possible CPU
     * (kernel: syscall.c bpf_map_value_size).
     */
    public int valueBytes() {
        return valueBytes;
    }

    /** BPF_MAP_UPDATE_ELEM with {@link #BPF_ANY}, {@link #BPF_NOEXIST} or {@link #BPF_EXIST}. */
    public void update(byte[] key, byte[] value, long flags) throws KernelException {
        checkKey(key);
        if (value.length != valueBytes) {
            throw new IllegalArgumentException("map " + spec.name() + ": value is " + value.length
                    + " bytes, the map's values are " + valueBytes);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment attr = elemAttr(arena, key);
            BpfAttr.putPointer(attr, BpfAttr.MAP_ELEM, "value", copy(arena, value));
            BpfAttr.putLong(attr, BpfAttr.MAP_ELEM, "flags", flags);
            Syscall.bpf(BpfCommand.BPF_MAP_UPDATE_ELEM, attr);
        }
    }

    public void update(byte[] key, byte[] value) throws KernelException {
        update(key, value, BPF_ANY);
    }

    /** BPF_MAP_LOOKUP_ELEM; empty when the key is absent (ENOENT). */
    public Optional<byte[]> lookup(byte[] key) throws KernelException {
        checkKey(key);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment attr = elemAttr(arena, key);
            MemorySegment value = arena.allocate(Math.max(1, valueBytes), 8);
            BpfAttr.putPointer(attr, BpfAttr.MAP_ELEM, "value", value);
            try {
                Syscall.bpf(BpfCommand.BPF_MAP_LOOKUP_ELEM, attr);
            } catch (KernelException e) {
                if (e.errno() == Errno.ENOENT.number) {
                    return Optional.empty();
                }
                throw e;
            }
            return Optional.of(value.asSlice(0, valueBytes).toArray(ValueLayout.JAVA_BYTE));
        }
    }

    /** BPF_MAP_DELETE_ELEM; false when the key was absent (ENOENT). */
    public boolean delete(byte[] key) throws KernelException {
        checkKey(key);
        try (Arena arena = Arena.ofConfined()) {
            Syscall.bpf(BpfCommand.BPF_MAP_DELETE_ELEM, elemAttr(arena, key));
            return true;
        } catch (KernelException e) {
            if (e.errno() == Errno.ENOENT.number) {
                return false;
            }
            throw e;
        }
    }

    /**
     * BPF_MAP_GET_NEXT_KEY: the key after {@code key}, or the first key when {@code key} is
     * null; empty after the last one (ENOENT).
     */
    public Optional<byte[]> nextKey(byte[] key) throws KernelException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment attr;
            if (key == null) {
                attr = BpfAttr.allocate(arena, BpfAttr.MAP_ELEM);
                BpfAttr.putInt(attr, BpfAttr.MAP_ELEM, "map_fd", fd());
            } else {
                checkKey(key);
                attr = elemAttr(arena, key);
            }
            MemorySegment next = arena.allocate(Math.max(1, spec.keySize()), 8);
            BpfAttr.putPointer(attr, BpfAttr.MAP_ELEM, "value", next);
            try {
                Syscall.bpf(BpfCommand.BPF_MAP_GET_NEXT_KEY, attr);
            } catch (KernelException e) {
                if (e.errno() == Errno.ENOENT.number) {
                    return Optional.empty();
                }
                throw e;
            }
            return Optional.of(next.asSlice(0, spec.keySize()).toArray(ValueLayout.JAVA_BYTE));
        }
    }

    /** Every entry, in the kernel's iteration order (index order for arrays). */
    public List<Entry> entries() throws KernelException {
        List<Entry> out = new ArrayList<>();
        Optional<byte[]> key = nextKey(null);
        while (key.isPresent()) {
            byte[] k = key.get();
            Optional<byte[]> v = lookup(k);
            if (v.isPresent()) {
                out.add(new Entry(k, v.get()));
            }
            key = nextKey(k);
        }
        return out;
    }

    /** Closes the fd; a second call does nothing. */
    @Override
    public void close() throws KernelException {
        if (!closed) {
            closed = true;
            Syscall.close(fd);
        }
    }

    private MemorySegment elemAttr(Arena arena, byte[] key) {
        MemorySegment attr = BpfAttr.allocate(arena, BpfAttr.MAP_ELEM);
        BpfAttr.putInt(attr, BpfAttr.MAP_ELEM, "map_fd", fd());
        BpfAttr.putPointer(attr, BpfAttr.MAP_ELEM, "key", copy(arena, key));
        return attr;
    }

    private static MemorySegment copy(Arena arena, byte[] bytes) {
        MemorySegment s = arena.allocate(Math.max(1, bytes.length), 8);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, 0, bytes.length);
        return s;
    }

    private void checkKey(byte[] key) {
        if (key.length != spec.keySize()) {
            throw new IllegalArgumentException("map " + spec.name() + ": key is " + key.length
                    + " bytes, the map's keys are " + spec.keySize());
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("map " + spec.name() + " is closed");
        }
    }

    @Override
    public String toString() {
        return "KernelMap[" + spec.name() + ", fd " + fd + (closed ? ", closed" : "") + "]";
    }
}
