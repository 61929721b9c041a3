package io.bpflab.isa.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The memory layout of a program's context struct, the one {@code r1} points to on entry:
 * what a program may address as {@code *(u32 *)(r1 + 76)}. Offsets are those of the uapi C
 * struct as compiled for BPF (the kernel rewrites the loads to its own structs; programs
 * only ever see these). Padding is not a field: an offset no field covers is a hole.
 *
 * @param name the C struct name: {@code __sk_buff}
 * @param size {@code sizeof} the struct
 * @param fields every named member, in offset order
 * @param aliases other names for fields (alias to field name), e.g. the kernel-internal
 *     {@code di} for uapi {@code rdi} in {@code pt_regs}
 */
public record ContextLayout(String name, int size, List<Field> fields, Map<String, String> aliases) {

    /**
     * One member of a context struct.
     *
     * @param name the member name as C spells it
     * @param offset byte offset from the start of the struct
     * @param size bytes of one element
     * @param count elements: 1 for a scalar, n for {@code __u32 cb[5]}, 0 for a flexible
     *     array such as {@code bpf_raw_tracepoint_args.args[0]}
     * @param pointer whether the member is a pointer the kernel fills in
     *     ({@code __bpf_md_ptr}: a union of the pointer with {@code __u64}, 8-byte aligned)
     */
    public record Field(String name, int offset, int size, int count, boolean pointer) {

        public Field {
            Objects.requireNonNull(name);
            if (offset < 0 || size <= 0 || count < 0) {
                throw new IllegalArgumentException(name + ": offset " + offset + " size " + size
                        + " count " + count);
            }
        }

        /** Bytes the member takes: {@code size * count}. */
        public int totalSize() {
            return size * count;
        }

        /** Offset just past the member. */
        public int end() {
            return offset + totalSize();
        }

        /** Whether byte {@code off} of the struct lies in this member. */
        public boolean covers(int off) {
            return off >= offset && off < end();
        }
    }

    public ContextLayout {
        Objects.requireNonNull(name);
        fields = List.copyOf(fields);
        aliases = Map.copyOf(aliases);
        int end = 0;
        for (Field f : fields) {
            if (f.offset() < end || f.end() > size) {
                throw new IllegalArgumentException(name + "." + f.name() + " overlaps or overruns");
            }
            end = f.end();
        }
        for (var a : aliases.entrySet()) {
            if (fields.stream().noneMatch(f -> f.name().equals(a.getValue()))) {
                throw new IllegalArgumentException(name + ": alias " + a.getKey() + " of nothing");
            }
        }
    }

    /** The member called {@code fieldName} or one of its aliases. */
    public Optional<Field> field(String fieldName) {
        String real = aliases.getOrDefault(fieldName, fieldName);
        return fields.stream().filter(f -> f.name().equals(real)).findFirst();
    }

    /** The member whose bytes include {@code offset}, or empty for padding and past the end. */
    public Optional<Field> fieldAt(int offset) {
        return fields.stream().filter(f -> f.covers(offset)).findFirst();
    }

    /** Every layout this class describes. */
    public static List<ContextLayout> all() {
        return List.of(SK_BUFF, XDP_MD, PT_REGS_X86_64, BPF_PERF_EVENT_DATA_X86_64,
                BPF_RAW_TRACEPOINT_ARGS, BPF_SOCK_ADDR, BPF_SOCK, SK_MSG_MD, BPF_CGROUP_DEV_CTX);
    }

    /** Lays out members one after another the way C does for these structs. */
    private static final class Builder {
        private final String name;
        private final List<Field> fields = new ArrayList<>();
        private int offset;

        Builder(String name) {
            this.name = name;
        }

        Builder u8(String field) {
            return add(field, 1, 1, false);
        }

        Builder u16(String field) {
            return add(field, 2, 1, false);
        }

        Builder u32(String field) {
            return add(field, 4, 1, false);
        }

        Builder u64(String field) {
            return add(field, 8, 1, false);
        }

        Builder u32s(String field, int count) {
            return add(field, 4, count, false);
        }

        Builder u64s(String field, int count) {
            return add(field, 8, count, false);
        }

        /** {@code __bpf_md_ptr(type, field)}: 8 bytes, 8-aligned. */
        Builder ptr(String field) {
            return add(field, 8, 1, true);
        }

        /** An unnamed bit-field or explicit padding of {@code bytes}. */
        Builder pad(int bytes) {
            offset += bytes;
            return this;
        }

        /** A member of another layout's type, taken whole. */
        Builder struct(String field, ContextLayout type, int align) {
            offset = align(offset, align);
            fields.add(new Field(field, offset, type.size(), 1, false));
            offset += type.size();
            return this;
        }

        private Builder add(String field, int size, int count, boolean pointer) {
            offset = align(offset, size);
            fields.add(new Field(field, offset, size, count, pointer));
            offset += size * count;
            return this;
        }

        ContextLayout build(int align) {
            return build(align, Map.of());
        }

        ContextLayout build(int align, Map<String, String> aliases) {
            return new ContextLayout(name, align(offset, align), fields, aliases);
        }

        private static int align(int value, int to) {
            return (value + to - 1) / to * to;
        }
    }

