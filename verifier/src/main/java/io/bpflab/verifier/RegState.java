package io.bpflab.verifier;

/**
 * What a register holds on one path (kernel: the type of {@code struct bpf_reg_state}). So
 * far the explorer knows scalars, the context pointer and pointers into the stack.
 */
public sealed interface RegState {

    /** Never written on this path (kernel: NOT_INIT); reading it is "R%d !read_ok". */
    record NotInit() implements RegState {
    }

    /**
     * A number (kernel: SCALAR_VALUE). Registers copied from one another share a non-zero
     * {@code id}, so that what a branch learns about one holds for the others (kernel:
     * linked scalars); {@code addConst} marks a copy that has since had the constant
     * {@code off} added (kernel: BPF_ADD_CONST).
     */
    record ScalarReg(Scalar value, int id, boolean addConst, int off) implements RegState {
        public ScalarReg {
            java.util.Objects.requireNonNull(value);
        }

        /** A scalar linked to no other register. */
        public ScalarReg(Scalar value) {
            this(value, 0, false, 0);
        }

        /** The same value, linked to nothing (kernel: clear_scalar_id). */
        public ScalarReg unlinked() {
            return new ScalarReg(value, 0, false, 0);
        }
    }

    /** The context pointer R1 holds at entry (kernel: PTR_TO_CTX, offset 0). */
    record Ctx() implements RegState {
    }

    /**
     * A pointer into the stack of frame {@code frameno} of the call chain at a constant offset
     * (kernel: PTR_TO_STACK with a known var_off of 0, {@code off} and {@code frameno}); R10
     * starts as {@code StackPtr(0, n)} in frame n, the frame pointer.
     */
    record StackPtr(int off, int frameno) implements RegState {
        /** A pointer into the stack of frame 0. */
        public StackPtr(int off) {
            this(off, 0);
        }

        /** The same frame, moved to {@code newOff}. */
        public StackPtr withOff(int newOff) {
            return new StackPtr(newOff, frameno);
        }
    }

