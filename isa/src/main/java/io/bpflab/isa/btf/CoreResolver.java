package io.bpflab.isa.btf;

import io.bpflab.isa.btf.BtfExt.CoreKind;
import io.bpflab.isa.btf.BtfExt.CoreRelo;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves CO-RE relocations of a program's BTF against a target (kernel) BTF the way
 * libbpf's relo_core.c does: the local type's "essential" name (without a {@code ___flavour}
 * suffix) selects candidate target types of the same kind; the access string (member and
 * array indices, {@code 0:2:1}) is replayed on each candidate, matching members by name
 * (through anonymous structs and unions), and every candidate that matches must give the
 * same value.
 */
public final class CoreResolver {

    private final Btf local;
    private final Btf target;

    public CoreResolver(Btf local, Btf target) {
        this.local = local;
        this.target = target;
    }

    /**
     * A resolved relocation: the value for the instruction, and for a field's byte offset
     * the field's size in the target (a load of the field takes that size), else 0.
     */
    public record Resolution(long value, int targetFieldSize) {
    }

    /** A member found by name, with its offset from the start of the outer type. */
    private record Found(int type, long bitOffset, int bitfieldSize) {
    }

    /**
     * @throws BtfException with a message naming the relocation (kind, local type, access
     *                      path) and why it does not resolve
     */
    public Resolution resolve(CoreRelo r) throws BtfException {
        if (Integer.toUnsignedLong(r.typeId()) >= local.count() || r.typeId() == 0) {
            throw new BtfException("CO-RE relocation " + r.kind().libbpfName() + " names local type " + r.typeId()
                    + ", which does not exist", -1);
        }
        if (!local.hasString(r.accessStrOff())) {
            throw new BtfException("CO-RE relocation access string offset " + r.accessStrOff()
                    + " is outside the BTF strings", -1);
        }
        String access = local.string(r.accessStrOff());
        int[] spec = parseAccess(access, r);
        String what = r.kind().libbpfName() + " of " + describePath(r.typeId(), spec, r.kind()) + " (access " + access + ")";
        try {
            return switch (r.kind()) {
                case FIELD_BYTE_OFFSET, FIELD_BYTE_SIZE, FIELD_EXISTS, FIELD_SIGNED, FIELD_LSHIFT_U64,
                     FIELD_RSHIFT_U64 -> field(r.typeId(), spec, r.kind());
                case TYPE_ID_LOCAL -> new Resolution(r.typeId(), 0);
                case TYPE_ID_TARGET, TYPE_EXISTS, TYPE_SIZE, TYPE_MATCHES -> type(r.typeId(), r.kind());
                case ENUMVAL_EXISTS, ENUMVAL_VALUE -> enumValue(r.typeId(), spec, r.kind());
            };
        } catch (BtfException e) {
            throw new BtfException("CO-RE relocation " + what + ": " + e.getMessage(), -1);
        }
    }

