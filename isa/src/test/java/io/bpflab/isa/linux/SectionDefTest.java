package io.bpflab.isa.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SectionDefTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "socket, SOCKET_FILTER, ",
        "xdp, XDP, XDP",
        "xdp/devmap, XDP, XDP_DEVMAP",
        "xdp.frags, XDP, XDP",
        "tc, SCHED_CLS, ",
        "classifier, SCHED_CLS, ",
        "tc/ingress, SCHED_CLS, TCX_INGRESS",
        "tcx/egress, SCHED_CLS, TCX_EGRESS",
        "action, SCHED_ACT, ",
        "kprobe, KPROBE, ",
        "kprobe/sys_open, KPROBE, ",
        "kretprobe/do_unlinkat, KPROBE, ",
        "kprobe.multi/vfs_*, KPROBE, TRACE_KPROBE_MULTI",
        "uprobe/lib.so:func, KPROBE, ",
        "tracepoint/syscalls/sys_enter_openat, TRACEPOINT, ",
        "tp/sched/sched_switch, TRACEPOINT, ",
        "raw_tracepoint/sys_enter, RAW_TRACEPOINT, ",
        "raw_tp/sys_enter, RAW_TRACEPOINT, ",
        "raw_tp.w/sys_enter, RAW_TRACEPOINT_WRITABLE, ",
        "fentry/do_unlinkat, TRACING, TRACE_FENTRY",
        "lsm/file_open, LSM, LSM_MAC",
        "cgroup/skb, CGROUP_SKB, ",
        "cgroup_skb/ingress, CGROUP_SKB, CGROUP_INET_INGRESS",
        "cgroup_skb/egress, CGROUP_SKB, CGROUP_INET_EGRESS",
        "cgroup/sock, CGROUP_SOCK, CGROUP_INET_SOCK_CREATE",
        "cgroup/connect4, CGROUP_SOCK_ADDR, CGROUP_INET4_CONNECT",
        "cgroup/dev, CGROUP_DEVICE, CGROUP_DEVICE",
        "perf_event, PERF_EVENT, ",
        "lwt_in, LWT_IN, ",
        "lwt_xmit, LWT_XMIT, ",
        "sockops, SOCK_OPS, CGROUP_SOCK_OPS",
        "sk_skb/stream_verdict, SK_SKB, SK_SKB_STREAM_VERDICT",
        "sk_skb, SK_SKB, ",
        "sk_msg, SK_MSG, SK_MSG_VERDICT",
        "flow_dissector, FLOW_DISSECTOR, FLOW_DISSECTOR",
        "sk_lookup, SK_LOOKUP, SK_LOOKUP",
        "syscall, SYSCALL, ",
        "netfilter, NETFILTER, NETFILTER",
    })
    void libbpfRules(String section, ProgramType type, AttachType attach) {
        SectionDef d = ProgramType.fromSection(section).orElseThrow();
        assertEquals(type, d.programType());
        assertEquals(Optional.ofNullable(attach), d.expectedAttachType());
        assertEquals(attach == null ? 0 : attach.id(), d.expectedAttachTypeValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text", ".text", "kprobex", "kprobe_foo", "socket/1", "socket1",
        "tc/foo", "xdp/foo", "cgroup/skbx", "Socket", "tracepoints/x", "maps"})
    void namesLibbpfDoesNotKnow(String section) {
        assertEquals(Optional.empty(), ProgramType.fromSection(section));
    }

    @Test
    void flags() {
        assertEquals(Set.of(SectionDef.Flag.SLEEPABLE),
                ProgramType.fromSection("uprobe.s/lib:f").orElseThrow().flags());
        assertEquals(Set.of(SectionDef.Flag.XDP_FRAGS),
                ProgramType.fromSection("xdp.frags").orElseThrow().flags());
        assertEquals(Set.of(SectionDef.Flag.ATTACH_BTF, SectionDef.Flag.SLEEPABLE),
                ProgramType.fromSection("fentry.s/f").orElseThrow().flags());
        assertEquals(Set.of(), ProgramType.fromSection("xdp").orElseThrow().flags());
    }

    @Test
    void firstMatchWinsAndEveryRuleIsReachable() {
        Set<String> patterns = new HashSet<>();
        for (SectionDef d : SectionDef.libbpfRules()) {
            assertTrue(patterns.add(d.pattern()), "duplicate " + d.pattern());
            // The rule's own word (pattern without '+') must land on that very rule.
            String word = d.pattern().endsWith("+")
                    ? d.pattern().substring(0, d.pattern().length() - 1) : d.pattern();
            assertEquals(d, SectionDef.find(word).orElseThrow(), word);
        }
        assertFalse(SectionDef.libbpfRules().isEmpty());
    }
}
