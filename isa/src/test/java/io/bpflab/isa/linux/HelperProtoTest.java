package io.bpflab.isa.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Helper prototypes, checked by hand on the ones every program uses. */
class HelperProtoTest {

    /**
     * The helpers that socket, tc, xdp, kprobe, tracepoint, perf_event, cgroup and sk_msg
     * programs call most; each must have a prototype.
     */
    static final List<Helper> COMMON = List.of(
            Helper.MAP_LOOKUP_ELEM, Helper.MAP_UPDATE_ELEM, Helper.MAP_DELETE_ELEM,
            Helper.MAP_PUSH_ELEM, Helper.MAP_POP_ELEM, Helper.MAP_PEEK_ELEM,
            Helper.MAP_LOOKUP_PERCPU_ELEM, Helper.PROBE_READ, Helper.PROBE_READ_STR,
            Helper.PROBE_READ_KERNEL, Helper.PROBE_READ_KERNEL_STR, Helper.PROBE_READ_USER,
            Helper.PROBE_READ_USER_STR, Helper.KTIME_GET_NS, Helper.KTIME_GET_BOOT_NS,
            Helper.KTIME_GET_COARSE_NS, Helper.KTIME_GET_TAI_NS, Helper.JIFFIES64,
            Helper.TRACE_PRINTK, Helper.TRACE_VPRINTK, Helper.SNPRINTF,
            Helper.GET_PRANDOM_U32, Helper.GET_SMP_PROCESSOR_ID, Helper.GET_NUMA_NODE_ID,
            Helper.TAIL_CALL, Helper.GET_CURRENT_PID_TGID, Helper.GET_CURRENT_UID_GID,
            Helper.GET_CURRENT_COMM, Helper.GET_CURRENT_TASK, Helper.GET_CURRENT_TASK_BTF,
            Helper.GET_CURRENT_CGROUP_ID, Helper.GET_STACKID, Helper.GET_STACK,
            Helper.PERF_EVENT_OUTPUT, Helper.PERF_EVENT_READ, Helper.PERF_EVENT_READ_VALUE,
            Helper.RINGBUF_OUTPUT, Helper.RINGBUF_RESERVE, Helper.RINGBUF_SUBMIT,
            Helper.RINGBUF_DISCARD, Helper.RINGBUF_QUERY, Helper.SKB_STORE_BYTES,
            Helper.SKB_LOAD_BYTES, Helper.SKB_LOAD_BYTES_RELATIVE, Helper.L3_CSUM_REPLACE,
            Helper.L4_CSUM_REPLACE, Helper.CSUM_DIFF, Helper.CSUM_UPDATE,
            Helper.CLONE_REDIRECT, Helper.REDIRECT, Helper.REDIRECT_MAP,
            Helper.REDIRECT_NEIGH, Helper.REDIRECT_PEER, Helper.SKB_VLAN_PUSH,
            Helper.SKB_VLAN_POP, Helper.SKB_GET_TUNNEL_KEY, Helper.SKB_SET_TUNNEL_KEY,
            Helper.SKB_CHANGE_PROTO, Helper.SKB_CHANGE_TYPE, Helper.SKB_CHANGE_TAIL,
            Helper.SKB_CHANGE_HEAD, Helper.SKB_PULL_DATA, Helper.SKB_ADJUST_ROOM,
            Helper.SKB_UNDER_CGROUP, Helper.GET_CGROUP_CLASSID, Helper.GET_ROUTE_REALM,
            Helper.GET_HASH_RECALC, Helper.SET_HASH, Helper.SET_HASH_INVALID,
            Helper.GET_SOCKET_COOKIE, Helper.GET_SOCKET_UID, Helper.SKB_ECN_SET_CE,
            Helper.XDP_ADJUST_HEAD, Helper.XDP_ADJUST_META, Helper.XDP_ADJUST_TAIL,
            Helper.XDP_LOAD_BYTES, Helper.XDP_STORE_BYTES, Helper.XDP_GET_BUFF_LEN,
            Helper.FIB_LOOKUP, Helper.SK_LOOKUP_TCP, Helper.SK_LOOKUP_UDP,
            Helper.SKC_LOOKUP_TCP, Helper.SK_RELEASE, Helper.TCP_SOCK, Helper.SK_FULLSOCK,
            Helper.SK_REDIRECT_MAP, Helper.SK_REDIRECT_HASH, Helper.MSG_REDIRECT_MAP,
            Helper.MSG_REDIRECT_HASH, Helper.SOCK_MAP_UPDATE, Helper.SOCK_HASH_UPDATE,
            Helper.SK_STORAGE_GET, Helper.SK_STORAGE_DELETE, Helper.MSG_APPLY_BYTES,
            Helper.MSG_PULL_DATA, Helper.LOOP, Helper.FOR_EACH_MAP_ELEM, Helper.STRTOL,
            Helper.STRTOUL, Helper.STRNCMP, Helper.SPIN_LOCK, Helper.SPIN_UNLOCK,
            Helper.GET_FUNC_IP, Helper.GET_ATTACH_COOKIE, Helper.GET_FUNC_ARG,
            Helper.GET_FUNC_RET, Helper.GET_LOCAL_STORAGE, Helper.TIMER_INIT,
            Helper.TIMER_SET_CALLBACK, Helper.TIMER_START, Helper.TIMER_CANCEL,
            Helper.SEND_SIGNAL, Helper.OVERRIDE_RETURN, Helper.PROBE_WRITE_USER,
            Helper.CURRENT_TASK_UNDER_CGROUP, Helper.TASK_STORAGE_GET, Helper.KPTR_XCHG,
            Helper.DYNPTR_FROM_MEM, Helper.DYNPTR_READ, Helper.DYNPTR_WRITE,
            Helper.DYNPTR_DATA, Helper.RINGBUF_RESERVE_DYNPTR, Helper.RINGBUF_SUBMIT_DYNPTR,
            Helper.RINGBUF_DISCARD_DYNPTR, Helper.SYS_BPF, Helper.BIND, Helper.SETSOCKOPT,
            Helper.GETSOCKOPT, Helper.GET_RETVAL, Helper.SET_RETVAL);

