package io.bpflab.isa.elf;

import io.bpflab.isa.DecodeException;
import io.bpflab.isa.Decoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.btf.Btf;
import io.bpflab.isa.btf.BtfException;
import io.bpflab.isa.btf.BtfExt;
import io.bpflab.isa.btf.BtfType;
import io.bpflab.isa.btf.CoreResolver;
import io.bpflab.isa.linux.MapType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Turns a clang-compiled BPF object into loadable programs and maps the way libbpf does
 * (libbpf.c: bpf_object__elf_collect, bpf_object__init_maps, bpf_object__collect_relos,
 * bpf_object__relocate): every function of a program section is a program; {@code .text}
 * functions are subprograms appended to each program that calls them; {@code lddw}
 * relocations against maps become BPF_PSEUDO_MAP_FD, against global data and
 * {@code .kconfig} externs BPF_PSEUDO_MAP_VALUE, against functions BPF_PSEUDO_FUNC; CO-RE
 * relocations in {@code .BTF.ext} are resolved against the kernel's BTF; line_info and
 * func_info are carried into each program.
 */
public final class ObjectLoader {

    /** {@code BPF_LD | BPF_IMM | BPF_DW}. */
    private static final int LDDW = 0x18;
    /** {@code BPF_JMP | BPF_CALL}. */
    private static final int CALL = 0x85;
    /** The kernel's map flag for read-only data (uapi bpf.h BPF_F_RDONLY_PROG). */
    public static final int BPF_F_RDONLY_PROG = 1 << 7;

    /** The kernel's BTF for CO-RE, fetched only when an object has CO-RE relocations. */
    @FunctionalInterface
    public interface KernelBtf {
        /** @throws ObjectException when there is none to use (the message says why) */
        Btf get() throws ObjectException;
    }

    /**
     * What loading needs from outside the object.
     *
     * @param kernelBtf  the target of CO-RE relocations
     * @param kernelVersion {@code LINUX_KERNEL_VERSION} for {@code .kconfig}:
     *                   {@code KERNEL_VERSION(a, b, c)}
     * @param kconfig    {@code CONFIG_*} values as in a kernel .config ({@code y}, {@code m},
     *                   {@code n}, numbers, quoted strings)
     */
    public record Options(KernelBtf kernelBtf, int kernelVersion, Map<String, String> kconfig) {
        public Options {
            Objects.requireNonNull(kernelBtf);
            kconfig = Map.copyOf(kconfig);
        }

        /** No kernel BTF (CO-RE relocations are an error), version 0, no kconfig. */
        public static Options none() {
            return new Options(() -> {
                throw new ObjectException("the object has CO-RE relocations and no kernel BTF was given (--btf FILE)");
            }, 0, Map.of());
        }
    }

    private ObjectLoader() {
    }

    /** A function of a code section: {@code slots} instructions from {@code start}. */
    private record Func(String name, int section, int start, int slots) {
    }

    /** A code section being relocated: its instructions as raw bytes, patched in place. */
    private static final class Code {
        final ElfSection section;
        final byte[] bytes;
        final List<Func> funcs = new ArrayList<>();
        /** Slot of a call or callback lddw to the (section, slot) it targets. */
        final Map<Integer, int[]> targets = new HashMap<>();

        Code(ElfSection section) {
            this.section = section;
            this.bytes = section.data().clone();
        }

        int slots() {
            return bytes.length / 8;
        }
    }

    /** Reads and links {@code bytes}. */
    public static LoadedObject load(byte[] bytes, Options options) throws ObjectException {
        BpfObject obj;
        try {
            obj = ElfReader.read(bytes);
        } catch (ElfReader.BadElfException e) {
            throw new ObjectException(e.getMessage());
        }
        return new Linker(obj, options).link();
    }

    private static final class Linker {
        final BpfObject obj;
        final Options options;
        Btf btf;
        BtfExt ext = BtfExt.empty();
        final List<Code> code = new ArrayList<>();
        final List<ObjectMap> maps = new ArrayList<>();
        /** Map index by the symbol (section + offset) that defines it. */
        final Map<String, Integer> mapBySymbol = new HashMap<>();
        final Map<String, Integer> dataMapBySection = new HashMap<>();
        int kconfigMap = -1;
        final Map<String, Integer> kconfigOffsets = new HashMap<>();

        Linker(BpfObject obj, Options options) {
            this.obj = obj;
            this.options = options;
        }

        LoadedObject link() throws ObjectException {
            readBtf();
            String license = obj.section("license").map(s -> cString(s.data())).orElse("");
            OptionalInt version = OptionalInt.empty();
            var v = obj.section("version");
            if (v.isPresent()) {
                if (v.get().data().length != 4) {
                    throw new ObjectException("version", -1, "is " + v.get().data().length + " bytes, not a u32");
                }
                version = OptionalInt.of((int) u32(v.get().data(), 0));
            }
            collectCode();
            legacyMaps();
            btfMaps();
            dataMaps();
            kconfig();
            for (Code c : code) {
                relocate(c);
                core(c);
            }
            List<ObjectProgram> programs = new ArrayList<>();
            boolean onlyText = code.stream().allMatch(c -> c.section.name().equals(".text"));
            for (int ci = 0; ci < code.size(); ci++) {
                Code c = code.get(ci);
                if (c.section.name().equals(".text") && !onlyText) {
                    continue;
                }
                for (Func f : c.funcs) {
                    programs.add(linkProgram(f));
                }
            }
            if (programs.isEmpty()) {
                throw new ObjectException("no program section (a section with instructions other than .text)");
            }
            return new LoadedObject(programs, maps, license, version, btf, btf == null ? null : kernelBtf());
        }

