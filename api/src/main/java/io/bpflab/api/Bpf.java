package io.bpflab.api;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.DecodeException;
import io.bpflab.isa.Decoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.elf.BpfObject;
import io.bpflab.isa.elf.Elf;
import io.bpflab.isa.elf.ElfReader;
import io.bpflab.isa.elf.ElfSection;
import io.bpflab.isa.elf.ElfSymbol;
import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.elf.RelocType;
import io.bpflab.isa.elf.Relocation;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of bpflab's Java API: assemble source text or load a file, then verify
 * and run its {@link Program}s.
 *
 * <pre>{@code
 * Program p = Bpf.assemble("r0 = 2\nexit\n").program();
 * assert p.verify().accepted();
 * assert p.run(Context.empty()).r0() == 2;
 * }</pre>
 */
public final class Bpf {

    private Bpf() {
    }

    /**
     * Assembles source text in the syntax clang and the kernel log print (or the
     * bpf_conformance {@code %r} dialect, told apart automatically), with bpflab's
     * {@code .map} directive for maps; each {@code .section} is a program.
     *
     * @param source the assembly text
     * @return its programs
     * @throws BpfException listing every error as {@code <source>:line:col: message}
     */
    public static ObjectFile assemble(String source) {
        return assemble(source, "<source>");
    }

    /**
     * As {@link #assemble(String)}, naming the source in messages.
     *
     * @param source the assembly text
     * @param name the name messages and {@link Program#file()} give the source
     * @return its programs
     * @throws BpfException listing every error as {@code name:line:col: message}
     */
    public static ObjectFile assemble(String source, String name) {
        Assembly a = Assembler.assemble(source, name, Dialect.AUTO);
        if (!a.ok()) {
            throw new BpfException(a.formatDiagnostics().stripTrailing());
        }
        List<Program> programs = new ArrayList<>();
        for (Map.Entry<String, io.bpflab.isa.Program> e : a.programs().entrySet()) {
            String section = e.getKey();
            ProgramType type = section.equals(".text") ? null
                    : ProgramType.fromSection(section).map(d -> d.programType()).orElse(null);
            programs.add(new Program(name, section, type, e.getValue(), a.maps(), Map.of(), a, false));
        }
        if (programs.isEmpty()) {
            throw new BpfException(name + ": no instructions");
        }
        return new ObjectFile(name, programs);
    }