    /**
     * {@code struct __sk_buff}, the context of socket filters, tc, cgroup skb, lwt, sk_skb
     * and flow dissector programs. Source: include/uapi/linux/bpf.h (6.12).
     */
    public static final ContextLayout SK_BUFF = new Builder("__sk_buff")
            .u32("len").u32("pkt_type").u32("mark").u32("queue_mapping").u32("protocol")
            .u32("vlan_present").u32("vlan_tci").u32("vlan_proto").u32("priority")
            .u32("ingress_ifindex").u32("ifindex").u32("tc_index").u32s("cb", 5)
            .u32("hash").u32("tc_classid").u32("data").u32("data_end").u32("napi_id")
            // kernel: family..local_port are readable by sk_skb programs only.
            .u32("family").u32("remote_ip4").u32("local_ip4").u32s("remote_ip6", 4)
            .u32s("local_ip6", 4).u32("remote_port").u32("local_port")
            .u32("data_meta").ptr("flow_keys").u64("tstamp").u32("wire_len").u32("gso_segs")
            .ptr("sk").u32("gso_size").u8("tstamp_type").pad(3).u64("hwtstamp")
            .build(8);

    /** {@code struct xdp_md}, the context of XDP programs. Source: include/uapi/linux/bpf.h. */
    public static final ContextLayout XDP_MD = new Builder("xdp_md")
            .u32("data").u32("data_end").u32("data_meta").u32("ingress_ifindex")
            .u32("rx_queue_index").u32("egress_ifindex")
            .build(4);

    /**
     * {@code struct pt_regs} of x86-64 as user space sees it ({@code bpf_user_pt_regs_t}),
     * the context of kprobe programs. Source: arch/x86/include/uapi/asm/ptrace.h. Aliases
     * are the kernel-internal names (arch/x86/include/asm/ptrace.h: {@code di},
     * {@code ax}, {@code ip}, ...) that libbpf's {@code PT_REGS_PARM1} and BTF use.
     */
    public static final ContextLayout PT_REGS_X86_64 = new Builder("pt_regs")
            .u64("r15").u64("r14").u64("r13").u64("r12").u64("rbp").u64("rbx")
            .u64("r11").u64("r10").u64("r9").u64("r8").u64("rax").u64("rcx").u64("rdx")
            .u64("rsi").u64("rdi").u64("orig_rax").u64("rip").u64("cs").u64("eflags")
            .u64("rsp").u64("ss")
            .build(8, Map.ofEntries(
                    Map.entry("bp", "rbp"), Map.entry("bx", "rbx"), Map.entry("ax", "rax"),
                    Map.entry("cx", "rcx"), Map.entry("dx", "rdx"), Map.entry("si", "rsi"),
                    Map.entry("di", "rdi"), Map.entry("orig_ax", "orig_rax"),
                    Map.entry("ip", "rip"), Map.entry("flags", "eflags"),
                    Map.entry("sp", "rsp")));

    /**
     * {@code struct bpf_perf_event_data} on x86-64, the context of perf_event programs:
     * {@code regs} is a whole {@link #PT_REGS_X86_64}. Source:
     * include/uapi/linux/bpf_perf_event.h.
     */
    public static final ContextLayout BPF_PERF_EVENT_DATA_X86_64 = new Builder("bpf_perf_event_data")
            .struct("regs", PT_REGS_X86_64, 8).u64("sample_period").u64("addr")
            .build(8);

    /**
     * {@code struct bpf_raw_tracepoint_args}, the context of raw tracepoint programs: a
     * flexible array of u64 arguments, so {@code sizeof} is 0 and the verifier bounds the
     * reads by the tracepoint's argument count. Source: include/uapi/linux/bpf.h.
     */
    public static final ContextLayout BPF_RAW_TRACEPOINT_ARGS = new Builder("bpf_raw_tracepoint_args")
            .u64s("args", 0)
            .build(8);

    /**
     * {@code struct bpf_sock_addr}, the context of cgroup sock_addr programs (bind, connect,
     * sendmsg, ...). Source: include/uapi/linux/bpf.h.
     */
    public static final ContextLayout BPF_SOCK_ADDR = new Builder("bpf_sock_addr")
            .u32("user_family").u32("user_ip4").u32s("user_ip6", 4).u32("user_port")
            .u32("family").u32("type").u32("protocol").u32("msg_src_ip4")
            .u32s("msg_src_ip6", 4).ptr("sk")
            .build(8);

    /**
     * {@code struct bpf_sock}, the context of cgroup sock programs. {@code dst_port} is a
     * 16-bit {@code __be16} followed by 16 bits of padding. Source: include/uapi/linux/bpf.h.
     */
    public static final ContextLayout BPF_SOCK = new Builder("bpf_sock")
            .u32("bound_dev_if").u32("family").u32("type").u32("protocol").u32("mark")
            .u32("priority").u32("src_ip4").u32s("src_ip6", 4).u32("src_port")
            .u16("dst_port").pad(2).u32("dst_ip4").u32s("dst_ip6", 4).u32("state")
            .u32("rx_queue_mapping")
            .build(4);

    /** {@code struct sk_msg_md}, the context of sk_msg programs. Source: include/uapi/linux/bpf.h. */
    public static final ContextLayout SK_MSG_MD = new Builder("sk_msg_md")
            .ptr("data").ptr("data_end").u32("family").u32("remote_ip4").u32("local_ip4")
            .u32s("remote_ip6", 4).u32s("local_ip6", 4).u32("remote_port").u32("local_port")
            .u32("size").ptr("sk")
            .build(8);

    /**
     * {@code struct bpf_cgroup_dev_ctx}, the context of cgroup device programs. Source:
     * include/uapi/linux/bpf.h.
     */
    public static final ContextLayout BPF_CGROUP_DEV_CTX = new Builder("bpf_cgroup_dev_ctx")
            .u32("access_type").u32("major").u32("minor")
            .build(4);
}
