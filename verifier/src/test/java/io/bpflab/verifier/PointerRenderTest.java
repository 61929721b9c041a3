package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bpflab.isa.elf.MapDef;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.TypeFlag;
import org.junit.jupiter.api.Test;

/**
 * Pointer registers as the kernel's log prints them (kernel/bpf/log.c print_reg_state,
 * reg_type_str); the forms below were taken from the running kernel's level-2 logs.
 */
class PointerRenderTest {
    private static final MapDef COUNTS = new MapDef("counts", "array", MapType.ARRAY.id(), 4, 8, 4, 0);

    @Test
    void mapPointersNameTheirMap() {
        RegState.Pointer p = RegState.Pointer.of(PtrKind.MAP_VALUE).withMap(COUNTS);
        assertEquals("map_value(map=counts,ks=4,vs=8)", p.render());
        assertEquals("map_value_or_null(id=1,map=counts,ks=4,vs=8)",
            p.withFlags(TypeFlag.PTR_MAYBE_NULL.bit()).withId(1).render());
        assertEquals("map_value(map=counts,ks=4,vs=8,off=24)", p.withOff(24, Scalar.known(0)).render());
        assertEquals("map_ptr(map=counts,ks=4,vs=8)", RegState.Pointer.of(PtrKind.MAP_PTR).withMap(COUNTS).render());
    }

    @Test
    void packetPointersShowTheirRange() {
        RegState.Pointer pkt = RegState.Pointer.of(PtrKind.PACKET);
        assertEquals("pkt(r=0)", pkt.render());
        assertEquals("pkt(off=14,r=14)", pkt.withOff(14, Scalar.known(0)).withRange(14).render());
        // kernel: a range below zero is AT_PKT_END or BEYOND_PKT_END, printed as a u64
        assertEquals("pkt(off=14,r=0xfffffffffffffffe)",
            pkt.withOff(14, Scalar.known(0)).withRange(PointerBranch.BEYOND_PKT_END).render());
        assertEquals("pkt_end()", RegState.Pointer.of(PtrKind.PACKET_END).render());
        assertEquals("pkt_meta(r=0)", RegState.Pointer.of(PtrKind.PACKET_META).render());
    }

    @Test
    void variableOffsetsPrintTheirRanges() {
        RegState.Pointer p = RegState.Pointer.of(PtrKind.PACKET).withId(2)
            .withOff(0, Scalar.of(Tnum.range(0, 15), 0, 15));
        assertEquals("pkt(id=2,r=0,smin=smin32=0,smax=umax=smax32=umax32=15,var_off=(0x0; 0xf))", p.render());
    }

    @Test
    void modifiersArePrefixesAndSuffixes() {
        RegState.Pointer rb = RegState.Pointer.of(PtrKind.MEM).withMemSize(16)
            .withFlags(TypeFlag.MEM_RINGBUF.bit() | TypeFlag.PTR_MAYBE_NULL.bit()).withId(2).withRef(2);
        assertEquals("ringbuf_mem_or_null(id=2,ref_obj_id=2,sz=16)", rb.render());
        assertEquals("rdonly_mem(sz=8)",
            RegState.Pointer.of(PtrKind.MEM).withMemSize(8).withFlags(TypeFlag.MEM_RDONLY.bit()).render());
        assertEquals("sock_or_null(id=3,ref_obj_id=3)", RegState.Pointer.of(PtrKind.SOCKET)
            .withFlags(TypeFlag.PTR_MAYBE_NULL.bit()).withId(3).withRef(3).render());
        assertEquals("trusted_ptr_task_struct()", RegState.Pointer.of(PtrKind.BTF_ID)
            .withFlags(TypeFlag.PTR_TRUSTED.bit()).withBtf("task_struct").render());
        assertEquals("ptr_or_null_task_struct(id=4)", RegState.Pointer.of(PtrKind.BTF_ID)
            .withFlags(TypeFlag.PTR_MAYBE_NULL.bit()).withBtf("task_struct").withId(4).render());
        assertEquals("ctx(off=4)", RegState.Pointer.of(PtrKind.CTX).withOff(4, Scalar.known(0)).render());
    }
}
