package io.bpflab.verifier;

import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.ArgSpec;
import io.bpflab.isa.linux.ArgType;
import io.bpflab.isa.linux.Helper;
import io.bpflab.isa.linux.HelperProto;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ReturnSpec;
import io.bpflab.isa.linux.TypeFlag;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call of a kernel helper (kernel: check_helper_call): the helper must exist and be offered
 * to the program type ({@link HelperProto#forProgramType}), GPL-only helpers need a
 * GPL-compatible license, each argument register must hold what the prototype asks for
 * (check_func_arg: map pointers, key and value memory of the map's sizes, memory with a
 * constant size, the context, sockets, ...), the map must suit the helper
 * (check_map_func_compatibility); then r1-r5 become unreadable and r0 takes the
 * prototype's return kind, with a fresh id for what may be null and a reference for what
 * an acquiring helper returns.
 */
final class HelperCall {
    /** The part of the verifier state a call reads and changes. */
    interface Machine {
        RegState[] regs();

        StackState stack();

        int newId();

        /** The stack bytes the frame uses reach {@code bytes} (kernel: grow_stack_state, stack_depth). */
        void stackUsed(int bytes);

        LoadAttrs attrs();

        boolean privileged();

        /** Where the state's references are kept (the main frame's, as the kernel keeps them per state). */
        StackState refs();

        /** Every frame of the state, the current one last. */
        Frame[] frames();
    }

    /** kernel: BPF_MAX_VAR_SIZ. */
    private static final long MAX_VAR_SIZ = 1L << 29;

    /** kernel: is_acquire_function, for helpers. */
    private static final Set<Helper> ACQUIRE = Set.of(Helper.SK_LOOKUP_TCP, Helper.SK_LOOKUP_UDP,
        Helper.SKC_LOOKUP_TCP, Helper.RINGBUF_RESERVE, Helper.KPTR_XCHG);

    /** What the arguments told the call (kernel: struct bpf_call_arg_meta). */
    private static final class Meta {
        MapDef map;
        int releaseRegno;
        int refObjId;
        long memSize = -1;
        RegState.StackPtr rawStack;
        int rawSize;
        /** kernel: meta->const_map_key, the lookup key when the stack holds a known one, else -1. */
        long constKey = -1;
    }

    private HelperCall() {
    }

    /** The log name of a helper id: {@code bpf_map_lookup_elem}, or {@code unknown}. */
    static String name(int id) {
        return Helper.byId(id).map(Helper::kernelName).orElse("unknown");
    }

    static void call(Machine m, int id, int insn) throws Refusal {
        Helper helper = Helper.byId(id).filter(h -> h != Helper.UNSPEC || id == 0).orElse(null);
        if (helper == null || id < 0) {
            throw new Refusal("invalid func " + name(id) + "#" + id);
        }
        if (m.attrs().type().funcProtoChain().isEmpty()) {
            throw new Refusal(PathExplorer.notModelledText("helper calls from " + m.attrs().type().shortName()
                + " programs"));
        }
        HelperProto proto = HelperOffer.proto(helper, m.attrs().type(), m.privileged()).orElse(null);
        if (proto == null || !m.privileged() && !Unprivileged.allows(helper, proto, m.attrs().type())) {
            throw new Refusal("program of this type cannot use helper " + helper.kernelName() + "#" + id);
        }
        if (!m.attrs().gplCompatible() && proto.gplOnly()) {
            throw new Refusal("cannot call GPL-restricted function from non-GPL compatible program");
        }
        if (proto.mightSleep()) {
            throw new Refusal("helper call might sleep in a non-sleepable prog");
        }
        Meta meta = new Meta();
        for (int a = 1; a <= HelperProto.MAX_ARGS; a++) {
            arg(m, proto, a, meta);
        }
        RegState[] regs = m.regs();
        if (meta.rawStack != null) {
            // kernel: the helper fills memory it was given uninitialised, byte by byte
            writeStack(m.stack(), meta.rawStack.off(), meta.rawSize);
        }
        if (meta.releaseRegno != 0) {
            RegState r = regs[meta.releaseRegno];
            boolean isNull = r instanceof RegState.ScalarReg s && s.value().isConst() && s.value().varOff().value() == 0;
            if (!isNull) {
                int ref = ((RegState.Pointer) r).refObjId();
                if (!m.refs().release(ref)) {
                    throw new Refusal("func " + helper.kernelName() + "#" + id + " reference has not been acquired before");
                }
                invalidate(m, ref);
            }
        }
        if (helper == Helper.TAIL_CALL && meta.map != null && LoadAttrs.mapType(meta.map) != MapType.PROG_ARRAY) {
            throw new Refusal("expected prog array map for tail call");
        }
        if (helper == Helper.TAIL_CALL && !m.refs().refs().isEmpty()) {
            throw new Refusal("tail_call would lead to reference leak");
        }
        for (int r = 1; r <= 5; r++) {
            regs[r] = RegState.NOT_INIT;
        }
        regs[0] = result(m, proto, meta, helper, id);
        mapCompatible(meta.map, helper, id);
        if (ACQUIRE.contains(helper) || helper == Helper.MAP_LOOKUP_ELEM && meta.map != null
                && (LoadAttrs.mapType(meta.map) == MapType.SOCKMAP || LoadAttrs.mapType(meta.map) == MapType.SOCKHASH)) {
            if (regs[0] instanceof RegState.Pointer p) {
                int ref = p.id() != 0 ? p.id() : m.newId();
                m.refs().acquire(ref, insn);
                regs[0] = p.withId(ref).withRef(ref);
            }
        }
    }

    /** 6.18 kernel: can_elide_value_nullness; arrays, whose every key below max_entries exists. */
    private static boolean elidesNull(MapDef map) {
        MapType t = LoadAttrs.mapType(map);
        return t == MapType.ARRAY || t == MapType.PERCPU_ARRAY;
    }

    /**
     * 6.18 kernel: get_constant_map_key; a key of zero bytes, or a spilled constant of exactly
     * the key's size, at a constant stack offset. -1 when the key is not known.
     */
    private static long constantKey(StackState st, int off, int keySize) {
        if (off >= 0 || off < -StackState.MAX_STACK) {
            return -1;
        }
        int slot = -off - 1;
        int spi = slot / StackState.SLOT;
        int at = slot % StackState.SLOT;
        int zeros = 0;
        for (int i = at; i >= 0 && st.slotType(spi, i) == StackState.ZERO; i--) {
            zeros++;
        }
        if (zeros >= keySize) {
            return 0;
        }
        if (!st.isSpill(spi) || !(st.spilled(spi) instanceof RegState.ScalarReg sr)) {
            return -1;
        }
        int spilled = 0;
        for (int i = at; i >= 0 && st.slotType(spi, i) == StackState.SPILL; i--) {
            spilled++;
        }
        if (spilled != keySize || !sr.value().isConst()) {
            return -1;
        }
        return sr.value().varOff().value();
    }

    /** kernel: release_reference; every copy of the released pointer becomes unusable. */
    private static void invalidate(Machine m, int ref) {
        RegState dead = m.privileged() ? new RegState.ScalarReg(Scalar.UNKNOWN) : RegState.NOT_INIT;
        for (Frame f : m.frames()) {
            for (int r = 0; r < f.regs.length; r++) {
                if (f.regs[r] instanceof RegState.Pointer p && p.refObjId() == ref) {
                    f.regs[r] = dead;
                }
            }
            for (int spi = 0; spi < StackState.MAX_STACK / StackState.SLOT; spi++) {
                if (f.stack.isSpill(spi) && f.stack.spilled(spi) instanceof RegState.Pointer p && p.refObjId() == ref) {
                    f.stack.setSpilled(spi, new RegState.ScalarReg(Scalar.UNKNOWN));
                }
            }
        }
    }

    /** What r0 holds after the call (kernel: the switch on the prototype's ret_type). */
    private static RegState result(Machine m, HelperProto proto, Meta meta, Helper helper, int id) throws Refusal {
        ReturnSpec ret = proto.ret();
        int nullFlag = ret.has(TypeFlag.PTR_MAYBE_NULL) ? TypeFlag.PTR_MAYBE_NULL.bit() : 0;
        if (helper == Helper.MAP_LOOKUP_ELEM && meta.map != null && elidesNull(meta.map) && meta.constKey >= 0
                && meta.constKey < Integer.toUnsignedLong(meta.map.maxEntries())) {
            // the 6.18 kernel: an array lookup with a known key in range cannot fail
            nullFlag = 0;
        }
        RegState.Pointer p;
        switch (ret.type()) {
            case RET_INTEGER -> {
                return new RegState.ScalarReg(Scalar.UNKNOWN);
            }
            case RET_VOID -> {
                return RegState.NOT_INIT;
            }
            case RET_PTR_TO_MAP_VALUE -> {
                if (meta.map == null) {
                    throw new Refusal("kernel subsystem misconfigured verifier");
                }
                MapType t = LoadAttrs.mapType(meta.map);
                if (t == MapType.ARRAY_OF_MAPS || t == MapType.HASH_OF_MAPS) {
                    throw new Refusal(PathExplorer.notModelledText("lookups in maps of maps"));
                }
                p = RegState.Pointer.of(PtrKind.MAP_VALUE).withMap(meta.map).withFlags(nullFlag);
            }
            case RET_PTR_TO_SOCKET -> p = RegState.Pointer.of(PtrKind.SOCKET).withFlags(nullFlag);
            case RET_PTR_TO_TCP_SOCK -> p = RegState.Pointer.of(PtrKind.TCP_SOCK).withFlags(nullFlag);
            case RET_PTR_TO_SOCK_COMMON -> p = RegState.Pointer.of(PtrKind.SOCK_COMMON).withFlags(nullFlag);
            case RET_PTR_TO_MEM -> {
                if (!ret.has(TypeFlag.MEM_RINGBUF) || meta.memSize < 0) {
                    throw new Refusal(PathExplorer.notModelledText("the memory " + helper.kernelName() + " returns"));
                }
                p = RegState.Pointer.of(PtrKind.MEM).withFlags(nullFlag | TypeFlag.MEM_RINGBUF.bit())
                    .withMemSize((int) meta.memSize);
            }
            case RET_PTR_TO_BTF_ID -> {
                if (ret.btfType().isEmpty() || ret.btfType().equals(io.bpflab.isa.linux.ArgSpec.BTF_DYNAMIC)) {
                    throw new Refusal(PathExplorer.notModelledText("the BTF pointer " + helper.kernelName() + " returns"));
                }
                int flags = nullFlag | (ret.has(TypeFlag.PTR_TRUSTED) ? TypeFlag.PTR_TRUSTED.bit() : 0);
                p = RegState.Pointer.of(PtrKind.BTF_ID).withFlags(flags).withBtf(ret.btfType());
            }
            default -> throw new Refusal(PathExplorer.notModelledText("the value " + helper.kernelName() + " returns"));
        }
        return nullFlag != 0 ? p.withId(m.newId()) : p;
    }

    /** The kernel's names for each argument kind's compatible register types (compatible_reg_types). */
    private static final Map<ArgType, List<String>> COMPATIBLE = Map.ofEntries(
        Map.entry(ArgType.ARG_PTR_TO_MAP_KEY, memTypes()),
        Map.entry(ArgType.ARG_PTR_TO_MAP_VALUE, memTypes()),
        Map.entry(ArgType.ARG_PTR_TO_MEM, memTypes()),
        Map.entry(ArgType.ARG_CONST_SIZE, List.of("scalar")),
        Map.entry(ArgType.ARG_CONST_SIZE_OR_ZERO, List.of("scalar")),
        Map.entry(ArgType.ARG_CONST_ALLOC_SIZE_OR_ZERO, List.of("scalar")),
        Map.entry(ArgType.ARG_SCALAR, List.of("scalar")),
        Map.entry(ArgType.ARG_CONST_MAP_PTR, List.of("map_ptr")),
        Map.entry(ArgType.ARG_PTR_TO_CTX, List.of("ctx")),
        Map.entry(ArgType.ARG_PTR_TO_SOCK_COMMON, List.of("sock_common", "sock", "tcp_sock", "xdp_sock")),
        Map.entry(ArgType.ARG_PTR_TO_BTF_ID_SOCK_COMMON,
            List.of("sock_common", "sock", "tcp_sock", "xdp_sock", "ptr_", "trusted_ptr_")),
        Map.entry(ArgType.ARG_PTR_TO_SOCKET, List.of("sock")),
        Map.entry(ArgType.ARG_PTR_TO_BTF_ID, List.of("ptr_", "trusted_ptr_", "rcu_ptr_")),
        Map.entry(ArgType.ARG_PTR_TO_SPIN_LOCK, List.of("map_value", "ptr_")),
        Map.entry(ArgType.ARG_PTR_TO_RINGBUF_MEM, List.of("ringbuf_mem")),
        Map.entry(ArgType.ARG_PTR_TO_FUNC, List.of("func")),
        Map.entry(ArgType.ARG_PTR_TO_STACK, List.of("fp")),
        Map.entry(ArgType.ARG_PTR_TO_CONST_STR, List.of("map_value")),
        Map.entry(ArgType.ARG_PTR_TO_TIMER, List.of("map_value")),
        Map.entry(ArgType.ARG_PTR_TO_DYNPTR, List.of("fp", "dynptr_ptr")));

    private static List<String> memTypes() {
        return List.of("fp", "pkt", "pkt_meta", "map_key", "map_value", "mem", "ringbuf_mem", "buf", "trusted_ptr_");
    }

    /** kernel: reg_type_str with the flags the argument allows taken off. */
    private static String typeName(RegState r, ArgSpec arg) {
        return switch (r) {
            case RegState.NotInit n -> "?";
            case RegState.ScalarReg s -> "scalar";
            case RegState.Ctx c -> "ctx";
            case RegState.StackPtr s -> "fp";
            case RegState.Pointer p -> {
                int flags = p.flags();
                if (arg.has(TypeFlag.MEM_RDONLY)) {
                    flags &= ~TypeFlag.MEM_RDONLY.bit();
                }
                if (arg.has(TypeFlag.PTR_MAYBE_NULL)) {
                    flags &= ~TypeFlag.PTR_MAYBE_NULL.bit();
                }
                yield p.withFlags(flags).typeName();
            }
        };
    }

    private static boolean isNull(RegState r) {
        return r instanceof RegState.ScalarReg s && s.value().isConst() && s.value().varOff().value() == 0;
    }

    /** kernel: check_func_arg for argument {@code a} (register r{@code a}). */
    private static void arg(Machine m, HelperProto proto, int a, Meta meta) throws Refusal {
        ArgSpec spec = proto.arg(a);
        ArgType type = spec.type();
        if (type == ArgType.ARG_DONTCARE) {
            return;
        }
        RegState r = m.regs()[a];
        if (r instanceof RegState.NotInit) {
            throw new Refusal("R" + a + " !read_ok");
        }
        if (type == ArgType.ARG_ANYTHING) {
            if (!m.privileged() && r.isPointer()) {
                throw new Refusal("R" + a + " leaks addr into helper function");
            }
            return;
        }
        if (r instanceof RegState.Pointer p && p.kind().isPacket()
                && !(MemoryAccess.directPacketAccess(m.attrs().type(), false) && proto.pktAccess())) {
            throw new Refusal("helper access to the packet is not allowed");
        }
        boolean skipType = isNull(r) && spec.has(TypeFlag.PTR_MAYBE_NULL);
        if (!skipType) {
            List<String> ok = COMPATIBLE.get(type);
            if (ok == null) {
                throw new Refusal(PathExplorer.notModelledText("helper arguments of kind " + type.name()));
            }
            String have = typeName(r, spec);
            if (!ok.contains(have)) {
                throw new Refusal("R" + a + " type=" + RegState.typeOf(r) + " expected=" + String.join(", ", ok));
            }
            if (r instanceof RegState.Pointer p) {
                argOffset(a, p, spec);
            }
        }
        if (spec.has(TypeFlag.OBJ_RELEASE)) {
            boolean referenced = r instanceof RegState.Pointer p && p.refObjId() != 0;
            if (!referenced && !isNull(r)) {
                throw new Refusal("R" + a + " must be referenced when passed to release function");
            }
            meta.releaseRegno = a;
        }
        if (r instanceof RegState.Pointer p && p.refObjId() != 0) {
            meta.refObjId = p.refObjId();
        }
        switch (type) {
            case ARG_CONST_MAP_PTR -> meta.map = ((RegState.Pointer) r).map();
            case ARG_PTR_TO_MAP_KEY -> {
                if (meta.map == null) {
                    throw new Refusal("invalid map_ptr to access map->key");
                }
                if (elidesNull(meta.map) && m.privileged() && r instanceof RegState.StackPtr sp) {
                    meta.constKey = constantKey(m.stack(), sp.off(), meta.map.keySize());
                }
                mem(m, a, r, meta.map.keySize(), false, false, null);
            }
            case ARG_PTR_TO_MAP_VALUE -> {
                if (skipType) {
                    return;
                }
                if (meta.map == null) {
                    throw new Refusal("invalid map_ptr to access map->value");
                }
                mem(m, a, r, meta.map.valueSize(), spec.has(TypeFlag.MEM_WRITE), false,
                    spec.has(TypeFlag.MEM_UNINIT) ? meta : null);
            }
            case ARG_PTR_TO_MEM -> {
                if (spec.has(TypeFlag.MEM_FIXED_SIZE)) {
                    mem(m, a, r, spec.fixedSize(), spec.has(TypeFlag.MEM_WRITE), false,
                        spec.has(TypeFlag.MEM_UNINIT) ? meta : null);
                }
            }
            case ARG_CONST_SIZE, ARG_CONST_SIZE_OR_ZERO -> {
                ArgSpec prev = proto.arg(a - 1);
                size(m, a, (RegState.ScalarReg) r, type == ArgType.ARG_CONST_SIZE_OR_ZERO, prev, meta);
            }
            case ARG_CONST_ALLOC_SIZE_OR_ZERO -> {
                Scalar v = ((RegState.ScalarReg) r).value();
                if (!v.isConst()) {
                    throw new Refusal("R" + a + " is not a known constant'");
                }
                meta.memSize = v.varOff().value();
            }
            case ARG_PTR_TO_SPIN_LOCK, ARG_PTR_TO_TIMER, ARG_PTR_TO_FUNC, ARG_PTR_TO_DYNPTR, ARG_PTR_TO_CONST_STR,
                 ARG_KPTR_XCHG_DEST, ARG_PTR_TO_PERCPU_BTF_ID ->
                throw new Refusal(PathExplorer.notModelledText("helper arguments of kind " + type.name()));
            default -> { }
        }
    }

    /** kernel: check_func_arg_reg_off; most pointers may carry a fixed offset, the others none. */
    private static void argOffset(int a, RegState.Pointer p, ArgSpec spec) throws Refusal {
        switch (p.kind()) {
            case STACK, PACKET, PACKET_META, MAP_KEY, MAP_VALUE -> { }
            case MEM -> {
                if (spec.has(TypeFlag.OBJ_RELEASE) && (p.off() != 0 || !p.var().isConst()
                        || p.var().varOff().value() != 0)) {
                    throw new Refusal("R" + a + " must have zero offset when passed to release func");
                }
            }
            default -> MemoryAccess.fixedOffset(a, p, false);
        }
    }

    /** kernel: check_mem_size_reg; the size argument bounds the memory argument before it. */
    private static void size(Machine m, int a, RegState.ScalarReg r, boolean zeroOk, ArgSpec prev, Meta meta)
            throws Refusal {
        Scalar v = r.value();
        if (v.smin() < 0) {
            throw new Refusal("R" + a + " min value is negative, either use unsigned or 'var &= const'");
        }
        if (v.umin() == 0 && !zeroOk) {
            throw new Refusal("R" + a + " invalid zero-sized read: u64=[" + v.umin() + "," + v.umax() + "]");
        }
        if (Long.compareUnsigned(v.umax(), MAX_VAR_SIZ) >= 0) {
            throw new Refusal("R" + a + " unbounded memory access, use 'var &= const' or 'if (var < const)'");
        }
        boolean raw = prev.has(TypeFlag.MEM_UNINIT) && v.isConst();
        mem(m, a - 1, m.regs()[a - 1], (int) v.umax(), prev.has(TypeFlag.MEM_WRITE), zeroOk, raw ? meta : null);
    }

    /** kernel: check_helper_mem_access for {@code size} bytes at the pointer in r{@code a}. */
    private static void mem(Machine m, int a, RegState r, int size, boolean write, boolean zeroOk, Meta raw)
            throws Refusal {
        switch (r) {
            case RegState.StackPtr s -> stack(m, a, s, size, write, zeroOk, raw);
            case RegState.Pointer p when p.kind().isPacket() -> MemoryAccess.packet(a, p, p.off(), size, zeroOk);
            case RegState.Pointer p when p.kind() == PtrKind.MAP_KEY && !p.maybeNull() -> {
                MemoryAccess.region(a, p, p.off(), size, p.map().keySize(), zeroOk);
            }
            case RegState.Pointer p when p.kind() == PtrKind.MAP_VALUE && !p.maybeNull() -> {
                MemoryAccess.mapAccessType(p, p.off(), size, write);
                MemoryAccess.region(a, p, p.off(), size, p.map().valueSize(), zeroOk);
            }
            case RegState.Pointer p when p.kind() == PtrKind.MEM && !p.maybeNull() -> {
                if (write && p.has(TypeFlag.MEM_RDONLY)) {
                    throw new Refusal("R" + a + " cannot write into " + p.typeName());
                }
                MemoryAccess.region(a, p, p.off(), size, p.memSize(), zeroOk);
            }
            default -> {
                if (zeroOk && size == 0 && isNull(r)) {
                    return;
                }
                if (r instanceof RegState.Pointer p && p.kind() == PtrKind.STACK) {
                    throw new Refusal(PathExplorer.notModelledText("variable-offset stack pointers"));
                }
                throw new Refusal("R" + a + " type=" + RegState.typeOf(r) + " expected=fp");
            }
        }
    }

    /** kernel: check_stack_range_initialized for a helper's access. */
    private static void stack(Machine m, int a, RegState.StackPtr s, int size, boolean write, boolean zeroOk, Meta raw)
            throws Refusal {
        if (size == 0 && !zeroOk) {
            throw new Refusal("invalid zero-sized read");
        }
        int off = s.off();
        if (off < -StackState.MAX_STACK || off + size > 0 || off >= 0 && size > 0) {
            // the 6.18 kernel names a helper's access by its direction, as for a direct one
            throw new Refusal("invalid " + (write ? "write to" : "read from") + " stack R" + a + " off=" + off
                + " size=" + size);
        }
        if (size > 0) {
            m.stack().grow(-off);
            m.stackUsed(m.stack().allocated());
        }
        if (raw != null) {
            raw.rawStack = s;
            raw.rawSize = size;
            return;
        }
        StackState st = m.stack();
        for (int i = off; i < off + size; i++) {
            int b = -i - 1;
            int spi = b / StackState.SLOT;
            byte t = st.type(b);
            if (t == StackState.MISC) {
                continue;
            }
            if (t == StackState.ZERO || t == StackState.INVALID && m.privileged()) {
                st.setType(b, StackState.MISC);
                continue;
            }
            if (st.isSpill(spi) && (st.spilled(spi) instanceof RegState.ScalarReg || m.privileged())) {
                st.setSpilled(spi, new RegState.ScalarReg(Scalar.UNKNOWN));
                for (int j = 0; j < StackState.SLOT; j++) {
                    if (st.slotType(spi, j) == StackState.SPILL) {
                        st.setType(spi * StackState.SLOT + j, StackState.MISC);
                    }
                }
                continue;
            }
            throw new Refusal("invalid indirect read from stack R" + a + " off " + off + "+" + (i - off)
                + " size " + size);
        }
    }

    /** The helper's writes to stack memory it was given uninitialised: every byte becomes misc. */
    private static void writeStack(StackState st, int off, int size) {
        for (int i = off; i < off + size; i++) {
            int b = -i - 1;
            int spi = b / StackState.SLOT;
            if (st.isSpill(spi)) {
                for (int j = 0; j < StackState.SLOT; j++) {
                    if (st.slotType(spi, j) != StackState.INVALID) {
                        st.setType(spi * StackState.SLOT + j, StackState.MISC);
                    }
                }
                st.setSpilled(spi, RegState.NOT_INIT);
            }
            st.setType(b, StackState.MISC);
        }
    }

    /** kernel: check_map_func_compatibility, both ways: what the map allows and what the helper needs. */
    private static void mapCompatible(MapDef map, Helper h, int id) throws Refusal {
        if (map == null) {
            return;
        }
        MapType t = LoadAttrs.mapType(map);
        boolean ok = switch (t) {
            case PROG_ARRAY -> h == Helper.TAIL_CALL;
            case PERF_EVENT_ARRAY -> Set.of(Helper.PERF_EVENT_READ, Helper.PERF_EVENT_OUTPUT, Helper.SKB_OUTPUT,
                Helper.PERF_EVENT_READ_VALUE, Helper.XDP_OUTPUT).contains(h);
            case RINGBUF -> Set.of(Helper.RINGBUF_OUTPUT, Helper.RINGBUF_RESERVE, Helper.RINGBUF_QUERY,
                Helper.RINGBUF_RESERVE_DYNPTR, Helper.RINGBUF_SUBMIT_DYNPTR, Helper.RINGBUF_DISCARD_DYNPTR).contains(h);
            case STACK_TRACE -> h == Helper.GET_STACKID;
            case CGROUP_ARRAY -> h == Helper.SKB_UNDER_CGROUP || h == Helper.CURRENT_TASK_UNDER_CGROUP;
            case QUEUE, STACK -> h == Helper.MAP_PEEK_ELEM || h == Helper.MAP_POP_ELEM || h == Helper.MAP_PUSH_ELEM;
            case BLOOM_FILTER -> h == Helper.MAP_PEEK_ELEM || h == Helper.MAP_PUSH_ELEM;
            default -> true;
        };
        ok &= switch (h) {
            case TAIL_CALL -> t == MapType.PROG_ARRAY;
            case PERF_EVENT_READ, PERF_EVENT_OUTPUT, PERF_EVENT_READ_VALUE, SKB_OUTPUT, XDP_OUTPUT ->
                t == MapType.PERF_EVENT_ARRAY;
            case RINGBUF_OUTPUT, RINGBUF_RESERVE, RINGBUF_QUERY -> t == MapType.RINGBUF;
            case GET_STACKID -> t == MapType.STACK_TRACE;
            case SKB_UNDER_CGROUP, CURRENT_TASK_UNDER_CGROUP -> t == MapType.CGROUP_ARRAY;
            case REDIRECT_MAP -> t == MapType.DEVMAP || t == MapType.DEVMAP_HASH || t == MapType.CPUMAP
                || t == MapType.XSKMAP;
            case MAP_POP_ELEM -> t == MapType.QUEUE || t == MapType.STACK;
            case MAP_PEEK_ELEM, MAP_PUSH_ELEM -> t == MapType.QUEUE || t == MapType.STACK || t == MapType.BLOOM_FILTER;
            case MAP_LOOKUP_PERCPU_ELEM -> t == MapType.PERCPU_ARRAY || t == MapType.PERCPU_HASH
                || t == MapType.LRU_PERCPU_HASH;
            default -> true;
        };
        if (!ok) {
            throw new Refusal("cannot pass map_type " + t.id() + " into func " + h.kernelName() + "#" + id);
        }
    }
}