        private void readBtf() throws ObjectException {
            var b = obj.section(".BTF");
            if (b.isEmpty()) {
                return;
            }
            try {
                btf = Btf.parse(b.get().data());
            } catch (BtfException e) {
                throw new ObjectException(".BTF", e.offset(), e.getMessage());
            }
            var x = obj.section(".BTF.ext");
            if (x.isPresent()) {
                try {
                    ext = BtfExt.parse(x.get().data(), btf);
                } catch (BtfException e) {
                    throw new ObjectException(".BTF.ext", e.offset(), e.getMessage());
                }
            }
        }

        /**
         * Code sections: those flagged executable, else (llvm-mc gives a hand-written
         * {@code .section xdp} no flags) every section of whole instructions that is not a
         * known data section. Functions are the section's STT_FUNC symbols; a section
         * without any is one function named after it.
         */
        private void collectCode() throws ObjectException {
            List<ElfSection> exec = obj.sections().stream().filter(s -> s.isExecutable() && s.data().length > 0).toList();
            if (exec.isEmpty()) {
                exec = obj.sections().stream().filter(s -> s.type() == Elf.SHT_PROGBITS
                        && s.data().length > 0 && s.data().length % 8 == 0
                        && (s.name().equals(".text") || !s.name().startsWith("."))
                        && !List.of("maps", "license", "version").contains(s.name())).toList();
            }
            for (ElfSection s : exec) {
                if (s.data().length % 8 != 0) {
                    throw new ObjectException(s.name(), s.data().length & ~7L,
                            "size " + s.data().length + " is not a whole number of 8-byte instructions");
                }
                Code c = new Code(s);
                int index = code.size();
                TreeMap<Long, ElfSymbol> funcs = new TreeMap<>();
                for (ElfSymbol sym : obj.symbols()) {
                    if (sym.type() == Elf.STT_FUNC && s.name().equals(sym.section())) {
                        if (sym.value() % 8 != 0 || sym.value() < 0 || sym.value() >= s.data().length) {
                            throw new ObjectException(s.name(), sym.value(), "function '" + sym.name()
                                    + "' does not start at an instruction of the section");
                        }
                        funcs.putIfAbsent(sym.value(), sym);
                    }
                }
                if (funcs.isEmpty()) {
                    c.funcs.add(new Func(s.name(), index, 0, c.slots()));
                } else {
                    List<ElfSymbol> list = new ArrayList<>(funcs.values());
                    for (int i = 0; i < list.size(); i++) {
                        ElfSymbol f = list.get(i);
                        long end = i + 1 < list.size() ? list.get(i + 1).value() : s.data().length;
                        if (f.size() > 0 && f.size() <= end - f.value() && f.size() % 8 == 0) {
                            end = f.value() + f.size();
                        }
                        c.funcs.add(new Func(f.name(), index, (int) (f.value() / 8), (int) ((end - f.value()) / 8)));
                    }
                }
                code.add(c);
            }
        }

        private int codeIndex(String section) {
            for (int i = 0; i < code.size(); i++) {
                if (code.get(i).section.name().equals(section)) {
                    return i;
                }
            }
            return -1;
        }

        private ObjectMap add(ObjectMap m, String symbolKey) {
            maps.add(m);
            if (symbolKey != null) {
                mapBySymbol.put(symbolKey, maps.size() - 1);
            }
            return m;
        }

        /**
         * {@code maps}: struct bpf_map_def (type, key_size, value_size, max_entries,
         * map_flags) or iproute2's struct bpf_elf_map, which adds id, pinning, inner_id and
         * inner_idx; the definition size is the symbol's, else the section's size divided
         * by the number of map symbols (libbpf: bpf_object__init_user_maps).
         */
        private void legacyMaps() throws ObjectException {
            var sec = obj.section("maps");
            if (sec.isEmpty()) {
                return;
            }
            byte[] data = sec.get().data();
            List<ElfSymbol> syms = obj.symbols().stream()
                    .filter(s -> "maps".equals(s.section()) && s.type() != Elf.STT_SECTION && !s.name().isEmpty())
                    .sorted((a, b) -> Long.compare(a.value(), b.value())).toList();
            if (syms.isEmpty()) {
                return;
            }
            long defaultSize = data.length / syms.size();
            for (ElfSymbol s : syms) {
                long size = s.size() > 0 ? s.size() : defaultSize;
                if (size < MapDef.DEF_SIZE || size > data.length || s.value() < 0 || s.value() > data.length - size) {
                    throw new ObjectException("maps", s.value(), "map '" + s.name() + "' is " + size
                            + " bytes at offset " + s.value() + ", not a struct bpf_map_def (20 bytes) inside the section");
                }
                int p = (int) s.value();
                int type = (int) u32(data, p);
                int pinning = size >= 28 ? (int) u32(data, p + 24) : 0;
                add(new ObjectMap(mapDef(s.name(), type, (int) u32(data, p + 4), (int) u32(data, p + 8),
                        (int) u32(data, p + 12), (int) u32(data, p + 16)), ObjectMap.Origin.LEGACY, null, pinning, null,
                        Map.of(), Map.of(), 0, 0), "maps@" + s.value());
            }
        }

