package io.bpflab.isa.linux;

import java.util.Locale;
import java.util.Optional;

/**
 * Map types, numbered as {@code BPF_MAP_CREATE}'s {@code map_type} takes them. Source:
 * Linux 6.12 {@code include/uapi/linux/bpf.h}, {@code enum bpf_map_type}. Each constant is
 * the uapi name without {@code BPF_MAP_TYPE_}. The uapi also spells 19 and 21
 * {@code BPF_MAP_TYPE_CGROUP_STORAGE_DEPRECATED} and
 * {@code BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE_DEPRECATED}; {@link #byName} accepts those too.
 */
public enum MapType {
    UNSPEC(0),
    HASH(1),
    ARRAY(2),
    PROG_ARRAY(3),
    PERF_EVENT_ARRAY(4),
    PERCPU_HASH(5),
    PERCPU_ARRAY(6),
    STACK_TRACE(7),
    CGROUP_ARRAY(8),
    LRU_HASH(9),
    LRU_PERCPU_HASH(10),
    LPM_TRIE(11),
    ARRAY_OF_MAPS(12),
    HASH_OF_MAPS(13),
    DEVMAP(14),
    SOCKMAP(15),
    CPUMAP(16),
    XSKMAP(17),
    SOCKHASH(18),
    CGROUP_STORAGE(19),
    REUSEPORT_SOCKARRAY(20),
    PERCPU_CGROUP_STORAGE(21),
    QUEUE(22),
    STACK(23),
    SK_STORAGE(24),
    DEVMAP_HASH(25),
    STRUCT_OPS(26),
    RINGBUF(27),
    INODE_STORAGE(28),
    TASK_STORAGE(29),
    BLOOM_FILTER(30),
    USER_RINGBUF(31),
    CGRP_STORAGE(32),
    ARENA(33);

    private static final String PREFIX = "BPF_MAP_TYPE_";
    private static final String DEPRECATED = "_deprecated";
    private static final UapiTable<MapType> TABLE = new UapiTable<>(MapType.class, MapType::id, PREFIX);

    private final int id;
    private final String shortName;

    MapType(int id) {
        this.id = id;
        this.shortName = name().toLowerCase(Locale.ROOT);
    }

    /** The uapi number. */
    public int id() {
        return id;
    }

    /**
     * The lower-case name without prefix, as bpftool and libbpf's
     * {@code libbpf_bpf_map_type_str} print it and as bpflab's {@code .map} directive takes
     * it: {@code hash}, {@code percpu_array}, {@code ringbuf}.
     */
    public String shortName() {
        return shortName;
    }

    /** The uapi constant: {@code BPF_MAP_TYPE_HASH}. */
    public String uapiName() {
        return PREFIX + name();
    }

    /** The map type numbered {@code id}, or empty when Linux 6.12 has none. */
    public static Optional<MapType> byId(int id) {
        return TABLE.byId(id);
    }

    /**
     * The map type called {@code name}: the short name ({@code lru_hash}), the uapi name
     * ({@code BPF_MAP_TYPE_LRU_HASH}), in either case.
     */
    public static Optional<MapType> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String prefix = PREFIX.toLowerCase(Locale.ROOT);
        if (n.startsWith(prefix)) {
            n = n.substring(prefix.length());
        }
        if (n.endsWith(DEPRECATED)) {
            n = n.substring(0, n.length() - DEPRECATED.length());
            if (!n.equals(CGROUP_STORAGE.shortName) && !n.equals(PERCPU_CGROUP_STORAGE.shortName)) {
                return Optional.empty();
            }
        }
        for (MapType t : values()) {
            if (t.shortName.equals(n)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
