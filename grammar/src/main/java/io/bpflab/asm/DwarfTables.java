package io.bpflab.asm;

import io.bpflab.asm.SourceAssembler.SectionState;
import io.bpflab.isa.elf.Elf;
import io.bpflab.isa.elf.RelocType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DWARF tables llvm-mc builds from directives rather than from data: the line table
 * ({@code .file N}, {@code .loc} into {@code .debug_line} and {@code .debug_line_str}) and the
 * call frame tables ({@code .cfi_startproc}/{@code .cfi_endproc} into {@code .debug_frame} or
 * {@code .eh_frame}). The layout, opcodes and relocations are llvm-mc-19's (llvm/lib/MC/MCDwarf.cpp
 * with llvm-mc's defaults: DWARF 4, raised to 5 by a {@code .file 0}; 32-bit DWARF; and BPF's
 * MCAsmInfo: 8-byte code pointers, minimum instruction length 8, data alignment factor -4,
 * return address column 11).
 */
final class DwarfTables {

    // DWARF 5 section 6.2.5.1, 6.2.5.2, 6.2.5.3 and 7.22: line number opcodes and content types.
    private static final int DW_LNS_COPY = 1;
    private static final int DW_LNS_ADVANCE_PC = 2;
    private static final int DW_LNS_ADVANCE_LINE = 3;
    private static final int DW_LNS_SET_FILE = 4;
    private static final int DW_LNS_SET_COLUMN = 5;
    private static final int DW_LNS_NEGATE_STMT = 6;
    private static final int DW_LNS_SET_BASIC_BLOCK = 7;
    private static final int DW_LNS_CONST_ADD_PC = 8;
    private static final int DW_LNS_SET_PROLOGUE_END = 10;
    private static final int DW_LNS_SET_EPILOGUE_BEGIN = 11;
    private static final int DW_LNS_SET_ISA = 12;
    private static final int DW_LNE_END_SEQUENCE = 1;
    private static final int DW_LNE_SET_ADDRESS = 2;
    private static final int DW_LNE_SET_DISCRIMINATOR = 4;
    private static final int DW_LNCT_PATH = 1;
    private static final int DW_LNCT_DIRECTORY_INDEX = 2;
    private static final int DW_LNCT_MD5 = 5;
    private static final int DW_LNCT_LLVM_SOURCE = 0x2001;
    private static final int DW_FORM_UDATA = 0x0f;
    private static final int DW_FORM_DATA16 = 0x1e;
    private static final int DW_FORM_LINE_STRP = 0x1f;