    private int[] parseAccess(String access, CoreRelo r) throws BtfException {
        String[] parts = access.split(":", -1);
        if (access.isEmpty() || parts.length > 64) {
            throw new BtfException("CO-RE relocation " + r.kind().libbpfName() + " has a bad access string '" + access + "'", -1);
        }
        int[] spec = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                spec[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                spec[i] = -1;
            }
            if (spec[i] < 0) {
                throw new BtfException("CO-RE relocation " + r.kind().libbpfName() + " has a bad access string '" + access + "'", -1);
            }
        }
        return spec;
    }

    /** {@code struct foo.bar[2].baz} for messages; the bare type where the path does not walk. */
    private String describePath(int typeId, int[] spec, CoreKind kind) {
        StringBuilder sb = new StringBuilder(local.describe(typeId));
        try {
            if (kind.ordinal() <= CoreKind.FIELD_RSHIFT_U64.ordinal()) {
                int id = local.skipQualifiers(typeId);
                for (int i = 1; i < spec.length; i++) {
                    BtfType t = local.type(local.skipQualifiers(id));
                    if (t instanceof BtfType.Struct s && spec[i] < s.members().size()) {
                        BtfType.Member m = s.members().get(spec[i]);
                        sb.append('.').append(m.name());
                        id = m.type();
                    } else if (t instanceof BtfType.Array a) {
                        sb.append('[').append(spec[i]).append(']');
                        id = a.elemType();
                    } else {
                        break;
                    }
                }
            } else if (kind == CoreKind.ENUMVAL_EXISTS || kind == CoreKind.ENUMVAL_VALUE) {
                if (local.type(local.skipQualifiers(typeId)) instanceof BtfType.Enum e && spec[0] < e.values().size()) {
                    sb.append("::").append(e.values().get(spec[0]).name());
                }
            }
        } catch (BtfException e) {
            return sb.toString();
        }
        return sb.toString();
    }

    /** libbpf: bpf_core_essential_name_len: the name up to its last {@code ___flavour} suffix. */
    static String essential(String name) {
        for (int i = name.length() - 5; i >= 0; i--) {
            if (name.charAt(i) != '_' && name.startsWith("___", i + 1) && name.charAt(i + 4) != '_') {
                return name.substring(0, i + 1);
            }
        }
        return name;
    }

    private static boolean composite(BtfType t) {
        return t instanceof BtfType.Struct || t instanceof BtfType.Fwd;
    }

    /** Target types of the local type's kind whose essential name is the same. */
    private List<Integer> candidates(int localId) throws BtfException {
        int id = local.skipQualifiers(localId);
        BtfType lt = local.type(id);
        String name = essential(lt.name());
        if (name.isEmpty()) {
            throw new BtfException("the local type is anonymous, so it cannot be matched by name", -1);
        }
        List<Integer> out = new ArrayList<>();
        for (int c : target.byName(name)) {
            BtfType tt = target.type(c);
            boolean sameKind = lt instanceof BtfType.Struct ls ? tt instanceof BtfType.Struct ts && ls.union() == ts.union()
                    : lt instanceof BtfType.Enum ? tt instanceof BtfType.Enum
                    : tt.kind() == lt.kind();
            if (sameKind) {
                out.add(c);
            }
        }
        if (out.isEmpty() && !(lt instanceof BtfType.Struct)) {
            // typedef'd names: libbpf compares the kinds of the named types, which for a
            // typedef is the typedef itself
            for (int c : target.byName(name)) {
                if (target.type(c).kind() == local.type(localId).kind()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private Resolution field(int typeId, int[] spec, CoreKind kind) throws BtfException {
        List<Integer> cands = candidates(typeId);
        Resolution found = null;
        String why = "the kernel has no type named '" + essential(local.type(local.skipQualifiers(typeId)).name()) + "'";
        for (int cand : cands) {
            String[] reason = new String[1];
            Resolution r = matchField(typeId, cand, spec, kind, reason);
            if (r == null) {
                why = reason[0];
                continue;
            }
            if (found != null && found.value() != r.value()) {
                throw new BtfException("ambiguous: kernel types " + target.describe(cand) + " give " + found.value()
                        + " and " + r.value(), -1);
            }
            found = r;
        }
        if (found == null) {
            if (kind == CoreKind.FIELD_EXISTS) {
                return new Resolution(0, 0);
            }
            throw new BtfException(why, -1);
        }
        return found;
    }

    /** The relocation's value against one candidate; null (with a reason) when the path does not exist there. */
    private Resolution matchField(int localRoot, int targetRoot, int[] spec, CoreKind kind, String[] reason)
            throws BtfException {
        int lid = local.skipQualifiers(localRoot);
        int tid = target.skipQualifiers(targetRoot);
        long bitOff = spec[0] == 0 ? 0 : (long) spec[0] * target.size(tid) * 8;
        int bitfield = 0;
        for (int i = 1; i < spec.length; i++) {
            BtfType lt = local.type(local.skipQualifiers(lid));
            BtfType tt = target.type(target.skipQualifiers(tid));
            if (lt instanceof BtfType.Struct ls) {
                if (spec[i] >= ls.members().size()) {
                    throw new BtfException("member index " + spec[i] + " is outside " + local.describe(lid), -1);
                }
                BtfType.Member lm = ls.members().get(spec[i]);
                if (!(tt instanceof BtfType.Struct ts)) {
                    reason[0] = "the kernel's " + target.describe(tid) + " is not a struct or union";
                    return null;
                }
                Found f = lm.name().isEmpty() ? (spec[i] < ts.members().size()
                        ? new Found(ts.members().get(spec[i]).type(), ts.members().get(spec[i]).bitOffset(),
                        ts.members().get(spec[i]).bitfieldSize()) : null)
                        : findMember(ts, lm.name(), 0);
                if (f == null) {
                    reason[0] = "the kernel's " + target.describe(tid) + " has no field '" + lm.name() + "'";
                    return null;
                }
                if (!compatible(lm.type(), f.type())) {
                    reason[0] = "field '" + lm.name() + "' has an incompatible type in the kernel ("
                            + target.describe(target.skipQualifiers(f.type())) + ")";
                    return null;
                }
                bitOff += f.bitOffset();
                bitfield = f.bitfieldSize();
                lid = lm.type();
                tid = f.type();
            } else if (lt instanceof BtfType.Array la) {
                if (!(tt instanceof BtfType.Array ta)) {
                    reason[0] = "the kernel's type at index " + i + " of the access path is not an array";
                    return null;
                }
                if (ta.nelems() != 0 && Integer.toUnsignedLong(spec[i]) >= Integer.toUnsignedLong(ta.nelems())) {
                    reason[0] = "array index " + spec[i] + " is outside the kernel's array of " + ta.nelems();
                    return null;
                }
                bitOff += (long) spec[i] * target.size(ta.elemType()) * 8;
                bitfield = 0;
                lid = la.elemType();
                tid = ta.elemType();
            } else {
                throw new BtfException("access index " + i + " walks into " + local.describe(lid)
                        + ", which is neither a struct, a union nor an array", -1);
            }
        }
        int t = target.skipQualifiers(tid);
        BtfType ft = target.type(t);
        long byteOff;
        long byteSize;
        if (bitfield == 0) {
            byteSize = target.size(t);
            byteOff = bitOff / 8;
        } else {
            // libbpf: bpf_core_calc_field_relo: the smallest naturally aligned load holding the bits
            byteSize = target.size(t);
            byteOff = bitOff / 8 / byteSize * byteSize;
            while (bitOff + bitfield - byteOff * 8 > byteSize * 8) {
                if (byteSize >= 8) {
                    throw new BtfException("bitfield does not fit in a 64-bit load", -1);
                }
                byteSize *= 2;
                byteOff = bitOff / 8 / byteSize * byteSize;
            }
        }
        long value = switch (kind) {
            case FIELD_BYTE_OFFSET -> byteOff;
            case FIELD_BYTE_SIZE -> byteSize;
            case FIELD_EXISTS -> 1;
            case FIELD_SIGNED -> ft instanceof BtfType.Enum e ? (e.signed() ? 1 : 0)
                    : ft instanceof BtfType.Int in && in.signed() ? 1 : 0;
            case FIELD_LSHIFT_U64 -> bitfield == 0 ? 64 - byteSize * 8 : 64 - (bitOff + bitfield - byteOff * 8);
            case FIELD_RSHIFT_U64 -> bitfield == 0 ? 64 - byteSize * 8 : 64 - bitfield;
            default -> throw new IllegalStateException(kind.name());
        };
        return new Resolution(value, kind == CoreKind.FIELD_BYTE_OFFSET && bitfield == 0 ? (int) byteSize : 0);
    }

    /** A member of {@code s} named {@code name}, looking through anonymous struct and union members. */
    private Found findMember(BtfType.Struct s, String name, int depth) throws BtfException {
        if (depth > Btf.MAX_RESOLVE_DEPTH) {
            return null;
        }
        for (BtfType.Member m : s.members()) {
            if (m.name().equals(name)) {
                return new Found(m.type(), m.bitOffset(), m.bitfieldSize());
            }
            if (m.name().isEmpty() && target.type(target.skipQualifiers(m.type())) instanceof BtfType.Struct inner) {
                Found f = findMember(inner, name, depth + 1);
                if (f != null) {
                    return new Found(f.type(), m.bitOffset() + f.bitOffset(), f.bitfieldSize());
                }
            }
        }
        return null;
    }

    /** libbpf: bpf_core_fields_are_compat. */
    private boolean compatible(int localId, int targetId) throws BtfException {
        for (int depth = 0; depth < Btf.MAX_RESOLVE_DEPTH; depth++) {
            BtfType l = local.type(local.skipQualifiers(localId));
            BtfType t = target.type(target.skipQualifiers(targetId));
            if (composite(l) && composite(t)) {
                return true;
            }
            boolean scalarL = l instanceof BtfType.Int || l instanceof BtfType.Enum;
            boolean scalarT = t instanceof BtfType.Int || t instanceof BtfType.Enum;
            if (scalarL && scalarT) {
                return true;
            }
            if (l instanceof BtfType.Ptr && t instanceof BtfType.Ptr || l instanceof BtfType.Float && t instanceof BtfType.Float) {
                return true;
            }
            if (l instanceof BtfType.Array la && t instanceof BtfType.Array ta) {
                localId = la.elemType();
                targetId = ta.elemType();
                continue;
            }
            return false;
        }
        return false;
    }

    private Resolution type(int typeId, CoreKind kind) throws BtfException {
        List<Integer> cands = candidates(typeId);
        if (cands.isEmpty()) {
            if (kind == CoreKind.TYPE_EXISTS || kind == CoreKind.TYPE_MATCHES) {
                return new Resolution(0, 0);
            }
            throw new BtfException("the kernel has no type named '" + essential(local.type(local.skipQualifiers(typeId)).name()) + "'", -1);
        }
        int c = cands.getFirst();
        return switch (kind) {
            case TYPE_EXISTS, TYPE_MATCHES -> new Resolution(1, 0);
            case TYPE_ID_TARGET -> new Resolution(c, 0);
            case TYPE_SIZE -> {
                long size = target.size(c);
                for (int other : cands) {
                    if (target.size(other) != size) {
                        throw new BtfException("ambiguous: kernel types of that name have sizes " + size + " and "
                                + target.size(other), -1);
                    }
                }
                yield new Resolution(size, 0);
            }
            default -> throw new IllegalStateException(kind.name());
        };
    }

    private Resolution enumValue(int typeId, int[] spec, CoreKind kind) throws BtfException {
        if (!(local.type(local.skipQualifiers(typeId)) instanceof BtfType.Enum le) || spec[0] >= le.values().size()) {
            throw new BtfException("does not name a value of a local enum", -1);
        }
        String want = essential(le.values().get(spec[0]).name());
        Long value = null;
        for (int c : candidates(typeId)) {
            if (target.type(c) instanceof BtfType.Enum te) {
                for (BtfType.EnumValue v : te.values()) {
                    if (essential(v.name()).equals(want)) {
                        if (value != null && value != v.value()) {
                            throw new BtfException("ambiguous: the kernel's enums give " + value + " and " + v.value(), -1);
                        }
                        value = v.value();
                    }
                }
            }
        }
        if (kind == CoreKind.ENUMVAL_EXISTS) {
            return new Resolution(value == null ? 0 : 1, 0);
        }
        if (value == null) {
            throw new BtfException("the kernel has no enum value '" + want + "' in an enum named '"
                    + essential(le.name()) + "'", -1);
        }
        return new Resolution(value, 0);
    }
}
