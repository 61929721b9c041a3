package io.bpflab.verifier;

import io.bpflab.isa.Width;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import io.bpflab.isa.linux.TypeFlag;

/**
 * Loads and stores through pointers other than the stack (kernel: check_mem_access and the
 * region checks it calls): map keys and values against the map's sizes with variable offsets
 * bounded by the pointer's range, the context through {@link ContextAccess}, packets against
 * the range learnt from comparisons with {@code data_end}, memory of a known size, sockets,
 * with the alignment rules of {@code check_ptr_alignment}.
 */
final class MemoryAccess {
    /** kernel: the NET_IP_ALIGN the strict packet alignment check assumes. */
    private static final int IP_ALIGN = 2;

    private MemoryAccess() {
    }

    /** kernel: BPF_MAP_TYPE_ARRAY's BPF_F_RDONLY_PROG, BPF_F_WRONLY_PROG map flags. */
    private static final int BPF_F_RDONLY_PROG = 1 << 7;
    private static final int BPF_F_WRONLY_PROG = 1 << 8;

    /**
     * One access of {@code size} bytes at {@code insnOff} from the pointer in {@code regno}.
     * Returns the register a load gives (already narrowed to {@code size}), null for a store.
     *
     * @param value the register stored ({@code valueRegno}), null for an immediate or an atomic
     * @param strictOnce the alignment is checked strictly for this access (atomics)
     */
    static RegState access(int regno, RegState base, int insnOff, int size, boolean write, RegState value,
                           int valueRegno, LoadAttrs attrs, boolean privileged, boolean ldsx, boolean strictOnce)
            throws Refusal {
        RegState.Pointer p = PointerAlu.asPointer(base);
        alignment(p, insnOff, size, attrs.strictAlignment() || strictOnce);
        if (p.maybeNull()) {
            // kernel: check_mem_access compares the exact type; a pointer that may be null matches none
            throw new Refusal("R" + regno + " invalid mem access '" + p.typeName() + "'");
        }
        int off = insnOff + p.off();
        boolean leak = write && value != null && !privileged && value.isPointer();
        RegState loaded = switch (p.kind()) {
            case MAP_KEY -> {
                if (write) {
                    throw new Refusal("write to change key R" + regno + " not allowed");
                }
                region(regno, p, off, size, p.map().keySize(), false);
                yield new RegState.ScalarReg(Scalar.UNKNOWN);
            }
            case MAP_VALUE -> {
                if (leak) {
                    throw new Refusal("R" + valueRegno + " leaks addr into map");
                }
                mapAccessType(p, off, size, write);
                region(regno, p, off, size, p.map().valueSize(), false);
                yield new RegState.ScalarReg(Scalar.UNKNOWN);
            }
            case MEM -> {
                if (p.maybeNull()) {
                    throw new Refusal("R" + regno + " invalid mem access '" + p.typeName() + "'");
                }
                if (write && p.has(TypeFlag.MEM_RDONLY)) {
                    throw new Refusal("R" + regno + " cannot write into " + p.typeName());
                }
                if (leak) {
                    throw new Refusal("R" + valueRegno + " leaks addr into mem");
                }
                region(regno, p, off, size, p.memSize(), false);
                yield new RegState.ScalarReg(Scalar.UNKNOWN);
            }
            case CTX -> {
                if (leak) {
                    throw new Refusal("R" + valueRegno + " leaks addr into ctx");
                }
                fixedOffset(regno, p, false);
                RegState r;
                try {
                    r = ContextAccess.access(attrs.type(), off, size, write, ldsx);
                } catch (ContextAccess.Unmodelled e) {
                    throw new Refusal(PathExplorer.notModelledText(e.getMessage()));
                }
                if (r == null) {
                    throw new Refusal("invalid bpf_context access off=" + off + " size=" + size);
                }
                yield r;
            }
            case PACKET, PACKET_META -> {
                if (write && !directPacketAccess(attrs.type(), true)) {
                    throw new Refusal("cannot write into packet");
                }
                if (leak) {
                    throw new Refusal("R" + valueRegno + " leaks addr into packet");
                }
                packet(regno, p, off, size, false);
                yield new RegState.ScalarReg(Scalar.UNKNOWN);
            }
            case SOCKET, SOCK_COMMON -> {
                if (write) {
                    throw new Refusal("R" + regno + " cannot write into " + p.typeName());
                }
                if (p.maybeNull()) {
                    throw new Refusal("R" + regno + " invalid mem access '" + p.typeName() + "'");
                }
                fixedOffset(regno, p, true);
                if (!sockField(p.kind(), off, size)) {
                    throw new Refusal("R" + regno + " invalid " + p.typeName() + " access off=" + off + " size=" + size);
                }
                yield new RegState.ScalarReg(Scalar.UNKNOWN);
            }
            case MAP_PTR -> {
                // kernel: check_ptr_to_map_access; a privileged program may read struct bpf_map
                if (write) {
                    throw new Refusal("only read from bpf_array is supported");
                }
                if (!privileged) {
                    throw new Refusal("R" + regno + " invalid mem access '" + p.typeName() + "'");
                }
                if (off < 0) {
                    throw new Refusal("R" + regno + " is ptr_bpf_map invalid negative access: off=" + off);
                }
                yield new RegState.ScalarReg(Scalar.UNKNOWN);
            }
            default -> throw new Refusal("R" + regno + " invalid mem access '" + p.typeName() + "'");
        };
        if (write) {
            return null;
        }
        if (loaded instanceof RegState.ScalarReg sr && size < 8) {
            return new RegState.ScalarReg(ldsx ? ScalarAlu.movSx(Width.W64, sr.value(), size * 8)
                : ScalarAlu.truncate(sr.value(), size));
        }
        return loaded;
    }

