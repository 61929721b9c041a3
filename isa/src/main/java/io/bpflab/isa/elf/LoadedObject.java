package io.bpflab.isa.elf;

import io.bpflab.isa.btf.Btf;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An object file read and linked like libbpf's {@code bpf_object__open} and
 * {@code bpf_object__load} prepare it: programs with their subprograms and resolved
 * references, the maps to create (map references in the programs are indices into
 * {@link #maps()}), the license and the legacy kernel version.
 *
 * @param btf the object's {@code .BTF}, or null when it has none
 * @param kernelBtf the {@code .BTF} bytes as BPF_BTF_LOAD accepts them (libbpf's fixups:
 *                  DATASEC sizes and variable offsets from the ELF symbols, sorted;
 *                  {@code .kconfig} externs as allocated variables), or null without BTF
 */
public record LoadedObject(List<ObjectProgram> programs, List<ObjectMap> maps, String license,
                           OptionalInt kernelVersion, Btf btf, byte[] kernelBtf) {

    public LoadedObject {
        programs = List.copyOf(programs);
        maps = List.copyOf(maps);
    }

    /**
     * The program named {@code which} (its function name), else the first program of the
     * section named {@code which}.
     */
    public Optional<ObjectProgram> program(String which) {
        return programs.stream().filter(p -> p.name().equals(which)).findFirst()
                .or(() -> programs.stream().filter(p -> p.section().equals(which)).findFirst());
    }

    public List<MapDef> mapDefs() {
        return maps.stream().map(ObjectMap::def).toList();
    }

    public Optional<Integer> mapIndex(String name) {
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i).name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