    static List<Helper> common() {
        return COMMON;
    }

    @ParameterizedTest
    @MethodSource("common")
    void commonHelpersHaveAPrototype(Helper h) {
        HelperProto p = h.proto().orElseThrow(() -> new AssertionError("no prototype for " + h));
        assertEquals(h, p.helper());
        assertEquals(p, HelperProto.variants(h).getFirst());
    }

    @Test
    void mapLookupElem() {
        HelperProto p = HelperProto.of(Helper.MAP_LOOKUP_ELEM).orElseThrow();
        assertEquals("bpf_map_lookup_elem_proto", p.protoName());
        assertEquals("kernel/bpf/helpers.c", p.source());
        assertEquals("RET_PTR_TO_MAP_VALUE_OR_NULL", p.ret().kernelName());
        assertEquals(ReturnType.RET_PTR_TO_MAP_VALUE, p.ret().type());
        assertTrue(p.ret().has(TypeFlag.PTR_MAYBE_NULL));
        assertEquals(List.of(ArgSpec.of(ArgType.ARG_CONST_MAP_PTR), ArgSpec.of(ArgType.ARG_PTR_TO_MAP_KEY)),
                p.args());
        assertEquals(ArgType.ARG_DONTCARE, p.arg(3).type());
        assertFalse(p.gplOnly());
        assertTrue(p.pktAccess());
    }

    @Test
    void tracePrintkIsGplAndReadsMemory() {
        HelperProto p = HelperProto.of(Helper.TRACE_PRINTK).orElseThrow();
        assertTrue(p.gplOnly());
        assertEquals("ARG_PTR_TO_MEM | MEM_RDONLY", p.arg(1).kernelName());
        assertEquals(ArgType.ARG_CONST_SIZE, p.arg(2).type());
        assertEquals(2, p.args().size());
    }

