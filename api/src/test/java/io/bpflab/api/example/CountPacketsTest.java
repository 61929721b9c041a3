package io.bpflab.api.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.api.BpfMap;
import io.bpflab.api.Context;
import io.bpflab.api.Engine;
import io.bpflab.api.Program;
import io.bpflab.api.Result;
import io.bpflab.api.junit.BpfProgram;
import io.bpflab.api.junit.BpfTest;
import io.bpflab.api.junit.MapOf;
import org.junit.jupiter.api.Test;

/** The README's example of the JUnit 5 extension: kept here so CI compiles and runs it. */
@BpfTest
class CountPacketsTest {

    @Test
    void sumsInABoundedLoop(@BpfProgram("sum.s") Program sum) {
        assertTrue(sum.verify().accepted(), sum.verify().log());
        assertEquals(55, sum.run(Context.empty()).r0());
    }

    @Test
    void countsEveryPacket(@BpfProgram("count.s") Program xdp, @MapOf("counts") BpfMap counts) {
        byte[] frame = new byte[64];
        Result first = xdp.run(Context.packet(frame));
        Result second = xdp.run(Context.packet(frame).on(Engine.JIT));
        assertEquals(2, first.r0());                  // XDP_PASS
        assertEquals(2, second.r0());
        assertEquals(2, counts.getLong(0));           // both runs counted
        counts.putLong(0, 40);                        // maps are writable too
        xdp.run(Context.packet(frame));
        assertEquals(41, counts.getLong(0));
    }

    @Test
    void everyTestStartsWithFreshMaps(@MapOf("counts") BpfMap counts, @BpfProgram("count.s") Program xdp) {
        assertEquals(0, counts.getLong(0));
        xdp.run(Context.packet(new byte[14]));
        assertEquals(1, counts.getLong(0));
    }
}