    /** kernel: check_map_access_type; read-only and write-only maps as the program sees them. */
    static void mapAccessType(RegState.Pointer p, int off, int size, boolean write) throws Refusal {
        int flags = p.map().flags();
        if (write && (flags & BPF_F_RDONLY_PROG) != 0) {
            throw new Refusal("write into map forbidden, value_size=" + p.map().valueSize() + " off="
                + (p.var().smin() + off) + " size=" + size);
        }
        if (!write && (flags & BPF_F_WRONLY_PROG) != 0) {
            throw new Refusal("read from map forbidden, value_size=" + p.map().valueSize() + " off="
                + (p.var().smin() + off) + " size=" + size);
        }
    }

    /** kernel: sk pointers' access checks (bpf_sock_is_valid_access, bpf_sock_common_is_valid_access). */
    private static boolean sockField(PtrKind kind, int off, int size) {
        io.bpflab.isa.linux.ContextLayout sock = io.bpflab.isa.linux.ContextLayout.BPF_SOCK;
        if (off < 0 || off >= sock.size() || off % size != 0) {
            return false;
        }
        int type = sock.field("type").orElseThrow().offset();
        int priority = sock.field("priority").orElseThrow().end();
        if (kind == PtrKind.SOCK_COMMON && off >= type && off < priority) {
            return false;
        }
        int dstPort = sock.field("dst_port").orElseThrow().offset();
        int dstIp4 = sock.field("dst_ip4").orElseThrow().offset();
        if (off == dstPort) {
            return size == 4 || size <= 2 && (size & (size - 1)) == 0;
        }
        if (off > dstPort && off < dstIp4) {
            return false;
        }
        java.util.Set<String> narrow = java.util.Set.of("state", "family", "type", "protocol", "src_port",
            "rx_queue_mapping", "src_ip4", "src_ip6", "dst_ip4", "dst_ip6");
        String field = sock.fieldAt(off).map(f -> f.name()).orElse("");
        if (narrow.contains(field)) {
            return size <= 4 && (size & (size - 1)) == 0;
        }
        return size == 4;
    }

    /** kernel: may_access_direct_pkt_data for a direct access. */
    static boolean directPacketAccess(ProgramType type, boolean write) {
        return switch (type) {
            case LWT_IN, LWT_OUT, LWT_SEG6LOCAL, SK_REUSEPORT, FLOW_DISSECTOR, CGROUP_SKB -> !write;
            case SCHED_CLS, SCHED_ACT, XDP, LWT_XMIT, SK_SKB, SK_MSG, CGROUP_SOCKOPT -> true;
            default -> false;
        };
    }

    /** kernel: __check_ptr_off_reg; the pointer must be unmoved (or moved by a constant, if allowed). */
    static void fixedOffset(int regno, RegState.Pointer p, boolean fixedOffOk) throws Refusal {
        if (p.off() < 0) {
            throw new Refusal("negative offset " + p.typeName() + " ptr R" + regno + " off=" + p.off() + " disallowed");
        }
        if (!fixedOffOk && p.off() != 0) {
            throw new Refusal("dereference of modified " + p.typeName() + " ptr R" + regno + " off=" + p.off()
                + " disallowed");
        }
        if (!p.var().isConst() || p.var().varOff().value() != 0) {
            throw new Refusal("variable " + p.typeName() + " access var_off=" + p.var().varOff() + " disallowed");
        }
    }

