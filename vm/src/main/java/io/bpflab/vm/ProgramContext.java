package io.bpflab.vm;

import io.bpflab.isa.linux.ContextLayout;
import io.bpflab.isa.linux.ProgramType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;

/**
 * The context a program of a given type starts with: its struct (layout from
 * {@link ProgramType#context()}) in a region r1 points at, and for packet programs the
 * packet. Fields are filled the way BPF_PROG_TEST_RUN fills them (net/bpf/test_run.c):
 * {@code len}, {@code protocol} from the Ethernet header, ingress and current ifindex 1,
 * {@code data}/{@code data_end}/{@code data_meta} pointing into the packet. Kprobe,
 * tracepoint and raw tracepoint contexts are the caller's bytes (zeros when not given).
 */
public final class ProgramContext {

    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** kernel: ETH_HLEN. */
    static final int ETH_HLEN = 14;
    /** Interface index test_run gives the device (the loopback device, 1). */
    static final int IFINDEX = 1;

    final ProgramType type;
    final ContextLayout layout;
    final Region region;
    final Packet packet;
    int vlanTci;
    int vlanProto;
    boolean vlanPresent;
    /** Where a redirect helper sent the packet: an ifindex, or -1. */
    long redirectIfindex = -1;
    boolean redirectIngress;

    private ProgramContext(ProgramType type, ContextLayout layout, byte[] ctx, Packet packet) {
        this.type = type;
        this.layout = layout;
        this.region = Region.of(layout == null ? "context" : "context " + layout.name(), ctx, true);
        this.packet = packet;
    }

    /**
     * A context for {@code type}. Packet types take {@code packet} (Ethernet frame); the
     * others take {@code ctx}, the struct's bytes (zero-padded to the layout's size).
     *
     * @throws IllegalArgumentException when the type needs input that is missing, or has no emulated context
     */
    public static ProgramContext of(ProgramType type, byte[] packet, byte[] ctx) {
        Optional<ContextLayout> layout = type.context();
        if (isSkb(type) || type == ProgramType.XDP) {
            if (packet == null) {
                throw new IllegalArgumentException(type.shortName() + " programs need a packet (--packet)");
            }
            if (packet.length < ETH_HLEN) {
                // kernel: bpf_prog_test_run_skb refuses data shorter than ETH_HLEN.
                throw new IllegalArgumentException("packet of " + packet.length + " bytes is shorter than an Ethernet header");
            }
            int etherType = (packet[12] & 0xff) << 8 | (packet[13] & 0xff);
            if (isSkb(type) && (etherType == 0x0800 && packet.length < ETH_HLEN + 20
                    || etherType == 0x86dd && packet.length < ETH_HLEN + 40)) {
                // BPF_PROG_TEST_RUN refuses (-EINVAL) an skb whose IP header is cut short (seen on Linux 6.18).
                throw new IllegalArgumentException("packet of " + packet.length + " bytes is shorter than its "
                        + (etherType == 0x0800 ? "IPv4" : "IPv6") + " header");
            }
            boolean l2 = type == ProgramType.SCHED_CLS || type == ProgramType.SCHED_ACT || type == ProgramType.XDP;
            Packet p = new Packet(packet, l2 ? 0 : ETH_HLEN);
            ContextLayout l = layout.orElseThrow();
            byte[] bytes = new byte[l.size()];
            if (ctx != null) {
                System.arraycopy(ctx, 0, bytes, 0, Math.min(ctx.length, bytes.length));
            }
            ProgramContext c = new ProgramContext(type, l, bytes, p);
            c.fillPacketFields(packet);
            return c;
        }
        switch (type) {
            case KPROBE, PERF_EVENT, RAW_TRACEPOINT, RAW_TRACEPOINT_WRITABLE, TRACEPOINT, CGROUP_SOCK,
                    CGROUP_SOCK_ADDR, CGROUP_DEVICE -> {
                // Without given bytes the struct is zeroed; a tracepoint record or raw tracepoint
                // argument list is then empty, and reading it faults.
                int size = layout.map(ContextLayout::size).orElse(0);
                byte[] given = ctx == null ? new byte[0] : ctx;
                byte[] bytes = Arrays.copyOf(given, Math.max(size, given.length));
                return new ProgramContext(type, layout.orElse(null), bytes, null);
            }
            default -> throw new IllegalArgumentException("program type " + type.shortName() + " has no emulated context");
        }
    }

    static boolean isSkb(ProgramType t) {
        return t == ProgramType.SOCKET_FILTER || t == ProgramType.SCHED_CLS || t == ProgramType.SCHED_ACT
                || t == ProgramType.CGROUP_SKB;
    }

    public ProgramType type() {
        return type;
    }

    public Packet packet() {
        return packet;
    }

    /** The interface index bpf_redirect or bpf_redirect_map sent the packet to, or -1. */
    public long redirectIfindex() {
        return redirectIfindex;
    }

    /** Whether that redirect was to the interface's ingress (BPF_F_INGRESS). */
    public boolean redirectIngress() {
        return redirectIngress;
    }

    /** The context struct's bytes as they are now (after a run: with the program's writes). */
    public byte[] bytes() {
        return region.data.clone();
    }

    /** The value of field {@code name} (element {@code index}), little-endian, zero-extended. */
    public long field(String name, int index) {
        ContextLayout.Field f = layout.field(name).orElseThrow(() -> new IllegalArgumentException("no field " + name));
        int off = f.offset() + index * f.size();
        long v = 0;
        for (int k = f.size() - 1; k >= 0; k--) {
            v = v << 8 | (region.data[off + k] & 0xff);
        }
        return v;
    }

    void put(String name, long value) {
        layout.field(name).ifPresent(f -> {
            for (int k = 0; k < f.size(); k++) {
                region.data[f.offset() + k] = (byte) (value >>> (8 * k));
            }
        });
    }

    private void fillPacketFields(byte[] frame) {
        if (layout == ContextLayout.SK_BUFF) {
            // __sk_buff.protocol holds the __be16 EtherType as stored in memory.
            region.data[layout.field("protocol").orElseThrow().offset()] = frame[12];
            region.data[layout.field("protocol").orElseThrow().offset() + 1] = frame[13];
            put("ifindex", IFINDEX);
            put("ingress_ifindex", type == ProgramType.SCHED_CLS || type == ProgramType.XDP ? IFINDEX : 0);
            put("gso_segs", 1);
        } else {
            put("ingress_ifindex", IFINDEX);
        }
        sync();
    }

    /** Rewrites the fields that describe the packet after a helper changed it. */
    void sync() {
        if (packet == null) {
            return;
        }
        put("data", packet.data);
        put("data_end", packet.end);
        put("data_meta", packet.meta);
        if (layout == ContextLayout.SK_BUFF) {
            put("len", packet.length());
            put("wire_len", packet.length());
            put("vlan_present", vlanPresent ? 1 : 0);
            put("vlan_tci", vlanTci);
            put("vlan_proto", vlanProto);
        }
    }
}
