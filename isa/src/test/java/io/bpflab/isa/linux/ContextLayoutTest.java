package io.bpflab.isa.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.linux.ContextLayout.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Offsets every BPF programmer knows by heart, checked without a compiler. */
class ContextLayoutTest {

    @ParameterizedTest(name = "{0}.{1} at {2}, {3} bytes")
    @CsvSource({
        "__sk_buff, len, 0, 4",
        "__sk_buff, protocol, 16, 4",
        "__sk_buff, cb, 48, 20",
        "__sk_buff, data, 76, 4",
        "__sk_buff, data_end, 80, 4",
        "__sk_buff, data_meta, 140, 4",
        "__sk_buff, flow_keys, 144, 8",
        "__sk_buff, sk, 168, 8",
        "__sk_buff, hwtstamp, 184, 8",
        "xdp_md, data, 0, 4",
        "xdp_md, data_end, 4, 4",
        "xdp_md, data_meta, 8, 4",
        "xdp_md, egress_ifindex, 20, 4",
        "pt_regs, rdi, 112, 8",
        "pt_regs, di, 112, 8",
        "pt_regs, si, 104, 8",
        "pt_regs, ax, 80, 8",
        "pt_regs, ip, 128, 8",
        "pt_regs, sp, 152, 8",
        "pt_regs, ss, 160, 8",
        "bpf_perf_event_data, sample_period, 168, 8",
        "bpf_sock_addr, user_port, 24, 4",
        "bpf_sock_addr, sk, 64, 8",
        "bpf_sock, dst_port, 48, 2",
        "sk_msg_md, data_end, 8, 8",
        "sk_msg_md, size, 68, 4",
    })
    void knownOffsets(String struct, String field, int offset, int size) {
        ContextLayout layout = ContextLayout.all().stream()
                .filter(l -> l.name().equals(struct)).findFirst().orElseThrow();
        Field f = layout.field(field).orElseThrow();
        assertEquals(offset, f.offset());
        assertEquals(size, f.totalSize());
    }

    @Test
    void sizes() {
        assertEquals(192, ContextLayout.SK_BUFF.size());
        assertEquals(24, ContextLayout.XDP_MD.size());
        assertEquals(168, ContextLayout.PT_REGS_X86_64.size());
        assertEquals(184, ContextLayout.BPF_PERF_EVENT_DATA_X86_64.size());
        assertEquals(0, ContextLayout.BPF_RAW_TRACEPOINT_ARGS.size());
        assertEquals(72, ContextLayout.BPF_SOCK_ADDR.size());
        assertEquals(80, ContextLayout.BPF_SOCK.size());
        assertEquals(80, ContextLayout.SK_MSG_MD.size());
    }

    @Test
    void fieldAtFindsTheCoveringMemberAndNotPadding() {
        assertEquals("cb", ContextLayout.SK_BUFF.fieldAt(56).orElseThrow().name());
        assertEquals("data", ContextLayout.SK_BUFF.fieldAt(79).orElseThrow().name());
        assertEquals(Optional.empty(), ContextLayout.SK_BUFF.fieldAt(181), "tstamp_type padding");
        assertEquals(Optional.empty(), ContextLayout.SK_BUFF.fieldAt(192));
        assertEquals(Optional.empty(), ContextLayout.BPF_SOCK.fieldAt(50), "dst_port padding");
        assertEquals(Optional.empty(), ContextLayout.XDP_MD.fieldAt(-1));
    }

    @Test
    void pointerMembersAreMarked() {
        assertTrue(ContextLayout.SK_BUFF.field("sk").orElseThrow().pointer());
        assertTrue(ContextLayout.SK_MSG_MD.field("data").orElseThrow().pointer());
        assertEquals(List.of("flow_keys", "sk"), ContextLayout.SK_BUFF.fields().stream()
                .filter(Field::pointer).map(Field::name).toList());
        assertEquals(Optional.empty(), ContextLayout.SK_BUFF.field("nonexistent"));
    }

    @Test
    void arraysCarryElementSizeAndCount() {
        Field cb = ContextLayout.SK_BUFF.field("cb").orElseThrow();
        assertEquals(4, cb.size());
        assertEquals(5, cb.count());
        Field args = ContextLayout.BPF_RAW_TRACEPOINT_ARGS.field("args").orElseThrow();
        assertEquals(8, args.size());
        assertEquals(0, args.count());
    }

    @Test
    void overlappingMembersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ContextLayout("bad", 8,
                List.of(new Field("a", 0, 4, 1, false), new Field("b", 2, 4, 1, false)), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ContextLayout("bad", 4,
                List.of(new Field("a", 0, 8, 1, false)), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ContextLayout("bad", 4,
                List.of(new Field("a", 0, 4, 1, false)), Map.of("x", "y")));
    }

    @ParameterizedTest
    @CsvSource({
        "SOCKET_FILTER, __sk_buff", "SCHED_CLS, __sk_buff", "CGROUP_SKB, __sk_buff",
        "XDP, xdp_md", "KPROBE, pt_regs", "PERF_EVENT, bpf_perf_event_data",
        "RAW_TRACEPOINT, bpf_raw_tracepoint_args", "CGROUP_SOCK_ADDR, bpf_sock_addr",
        "CGROUP_SOCK, bpf_sock", "SK_MSG, sk_msg_md", "CGROUP_DEVICE, bpf_cgroup_dev_ctx",
    })
    void programTypeContexts(ProgramType type, String struct) {
        assertEquals(struct, type.context().orElseThrow().name());
    }

    @Test
    void typesWithoutAFixedContext() {
        assertEquals(Optional.empty(), ProgramType.TRACEPOINT.context());
        assertEquals(Optional.empty(), ProgramType.TRACING.context());
        assertEquals(Optional.empty(), ProgramType.UNSPEC.context());
    }
}
