package io.bpflab.isa.elf;

import java.util.Objects;

/**
 * A map declared with bpflab's {@code .map NAME, TYPE, key=K, value=V, entries=N[, flags=F]}:
 * {@code type} is the kernel's map type name in lower case without {@code BPF_MAP_TYPE_}.
 * In an object file it is a {@code struct bpf_map_def} (five u32: type, key, value, entries,
 * flags) in the section {@code maps}, as legacy libbpf objects had it.
 */
public record MapDef(String name, String type, int typeId, int keySize, int valueSize, int maxEntries, int flags) {

    /** The size of {@code struct bpf_map_def} in the {@code maps} section. */
    public static final int DEF_SIZE = 20;

    public MapDef {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }
}