        private static MapDef mapDef(String name, int type, int key, int value, int entries, int flags) {
            return new MapDef(name, MapType.byId(type).map(MapType::shortName).orElse("type" + type), type, key, value,
                    entries, flags);
        }

        /** {@code .maps}: each variable of the BTF DATASEC is a struct describing one map (libbpf: parse_btf_map_def). */
        private void btfMaps() throws ObjectException {
            var sec = obj.section(".maps");
            if (sec.isEmpty()) {
                return;
            }
            if (btf == null) {
                throw new ObjectException(".maps", -1, "BTF-defined maps need a .BTF section, and the object has none");
            }
            var ds = btf.datasec(".maps");
            if (ds.isEmpty()) {
                throw new ObjectException(".BTF", -1, "no DATASEC '.maps' describing the maps of section .maps");
            }
            BtfType.Datasec d = (BtfType.Datasec) btf.type(ds.get());
            int first = maps.size();
            Map<String, int[]> layout = new LinkedHashMap<>();
            for (BtfType.VarSecInfo vi : d.vars()) {
                if (!(btf.type(vi.type()) instanceof BtfType.Var var)) {
                    throw new ObjectException(".BTF", -1, "DATASEC '.maps' entry is " + btf.describe(vi.type()) + ", not a variable");
                }
                ObjectMap m = btfMapDef(var.name(), var.type(), false);
                int valuesOffset = valuesOffset(var.type());
                // libbpf (btf_fixup_datasec): the ELF symbol, not the DATASEC, places the variable
                ElfSymbol sym = obj.symbols().stream().filter(x -> ".maps".equals(x.section())
                        && x.name().equals(var.name())).findFirst().orElseThrow(() -> new ObjectException(".maps", -1,
                        "map '" + var.name() + "' of the BTF DATASEC has no symbol in the section"));
                long size = sym.size() > 0 ? sym.size() : vi.size();
                int len = sec.get().data().length;
                if (sym.value() < 0 || size < 0 || size > len || sym.value() > len - size) {
                    throw new ObjectException(".maps", sym.value(), "map '" + var.name() + "' lies outside the section");
                }
                add(m, ".maps@" + sym.value());
                layout.put(var.name(), new int[] {(int) sym.value(), (int) size, valuesOffset, maps.size() - 1});
            }
            // Static `values` of prog arrays and maps of maps: R_BPF_64_ABS64 in .rel.maps (libbpf: init_prog_array_slots).
            Map<Integer, Map<Integer, String>> progs = new HashMap<>();
            Map<Integer, Map<Integer, String>> inner = new HashMap<>();
            for (Relocation r : sec.get().relocations()) {
                ElfSymbol sym = obj.symbols().get(r.symbol());
                int[] at = null;
                String mapName = null;
                for (Map.Entry<String, int[]> e : layout.entrySet()) {
                    if (r.offset() >= e.getValue()[0] && r.offset() < e.getValue()[0] + e.getValue()[1]) {
                        at = e.getValue();
                        mapName = e.getKey();
                    }
                }
                if (at == null || at[2] < 0 || r.offset() < at[0] + at[2] || (r.offset() - at[0] - at[2]) % 8 != 0) {
                    throw new ObjectException(".maps", r.offset(), "relocation against '" + sym.name()
                            + "' is not in the `values` of a map");
                }
                int slot = (int) ((r.offset() - at[0] - at[2]) / 8);
                ObjectMap m = maps.get(at[3]);
                if (sym.type() == Elf.STT_FUNC && codeIndex(sym.section()) >= 0) {
                    if (m.def().typeId() != MapType.PROG_ARRAY.id()) {
                        throw new ObjectException(".maps", r.offset(), "map '" + mapName + "' holds program '"
                                + sym.name() + "' but is not a prog array");
                    }
                    progs.computeIfAbsent(at[3], k -> new TreeMap<>()).put(slot, sym.name());
                } else if (".maps".equals(sym.section())) {
                    if (m.inner() == null) {
                        throw new ObjectException(".maps", r.offset(), "map '" + mapName + "' holds map '"
                                + sym.name() + "' but is not a map of maps");
                    }
                    inner.computeIfAbsent(at[3], k -> new TreeMap<>()).put(slot, sym.name());
                } else {
                    throw new ObjectException(".maps", r.offset(), "`values` of map '" + mapName + "' refers to '"
                            + sym.name() + "', which is neither a program nor a map");
                }
                if (Integer.toUnsignedLong(slot) >= Integer.toUnsignedLong(m.def().maxEntries())) {
                    throw new ObjectException(".maps", r.offset(), "`values` slot " + slot + " of map '" + mapName
                            + "' is outside its " + m.def().maxEntries() + " entries");
                }
            }
            for (int i = first; i < maps.size(); i++) {
                ObjectMap m = maps.get(i);
                if (progs.containsKey(i) || inner.containsKey(i)) {
                    maps.set(i, new ObjectMap(m.def(), m.origin(), m.initial(), m.pinning(), m.inner(),
                            progs.getOrDefault(i, Map.of()), inner.getOrDefault(i, Map.of()), m.btfKeyType(),
                            m.btfValueType()));
                }
            }
            for (Map<Integer, String> names : inner.values()) {
                for (String n : names.values()) {
                    if (maps.stream().noneMatch(m -> m.name().equals(n))) {
                        throw new ObjectException(".maps", -1, "`values` names map '" + n + "', which is not defined");
                    }
                }
            }
        }

