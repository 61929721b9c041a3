package io.bpflab.isa.btf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code .BTF.ext} section: per code section, func_info (which BTF FUNC starts at an
 * instruction), line_info (the source file, line, column and line text of an instruction)
 * and CO-RE relocations (kernel: Documentation/bpf/btf.rst 4.2, libbpf's struct
 * btf_ext_header). Instruction offsets are in bytes from the start of the ELF section, as
 * clang writes them; strings are offsets into the {@code .BTF} string section.
 */
public final class BtfExt {

    public record FuncInfo(int insnOff, int typeId) {
    }

    public record LineInfo(int insnOff, int fileNameOff, int lineOff, int line, int column) {
    }

    /** CO-RE relocation kinds (libbpf: enum bpf_core_relo_kind). */
    public enum CoreKind {
        FIELD_BYTE_OFFSET, FIELD_BYTE_SIZE, FIELD_EXISTS, FIELD_SIGNED, FIELD_LSHIFT_U64, FIELD_RSHIFT_U64,
        TYPE_ID_LOCAL, TYPE_ID_TARGET, TYPE_EXISTS, TYPE_SIZE, ENUMVAL_EXISTS, ENUMVAL_VALUE, TYPE_MATCHES;

        /** libbpf's name for the kind in its messages. */
        public String libbpfName() {
            return switch (this) {
                case FIELD_BYTE_OFFSET -> "byte_off";
                case FIELD_BYTE_SIZE -> "byte_sz";
                case FIELD_EXISTS -> "field_exists";
                case FIELD_SIGNED -> "signed";
                case FIELD_LSHIFT_U64 -> "lshift_u64";
                case FIELD_RSHIFT_U64 -> "rshift_u64";
                case TYPE_ID_LOCAL -> "local_type_id";
                case TYPE_ID_TARGET -> "target_type_id";
                case TYPE_EXISTS -> "type_exists";
                case TYPE_SIZE -> "type_size";
                case ENUMVAL_EXISTS -> "enumval_exists";
                case ENUMVAL_VALUE -> "enumval_value";
                case TYPE_MATCHES -> "type_matches";
            };
        }
    }

    public record CoreRelo(int insnOff, int typeId, int accessStrOff, CoreKind kind) {
    }

    private final Map<String, List<FuncInfo>> funcInfo;
    private final Map<String, List<LineInfo>> lineInfo;
    private final Map<String, List<CoreRelo>> coreRelos;

    private BtfExt(Map<String, List<FuncInfo>> funcInfo, Map<String, List<LineInfo>> lineInfo,
                   Map<String, List<CoreRelo>> coreRelos) {
        this.funcInfo = funcInfo;
        this.lineInfo = lineInfo;
        this.coreRelos = coreRelos;
    }

    public static BtfExt empty() {
        return new BtfExt(Map.of(), Map.of(), Map.of());
    }

    /**
     * Parses {@code .BTF.ext}; section names are read from {@code btf}'s strings.
     *
     * @throws BtfException naming the byte offset of a bad header, a record size too
     *                      small, a block that runs past its part, or a bad string offset
     */
    public static BtfExt parse(byte[] b, Btf btf) throws BtfException {
        if (b.length < 24) {
            throw new BtfException(".BTF.ext header is truncated (" + b.length + " bytes)", 0);
        }
        if (Btf.u16(b, 0) != Btf.MAGIC) {
            throw new BtfException(String.format("bad .BTF.ext magic 0x%04x", Btf.u16(b, 0)), 0);
        }
        long hdrLen = Btf.u32(b, 4);
        if (hdrLen < 24 || hdrLen > b.length) {
            throw new BtfException(".BTF.ext header length " + hdrLen + " is outside the data", 4);
        }
        Map<String, List<FuncInfo>> funcs = new LinkedHashMap<>();
        Map<String, List<LineInfo>> lines = new LinkedHashMap<>();
        Map<String, List<CoreRelo>> core = new LinkedHashMap<>();
        readPart(b, btf, hdrLen, 8, 8, (sec, p) -> funcs.computeIfAbsent(sec, k -> new ArrayList<>())
                .add(new FuncInfo((int) Btf.u32(b, p), (int) Btf.u32(b, p + 4))));
        readPart(b, btf, hdrLen, 16, 16, (sec, p) -> {
            long lc = Btf.u32(b, p + 12);
            lines.computeIfAbsent(sec, k -> new ArrayList<>()).add(new LineInfo((int) Btf.u32(b, p),
                    (int) Btf.u32(b, p + 4), (int) Btf.u32(b, p + 8), (int) (lc >>> 10), (int) (lc & 0x3ff)));
        });
        if (hdrLen >= 32) {
            readPart(b, btf, hdrLen, 24, 16, (sec, p) -> {
                long kind = Btf.u32(b, p + 12);
                if (kind >= CoreKind.values().length) {
                    throw new BtfException("unknown CO-RE relocation kind " + kind, p + 12);
                }
                core.computeIfAbsent(sec, k -> new ArrayList<>()).add(new CoreRelo((int) Btf.u32(b, p),
                        (int) Btf.u32(b, p + 4), (int) Btf.u32(b, p + 8), CoreKind.values()[(int) kind]));
            });
        }
        return new BtfExt(funcs, lines, core);
    }

    private interface Record {
        void read(String section, int at) throws BtfException;
    }

    /** One of the three parts: a record size, then blocks of (section name, count, records). */
    private static void readPart(byte[] b, Btf btf, long hdrLen, int headerField, int minRecord, Record r)
            throws BtfException {
        long off = Btf.u32(b, headerField);
        long len = Btf.u32(b, headerField + 4);
        if (len == 0) {
            return;
        }
        long start = hdrLen + off;
        long end = start + len;
        if (end > b.length || len < 4) {
            throw new BtfException(".BTF.ext part at offset " + start + " (" + len + " bytes) is outside the data",
                    headerField);
        }
        long recSize = Btf.u32(b, (int) start);
        if (recSize < minRecord || recSize > 1024) {
            throw new BtfException(".BTF.ext record size " + recSize + " is not usable", start);
        }
        long p = start + 4;
        while (p < end) {
            if (p + 8 > end) {
                throw new BtfException(".BTF.ext block header is truncated", p);
            }
            long nameOff = Btf.u32(b, (int) p);
            long n = Btf.u32(b, (int) p + 4);
            if (!btf.hasString(nameOff)) {
                throw new BtfException(".BTF.ext section name offset " + nameOff + " is outside the BTF strings", p);
            }
            String sec = btf.string((int) nameOff);
            p += 8;
            if (p + n * recSize > end) {
                throw new BtfException(".BTF.ext block of " + n + " records for section " + sec + " runs past its part", p);
            }
            for (long i = 0; i < n; i++, p += recSize) {
                r.read(sec, (int) p);
            }
        }
    }

    public List<FuncInfo> funcInfo(String section) {
        return funcInfo.getOrDefault(section, List.of());
    }

    public List<LineInfo> lineInfo(String section) {
        return lineInfo.getOrDefault(section, List.of());
    }

    public List<CoreRelo> coreRelos(String section) {
        return coreRelos.getOrDefault(section, List.of());
    }

    /** Whether any section has CO-RE relocations. */
    public boolean hasCoreRelos() {
        return !coreRelos.isEmpty();
    }
}
