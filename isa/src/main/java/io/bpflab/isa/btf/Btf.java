package io.bpflab.isa.btf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parsed BTF: the types (id 0 is void) and the string section, as in a {@code .BTF} ELF
 * section or {@code /sys/kernel/btf/vmlinux} (kernel: Documentation/bpf/btf.rst 2, struct
 * btf_header and struct btf_type). Every type id a record refers to is checked to exist, so
 * {@link #type(int)} of a referenced id never fails.
 */
public final class Btf {

    public static final int MAGIC = 0xeb9f;
    /** kernel: MAX_RESOLVE_DEPTH; deeper chains of modifiers are refused. */
    static final int MAX_RESOLVE_DEPTH = 32;

    private final List<BtfType> types;
    private final byte[] strings;
    private Map<String, List<Integer>> byName;

    private Btf(List<BtfType> types, byte[] strings) {
        this.types = types;
        this.strings = strings;
    }

    /**
     * Parses BTF data.
     *
     * @throws BtfException naming the byte offset of a bad header, a record that runs past
     *                      its section, an unknown kind, a string offset outside the string
     *                      section or a reference to a type that does not exist
     */
    public static Btf parse(byte[] b) throws BtfException {
        if (b.length < 24) {
            throw new BtfException("BTF header is truncated (" + b.length + " bytes)", 0);
        }
        if (u16(b, 0) != MAGIC) {
            throw new BtfException(String.format("bad BTF magic 0x%04x", u16(b, 0)), 0);
        }
        if ((b[2] & 0xff) != 1) {
            throw new BtfException("unsupported BTF version " + (b[2] & 0xff), 2);
        }
        long hdrLen = u32(b, 4);
        long typeOff = u32(b, 8);
        long typeLen = u32(b, 12);
        long strOff = u32(b, 16);
        long strLen = u32(b, 20);
        if (hdrLen < 24 || hdrLen > b.length) {
            throw new BtfException("BTF header length " + hdrLen + " is outside the data", 4);
        }
        if (hdrLen + typeOff + typeLen > b.length || (typeOff & 3) != 0) {
            throw new BtfException("BTF type section (offset " + typeOff + ", " + typeLen + " bytes) is outside the data", 8);
        }
        if (hdrLen + strOff + strLen > b.length) {
            throw new BtfException("BTF string section (offset " + strOff + ", " + strLen + " bytes) is outside the data", 16);
        }
        int s0 = (int) (hdrLen + strOff);
        byte[] strings = java.util.Arrays.copyOfRange(b, s0, s0 + (int) strLen);
        if (strLen == 0 || strings[0] != 0 || strings[strings.length - 1] != 0) {
            throw new BtfException("BTF string section does not start and end with a NUL", hdrLen + strOff);
        }
        Btf btf = new Btf(new ArrayList<>(), strings);
        btf.types.add(new BtfType.Void());
        List<int[]> refs = new ArrayList<>();
        int p = (int) (hdrLen + typeOff);
        int end = (int) (hdrLen + typeOff + typeLen);
        while (p < end) {
            int at = p;
            need(b, p, 12, end);
            String name = btf.str(u32(b, p), at);
            long info = u32(b, p + 4);
            int vlen = (int) (info & 0xffff);
            int kindCode = (int) (info >>> 24 & 0x1f);
            boolean kflag = (info >>> 31) != 0;
            int sizeOrType = (int) u32(b, p + 8);
            p += 12;
            BtfKind kind = BtfKind.ofOrNull(kindCode);
            if (kind == null || kind == BtfKind.UNKN) {
                throw new BtfException("type " + btf.types.size() + " has unknown BTF kind " + kindCode, at);
            }
            int id = btf.types.size();
            BtfType t;
            switch (kind) {
                case INT -> {
                    need(b, p, 4, end);
                    long enc = u32(b, p);
                    p += 4;
                    t = new BtfType.Int(name, sizeOrType, (int) (enc >>> 24 & 0xf), (int) (enc >>> 16 & 0xff), (int) (enc & 0xff));
                }
                case PTR -> {
                    t = new BtfType.Ptr(sizeOrType);
                    refs.add(new int[] {id, sizeOrType, at});
                }
                case ARRAY -> {
                    need(b, p, 12, end);
                    t = new BtfType.Array((int) u32(b, p), (int) u32(b, p + 4), (int) u32(b, p + 8));
                    refs.add(new int[] {id, (int) u32(b, p), at});
                    refs.add(new int[] {id, (int) u32(b, p + 4), at});
                    p += 12;
                }
                case STRUCT, UNION -> {
                    need(b, p, 12L * vlen, end);
                    List<BtfType.Member> ms = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, p += 12) {
                        long off = u32(b, p + 8);
                        int type = (int) u32(b, p + 4);
                        ms.add(kflag ? new BtfType.Member(btf.str(u32(b, p), p), type, (int) (off & 0xffffff), (int) (off >>> 24))
                                : new BtfType.Member(btf.str(u32(b, p), p), type, (int) off, 0));
                        refs.add(new int[] {id, type, p});
                    }
                    t = new BtfType.Struct(name, sizeOrType, kind == BtfKind.UNION, List.copyOf(ms));
                }
                case ENUM -> {
                    need(b, p, 8L * vlen, end);
                    List<BtfType.EnumValue> vs = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, p += 8) {
                        int v = (int) u32(b, p + 4);
                        vs.add(new BtfType.EnumValue(btf.str(u32(b, p), p), kflag ? v : Integer.toUnsignedLong(v)));
                    }
                    t = new BtfType.Enum(name, sizeOrType, kflag, false, List.copyOf(vs));
                }
                case ENUM64 -> {
                    need(b, p, 12L * vlen, end);
                    List<BtfType.EnumValue> vs = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, p += 12) {
                        vs.add(new BtfType.EnumValue(btf.str(u32(b, p), p), u32(b, p + 4) | u32(b, p + 8) << 32));
                    }
                    t = new BtfType.Enum(name, sizeOrType, kflag, true, List.copyOf(vs));
                }
                case FWD -> t = new BtfType.Fwd(name, kflag);
                case TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG -> {
                    t = new BtfType.Ref(kind, name, sizeOrType);
                    refs.add(new int[] {id, sizeOrType, at});
                }
                case FUNC -> {
                    t = new BtfType.Func(name, sizeOrType, vlen);
                    refs.add(new int[] {id, sizeOrType, at});
                }
                case FUNC_PROTO -> {
                    need(b, p, 8L * vlen, end);
                    List<BtfType.Param> ps = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, p += 8) {
                        int type = (int) u32(b, p + 4);
                        ps.add(new BtfType.Param(btf.str(u32(b, p), p), type));
                        refs.add(new int[] {id, type, p});
                    }
                    t = new BtfType.FuncProto(sizeOrType, List.copyOf(ps));
                    refs.add(new int[] {id, sizeOrType, at});
                }
                case VAR -> {
                    need(b, p, 4, end);
                    t = new BtfType.Var(name, sizeOrType, (int) u32(b, p));
                    refs.add(new int[] {id, sizeOrType, at});
                    p += 4;
                }
                case DATASEC -> {
                    need(b, p, 12L * vlen, end);
                    List<BtfType.VarSecInfo> vs = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, p += 12) {
                        int type = (int) u32(b, p);
                        vs.add(new BtfType.VarSecInfo(type, (int) u32(b, p + 4), (int) u32(b, p + 8)));
                        refs.add(new int[] {id, type, p});
                    }
                    t = new BtfType.Datasec(name, sizeOrType, List.copyOf(vs));
                }
                case FLOAT -> t = new BtfType.Float(name, sizeOrType);
                case DECL_TAG -> {
                    need(b, p, 4, end);
                    t = new BtfType.DeclTag(name, sizeOrType, (int) u32(b, p));
                    refs.add(new int[] {id, sizeOrType, at});
                    p += 4;
                }
                default -> throw new BtfException("type " + id + " has unknown BTF kind " + kindCode, at);
            }
            btf.types.add(t);
        }
        for (int[] r : refs) {
            if (Integer.toUnsignedLong(r[1]) >= btf.types.size()) {
                throw new BtfException("type " + r[0] + " refers to type " + Integer.toUnsignedString(r[1])
                        + ", which does not exist (" + btf.types.size() + " types)", r[2]);
            }
        }
        return btf;
    }

    private static void need(byte[] b, long p, long n, long end) throws BtfException {
        if (p + n > end) {
            throw new BtfException("BTF type record is truncated (needs " + n + " bytes)", p);
        }
    }

    private String str(long off, long at) throws BtfException {
        if (off >= strings.length) {
            throw new BtfException("string offset " + off + " is outside the BTF string section (" + strings.length
                    + " bytes)", at);
        }
        return string((int) off);
    }

    /** The NUL-terminated string at {@code off} of the string section; empty when outside it. */
    public String string(int off) {
        if (off < 0 || off >= strings.length) {
            return "";
        }
        int e = off;
        while (e < strings.length && strings[e] != 0) {
            e++;
        }
        return new String(strings, off, e - off, StandardCharsets.UTF_8);
    }

    /** Whether {@code off} is inside the string section. */
    public boolean hasString(long off) {
        return off >= 0 && off < strings.length;
    }

    /** The number of types, void included. */
    public int count() {
        return types.size();
    }

    public BtfType type(int id) {
        return types.get(id);
    }

    /** The type {@code id} names once typedefs and qualifiers (const, volatile, ...) are skipped. */
    public int skipQualifiers(int id) throws BtfException {
        for (int depth = 0; depth < MAX_RESOLVE_DEPTH; depth++) {
            if (!(types.get(id) instanceof BtfType.Ref r)) {
                return id;
            }
            id = r.type();
        }
        throw new BtfException("type " + id + ": typedef or qualifier chain deeper than " + MAX_RESOLVE_DEPTH, -1);
    }

    /** The size in bytes of a value of type {@code id} (kernel: btf_resolve_size). */
    public long size(int id) throws BtfException {
        long n = 1;
        for (int depth = 0; depth < MAX_RESOLVE_DEPTH; depth++) {
            BtfType t = types.get(id);
            switch (t) {
                case BtfType.Int i -> {
                    return n * i.size();
                }
                case BtfType.Ptr p -> {
                    return n * 8;
                }
                case BtfType.Struct s -> {
                    return n * s.size();
                }
                case BtfType.Enum e -> {
                    return n * e.size();
                }
                case BtfType.Float f -> {
                    return n * f.size();
                }
                case BtfType.Datasec d -> {
                    return n * d.size();
                }
                case BtfType.Ref r -> id = r.type();
                case BtfType.Var v -> id = v.type();
                case BtfType.Array a -> {
                    n *= Integer.toUnsignedLong(a.nelems());
                    id = a.elemType();
                }
                default -> throw new BtfException("type " + id + " (" + describe(id) + ") has no size", -1);
            }
        }
        throw new BtfException("type " + id + ": type chain deeper than " + MAX_RESOLVE_DEPTH, -1);
    }

    /** Ids of the types named {@code name}, ascending. */
    public List<Integer> byName(String name) {
        if (byName == null) {
            Map<String, List<Integer>> m = new HashMap<>();
            for (int i = 1; i < types.size(); i++) {
                String n = types.get(i).name();
                if (!n.isEmpty()) {
                    m.computeIfAbsent(n, k -> new ArrayList<>(1)).add(i);
                }
            }
            byName = m;
        }
        return byName.getOrDefault(name, List.of());
    }

    /** The DATASEC named {@code name} (".maps", ".data", ".kconfig"), with its id. */
    public Optional<Integer> datasec(String name) {
        return byName(name).stream().filter(i -> types.get(i) instanceof BtfType.Datasec).findFirst();
    }

    /** A C-like name of a type for messages: {@code struct foo}, {@code u32}, {@code type 42}. */
    public String describe(int id) {
        BtfType t = types.get(id);
        String n = t.name();
        return switch (t) {
            case BtfType.Void v -> "void";
            case BtfType.Struct s -> (s.union() ? "union " : "struct ") + (n.isEmpty() ? "<anon>" : n);
            case BtfType.Enum e -> "enum " + (n.isEmpty() ? "<anon>" : n);
            case BtfType.Fwd f -> (f.union() ? "union " : "struct ") + n;
            case BtfType.Ptr p -> "pointer";
            case BtfType.Array a -> "array";
            default -> n.isEmpty() ? t.kind().name().toLowerCase() + " (type " + id + ")" : n;
        };
    }

    static int u16(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    static long u32(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
    }
}