        /** The byte offset of the {@code values} member in a map definition struct, or -1. */
        private int valuesOffset(int typeId) throws ObjectException {
            try {
                if (btf.type(btf.skipQualifiers(typeId)) instanceof BtfType.Struct s) {
                    for (BtfType.Member m : s.members()) {
                        if (m.name().equals("values")) {
                            return m.bitOffset() / 8;
                        }
                    }
                }
                return -1;
            } catch (BtfException e) {
                throw new ObjectException(".BTF", -1, e.getMessage());
            }
        }

        private ObjectMap btfMapDef(String name, int typeId, boolean isInner) throws ObjectException {
            String where = "map '" + name + "'";
            try {
                int sid = btf.skipQualifiers(typeId);
                if (!(btf.type(sid) instanceof BtfType.Struct s) || s.union()) {
                    throw new ObjectException(".maps", -1, where + ": its definition is " + btf.describe(sid) + ", not a struct");
                }
                int type = 0;
                int keySize = -1;
                int valueSize = -1;
                int maxEntries = 0;
                int flags = 0;
                int pinning = 0;
                int keyType = 0;
                int valueType = 0;
                ObjectMap inner = null;
                boolean hasValues = false;
                for (BtfType.Member m : s.members()) {
                    switch (m.name()) {
                        case "type" -> type = intField(name, m);
                        case "max_entries" -> maxEntries = intField(name, m);
                        case "map_flags" -> flags = intField(name, m);
                        case "numa_node" -> intField(name, m);
                        case "map_extra" -> intField(name, m);
                        case "pinning" -> {
                            pinning = intField(name, m);
                            if (pinning > 1) {
                                throw new ObjectException(".maps", -1, where + ": pinning " + pinning
                                        + " is not LIBBPF_PIN_NONE (0) or LIBBPF_PIN_BY_NAME (1)");
                            }
                        }
                        case "key_size", "value_size" -> {
                            int size = intField(name, m);
                            int prev = m.name().equals("key_size") ? keySize : valueSize;
                            if (prev >= 0 && prev != size) {
                                throw new ObjectException(".maps", -1, where + ": conflicting " + m.name() + " "
                                        + prev + " and " + size);
                            }
                            if (m.name().equals("key_size")) {
                                keySize = size;
                            } else {
                                valueSize = size;
                            }
                        }
                        case "key", "value" -> {
                            if (!(btf.type(btf.skipQualifiers(m.type())) instanceof BtfType.Ptr p)) {
                                throw new ObjectException(".maps", -1, where + ": " + m.name() + " is not a pointer to a type");
                            }
                            int size = (int) btf.size(p.type());
                            int prev = m.name().equals("key") ? keySize : valueSize;
                            if (prev >= 0 && prev != size) {
                                throw new ObjectException(".maps", -1, where + ": conflicting " + m.name() + " size "
                                        + prev + " and " + size);
                            }
                            if (m.name().equals("key")) {
                                keySize = size;
                                keyType = p.type();
                            } else {
                                valueSize = size;
                                valueType = p.type();
                            }
                        }
                        case "values" -> {
                            if (isInner) {
                                throw new ObjectException(".maps", -1, where + ": an inner map cannot have values");
                            }
                            hasValues = true;
                            if (!(btf.type(btf.skipQualifiers(m.type())) instanceof BtfType.Array a)
                                    || !(btf.type(btf.skipQualifiers(a.elemType())) instanceof BtfType.Ptr p)) {
                                throw new ObjectException(".maps", -1, where + ": values is not an array of pointers");
                            }
                            int target = btf.skipQualifiers(p.type());
                            if (btf.type(target) instanceof BtfType.Struct) {
                                inner = btfMapDef(name + ".inner", target, true);
                            } else if (!(btf.type(target) instanceof BtfType.FuncProto)) {
                                throw new ObjectException(".maps", -1, where + ": values must point to map definitions"
                                        + " or functions, not " + btf.describe(target));
                            }
                            // libbpf: a map with `values` holds 4-byte ids (map fds or prog fds).
                            if (valueSize >= 0 && valueSize != 4) {
                                throw new ObjectException(".maps", -1, where + ": values need value_size 4, not " + valueSize);
                            }
                            valueSize = 4;
                        }
                        default -> throw new ObjectException(".maps", -1, where + ": unknown field '" + m.name() + "'");
                    }
                }
                if (type == 0) {
                    throw new ObjectException(".maps", -1, where + ": no map type (__uint(type, ...))");
                }
                MapType mt = MapType.byId(type).orElse(null);
                if (hasValues && mt != MapType.PROG_ARRAY && mt != MapType.ARRAY_OF_MAPS && mt != MapType.HASH_OF_MAPS) {
                    throw new ObjectException(".maps", -1, where + ": values are only for prog arrays and maps of maps");
                }
                if ((mt == MapType.ARRAY_OF_MAPS || mt == MapType.HASH_OF_MAPS) && inner == null) {
                    throw new ObjectException(".maps", -1, where + ": a map of maps needs `values` naming its inner map type");
                }
                return new ObjectMap(mapDef(name, type, Math.max(keySize, 0), Math.max(valueSize, 0), maxEntries, flags),
                        ObjectMap.Origin.BTF, null, pinning, inner, Map.of(), Map.of(), keyType, valueType);
            } catch (BtfException e) {
                throw new ObjectException(".BTF", e.offset(), where + ": " + e.getMessage());
            }
        }