    /**
     * Any other pointer (kernel: a {@code bpf_reg_state} of a pointer type): its kind and
     * modifier flags ({@link io.bpflab.isa.linux.TypeFlag#bit()} values: may be null,
     * read-only, ring buffer, trusted), the fixed offset {@code off} and the variable part
     * {@code var} (known 0 when the offset is fixed), the {@code id} that null checks and
     * packet range learning propagate by, the reference it holds ({@code refObjId}, 0 for
     * none), the bytes a packet pointer is known to have after it ({@code range}; negative
     * for the kernel's BEYOND_PKT_END / AT_PKT_END), the map it refers to, the size of the
     * memory it points to ({@code memSize}), and the BTF struct name for {@link PtrKind#BTF_ID}.
     */
    record Pointer(PtrKind kind, int flags, int off, Scalar var, int id, int refObjId, int range,
                   io.bpflab.isa.elf.MapDef map, int memSize, String btf) implements RegState {
        public Pointer {
            java.util.Objects.requireNonNull(kind);
            java.util.Objects.requireNonNull(var);
            java.util.Objects.requireNonNull(btf);
        }

        /** A pointer of {@code kind} at offset 0 with no flags, id or map. */
        static Pointer of(PtrKind kind) {
            return new Pointer(kind, 0, 0, Scalar.known(0), 0, 0, 0, null, 0, "");
        }

        boolean has(io.bpflab.isa.linux.TypeFlag f) {
            return (flags & f.bit()) != 0;
        }

        boolean maybeNull() {
            return has(io.bpflab.isa.linux.TypeFlag.PTR_MAYBE_NULL);
        }

        Pointer withFlags(int f) {
            return new Pointer(kind, f, off, var, id, refObjId, range, map, memSize, btf);
        }

        Pointer withOff(int o, Scalar v) {
            return new Pointer(kind, flags, o, v, id, refObjId, range, map, memSize, btf);
        }

        Pointer withId(int i) {
            return new Pointer(kind, flags, off, var, i, refObjId, range, map, memSize, btf);
        }

        Pointer withRef(int r) {
            return new Pointer(kind, flags, off, var, id, r, range, map, memSize, btf);
        }

        Pointer withRange(int r) {
            return new Pointer(kind, flags, off, var, id, refObjId, r, map, memSize, btf);
        }

        Pointer withMap(io.bpflab.isa.elf.MapDef m) {
            return new Pointer(kind, flags, off, var, id, refObjId, range, m, memSize, btf);
        }

        Pointer withMemSize(int size) {
            return new Pointer(kind, flags, off, var, id, refObjId, range, map, size, btf);
        }

        Pointer withBtf(String name) {
            return new Pointer(kind, flags, off, var, id, refObjId, range, map, memSize, name);
        }

        /** The flags reg_type_str spells before the kind, in its order. */
        private static final java.util.List<java.util.Map.Entry<io.bpflab.isa.linux.TypeFlag, String>> TYPE_PREFIXES =
                java.util.List.of(
                java.util.Map.entry(io.bpflab.isa.linux.TypeFlag.MEM_RDONLY, "rdonly_"),
                java.util.Map.entry(io.bpflab.isa.linux.TypeFlag.MEM_RINGBUF, "ringbuf_"),
                java.util.Map.entry(io.bpflab.isa.linux.TypeFlag.MEM_PERCPU, "percpu_"),
                java.util.Map.entry(io.bpflab.isa.linux.TypeFlag.MEM_RCU, "rcu_"),
                java.util.Map.entry(io.bpflab.isa.linux.TypeFlag.PTR_UNTRUSTED, "untrusted_"),
                java.util.Map.entry(io.bpflab.isa.linux.TypeFlag.PTR_TRUSTED, "trusted_"));

        /** kernel: reg_type_str; {@code map_value_or_null}, {@code rdonly_mem}, {@code ptr_or_null_sock}. */
        String typeName() {
            StringBuilder sb = new StringBuilder();
            for (java.util.Map.Entry<io.bpflab.isa.linux.TypeFlag, String> p : TYPE_PREFIXES) {
                if (has(p.getKey())) {
                    sb.append(p.getValue());
                }
            }
            sb.append(kind.logName);
            if (maybeNull()) {
                sb.append(kind == PtrKind.BTF_ID ? "or_null_" : "_or_null");
            }
            return sb.toString();
        }

        /** kernel: print_reg_state for a pointer. */
        String renderPointer() {
            StringBuilder sb = new StringBuilder(typeName());
            if (kind == PtrKind.STACK && var.isConst()) {
                return sb.append(LogFormat.signed(var.varOff().value() + off)).toString();
            }
            if (kind == PtrKind.BTF_ID) {
                sb.append(btf);
            }
            sb.append('(');
            String sep = "";
            if (id != 0) {
                sb.append("id=").append(id);
                sep = ",";
            }
            if (refObjId != 0) {
                sb.append(sep).append("ref_obj_id=").append(refObjId);
                sep = ",";
            }
            if (kind.hasMap() && map != null) {
                if (!map.name().isEmpty()) {
                    sb.append(sep).append("map=").append(map.name());
                    sep = ",";
                }
                sb.append(sep).append("ks=").append(map.keySize()).append(",vs=").append(map.valueSize());
                sep = ",";
            }
            if (off != 0) {
                sb.append(sep).append("off=").append(LogFormat.signed(off));
                sep = ",";
            }
            if (kind.isPacket()) {
                sb.append(sep).append("r=").append(LogFormat.unsigned(range));
                sep = ",";
            }
            if (kind == PtrKind.MEM) {
                sb.append(sep).append("sz=").append(LogFormat.unsigned(memSize));
                sep = ",";
            }
            if (var.isConst()) {
                if (var.varOff().value() != 0) {
                    sb.append(sep).append("imm=").append(LogFormat.signed(var.varOff().value()));
                }
            } else {
                sep = LogFormat.ranges(sb, var, sep);
                if (!var.varOff().isUnknown()) {
                    sb.append(sep).append("var_off=").append(var.varOff());
                }
            }
            return sb.append(')').toString();
        }
    }

    /** The frame pointer R10. */
    RegState FRAME_POINTER = new StackPtr(0);

    RegState NOT_INIT = new NotInit();

    default boolean isPointer() {
        return this instanceof Ctx || this instanceof StackPtr || this instanceof Pointer;
    }

    /** kernel: reg_type_str, the register's type as messages name it: {@code scalar}, {@code fp}, {@code map_value_or_null}. */
    static String typeOf(RegState r) {
        return switch (r) {
            case NotInit n -> "?";
            case ScalarReg s -> "scalar";
            case Ctx c -> "ctx";
            case StackPtr s -> "fp";
            case Pointer p -> p.typeName();
        };
    }

    /** As the log prints it: {@code ctx()}, {@code fp0}, {@code 42}, {@code scalar(...)}. */
    default String render() {
        return render(0);
    }

    /**
     * As the log prints it in frame {@code frameno}: a pointer into another frame's stack
     * names that frame ({@code fp[0]-8}, kernel: print_reg_state).
     */
    default String render(int frameno) {
        return switch (this) {
            case NotInit n -> "?";
            case ScalarReg s -> s.id() == 0 ? LogFormat.scalar(s.value())
                : s.addConst() ? LogFormat.scalarLinked(s.value(), false, s.id(), s.off())
                : LogFormat.scalar(s.value(), false, s.id());
            case Ctx c -> "ctx()";
            case StackPtr p -> "fp" + (p.frameno() != frameno ? "[" + p.frameno() + "]" : "") + p.off();
            case Pointer p -> p.renderPointer();
        };
    }
}
