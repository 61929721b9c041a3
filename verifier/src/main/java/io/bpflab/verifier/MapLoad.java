package io.bpflab.verifier;

import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.MapType;

/**
 * {@code lddw} of a map ({@code r1 = map ll}, BPF_PSEUDO_MAP_FD / BPF_PSEUDO_MAP_IDX) or of
 * an address in a map's value (BPF_PSEUDO_MAP_VALUE / BPF_PSEUDO_MAP_IDX_VALUE): the load-time
 * checks the kernel makes before exploring (resolve_pseudo_ldimm64) and the pointer the
 * instruction loads (check_ld_imm). The immediate's low 32 bits index
 * {@link LoadAttrs#maps()}; for a value reference its high 32 bits are the offset.
 */
final class MapLoad {
    private MapLoad() {
    }

    static boolean isMapReference(Insn.LoadImm64 l) {
        return l.src() == PseudoSrc.MAP_FD || l.src() == PseudoSrc.MAP_VALUE || l.src() == PseudoSrc.MAP_IDX
            || l.src() == PseudoSrc.MAP_IDX_VALUE;
    }

    private static boolean isValue(Insn.LoadImm64 l) {
        return l.src() == PseudoSrc.MAP_VALUE || l.src() == PseudoSrc.MAP_IDX_VALUE;
    }

    /** The first map reference the kernel would refuse, as {@code "SLOT:message"}, or null. */
    static String check(Program program, LoadAttrs attrs) {
        for (int i = 0; i < program.size(); i++) {
            if (!(program.insn(i) instanceof Insn.LoadImm64 l) || !isMapReference(l)) {
                continue;
            }
            int slot = program.slotOf(i);
            int fd = (int) l.imm();
            if (fd < 0 || fd >= attrs.maps().size()) {
                return slot + ":fd " + fd + " is not pointing to valid bpf_map";
            }
            MapDef map = attrs.maps().get(fd);
            if (isValue(l)) {
                int off = (int) (l.imm() >>> 32);
                // kernel: array_map_direct_value_addr, the only map type here that offers it
                if (LoadAttrs.mapType(map) != MapType.ARRAY || map.maxEntries() != 1) {
                    return slot + ":no direct value access support for this map type";
                }
                if (Integer.compareUnsigned(off, map.valueSize()) >= 0) {
                    return slot + ":direct value offset of " + Integer.toUnsignedString(off) + " is not allowed";
                }
            }
        }
        return null;
    }

    /** kernel: check_ld_imm; a map pointer, or a pointer into the map's only value. */
    static RegState pointer(Insn.LoadImm64 l, LoadAttrs attrs) {
        MapDef map = attrs.maps().get((int) l.imm());
        if (isValue(l)) {
            return RegState.Pointer.of(PtrKind.MAP_VALUE).withMap(map).withOff((int) (l.imm() >>> 32), Scalar.known(0));
        }
        return RegState.Pointer.of(PtrKind.MAP_PTR).withMap(map);
    }
}