        /** {@code __uint(name, N)}: a pointer to an array of N elements. */
        private int intField(String map, BtfType.Member m) throws BtfException, ObjectException {
            if (btf.type(btf.skipQualifiers(m.type())) instanceof BtfType.Ptr p
                    && btf.type(btf.skipQualifiers(p.type())) instanceof BtfType.Array a) {
                return a.nelems();
            }
            throw new ObjectException(".maps", -1, "map '" + map + "': " + m.name() + " is not an __uint() field");
        }

        private static boolean isDataSection(ElfSection s) {
            String n = s.name();
            boolean named = n.equals(".data") || n.equals(".rodata") || n.equals(".bss")
                    || n.startsWith(".data.") || n.startsWith(".rodata.") || n.startsWith(".bss.");
            return named && (s.flags() & Elf.SHF_ALLOC) != 0 && !s.isExecutable()
                    && (s.type() == Elf.SHT_PROGBITS || s.type() == Elf.SHT_NOBITS) && s.data().length > 0;
        }

        /** Global data sections: one-element arrays holding the section (libbpf: bpf_object__init_global_data_maps). */
        private void dataMaps() {
            for (ElfSection s : obj.sections()) {
                if (!isDataSection(s)) {
                    continue;
                }
                int flags = (s.flags() & Elf.SHF_WRITE) == 0 ? BPF_F_RDONLY_PROG : 0;
                add(new ObjectMap(mapDef(s.name(), MapType.ARRAY.id(), 4, s.data().length, 1, flags),
                        ObjectMap.Origin.DATA, s.data().clone(), 0, null, Map.of(), Map.of(), 0, 0), null);
                dataMapBySection.put(s.name(), maps.size() - 1);
            }
        }

        /**
         * {@code .kconfig} externs: one read-only array holding every extern, laid out in
         * the DATASEC's order, each aligned to its size (libbpf: bpf_object__collect_externs).
         * Values: LINUX_KERNEL_VERSION from the options, LINUX_HAS_SYSCALL_WRAPPER and
         * LINUX_HAS_BPF_COOKIE 1, CONFIG_* from the given kernel config; a __weak extern
         * with no value is 0, any other is an error.
         */
        private void kconfig() throws ObjectException {
            if (btf == null || btf.datasec(".kconfig").isEmpty()) {
                return;
            }
            BtfType.Datasec d = (BtfType.Datasec) btf.type(btf.datasec(".kconfig").get());
            List<byte[]> values = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            int size = 0;
            for (BtfType.VarSecInfo vi : d.vars()) {
                if (!(btf.type(vi.type()) instanceof BtfType.Var var)) {
                    throw new ObjectException(".BTF", -1, "DATASEC '.kconfig' entry is not a variable");
                }
                int len;
                try {
                    len = (int) btf.size(var.type());
                } catch (BtfException e) {
                    throw new ObjectException(".BTF", -1, "extern '" + var.name() + "': " + e.getMessage());
                }
                if (len <= 0 || len > 4096) {
                    throw new ObjectException(".BTF", -1, "extern '" + var.name() + "' has size " + len);
                }
                int align = Math.min(Integer.highestOneBit(len), 8);
                size = (size + align - 1) / align * align;
                kconfigOffsets.put(var.name(), size);
                offsets.add(size);
                boolean weak = obj.symbols().stream().anyMatch(s -> s.name().equals(var.name()) && s.bind() == Elf.STB_WEAK);
                values.add(kconfigValue(var, len, weak));
                size += len;
            }
            byte[] initial = new byte[Math.max(size, 1)];
            for (int i = 0; i < values.size(); i++) {
                System.arraycopy(values.get(i), 0, initial, offsets.get(i), values.get(i).length);
            }
            add(new ObjectMap(mapDef(".kconfig", MapType.ARRAY.id(), 4, initial.length, 1, BPF_F_RDONLY_PROG),
                    ObjectMap.Origin.KCONFIG, initial, 0, null, Map.of(), Map.of(), 0, 0), null);
            kconfigMap = maps.size() - 1;
        }

        private byte[] kconfigValue(BtfType.Var var, int len, boolean weak) throws ObjectException {
            String name = var.name();
            String text = switch (name) {
                case "LINUX_KERNEL_VERSION" -> Integer.toString(options.kernelVersion());
                case "LINUX_HAS_SYSCALL_WRAPPER", "LINUX_HAS_BPF_COOKIE" -> "1";
                default -> options.kconfig().get(name);
            };
            byte[] out = new byte[len];
            if (text == null) {
                if (weak || !name.startsWith("CONFIG_") && !name.startsWith("LINUX_")) {
                    if (!weak) {
                        throw new ObjectException(".kconfig", -1, "extern '" + name + "' is not a kernel config value");
                    }
                    return out;
                }
                throw new ObjectException(".kconfig", -1, "extern '" + name
                        + "' has no value in the kernel config (declare it __weak to default to 0)");
            }
            boolean isChars = false;
            try {
                isChars = btf.type(btf.skipQualifiers(var.type())) instanceof BtfType.Array;
            } catch (BtfException e) {
                throw new ObjectException(".BTF", -1, e.getMessage());
            }
            if (isChars) {
                String str = text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2
                        ? text.substring(1, text.length() - 1) : text;
                byte[] b = str.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(b, 0, out, 0, Math.min(b.length, len - 1));
                return out;
            }
            long v = switch (text) {
                case "y" -> 1;
                case "n" -> 0;
                case "m" -> 2;
                default -> {
                    try {
                        yield text.startsWith("0x") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
                    } catch (NumberFormatException e) {
                        throw new ObjectException(".kconfig", -1, "extern '" + name + "': value '" + text
                                + "' is not y, n, m or a number");
                    }
                }
            };
            for (int i = 0; i < len && i < 8; i++) {
                out[i] = (byte) (v >>> (8 * i));
            }
            return out;
        }