    /** llvm: MCDwarfLineTableParams defaults (DWARF2LineOpcodeBase, DWARF2LineBase, DWARF2LineRange). */
    private static final int OPCODE_BASE = 13;
    private static final int LINE_BASE = -5;
    private static final int LINE_RANGE = 14;
    private static final byte[] STANDARD_OPCODE_LENGTHS = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};
    /** BPF MCAsmInfo: every instruction slot is 8 bytes (MinInstAlignment, the CIE's code alignment). */
    private static final int MIN_INSN_LENGTH = 8;
    private static final int CODE_POINTER_SIZE = 8;
    private static final int DATA_ALIGNMENT = -4;
    private static final int RETURN_ADDRESS_REGISTER = 11;
    /** llvm: the FDE pointer encoding BPF's object file info gives .eh_frame (DW_EH_PE_sdata8, absolute). */
    private static final int EH_FDE_ENCODING = 0x0c;

    static final int FLAG_IS_STMT = 1;
    static final int FLAG_BASIC_BLOCK = 2;
    static final int FLAG_PROLOGUE_END = 4;
    static final int FLAG_EPILOGUE_BEGIN = 8;

    private record DwarfFile(String name, int dirIndex, byte[] md5, String source) {
    }

    private record LineEntry(int offset, int file, long line, long column, int flags, long isa, long discriminator) {
    }

    private static final class Frame {
        final SectionState section;
        final int begin;
        final boolean simple;
        int end = -1;

        Frame(SectionState section, int begin, boolean simple) {
            this.section = section;
            this.begin = begin;
            this.simple = simple;
        }
    }

    private final SourceAssembler asm;

    // The line table header (llvm: MCDwarfLineTableHeader).
    private boolean hasLineTable;
    private String compilationDir = "";
    private DwarfFile root;
    private final List<DwarfFile> files = new ArrayList<>(List.of(new DwarfFile("", 0, null, null)));
    private final List<String> dirs = new ArrayList<>();
    private boolean hasAllMd5 = true;
    private boolean hasAnySource;

    // The current .loc (llvm: MCContext's CurrentDwarfLoc and DwarfLocSeen).
    private boolean locSeen;
    private int locFile;
    private long locLine;
    private long locColumn;
    private int locFlags = FLAG_IS_STMT;
    private long locIsa;
    private long locDiscriminator;
    private final Map<SectionState, List<LineEntry>> lines = new LinkedHashMap<>();

    private boolean ehFrame = true;
    private boolean debugFrame;
    private final List<Frame> frames = new ArrayList<>();
    private Frame open;

    DwarfTables(SourceAssembler asm) {
        this.asm = asm;
    }

    // ---------------------------------------------------------------- directives

    void directive(Token name, List<Token> args) {
        switch (name.image) {
            case ".file" -> file(name, args);
            case ".loc" -> loc(name, args);
            case ".cfi_sections" -> cfiSections(name, args);
            case ".cfi_startproc" -> startProc(name, args);
            case ".cfi_endproc" -> endProc(name, args);
            default -> throw new SemanticError(name, "'" + name.image + "' is not supported: bpflab builds line tables from"
                    + " .file and .loc, and call frame entries from .cfi_startproc and .cfi_endproc only (clang emits"
                    + " no other CFI for BPF)");
        }
    }

    /** {@code .file N ["dir"] "name" [md5 0x...] [source "text"]}: llvm's AsmParser::parseDirectiveFile. */
    private void file(Token name, List<Token> args) {
        if (args.isEmpty() || args.getFirst().kind != AsmParserConstants.NUMBER) {
            throw new SemanticError(args.isEmpty() ? name : args.getFirst(), "expected a file number or a file name in quotes");
        }
        int i = 0;
        Token number = args.get(i++);
        long n = Expr.parseNumber(number);
        if (n < 0 || n > 0xffff) {
            throw new SemanticError(number, "file number " + n + " is out of range");
        }
        if (i >= args.size() || args.get(i).kind != AsmParserConstants.STRING) {
            throw new SemanticError(i < args.size() ? args.get(i) : number, "expected a file name in quotes");
        }
        String directory = "";
        String fileName = text(args.get(i++));
        if (i < args.size() && args.get(i).kind == AsmParserConstants.STRING) {
            directory = fileName;
            fileName = text(args.get(i++));
        }
        byte[] md5 = null;
        String source = null;
        while (i < args.size()) {
            Token key = args.get(i++);
            if (i >= args.size()) {
                throw new SemanticError(key, "expected a value after '" + key.image + "'");
            }
            Token value = args.get(i++);
            switch (key.image) {
                case "md5" -> md5 = md5(value);
                case "source" -> {
                    if (value.kind != AsmParserConstants.STRING) {
                        throw new SemanticError(value, "expected the source text in quotes");
                    }
                    source = text(value);
                }
                default -> throw new SemanticError(key, "unexpected '" + key.image + "' in '.file' (expected md5 or source)");
            }
        }
        hasLineTable = true;
        if (n == 0) {
            // llvm: MCDwarfLineTableHeader::setRootFile.
            compilationDir = directory;
            root = new DwarfFile(fileName, 0, md5, source);
            trackMd5(md5 != null);
            hasAnySource |= source != null;
            return;
        }
        addFile(number, (int) n, directory, fileName, md5, source);
    }

    /** llvm: MCDwarfLineTableHeader::tryGetFile with an explicit file number. */
    private void addFile(Token at, int number, String directory, String fileName, byte[] md5, String source) {
        if (directory.equals(compilationDir)) {
            directory = "";
        }
        if (fileName.isEmpty()) {
            fileName = "<stdin>";
            directory = "";
        }
        if (files.size() == 1) {
            trackMd5(md5 != null);
            hasAnySource |= source != null;
        }
        if (version() >= 5 && root.name().equals(fileName) && Arrays.equals(root.md5(), md5)) {
            // llvm: a file equal to the root file is the root file (number 0); the number stays unassigned.
            return;
        }
        while (files.size() <= number) {
            files.add(null);
        }
        if (files.get(number) != null) {
            throw new SemanticError(at, "file number already allocated");
        }
        if (directory.isEmpty()) {
            int slash = fileName.lastIndexOf('/');
            if (slash >= 0 && slash < fileName.length() - 1) {
                directory = slash == 0 ? "/" : fileName.substring(0, slash);
                fileName = fileName.substring(slash + 1);
            }
        }
        int dirIndex = 0;
        if (!directory.isEmpty()) {
            dirIndex = dirs.indexOf(directory);
            if (dirIndex < 0) {
                dirIndex = dirs.size();
                dirs.add(directory);
            }
            dirIndex++;
        }
        files.set(number, new DwarfFile(fileName, dirIndex, md5, source));
        trackMd5(md5 != null);
        hasAnySource |= source != null;
    }

    private void trackMd5(boolean used) {
        hasAllMd5 &= used;
    }

    private static String text(Token t) {
        return new String(Strings.unescape(t), StandardCharsets.UTF_8);
    }

    private static byte[] md5(Token t) {
        String img = t.image;
        if (t.kind != AsmParserConstants.NUMBER || !(img.startsWith("0x") || img.startsWith("0X"))) {
            throw new SemanticError(t, "MD5 checksum must be a hex number, found '" + img + "'");
        }
        String hex = img.substring(2);
        if (hex.length() > 32) {
            throw new SemanticError(t, "MD5 checksum is longer than 128 bits");
        }
        hex = "0".repeat(32 - hex.length()) + hex;
        byte[] b = new byte[16];
        for (int k = 0; k < 16; k++) {
            int hi = Character.digit(hex.charAt(2 * k), 16);
            int lo = Character.digit(hex.charAt(2 * k + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new SemanticError(t, "invalid MD5 checksum '" + img + "'");
            }
            b[k] = (byte) (hi << 4 | lo);
        }
        return b;
    }

    /** {@code .loc FILE [LINE [COLUMN]] [basic_block] [prologue_end] [epilogue_begin] [is_stmt 0|1] [isa N] [discriminator N]}. */
    private void loc(Token name, List<Token> args) {
        if (args.isEmpty() || args.getFirst().kind != AsmParserConstants.NUMBER) {
            throw new SemanticError(args.isEmpty() ? name : args.getFirst(), "unexpected token in '.loc' directive");
        }
        Token fileTok = args.getFirst();
        long file = Expr.parseNumber(fileTok);
        if (!validFile(file)) {
            throw new SemanticError(fileTok, "unassigned file number in '.loc' directive");
        }
        int i = 1;
        long line = 0;
        long column = 0;
        if (i < args.size() && args.get(i).kind == AsmParserConstants.NUMBER) {
            line = Expr.parseNumber(args.get(i++));
            if (i < args.size() && args.get(i).kind == AsmParserConstants.NUMBER) {
                column = Expr.parseNumber(args.get(i++));
            }
        }
        int flags = locFlags & FLAG_IS_STMT;
        long isa = 0;
        long discriminator = 0;
        while (i < args.size()) {
            Token op = args.get(i++);
            switch (op.image) {
                case "basic_block" -> flags |= FLAG_BASIC_BLOCK;
                case "prologue_end" -> flags |= FLAG_PROLOGUE_END;
                case "epilogue_begin" -> flags |= FLAG_EPILOGUE_BEGIN;
                case "is_stmt", "isa", "discriminator" -> {
                    if (i >= args.size() || args.get(i).kind != AsmParserConstants.NUMBER) {
                        throw new SemanticError(i < args.size() ? args.get(i) : op, "expected a number after '" + op.image + "'");
                    }
                    Token v = args.get(i++);
                    long value = Expr.parseNumber(v);
                    switch (op.image) {
                        case "is_stmt" -> {
                            if (value != 0 && value != 1) {
                                throw new SemanticError(v, "is_stmt value not 0 or 1");
                            }
                            flags = value == 1 ? flags | FLAG_IS_STMT : flags & ~FLAG_IS_STMT;
                        }
                        case "isa" -> isa = value;
                        default -> discriminator = value;
                    }
                }
                default -> throw new SemanticError(op, "unknown sub-directive in '.loc' directive");
            }
        }
        // llvm: MCObjectStreamer::emitDwarfLocDirective: a .loc still pending gets its entry here.
        lineEntry(asm.currentSection());
        locSeen = true;
        locFile = (int) file;
        locLine = line;
        locColumn = column;
        locFlags = flags;
        locIsa = isa;
        locDiscriminator = discriminator;
    }

    /** llvm-mc's DWARF version: 4 unless a {@code .file 0} (a DWARF 5 root file) was seen. */
    private int version() {
        return root != null ? 5 : 4;
    }

    private boolean validFile(long file) {
        if (file == 0) {
            return version() >= 5;
        }
        return file < files.size() && files.get((int) file) != null;
    }

    void sectionChanged() {
        locSeen = false;
    }

    /** llvm: MCDwarfLineEntry::make, called as an instruction or data is about to be written. */
    void lineEntry(SectionState s) {
        if (!locSeen) {
            return;
        }
        locSeen = false;
        lines.computeIfAbsent(s, k -> new ArrayList<>())
                .add(new LineEntry(s.size, locFile, locLine, locColumn, locFlags, locIsa, locDiscriminator));
    }

    private void cfiSections(Token name, List<Token> args) {
        boolean eh = false;
        boolean debug = false;
        boolean comma = false;
        for (Token t : args) {
            if (comma) {
                if (t.kind != AsmParserConstants.COMMA) {
                    throw new SemanticError(t, "expected ','");
                }
            } else if (t.image.equals(".eh_frame")) {
                eh = true;
            } else if (t.image.equals(".debug_frame")) {
                debug = true;
            } else {
                throw new SemanticError(t, "expected .eh_frame or .debug_frame");
            }
            comma = !comma;
        }
        if (!args.isEmpty() && !comma) {
            throw new SemanticError(args.getLast(), "expected .eh_frame or .debug_frame after ','");
        }
        ehFrame = eh;
        debugFrame = debug;
    }

    private void startProc(Token name, List<Token> args) {
        boolean simple = false;
        if (!args.isEmpty()) {
            if (args.size() != 1 || !args.getFirst().image.equals("simple")) {
                throw new SemanticError(args.getFirst(), "unexpected token in '.cfi_startproc' directive");
            }
            simple = true;
        }
        if (open != null) {
            throw new SemanticError(name, "starting new .cfi frame before finishing the previous one");
        }
        SectionState s = asm.currentSection();
        open = new Frame(s, s.size, simple);
        frames.add(open);
    }

    private void endProc(Token name, List<Token> args) {
        if (!args.isEmpty()) {
            throw new SemanticError(args.getFirst(), "unexpected token in '.cfi_endproc' directive");
        }
        if (open == null) {
            throw new SemanticError(name, "this directive must appear between .cfi_startproc and .cfi_endproc directives");
        }
        if (open.section != asm.currentSection()) {
            throw new SemanticError(name, ".cfi_endproc in section " + asm.currentSection().name
                    + ", but its .cfi_startproc is in " + open.section.name);
        }
        open.end = open.section.size;
        open = null;
    }

    // ---------------------------------------------------------------- the end of the file

    /** llvm: MCELFStreamer::finishImpl: the frame tables, then the line table. */
    void finish() {
        if (open != null) {
            asm.errorAtEnd("unfinished frame: .cfi_startproc without .cfi_endproc");
            return;
        }
        if (!frames.isEmpty()) {
            if (ehFrame) {
                emitFrames(true);
            }
            if (debugFrame) {
                emitFrames(false);
            }
        }
        if (hasLineTable) {
            emitLineTable();
        }
    }

    private void emitFrames(boolean eh) {
        SectionState s = eh
                ? asm.sectionForTable(".eh_frame", Elf.SHT_PROGBITS, Elf.SHF_ALLOC, 0)
                : asm.sectionForTable(".debug_frame", Elf.SHT_PROGBITS, 0, 0);
        // llvm: FDEs sorted (stably) by their CIE's key, of which only 'simple' varies here.
        List<Frame> sorted = new ArrayList<>(frames);
        sorted.sort((a, b) -> Boolean.compare(a.simple, b.simple));
        int cieStart = -1;
        Boolean cieSimple = null;
        for (int k = 0; k < sorted.size(); k++) {
            Frame f = sorted.get(k);
            if (cieStart < 0 || eh && cieSimple != f.simple) {
                cieStart = emitCie(s, eh);
                cieSimple = f.simple;
            }
            emitFde(s, eh, cieStart, f, k == sorted.size() - 1);
        }
    }

    /** llvm: FrameEmitterImpl::EmitCIE; BPF has no initial frame instructions. */
    private int emitCie(SectionState s, boolean eh) {
        int start = s.size;
        s.put(0, 4);
        s.put(eh ? 0 : 0xffffffffL, 4);
        s.put(eh ? 1 : 4, 1);
        if (eh) {
            s.put('z', 1);
            s.put('R', 1);
        }
        s.put(0, 1);
        if (!eh) {
            s.put(CODE_POINTER_SIZE, 1);
            s.put(0, 1);
        }
        uleb(s, MIN_INSN_LENGTH);
        sleb(s, DATA_ALIGNMENT);
        if (eh) {
            s.put(RETURN_ADDRESS_REGISTER, 1);
            uleb(s, 1);
            s.put(EH_FDE_ENCODING, 1);
        } else {
            uleb(s, RETURN_ADDRESS_REGISTER);
        }
        alignData(s, eh ? 4 : CODE_POINTER_SIZE);
        s.patch(start, s.size - start - 4, 4);
        return start;
    }

    /** llvm: FrameEmitterImpl::EmitFDE. */
    private void emitFde(SectionState s, boolean eh, int cieStart, Frame f, boolean last) {
        int start = s.size;
        s.put(0, 4);
        int fdeStart = s.size;
        if (eh) {
            s.put(fdeStart - cieStart, 4);
        } else {
            asm.relocateToSection(s, s.size, RelocType.R_BPF_64_ABS32, s);
            s.put(cieStart, 4);
        }
        asm.relocateToSection(s, s.size, RelocType.R_BPF_64_ABS64, f.section);
        s.put(f.begin, 8);
        s.put(f.end - f.begin, 8);
        if (eh) {
            uleb(s, 0);
        }
        alignData(s, CODE_POINTER_SIZE);
        s.patch(start, s.size - fdeStart, 4);
    }

    /** llvm: MCDwarfLineTable::emit for the one compile unit llvm-mc has. */
    private void emitLineTable() {
        SectionState s = asm.sectionForTable(".debug_line", Elf.SHT_PROGBITS, 0, 0);
        int version = version();
        int unitStart = s.size;
        s.put(0, 4);
        s.put(version, 2);
        if (version >= 5) {
            s.put(CODE_POINTER_SIZE, 1);
            s.put(0, 1);
        }
        int headerLengthAt = s.size;
        s.put(0, 4);
        s.put(MIN_INSN_LENGTH, 1);
        s.put(1, 1);
        s.put(1, 1);
        s.put(LINE_BASE, 1);
        s.put(LINE_RANGE, 1);
        s.put(OPCODE_BASE, 1);
        for (byte b : STANDARD_OPCODE_LENGTHS) {
            s.put(b, 1);
        }
        List<Runnable> strRefs = version >= 5 ? v5FileTables(s) : v2FileTables(s);
        s.patch(headerLengthAt, s.size - headerLengthAt - 4, 4);
        for (Map.Entry<SectionState, List<LineEntry>> e : lines.entrySet()) {
            emitSequence(s, e.getKey(), e.getValue());
        }
        s.patch(unitStart, s.size - unitStart - 4, 4);
        for (Runnable r : strRefs) {
            r.run();
        }
    }

    /** llvm: MCDwarfLineTableHeader::emitV2FileDirTables: inline strings, no MD5, no root file. */
    private List<Runnable> v2FileTables(SectionState s) {
        for (String d : dirs) {
            asm.appendTo(s, d.getBytes(StandardCharsets.UTF_8));
            s.put(0, 1);
        }
        s.put(0, 1);
        for (int k = 1; k < files.size(); k++) {
            DwarfFile f = files.get(k);
            asm.appendTo(s, (f == null ? "" : f.name()).getBytes(StandardCharsets.UTF_8));
            s.put(0, 1);
            uleb(s, f == null ? 0 : f.dirIndex());
            s.put(0, 1);
            s.put(0, 1);
        }
        s.put(0, 1);
        return List.of();
    }

    /**
     * llvm: MCDwarfLineTableHeader::emitV5FileDirTables: paths in .debug_line_str (which is
     * written, and so created, after the table), the root file first.
     */
    private List<Runnable> v5FileTables(SectionState s) {
        LineStrings strings = new LineStrings();
        List<Runnable> strRefs = new ArrayList<>();
        // Directories: the compilation directory first.
        s.put(1, 1);
        uleb(s, DW_LNCT_PATH);
        uleb(s, DW_FORM_LINE_STRP);
        uleb(s, dirs.size() + 1);
        String compDir = compilationDir.isEmpty() ? asm.compilationDirectory() : compilationDir;
        strRefs.add(lineStrRef(s, strings, compDir));
        for (String d : dirs) {
            strRefs.add(lineStrRef(s, strings, d));
        }
        s.put(2 + (hasAllMd5 ? 1 : 0) + (hasAnySource ? 1 : 0), 1);
        uleb(s, DW_LNCT_PATH);
        uleb(s, DW_FORM_LINE_STRP);
        uleb(s, DW_LNCT_DIRECTORY_INDEX);
        uleb(s, DW_FORM_UDATA);
        if (hasAllMd5) {
            uleb(s, DW_LNCT_MD5);
            uleb(s, DW_FORM_DATA16);
        }
        if (hasAnySource) {
            uleb(s, DW_LNCT_LLVM_SOURCE);
            uleb(s, DW_FORM_LINE_STRP);
        }
        uleb(s, files.size());
        fileEntry(s, strings, strRefs, root);
        for (int k = 1; k < files.size(); k++) {
            DwarfFile f = files.get(k);
            fileEntry(s, strings, strRefs, f != null ? f : new DwarfFile("", 0, null, null));
        }
        strRefs.addFirst(() -> asm.appendTo(
                asm.sectionForTable(".debug_line_str", Elf.SHT_PROGBITS, Elf.SHF_MERGE | Elf.SHF_STRINGS, 1), strings.bytes()));
        return strRefs;
    }

    private void fileEntry(SectionState s, LineStrings strings, List<Runnable> strRefs, DwarfFile f) {
        strRefs.add(lineStrRef(s, strings, f.name()));
        uleb(s, f.dirIndex());
        if (hasAllMd5) {
            byte[] md5 = f.md5() == null ? new byte[16] : f.md5();
            for (byte b : md5) {
                s.put(b, 1);
            }
        }
        if (hasAnySource) {
            String src = f.source() == null ? "" : f.source().isEmpty() ? "\n" : f.source();
            strRefs.add(lineStrRef(s, strings, src));
        }
    }

    /** A 4-byte reference into .debug_line_str: relocated against its section once that section exists. */
    private Runnable lineStrRef(SectionState s, LineStrings strings, String text) {
        int at = s.size;
        int offset = strings.add(text);
        s.put(offset, 4);
        return () -> asm.relocateToSection(s, at, RelocType.R_BPF_64_ABS32, asm.sectionNamed(".debug_line_str"));
    }

    /** llvm: MCDwarfLineTable::emitOne: one sequence per section, ended at the section's end. */
    private void emitSequence(SectionState s, SectionState code, List<LineEntry> entries) {
        int file = 1;
        long lastLine = 1;
        long column = 0;
        int flags = FLAG_IS_STMT;
        long isa = 0;
        long discriminator = 0;
        int previous = -1;
        for (LineEntry e : entries) {
            long lineDelta = e.line() - lastLine;
            if (file != e.file()) {
                file = e.file();
                s.put(DW_LNS_SET_FILE, 1);
                uleb(s, file);
            }
            if (column != e.column()) {
                column = e.column();
                s.put(DW_LNS_SET_COLUMN, 1);
                uleb(s, column);
            }
            if (discriminator != e.discriminator()) {
                discriminator = e.discriminator();
                s.put(0, 1);
                uleb(s, ulebSize(discriminator) + 1);
                s.put(DW_LNE_SET_DISCRIMINATOR, 1);
                uleb(s, discriminator);
            }
            if (isa != e.isa()) {
                isa = e.isa();
                s.put(DW_LNS_SET_ISA, 1);
                uleb(s, isa);
            }
            if (((e.flags() ^ flags) & FLAG_IS_STMT) != 0) {
                flags = e.flags();
                s.put(DW_LNS_NEGATE_STMT, 1);
            }
            if ((e.flags() & FLAG_BASIC_BLOCK) != 0) {
                s.put(DW_LNS_SET_BASIC_BLOCK, 1);
            }
            if ((e.flags() & FLAG_PROLOGUE_END) != 0) {
                s.put(DW_LNS_SET_PROLOGUE_END, 1);
            }
            if ((e.flags() & FLAG_EPILOGUE_BEGIN) != 0) {
                s.put(DW_LNS_SET_EPILOGUE_BEGIN, 1);
            }
            advance(s, code, lineDelta, previous, e.offset());
            discriminator = 0;
            lastLine = e.line();
            previous = e.offset();
        }
        advance(s, code, Long.MAX_VALUE, previous, code.size);
    }

    /** llvm: MCObjectStreamer::emitDwarfAdvanceLineAddr: DW_LNE_set_address for the first row of a sequence. */
    private void advance(SectionState s, SectionState code, long lineDelta, int from, int to) {
        if (from < 0) {
            s.put(0, 1);
            uleb(s, CODE_POINTER_SIZE + 1);
            s.put(DW_LNE_SET_ADDRESS, 1);
            asm.relocateToSection(s, s.size, RelocType.R_BPF_64_ABS64, code);
            s.put(to, CODE_POINTER_SIZE);
            lineAddr(s, lineDelta, 0);
            return;
        }
        lineAddr(s, lineDelta, Integer.toUnsignedLong(to - from) / MIN_INSN_LENGTH);
    }

    /** llvm: MCDwarfLineAddr::encode (Long.MAX_VALUE as the line delta ends the sequence). */
    private static void lineAddr(SectionState s, long lineDelta, long addrDelta) {
        long maxSpecialAddrDelta = (255 - OPCODE_BASE) / LINE_RANGE;
        if (lineDelta == Long.MAX_VALUE) {
            if (addrDelta == maxSpecialAddrDelta) {
                s.put(DW_LNS_CONST_ADD_PC, 1);
            } else if (addrDelta != 0) {
                s.put(DW_LNS_ADVANCE_PC, 1);
                uleb(s, addrDelta);
            }
            s.put(0, 1);
            s.put(1, 1);
            s.put(DW_LNE_END_SEQUENCE, 1);
            return;
        }
        long temp = lineDelta - LINE_BASE;
        boolean needCopy = false;
        if (Long.compareUnsigned(temp, LINE_RANGE) >= 0 || Long.compareUnsigned(temp + OPCODE_BASE, 255) > 0) {
            s.put(DW_LNS_ADVANCE_LINE, 1);
            sleb(s, lineDelta);
            lineDelta = 0;
            temp = -LINE_BASE;
            needCopy = true;
        }
        if (lineDelta == 0 && addrDelta == 0) {
            s.put(DW_LNS_COPY, 1);
            return;
        }
        temp += OPCODE_BASE;
        if (Long.compareUnsigned(addrDelta, 256 + maxSpecialAddrDelta) < 0) {
            long opcode = temp + addrDelta * LINE_RANGE;
            if (opcode <= 255) {
                s.put(opcode, 1);
                return;
            }
            opcode = temp + (addrDelta - maxSpecialAddrDelta) * LINE_RANGE;
            if (opcode <= 255) {
                s.put(DW_LNS_CONST_ADD_PC, 1);
                s.put(opcode, 1);
                return;
            }
        }
        s.put(DW_LNS_ADVANCE_PC, 1);
        uleb(s, addrDelta);
        s.put(needCopy ? DW_LNS_COPY : temp, 1);
    }

    /** Zero padding (DW_CFA_nop) to a multiple of {@code align} from the section's start; raises its alignment. */
    private static void alignData(SectionState s, int align) {
        s.align = Math.max(s.align, align);
        while (s.size % align != 0) {
            s.put(0, 1);
        }
    }

    static int ulebSize(long v) {
        int n = 0;
        do {
            v >>>= 7;
            n++;
        } while (v != 0);
        return n;
    }

    static void uleb(SectionState s, long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            s.put(v != 0 ? b | 0x80 : b, 1);
        } while (v != 0);
    }

    static void sleb(SectionState s, long v) {
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = v == 0 && (b & 0x40) == 0 || v == -1 && (b & 0x40) != 0;
            s.put(done ? b : b | 0x80, 1);
            if (done) {
                return;
            }
        }
    }

    /** llvm: MCDwarfLineStr: a DWARF string table in the order strings are added, each string once. */
    private static final class LineStrings {
        private final Map<String, Integer> offsets = new HashMap<>();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        int add(String text) {
            Integer at = offsets.get(text);
            if (at != null) {
                return at;
            }
            int offset = out.size();
            offsets.put(text, offset);
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            out.write(0);
            return offset;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