    @Test
    void compositeNamesAndValues() {
        HelperProto read = HelperProto.of(Helper.PROBE_READ_KERNEL).orElseThrow();
        assertEquals("ARG_PTR_TO_UNINIT_MEM", read.arg(1).kernelName());
        // kernel: ARG_PTR_TO_MEM = 4, MEM_UNINIT = BIT(7 + 8), MEM_WRITE = BIT(18 + 8).
        assertEquals(4 | 1 << 15 | 1 << 26, read.arg(1).value());
        assertEquals("ARG_CONST_SIZE_OR_ZERO", read.arg(2).kernelName());
        HelperProto reserve = HelperProto.of(Helper.RINGBUF_RESERVE).orElseThrow();
        assertEquals("RET_PTR_TO_RINGBUF_MEM_OR_NULL", reserve.ret().kernelName());
        HelperProto submit = HelperProto.of(Helper.RINGBUF_SUBMIT).orElseThrow();
        assertEquals("ARG_PTR_TO_RINGBUF_MEM | OBJ_RELEASE", submit.arg(1).kernelName());
        assertEquals(ReturnType.RET_VOID, submit.ret().type());
        HelperProto loop = HelperProto.of(Helper.LOOP).orElseThrow();
        assertEquals("ARG_PTR_TO_FUNC", loop.arg(2).kernelName());
        assertEquals("ARG_PTR_TO_STACK_OR_NULL", loop.arg(3).kernelName());
        HelperProto strtol = HelperProto.of(Helper.STRTOL).orElseThrow();
        assertEquals(8, strtol.arg(4).fixedSize());
        assertTrue(strtol.arg(4).has(TypeFlag.MEM_FIXED_SIZE));
    }

    @Test
    void btfTypedArgumentsAndReturns() {
        HelperProto task = HelperProto.of(Helper.GET_CURRENT_TASK_BTF).orElseThrow();
        assertEquals("RET_PTR_TO_BTF_ID_TRUSTED", task.ret().kernelName());
        assertEquals("task_struct", task.ret().btfType());
        HelperProto tcp = HelperProto.of(Helper.SKC_TO_TCP_SOCK).orElseThrow();
        assertEquals("tcp_sock", tcp.ret().btfType());
        assertEquals(ArgSpec.BTF_DYNAMIC, HelperProto.of(Helper.SPIN_LOCK).orElseThrow().arg(1).btfType());
    }

    @Test
    void perTypeVariantsAreListed() {
        List<HelperProto> out = HelperProto.variants(Helper.PERF_EVENT_OUTPUT);
        assertTrue(out.size() >= 4, out.toString());
        assertTrue(out.stream().anyMatch(p -> p.protoName().equals("bpf_skb_event_output_proto")
                && p.chosenBy().contains("tc_cls_act_func_proto")));
        assertTrue(out.stream().anyMatch(p -> p.protoName().equals("bpf_xdp_event_output_proto")
                && p.chosenBy().equals(List.of("xdp_func_proto"))));
        assertEquals(List.of(), HelperProto.variants(Helper.UNSPEC));
        assertEquals(Optional.empty(), HelperProto.of(Helper.UNSPEC));
    }

    @Test
    void everyRowIsWellFormed() {
        Set<String> seen = new java.util.HashSet<>();
        for (HelperProto p : HelperProto.all()) {
            assertTrue(seen.add(p.helper() + "/" + p.protoName()), "duplicate " + p.protoName());
            assertTrue(p.protoName().endsWith("_proto") || p.protoName().contains("_proto_"), p.protoName());
            assertFalse(p.chosenBy().isEmpty(), p.protoName());
            for (ArgSpec a : p.args()) {
                assertTrue(a.type() != ArgType.ARG_DONTCARE, p.protoName() + " has a DONTCARE hole");
            }
        }
        assertTrue(HelperProto.all().stream().map(HelperProto::helper).distinct().count() >= 190);
    }

    @ParameterizedTest
    @EnumSource(TypeFlag.class)
    void flagBitsSitAboveTheBaseType(TypeFlag f) {
        assertEquals(1 << (8 + f.ordinal()), f.bit());
    }

    @Test
    void fixedSizeGoesWithItsFlag() {
        assertThrows(IllegalArgumentException.class,
                () -> new ArgSpec(ArgType.ARG_PTR_TO_MEM, Set.of(TypeFlag.MEM_FIXED_SIZE), 0, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new ArgSpec(ArgType.ARG_PTR_TO_MEM, Set.of(), 8, ""));
        assertThrows(IllegalArgumentException.class,
                () -> HelperProto.of(Helper.LOOP).orElseThrow().arg(6));
        List<ArgSpec> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(ArgSpec.of(ArgType.ARG_ANYTHING));
        }
        assertThrows(IllegalArgumentException.class, () -> new HelperProto(Helper.LOOP, "x_proto",
                "f.c", ReturnSpec.of(ReturnType.RET_INTEGER), six, false, false, false, List.of("f"), ""));
    }
}