    /** kernel: check_ptr_alignment for every pointer but the stack. */
    private static void alignment(RegState.Pointer p, int off, int size, boolean strict) throws Refusal {
        if (!strict || size == 1) {
            return;
        }
        if (p.kind().isPacket()) {
            Tnum at = p.var().varOff().add(Tnum.constant(IP_ALIGN + p.off() + off));
            if (!at.isAligned(size)) {
                throw new Refusal("misaligned packet access off " + IP_ALIGN + "+" + p.var().varOff() + "+" + p.off()
                    + "+" + off + " size " + size);
            }
            return;
        }
        String desc = switch (p.kind()) {
            case FLOW_KEYS -> "flow keys ";
            case MAP_KEY -> "key ";
            case MAP_VALUE -> "value ";
            case CTX -> "context ";
            case SOCKET -> "sock ";
            case SOCK_COMMON -> "sock_common ";
            case TCP_SOCK -> "tcp_sock ";
            case XDP_SOCK -> "xdp_sock ";
            default -> "";
        };
        Tnum at = p.var().varOff().add(Tnum.constant(p.off() + off));
        if (!at.isAligned(size)) {
            throw new Refusal("misaligned " + desc + "access off " + p.var().varOff() + "+" + p.off() + "+" + off
                + " size " + size);
        }
    }

    /** kernel: __check_mem_access, the message naming the region. */
    private static void memAccess(int regno, RegState.Pointer p, long off, int size, long memSize, boolean zeroOk)
            throws Refusal {
        boolean sizeOk = size > 0 || size == 0 && zeroOk;
        if (off >= 0 && sizeOk && off + size <= memSize) {
            return;
        }
        throw new Refusal(switch (p.kind()) {
            case MAP_KEY -> "invalid access to map key, key_size=" + memSize + " off=" + off + " size=" + size;
            case MAP_VALUE -> "invalid access to map value, value_size=" + memSize + " off=" + off + " size=" + size;
            case PACKET, PACKET_META, PACKET_END -> "invalid access to packet, off=" + off + " size=" + size + ", R"
                + regno + "(id=" + p.id() + ",off=" + off + ",r=" + memSize + ")";
            default -> "invalid access to memory, mem_size=" + memSize + " off=" + off + " size=" + size;
        });
    }

    /** kernel: check_mem_region_access; {@code off} includes the pointer's fixed offset. */
    static void region(int regno, RegState.Pointer p, int off, int size, int memSize, boolean zeroOk) throws Refusal {
        Scalar v = p.var();
        if (v.smin() < 0 && (v.smin() == Long.MIN_VALUE || off + v.smin() != (int) (off + v.smin())
                || v.smin() + off < 0)) {
            throw new Refusal("R" + regno + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        try {
            memAccess(regno, p, v.smin() + off, size, memSize, zeroOk);
        } catch (Refusal r) {
            throw new Refusal(r.getMessage() + "\nR" + regno + " min value is outside of the allowed memory range");
        }
        if (Long.compareUnsigned(v.umax(), PointerAlu.MAX_VAR_OFF) >= 0) {
            throw new Refusal("R" + regno + " unbounded memory access, make sure to bounds check any such access");
        }
        try {
            memAccess(regno, p, v.umax() + off, size, memSize, zeroOk);
        } catch (Refusal r) {
            throw new Refusal(r.getMessage() + "\nR" + regno + " max value is outside of the allowed memory range");
        }
    }

    /** kernel: check_packet_access; only the fixed offset counts against the range. */
    static void packet(int regno, RegState.Pointer p, int off, int size, boolean zeroOk) throws Refusal {
        if (p.var().smin() < 0) {
            throw new Refusal("R" + regno + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        if (p.range() < 0) {
            throw new Refusal("R" + regno + " offset is outside of the packet");
        }
        try {
            memAccess(regno, p, off, size, p.range(), zeroOk);
        } catch (Refusal r) {
            throw new Refusal(r.getMessage() + "\nR" + regno + " offset is outside of the packet");
        }
    }

    /** Whether the map type keeps its values where a program may point (kernel: map_direct_value_addr). */
    static boolean directValue(MapType type) {
        return type == MapType.ARRAY;
    }
}