        /** lddw and call relocations of one code section, and calls without relocations. */
        private void relocate(Code c) throws ObjectException {
            String sec = c.section.name();
            Map<Integer, Relocation> bySlot = new HashMap<>();
            for (Relocation r : c.section.relocations()) {
                if (r.offset() % 8 != 0 || r.offset() < 0 || r.offset() + 8 > c.bytes.length) {
                    throw new ObjectException(sec, r.offset(), "relocation " + r.type() + " is "
                            + (r.offset() % 8 != 0 ? "not at an instruction" : "outside the section"));
                }
                bySlot.put((int) (r.offset() / 8), r);
            }
            int ci = code.indexOf(c);
            for (int slot = 0; slot < c.slots(); slot++) {
                int at = slot * 8;
                int opcode = c.bytes[at] & 0xff;
                int src = (c.bytes[at + 1] & 0xff) >>> 4;
                int imm = (int) u32(c.bytes, at + 4);
                Relocation r = bySlot.get(slot);
                if (r == null) {
                    if (opcode == CALL && src == 1) {
                        c.targets.put(slot, new int[] {ci, slot + imm + 1});
                    }
                    if (opcode == LDDW) {
                        slot++;
                    }
                    continue;
                }
                ElfSymbol sym = obj.symbols().get(r.symbol());
                String what = "relocation " + r.type() + " against '" + (sym.name().isEmpty() ? sym.section() : sym.name()) + "'";
                switch (r.type()) {
                    case R_BPF_64_64 -> {
                        if (opcode != LDDW || slot + 1 >= c.slots()) {
                            throw new ObjectException(sec, at, what + " is not on an lddw instruction");
                        }
                        lddw(c, slot, sym, imm, what);
                        slot++;
                    }
                    case R_BPF_64_32 -> {
                        if (opcode != CALL) {
                            throw new ObjectException(sec, at, what + " is not on a call instruction");
                        }
                        if (sym.section() == null) {
                            throw new ObjectException(sec, at, "call to undefined function '" + sym.name()
                                    + "' (kernel functions, kfuncs, are not supported)");
                        }
                        int target = codeIndex(sym.section());
                        if (target < 0 || src != 1) {
                            throw new ObjectException(sec, at, what + ": the call target is not a BPF function");
                        }
                        c.targets.put(slot, new int[] {target, (int) (sym.value() / 8) + imm + 1});
                    }
                    default -> throw new ObjectException(sec, at, what + " does not belong in code");
                }
            }
        }

        private void lddw(Code c, int slot, ElfSymbol sym, int imm, String what) throws ObjectException {
            String sec = c.section.name();
            int at = slot * 8;
            if (sym.section() == null) {
                Integer off = kconfigOffsets.get(sym.name());
                if (off == null || kconfigMap < 0) {
                    throw new ObjectException(sec, at, what + ": undefined symbol"
                            + (obj.symbols().stream().anyMatch(s -> s.name().equals(sym.name()) && s.section() == null)
                            && btf != null && btf.datasec(".ksyms").isPresent()
                            ? " (kernel symbols, __ksym, are not supported)" : ""));
                }
                setLddw(c, slot, PseudoSrc.MAP_VALUE, kconfigMap, off + imm);
                return;
            }
            int target = codeIndex(sym.section());
            if (target >= 0) {
                // A callback: libbpf turns it into BPF_PSEUDO_FUNC once the subprogram is placed.
                long off = sym.value() + imm;
                if (off % 8 != 0) {
                    throw new ObjectException(sec, at, what + " does not point at an instruction");
                }
                c.targets.put(slot, new int[] {target, (int) (off / 8)});
                return;
            }
            if (sym.section().equals("maps") || sym.section().equals(".maps")) {
                Integer m = mapBySymbol.get(sym.section() + "@" + (sym.value() + (sym.type() == Elf.STT_SECTION ? imm : 0)));
                if (m == null) {
                    throw new ObjectException(sec, at, what + " does not name a map of section " + sym.section());
                }
                setLddw(c, slot, PseudoSrc.MAP_FD, m, 0);
                return;
            }
            Integer m = dataMapBySection.get(sym.section());
            if (m == null) {
                throw new ObjectException(sec, at, what + " refers to section " + sym.section()
                        + ", which is neither code, maps nor global data");
            }
            long off = sym.value() + imm;
            if (off < 0 || off >= maps.get(m).def().valueSize()) {
                throw new ObjectException(sec, at, what + " points " + off + " bytes into " + sym.section()
                        + ", outside its " + maps.get(m).def().valueSize() + " bytes");
            }
            setLddw(c, slot, PseudoSrc.MAP_VALUE, m, (int) off);
        }

        private static void setLddw(Code c, int slot, PseudoSrc src, int imm, int imm2) {
            int at = slot * 8;
            c.bytes[at + 1] = (byte) ((c.bytes[at + 1] & 0x0f) | src.code << 4);
            put32(c.bytes, at + 4, imm);
            put32(c.bytes, at + 12, imm2);
        }

