package io.bpflab.isa.elf;

import java.util.Map;
import java.util.Objects;

/**
 * A map an object declares, as libbpf would create it.
 *
 * @param def type, sizes, max_entries and flags
 * @param origin where the declaration came from
 * @param initial element 0 of a global data or {@code .kconfig} map (the section's
 *                bytes), else null
 * @param pinning {@code pinning} of a BTF map (1: LIBBPF_PIN_BY_NAME) or of an iproute2
 *                definition (2: PIN_GLOBAL_NS); bpflab records it and pins nothing
 * @param inner the inner map template of a map-in-map, else null
 * @param programValues a prog array's static slots ({@code values}): slot to program name
 * @param mapValues a map-in-map's static slots: slot to map name
 * @param btfKeyType the BTF type id of the key, 0 when not known
 * @param btfValueType the BTF type id of the value, 0 when not known
 */
public record ObjectMap(MapDef def, Origin origin, byte[] initial, int pinning, ObjectMap inner,
                        Map<Integer, String> programValues, Map<Integer, String> mapValues,
                        int btfKeyType, int btfValueType) {

    public enum Origin {
        /** struct bpf_map_def (or iproute2's struct bpf_elf_map) in section {@code maps}. */
        LEGACY,
        /** A BTF-defined map in {@code .maps}. */
        BTF,
        /** Global data: {@code .data}, {@code .rodata}, {@code .bss} and their {@code .NAME} variants. */
        DATA,
        /** The {@code .kconfig} externs. */
        KCONFIG
    }

    public ObjectMap {
        Objects.requireNonNull(def);
        Objects.requireNonNull(origin);
        programValues = Map.copyOf(programValues);
        mapValues = Map.copyOf(mapValues);
    }

    public String name() {
        return def.name();
    }
}
