package io.bpflab.api;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.DecodeException;
import io.bpflab.isa.Decoder;
import io.bpflab.isa.elf.ElfReader;
import io.bpflab.isa.elf.LoadedObject;
import io.bpflab.isa.elf.ObjectException;
import io.bpflab.isa.elf.ObjectLoader;
import io.bpflab.isa.elf.ObjectProgram;
import io.bpflab.isa.linux.ProgramType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;

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
            io.bpflab.isa.Program code = e.getValue();
            IntFunction<OptionalInt> lines = slot -> a.sourceLines(section).at(code.indexOfSlot(slot))
                    .map(l -> OptionalInt.of(l.line())).orElse(OptionalInt.empty());
            programs.add(new Program(name, section, null, type, code, a.maps(), Map.of(), lines, false));
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
            return new ObjectFile(name, List.of(new Program(name, null, null, null, Decoder.decode(code), List.of(), Map.of(),
                    slot -> OptionalInt.empty(), false)));
        } catch (DecodeException e) {
            throw new BpfException(name + ": " + e.describe(), e);
        }
    }

    /**
     * An ELF object's bytes, linked as libbpf links it ({@code io.bpflab.isa.elf.ObjectLoader}):
     * every function of a program section is a program, with the {@code .text} subprograms
     * it calls; maps of {@code .maps} (BTF) and the legacy {@code maps} section, and global
     * data ({@code .data}, {@code .rodata}, {@code .bss}) as one-element arrays holding their
     * initial contents. Objects with CO-RE relocations need the kernel's BTF and are refused.
     *
     * @param name the name messages give the object
     * @param elf the object file's bytes
     * @return its programs
     * @throws BpfException for a damaged object or one bpflab cannot link
     */
    public static ObjectFile object(String name, byte[] elf) {
        if (!ElfReader.looksLikeElf(elf)) {
            throw new BpfException(name + ": not an ELF object");
        }
        LoadedObject o;
        try {
            o = ObjectLoader.load(elf, ObjectLoader.Options.none());
        } catch (ObjectException e) {
            throw new BpfException(name + ": " + e.getMessage(), e);
        }
        if (o.programs().isEmpty()) {
            throw new BpfException(name + ": no program section");
        }
        Map<Integer, byte[]> initial = new HashMap<>();
        for (int i = 0; i < o.maps().size(); i++) {
            if (o.maps().get(i).initial() != null) {
                initial.put(i, o.maps().get(i).initial());
            }
        }
        List<Program> programs = new ArrayList<>();
        for (ObjectProgram p : o.programs()) {
            ProgramType type = p.sectionDef().map(d -> d.programType()).orElse(null);
            IntFunction<OptionalInt> lines = slot -> p.lineAt(slot).map(l -> OptionalInt.of(l.line())).orElse(OptionalInt.empty());
            programs.add(new Program(name, p.section(), p.name(), type, p.program(), o.mapDefs(), initial, lines, false));
        }
        return new ObjectFile(name, programs);
    }
}
