package io.bpflab.isa.btf;

import java.util.List;

/**
 * One BTF type record. Type references are type ids into the same {@link Btf} (0 is void).
 * Kinds that only qualify another type (typedef, const, volatile, restrict, type tag) are
 * {@link Ref}s.
 */
public sealed interface BtfType {

    /** The type's name; empty for anonymous types. */
    String name();

    BtfKind kind();

    /** Type 0. */
    record Void() implements BtfType {
        public String name() {
            return "void";
        }

        public BtfKind kind() {
            return BtfKind.UNKN;
        }
    }

    /** BTF_INT_SIGNED = 1, BTF_INT_CHAR = 2, BTF_INT_BOOL = 4. */
    record Int(String name, int size, int encoding, int bitOffset, int bits) implements BtfType {
        public BtfKind kind() {
            return BtfKind.INT;
        }

        public boolean signed() {
            return (encoding & 1) != 0;
        }
    }

    record Ptr(int type) implements BtfType {
        public String name() {
            return "";
        }

        public BtfKind kind() {
            return BtfKind.PTR;
        }
    }

    record Array(int elemType, int indexType, int nelems) implements BtfType {
        public String name() {
            return "";
        }

        public BtfKind kind() {
            return BtfKind.ARRAY;
        }
    }

    /** A struct or union member; {@code bitfieldSize} is 0 for a plain member. */
    record Member(String name, int type, int bitOffset, int bitfieldSize) {
    }

    record Struct(String name, int size, boolean union, List<Member> members) implements BtfType {
        public BtfKind kind() {
            return union ? BtfKind.UNION : BtfKind.STRUCT;
        }
    }

    record EnumValue(String name, long value) {
    }

    /** ENUM and ENUM64. */
    record Enum(String name, int size, boolean signed, boolean wide, List<EnumValue> values) implements BtfType {
        public BtfKind kind() {
            return wide ? BtfKind.ENUM64 : BtfKind.ENUM;
        }
    }

    record Fwd(String name, boolean union) implements BtfType {
        public BtfKind kind() {
            return BtfKind.FWD;
        }
    }

    /** TYPEDEF, VOLATILE, CONST, RESTRICT and TYPE_TAG: a name or qualifier over {@code type}. */
    record Ref(BtfKind kind, String name, int type) implements BtfType {
    }

    /** {@code linkage}: 0 static, 1 global, 2 extern (BTF_FUNC_*). */
    record Func(String name, int type, int linkage) implements BtfType {
        public BtfKind kind() {
            return BtfKind.FUNC;
        }
    }

    record Param(String name, int type) {
    }

    record FuncProto(int returnType, List<Param> params) implements BtfType {
        public String name() {
            return "";
        }

        public BtfKind kind() {
            return BtfKind.FUNC_PROTO;
        }
    }

    /** {@code linkage}: 0 static, 1 global allocated, 2 extern (BTF_VAR_*). */
    record Var(String name, int type, int linkage) implements BtfType {
        public BtfKind kind() {
            return BtfKind.VAR;
        }
    }

    /** A variable of a data section: its VAR type id, offset and size in the section. */
    record VarSecInfo(int type, int offset, int size) {
    }

    record Datasec(String name, int size, List<VarSecInfo> vars) implements BtfType {
        public BtfKind kind() {
            return BtfKind.DATASEC;
        }
    }

    record Float(String name, int size) implements BtfType {
        public BtfKind kind() {
            return BtfKind.FLOAT;
        }
    }

    record DeclTag(String name, int type, int componentIdx) implements BtfType {
        public BtfKind kind() {
            return BtfKind.DECL_TAG;
        }
    }
}
