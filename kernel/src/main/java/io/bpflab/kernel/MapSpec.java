package io.bpflab.kernel;

import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.MapType;
import java.util.Objects;

/**
 * A map to create: the fields of BPF_MAP_CREATE a program's declaration gives
 * ({@code .map NAME, TYPE, key=K, value=V, entries=N[, flags=F]} or an ELF map).
 *
 * @param name       at most 15 characters reach the kernel (BPF_OBJ_NAME_LEN)
 * @param type       the map type
 * @param keySize    bytes of a key
 * @param valueSize  bytes of a value
 * @param maxEntries capacity
 * @param flags      {@code map_flags} (BPF_F_NO_PREALLOC, BPF_F_RDONLY_PROG, ...)
 */
public record MapSpec(String name, MapType type, int keySize, int valueSize, int maxEntries, int flags) {

    public MapSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (keySize < 0 || valueSize < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("map " + name + ": sizes must not be negative");
        }
    }

    public MapSpec(String name, MapType type, int keySize, int valueSize, int maxEntries) {
        this(name, type, keySize, valueSize, maxEntries, 0);
    }

    /**
     * The map a {@code .map} directive (or an ELF {@code maps} entry) declares.
     *
     * @throws IllegalArgumentException when its type number is not a Linux map type
     */
    public static MapSpec of(MapDef def) {
        MapType type = MapType.byId(def.typeId()).orElseThrow(() -> new IllegalArgumentException(
                "map " + def.name() + ": type " + def.type() + " (" + def.typeId() + ") is not a Linux map type"));
        return new MapSpec(def.name(), type, def.keySize(), def.valueSize(), def.maxEntries(), def.flags());
    }

    /**
     * Whether lookups and updates carry one value per possible CPU (kernel: syscall.c
     * bpf_map_value_size).
     */
    public boolean perCpu() {
        return switch (type) {
            case PERCPU_HASH, PERCPU_ARRAY, LRU_PERCPU_HASH, PERCPU_CGROUP_STORAGE -> true;
            default -> false;
        };
    }
}