        /** CO-RE relocations of one code section (libbpf: bpf_core_patch_insn). */
        private void core(Code c) throws ObjectException {
            String sec = c.section.name();
            List<BtfExt.CoreRelo> relos = ext.coreRelos(sec);
            if (relos.isEmpty()) {
                return;
            }
            CoreResolver resolver = new CoreResolver(btf, options.kernelBtf().get());
            for (BtfExt.CoreRelo r : relos) {
                long at = Integer.toUnsignedLong(r.insnOff());
                if (at % 8 != 0 || at + 8 > c.bytes.length) {
                    throw new ObjectException(".BTF.ext", -1, "CO-RE relocation for section " + sec + " offset 0x"
                            + Long.toHexString(at) + " is not at an instruction of the section");
                }
                CoreResolver.Resolution res;
                try {
                    res = resolver.resolve(r);
                } catch (BtfException e) {
                    throw new ObjectException(sec, at, e.getMessage());
                }
                patch(c, (int) at, r, res);
            }
        }

        private static void patch(Code c, int at, BtfExt.CoreRelo r, CoreResolver.Resolution res) throws ObjectException {
            String sec = c.section.name();
            int opcode = c.bytes[at] & 0xff;
            int cls = opcode & 7;
            long v = res.value();
            switch (cls) {
                case 4, 7 -> {
                    if ((opcode & 0x08) != 0) {
                        throw new ObjectException(sec, at, "CO-RE relocation " + r.kind().libbpfName()
                                + " is on an ALU instruction with a register operand");
                    }
                    if (v != (int) v) {
                        throw new ObjectException(sec, at, "CO-RE value " + v + " does not fit the instruction's 32-bit immediate");
                    }
                    put32(c.bytes, at + 4, (int) v);
                }
                case 1, 2, 3 -> {
                    if (r.kind() != BtfExt.CoreKind.FIELD_BYTE_OFFSET) {
                        throw new ObjectException(sec, at, "CO-RE relocation " + r.kind().libbpfName()
                                + " is on a memory instruction");
                    }
                    if (v != (short) v) {
                        throw new ObjectException(sec, at, "CO-RE field offset " + v + " does not fit a 16-bit offset");
                    }
                    c.bytes[at + 2] = (byte) v;
                    c.bytes[at + 3] = (byte) (v >>> 8);
                    int size = res.targetFieldSize();
                    int mode = opcode & 0xe0;
                    if (cls == 1 && mode == 0x60 && (size == 1 || size == 2 || size == 4 || size == 8)) {
                        // libbpf: a load of a field whose size differs in the kernel loads the kernel's size
                        int sizeBits = switch (size) {
                            case 1 -> 0x10;
                            case 2 -> 0x08;
                            case 4 -> 0x00;
                            default -> 0x18;
                        };
                        c.bytes[at] = (byte) ((opcode & ~0x18) | sizeBits);
                    }
                }
                default -> {
                    if (opcode != LDDW || at + 16 > c.bytes.length) {
                        throw new ObjectException(sec, at, "CO-RE relocation " + r.kind().libbpfName()
                                + " is on an instruction it cannot patch (opcode 0x" + Integer.toHexString(opcode) + ")");
                    }
                    put32(c.bytes, at + 4, (int) v);
                    put32(c.bytes, at + 12, (int) (v >>> 32));
                }
            }
        }

        /**
         * The {@code .BTF} bytes with libbpf's fixups for the kernel (libbpf:
         * btf_fixup_datasec and the .kconfig handling of bpf_object__collect_externs):
         * clang leaves DATASEC sizes and variable offsets 0, so they come from the ELF
         * sections and symbols (variables sorted by offset, as the kernel requires), and
         * {@code .kconfig} externs become variables of bpflab's {@code .kconfig} map.
         */
        private byte[] kernelBtf() {
            byte[] b = obj.section(".BTF").orElseThrow().data().clone();
            int hdr = (int) u32(b, 4);
            int p = hdr + (int) u32(b, 8);
            int end = p + (int) u32(b, 12);
            int id = 1;
            while (p < end) {
                long info = u32(b, p + 4);
                int vlen = (int) (info & 0xffff);
                BtfType t = btf.type(id);
                p += 12;
                switch (t) {
                    case BtfType.Int i -> p += 4;
                    case BtfType.Array a -> p += 12;
                    case BtfType.Struct st -> p += 12 * vlen;
                    case BtfType.Enum en -> p += (en.wide() ? 12 : 8) * vlen;
                    case BtfType.FuncProto fp -> p += 8 * vlen;
                    case BtfType.DeclTag dt -> p += 4;
                    case BtfType.Var v -> {
                        if (v.linkage() == 2 && kconfigOffsets.containsKey(v.name())) {
                            put32(b, p, 1);
                        }
                        p += 4;
                    }
                    case BtfType.Datasec d -> {
                        fixDatasec(b, p - 12, d);
                        p += 12 * vlen;
                    }
                    default -> {
                    }
                }
                id++;
            }
            return b;
        }

