package io.bpflab.verifier;

import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import java.util.List;
import java.util.Objects;

/**
 * What {@code BPF_PROG_LOAD} tells the verifier besides the instructions: the program type,
 * the maps its {@code lddw} map references name (by index, as bpflab's assembler numbers
 * the maps of {@code .map}), whether the license is GPL-compatible, and the alignment flags.
 *
 * @param type the program type (kernel: prog_type), which decides the context, the helpers
 *     and the return values allowed
 * @param maps the maps a {@code BPF_PSEUDO_MAP_FD}/{@code BPF_PSEUDO_MAP_VALUE} immediate indexes
 * @param gplCompatible kernel: prog->gpl_compatible, from the license string
 * @param strictAlignment BPF_F_STRICT_ALIGNMENT: check alignment as on a machine without
 *     efficient unaligned access
 * @param anyAlignment BPF_F_ANY_ALIGNMENT: skip the alignment checks that are strict regardless
 */
public record LoadAttrs(ProgramType type, List<MapDef> maps, boolean gplCompatible, boolean strictAlignment,
                        boolean anyAlignment) {

    /** A GPL socket filter with no maps and the default alignment rules. */
    public static final LoadAttrs DEFAULT = new LoadAttrs(ProgramType.SOCKET_FILTER, List.of(), true, false, false);

    public LoadAttrs {
        Objects.requireNonNull(type);
        maps = List.copyOf(maps);
    }

    /** A GPL program of {@code type} using {@code maps}. */
    public static LoadAttrs of(ProgramType type, List<MapDef> maps) {
        return new LoadAttrs(type, maps, true, false, false);
    }

    public LoadAttrs withLicense(String license) {
        return new LoadAttrs(type, maps, isGplCompatible(license), strictAlignment, anyAlignment);
    }

    public LoadAttrs withStrictAlignment(boolean strict) {
        return new LoadAttrs(type, maps, gplCompatible, strict, anyAlignment);
    }

    /** kernel: license_is_gpl_compatible (include/linux/license.h). */
    public static boolean isGplCompatible(String license) {
        return List.of("GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL")
            .contains(license);
    }

    /** The map type of {@code def}, UNSPEC for an id this table does not know. */
    static MapType mapType(MapDef def) {
        return MapType.byId(def.typeId()).orElse(MapType.UNSPEC);
    }
}
