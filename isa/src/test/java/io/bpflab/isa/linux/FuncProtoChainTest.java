package io.bpflab.isa.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which helper a program type may call, and with which prototype. */
class FuncProtoChainTest {

    static final Path TREE = io.bpflab.isa.KernelTree.rootOrMissing();

    @ParameterizedTest(name = "{0} calls {1}: {2}")
    @CsvSource({
        "XDP, MAP_LOOKUP_ELEM, bpf_map_lookup_elem_proto",
        "XDP, XDP_ADJUST_HEAD, bpf_xdp_adjust_head_proto",
        "XDP, REDIRECT_MAP, bpf_xdp_redirect_map_proto",
        "XDP, PERF_EVENT_OUTPUT, bpf_xdp_event_output_proto",
        "XDP, SKB_LOAD_BYTES, ",
        "SOCKET_FILTER, SKB_LOAD_BYTES, bpf_skb_load_bytes_proto",
        "SOCKET_FILTER, XDP_ADJUST_HEAD, ",
        "SOCKET_FILTER, TRACE_PRINTK, bpf_trace_printk_proto",
        "SOCKET_FILTER, PERF_EVENT_OUTPUT, bpf_skb_event_output_proto",
        "SCHED_CLS, PERF_EVENT_OUTPUT, bpf_skb_event_output_proto",
        "SCHED_CLS, REDIRECT, bpf_redirect_proto",
        "SCHED_CLS, L4_CSUM_REPLACE, bpf_l4_csum_replace_proto",
        "KPROBE, PERF_EVENT_OUTPUT, bpf_perf_event_output_proto",
        "KPROBE, PROBE_READ_KERNEL, bpf_probe_read_kernel_proto",
        "KPROBE, GET_FUNC_IP, bpf_get_func_ip_proto_kprobe",
        "KPROBE, GET_STACK, bpf_get_stack_proto",
        "KPROBE, GET_ATTACH_COOKIE, bpf_get_attach_cookie_proto_trace",
        "KPROBE, SKB_LOAD_BYTES, ",
        "TRACEPOINT, PERF_EVENT_OUTPUT, bpf_perf_event_output_proto_tp",
        "RAW_TRACEPOINT, PERF_EVENT_OUTPUT, bpf_perf_event_output_proto_raw_tp",
        "PERF_EVENT, PERF_PROG_READ_VALUE, bpf_perf_prog_read_value_proto",
        "TRACEPOINT, PERF_PROG_READ_VALUE, ",
        "LWT_SEG6LOCAL, SKB_PULL_DATA, ",
        "LWT_IN, SKB_PULL_DATA, bpf_skb_pull_data_proto",
        "CGROUP_SKB, GET_LOCAL_STORAGE, bpf_get_local_storage_proto",
        "CGROUP_SOCK_ADDR, BIND, bpf_bind_proto",
        "CGROUP_SOCK, SK_STORAGE_GET, bpf_sk_storage_get_cg_sock_proto",
        "CGROUP_SOCK_ADDR, SK_STORAGE_GET, bpf_sk_storage_get_proto",
        "SK_SKB, SK_REDIRECT_MAP, bpf_sk_redirect_map_proto",
        "TRACING, MAP_LOOKUP_ELEM, ",
    })
    void availability(ProgramType type, Helper helper, String proto) {
        assertEquals(Optional.ofNullable(proto),
                HelperProto.forProgramType(helper, type).map(HelperProto::protoName));
    }

    @Test
    void everyHelperOfTheBaseIsOfferedToSocketFilters() {
        for (HelperProto p : HelperProto.all()) {
            if (p.chosenBy().contains("bpf_base_func_proto") && p.condition().isEmpty()) {
                assertTrue(HelperProto.forProgramType(p.helper(), ProgramType.SOCKET_FILTER).isPresent(),
                        p.helper().kernelName());
            }
        }
    }

    /**
     * The chains against the kernel: the program type's ops (bpf_types.h) name its
     * {@code get_func_proto}; each function asks the functions it calls before its
     * {@code switch (func_id)}, then its own cases, then what its {@code default:} calls.
     */
    @Test
    void chainsMatchTheKernel() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TREE.resolve("net/core")), "no kernel tree at " + TREE);
        StringBuilder all = new StringBuilder();
        for (String f : List.of("net/core/filter.c", "kernel/trace/bpf_trace.c", "kernel/bpf/cgroup.c",
                "kernel/bpf/helpers.c")) {
            all.append(Files.readString(TREE.resolve(f)));
        }
        String sources = all.toString();
        Map<String, String> ops = new HashMap<>();
        Matcher t = Pattern.compile("BPF_PROG_TYPE\\(BPF_PROG_TYPE_(\\w+), (\\w+),")
                .matcher(Files.readString(TREE.resolve("include/linux/bpf_types.h")));
        while (t.find()) {
            ops.put(t.group(1), t.group(2));
        }
        List<String> mismatches = new ArrayList<>();
        for (ProgramType type : ProgramType.values()) {
            if (type.funcProtoChain().isEmpty()) {
                continue;
            }
            Matcher v = Pattern.compile("(?s)bpf_verifier_ops " + ops.get(type.name())
                    + "_verifier_ops = \\{.*?\\.get_func_proto\\s*=\\s*(\\w+)").matcher(sources);
            assertTrue(v.find(), type + " ops");
            List<String> chain = new ArrayList<>();
            walk(sources, v.group(1), chain);
            if (!chain.equals(type.funcProtoChain())) {
                mismatches.add(type + ": kernel " + chain + ", table " + type.funcProtoChain());
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static void walk(String sources, String fn, List<String> chain) {
        Matcher m = Pattern.compile("(?s)\\n" + fn + "\\(enum bpf_func_id func_id[^)]*\\)\\n\\{(.*?)\\n\\}")
                .matcher(sources);
        assertTrue(m.find(), "definition of " + fn);
        String body = m.group(1);
        int sw = body.indexOf("switch (func_id)");
        Pattern call = Pattern.compile("(\\w+_func_proto)\\(func_id, prog\\)");
        Matcher pre = call.matcher(body.substring(0, sw));
        while (pre.find()) {
            walk(sources, pre.group(1), chain);
        }
        chain.add(fn);
        int dflt = body.indexOf("default:", sw);
        if (dflt >= 0) {
            Matcher post = call.matcher(body.substring(dflt));
            if (post.find()) {
                walk(sources, post.group(1), chain);
            }
        }
    }
}