        private void fixDatasec(byte[] b, int at, BtfType.Datasec d) {
            long size;
            Map<String, Long> offsets = new HashMap<>();
            if (d.name().equals(".kconfig") && kconfigMap >= 0) {
                size = maps.get(kconfigMap).def().valueSize();
                kconfigOffsets.forEach((k, v) -> offsets.put(k, (long) v));
            } else {
                var sec = obj.section(d.name());
                if (sec.isEmpty()) {
                    return;
                }
                size = sec.get().data().length;
                for (ElfSymbol s : obj.symbols()) {
                    if (d.name().equals(s.section()) && s.type() == Elf.STT_OBJECT) {
                        offsets.put(s.name(), s.value());
                    }
                }
            }
            put32(b, at + 8, (int) size);
            List<int[]> vars = new ArrayList<>();
            for (BtfType.VarSecInfo vi : d.vars()) {
                String name = btf.type(vi.type()).name();
                long off = offsets.getOrDefault(name, (long) vi.offset());
                vars.add(new int[] {vi.type(), (int) off, vi.size()});
            }
            vars.sort(java.util.Comparator.comparingInt(v -> v[1]));
            for (int i = 0; i < vars.size(); i++) {
                int v = at + 12 + 12 * i;
                put32(b, v, vars.get(i)[0]);
                put32(b, v + 4, vars.get(i)[1]);
                put32(b, v + 8, vars.get(i)[2]);
            }
        }

        private Func funcAt(int section, int slot, String fromSection, long fromOffset) throws ObjectException {
            Code c = code.get(section);
            for (Func f : c.funcs) {
                if (f.start() == slot) {
                    return f;
                }
            }
            throw new ObjectException(fromSection, fromOffset, "call or callback target " + c.section.name()
                    + " offset 0x" + Long.toHexString(slot * 8L) + " is not the start of a function");
        }

        /** The program entered at {@code main}: it, then every function it reaches, in the order first reached. */
        private ObjectProgram linkProgram(Func main) throws ObjectException {
            List<Func> order = new ArrayList<>();
            Map<Func, Integer> start = new LinkedHashMap<>();
            order.add(main);
            start.put(main, 0);
            int total = main.slots();
            for (int k = 0; k < order.size(); k++) {
                Func f = order.get(k);
                Code c = code.get(f.section());
                for (int s = f.start(); s < f.start() + f.slots(); s++) {
                    int[] t = c.targets.get(s);
                    if (t == null) {
                        continue;
                    }
                    Func g = funcAt(t[0], t[1], c.section.name(), s * 8L);
                    if (!start.containsKey(g)) {
                        order.add(g);
                        start.put(g, total);
                        total += g.slots();
                    }
                }
            }
            byte[] out = new byte[total * 8];
            String[] originSection = new String[total];
            int[] originSlot = new int[total];
            Map<Integer, SourceLine> lines = new HashMap<>();
            Map<Integer, String> functions = new LinkedHashMap<>();
            List<BtfExt.FuncInfo> funcInfo = new ArrayList<>();
            List<BtfExt.LineInfo> lineInfo = new ArrayList<>();
            for (Func f : order) {
                Code c = code.get(f.section());
                int base = start.get(f);
                functions.put(base, f.name());
                System.arraycopy(c.bytes, f.start() * 8, out, base * 8, f.slots() * 8);
                for (int s = 0; s < f.slots(); s++) {
                    originSection[base + s] = c.section.name();
                    originSlot[base + s] = f.start() + s;
                    int[] t = c.targets.get(f.start() + s);
                    if (t == null) {
                        continue;
                    }
                    Func g = funcAt(t[0], t[1], c.section.name(), (f.start() + s) * 8L);
                    int rel = start.get(g) + (t[1] - g.start()) - (base + s + 1);
                    int at = (base + s) * 8;
                    if ((out[at] & 0xff) == LDDW) {
                        out[at + 1] = (byte) ((out[at + 1] & 0x0f) | PseudoSrc.FUNC.code << 4);
                        put32(out, at + 4, rel);
                        put32(out, at + 12, 0);
                    } else {
                        put32(out, at + 4, rel);
                    }
                }
                if (btf != null) {
                    for (BtfExt.LineInfo li : ext.lineInfo(c.section.name())) {
                        long slot = Integer.toUnsignedLong(li.insnOff()) / 8;
                        if (slot >= f.start() && slot < f.start() + f.slots()) {
                            int at = base + (int) (slot - f.start());
                            lines.put(at, new SourceLine(btf.string(li.fileNameOff()),
                                    li.line(), li.column(), btf.string(li.lineOff())));
                            lineInfo.add(new BtfExt.LineInfo(at, li.fileNameOff(), li.lineOff(), li.line(), li.column()));
                        }
                    }
                    for (BtfExt.FuncInfo fi : ext.funcInfo(c.section.name())) {
                        if (Integer.toUnsignedLong(fi.insnOff()) == f.start() * 8L) {
                            funcInfo.add(new BtfExt.FuncInfo(base, fi.typeId()));
                        }
                    }
                }
            }
            Program p;
            try {
                p = Decoder.decode(out);
            } catch (DecodeException e) {
                int slot = Math.max(0, Math.min(e.slot(), total - 1));
                throw new ObjectException(originSection[slot], originSlot[slot] * 8L, "program '" + main.name() + "': "
                        + e.describe());
            }
            lineInfo.sort(java.util.Comparator.comparingInt(BtfExt.LineInfo::insnOff));
            return new ObjectProgram(main.name(), code.get(main.section()).section.name(), p, lines, functions,
                    funcInfo, lineInfo);
        }
    }

    private static String cString(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    static long u32(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
    }

    static void put32(byte[] b, int p, int v) {
        b[p] = (byte) v;
        b[p + 1] = (byte) (v >>> 8);
        b[p + 2] = (byte) (v >>> 16);
        b[p + 3] = (byte) (v >>> 24);
    }
}
