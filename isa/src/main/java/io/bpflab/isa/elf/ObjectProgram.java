package io.bpflab.isa.elf;

import io.bpflab.isa.Program;
import io.bpflab.isa.linux.SectionDef;
import io.bpflab.isa.btf.BtfExt;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One program of an object, ready to load: its entry function followed by every
 * subprogram it calls (directly, or through a callback reference), with calls, callback
 * references and map references resolved as libbpf resolves them before BPF_PROG_LOAD.
 *
 * @param name the entry function's symbol name (libbpf's program name)
 * @param section the ELF section it came from, whose name gives the program type
 * @param program the linked instructions
 * @param lines source lines by slot of {@link #program()} (from {@code .BTF.ext} line_info),
 *              at the slots where line_info starts a new line
 * @param functions function names by the slot where each linked function starts
 * @param funcInfo  {@code .BTF.ext} func_info of the linked program, for BPF_PROG_LOAD: each
 *                  record's {@code insnOff} is a slot of {@link #program()} (the kernel's
 *                  unit), not a byte offset in the section
 * @param lineInfo  line_info the same way, ascending by slot
 */
public record ObjectProgram(String name, String section, Program program, Map<Integer, SourceLine> lines,
                           Map<Integer, String> functions, List<BtfExt.FuncInfo> funcInfo,
                           List<BtfExt.LineInfo> lineInfo) {

    public ObjectProgram {
        lines = Map.copyOf(lines);
        functions = Map.copyOf(functions);
        funcInfo = List.copyOf(funcInfo);
        lineInfo = List.copyOf(lineInfo);
    }

    /** libbpf's rule for the section name (program type, expected attach type, flags). */
    public Optional<SectionDef> sectionDef() {
        return SectionDef.find(section);
    }

    /** The source line in effect at {@code slot}: the nearest line_info at or before it within its function. */
    public Optional<SourceLine> lineAt(int slot) {
        for (int s = slot; s >= 0; s--) {
            SourceLine l = lines.get(s);
            if (l != null) {
                return Optional.of(l);
            }
            if (functions.containsKey(s)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The function the instruction at {@code slot} belongs to. */
    public String functionAt(int slot) {
        for (int s = slot; s >= 0; s--) {
            String f = functions.get(s);
            if (f != null) {
                return f;
            }
        }
        return name;
    }

    /** {@link #funcInfo()} as BPF_PROG_LOAD takes it: 8-byte records (instruction index, FUNC type id). */
    public byte[] funcInfoBytes() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(funcInfo.size() * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        funcInfo.forEach(f -> b.putInt(f.insnOff()).putInt(f.typeId()));
        return b.array();
    }

    /**
     * {@link #lineInfo()} as BPF_PROG_LOAD takes it: 16-byte records (instruction index, file
     * name and line string offsets in the BTF, line << 10 | column).
     */
    public byte[] lineInfoBytes() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(lineInfo.size() * 16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        lineInfo.forEach(l -> b.putInt(l.insnOff()).putInt(l.fileNameOff()).putInt(l.lineOff())
                .putInt(l.line() << 10 | l.column()));
        return b.array();
    }
}
