package io.bpflab.kernel;

import java.util.Objects;

/**
 * A map to create: the fields of BPF_MAP_CREATE a program's declaration gives
 * ({@code .map NAME, TYPE, key=K, value=V, entries=N[, flags=F]} or an ELF map).
 *
 * @param name       at most 15 characters reach the kernel (BPF_OBJ_NAME_LEN)
 * @param type       the kernel's {@code enum bpf_map_type} number
 * @param keySize    bytes of a key
 * @param valueSize  bytes of a value
 * @param maxEntries capacity
 * @param flags      {@code map_flags} (BPF_F_NO_PREALLOC, BPF_F_RDONLY_PROG, ...)
 */
public record MapSpec(String name, int type, int keySize, int valueSize, int maxEntries, int flags) {

    /** {@code BPF_MAP_TYPE_ARRAY}, used by the bridge's own result map. */
    static final int ARRAY = 2;

    public MapSpec {
        Objects.requireNonNull(name, "name");
        if (type < 0 || keySize < 0 || valueSize < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("map " + name + ": type and sizes must not be negative");
        }
    }
}