    /**
     * Loads a file by its extension: {@code .s}/{@code .asm} (assembled), {@code .o} (an
     * ELF object as clang writes it: every program section, maps of the legacy
     * {@code maps} section and global data as libbpf makes them), or {@code .bin} (raw
     * little-endian instructions, one program without a type).
     *
     * @param file the file
     * @return its programs
     * @throws BpfException when the file cannot be read or holds no usable program
     */
    public static ObjectFile load(Path file) {
        String name = file.toString();
        String base = file.getFileName().toString();
        if (!(base.endsWith(".s") || base.endsWith(".asm") || base.endsWith(".S") || base.endsWith(".o")
                || base.endsWith(".bin"))) {
            throw new BpfException(name + ": expected a .s, .asm, .o or .bin file");
        }
        try {
            return load(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BpfException(name + ": no such file", e);
        } catch (IOException e) {
            throw new BpfException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a file's content by the extension of {@code name}, as {@link #load(Path)} does:
     * for programs kept as classpath resources or built in memory.
     *
     * @param name the file name (its extension picks the format; messages name it)
     * @param content the file's bytes (UTF-8 text for assembly)
     * @return its programs
     * @throws BpfException when the content holds no usable program
     */
    public static ObjectFile load(String name, byte[] content) {
        if (name.endsWith(".s") || name.endsWith(".asm") || name.endsWith(".S")) {
            return assemble(new String(content, java.nio.charset.StandardCharsets.UTF_8), name);
        }
        if (name.endsWith(".o")) {
            return object(name, content);
        }
        if (name.endsWith(".bin")) {
            return raw(name, content);
        }
        throw new BpfException(name + ": expected a .s, .asm, .o or .bin file");
    }

    /**
     * Raw little-endian instructions: one program without a type.
     *
     * @param name the name messages give the program
     * @param code the instructions, 8 bytes each
     * @return one program
     * @throws BpfException when the bytes do not decode (with the kernel's load-time message)
     */
    public static ObjectFile raw(String name, byte[] code) {
        if (code.length == 0) {
            throw new BpfException(name + ": no instructions");
        }
        try {
            return new ObjectFile(name, List.of(new Program(name, null, null, Decoder.decode(code), List.of(), Map.of(),
                    null, false)));
        } catch (DecodeException e) {
            throw new BpfException(name + ": " + e.describe(), e);
        }
    }

    /**
     * An ELF object's bytes: every program section.
     *
     * @param name the name messages give the object
     * @param elf the object file's bytes
     * @return its programs
     * @throws BpfException for a damaged object or a relocation bpflab cannot apply
     */
    public static ObjectFile object(String name, byte[] elf) {
        if (!ElfReader.looksLikeElf(elf)) {
            throw new BpfException(name + ": not an ELF object");
        }
        BpfObject obj;
        try {
            obj = ElfReader.read(elf);
        } catch (ElfReader.BadElfException e) {
            throw new BpfException(name + ": " + e.getMessage(), e);
        }
        List<ElfSection> code = obj.sections().stream().filter(s -> s.isExecutable() && s.data().length > 0).toList();
        if (code.isEmpty()) {
            // llvm-mc gives a hand-written `.section xdp` no "ax" flags: every section of whole
            // instructions that is not a known data section is a program then
            code = obj.sections().stream().filter(s -> s.type() == Elf.SHT_PROGBITS && s.data().length > 0
                    && s.data().length % 8 == 0 && (s.name().equals(".text") || !s.name().startsWith("."))
                    && !List.of("maps", "license", "version").contains(s.name())).toList();
        }
        if (code.isEmpty()) {
            throw new BpfException(name + ": no program section");
        }
        // libbpf: each data section (.data, .rodata, .bss) becomes a one-element array map
        List<MapDef> defs = new ArrayList<>(obj.maps());
        Map<Integer, byte[]> initial = new HashMap<>();
        Map<String, Integer> dataMaps = new HashMap<>();
        for (ElfSection d : obj.sections()) {
            boolean data = (d.flags() & Elf.SHF_ALLOC) != 0 && !d.isExecutable()
                    && (d.type() == Elf.SHT_PROGBITS || d.type() == Elf.SHT_NOBITS)
                    && !d.name().equals("maps") && !code.contains(d);
            if (data) {
                int size = Math.max(d.data().length, 1);
                dataMaps.put(d.name(), defs.size());
                initial.put(defs.size(), java.util.Arrays.copyOf(d.data(), size));
                int flags = (d.flags() & Elf.SHF_WRITE) == 0 ? io.bpflab.vm.BpfMap.BPF_F_RDONLY_PROG : 0;
                defs.add(new MapDef(d.name(), "array", MapType.ARRAY.id(), 4, size, 1, flags));
            }
        }
        List<Program> programs = new ArrayList<>();
        for (ElfSection s : code) {
            ProgramType type = ProgramType.fromSection(s.name()).map(d -> d.programType()).orElse(null);
            programs.add(new Program(name, s.name(), type, relocate(name, obj, s, dataMaps), defs, initial, null, false));
        }
        return new ObjectFile(name, programs);
    }

    /**
     * A section's instructions with its lddw relocations resolved as libbpf does: against
     * the {@code maps} section to a map reference, against a data section to that
     * section's map value.
     */
    private static io.bpflab.isa.Program relocate(String name, BpfObject obj, ElfSection sec, Map<String, Integer> dataMaps) {
        io.bpflab.isa.Program p;
        try {
            p = Decoder.decodeSection(sec.data());
        } catch (DecodeException e) {
            throw new BpfException(name + ": section " + sec.name() + ": " + e.describe(), e);
        }
        List<Insn> insns = new ArrayList<>(p.insns());
        for (Relocation r : sec.relocations()) {
            int index = p.indexOfSlot((int) (r.offset() / 8));
            ElfSymbol sym = obj.symbols().get(r.symbol());
            if (r.type() == RelocType.R_BPF_64_32 && sym.section() != null && sym.section().equals(sec.name())) {
                continue;
            }
            String at = name + ": section " + sec.name() + " insn " + r.offset() / 8;
            if (r.type() != RelocType.R_BPF_64_64 || index < 0 || !(insns.get(index) instanceof Insn.LoadImm64 ld)) {
                throw new BpfException(at + ": relocation " + r.type() + " against '" + sym.name() + "' is not supported");
            }
            if (sym.section() == null) {
                throw new BpfException(at + ": undefined symbol '" + sym.name() + "'");
            }
            if (sym.section().equals("maps")) {
                int m = -1;
                for (int k = 0; k < obj.maps().size(); k++) {
                    if (obj.maps().get(k).name().equals(sym.name())) {
                        m = k;
                    }
                }
                if (m < 0) {
                    throw new BpfException(at + ": '" + sym.name() + "' is not a map of the maps section");
                }
                insns.set(index, new Insn.LoadImm64(ld.dst(), PseudoSrc.MAP_FD, m));
            } else {
                Integer m = dataMaps.get(sym.section());
                if (m == null) {
                    throw new BpfException(at + ": '" + sym.name() + "' is in section " + sym.section() + ", which holds no data");
                }
                long off = sym.value() + (int) ld.imm();
                insns.set(index, new Insn.LoadImm64(ld.dst(), PseudoSrc.MAP_VALUE, (off << 32) | m));
            }
        }
        return io.bpflab.isa.Program.of(insns);
    }
}
