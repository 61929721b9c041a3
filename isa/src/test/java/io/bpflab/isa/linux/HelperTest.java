package io.bpflab.isa.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class HelperTest {

    @Test
    void knownIdsAndNames() {
        assertEquals(Helper.MAP_LOOKUP_ELEM, Helper.byId(1).orElseThrow());
        assertEquals("map_lookup_elem", Helper.MAP_LOOKUP_ELEM.shortName());
        assertEquals("bpf_map_lookup_elem", Helper.MAP_LOOKUP_ELEM.kernelName());
        assertEquals(12, Helper.TAIL_CALL.id());
        assertEquals(6, Helper.TRACE_PRINTK.id());
        assertEquals(130, Helper.RINGBUF_OUTPUT.id());
        assertEquals(181, Helper.LOOP.id());
        assertEquals(211, Helper.CGRP_STORAGE_DELETE.id());
        assertEquals(0, Helper.UNSPEC.id());
        assertEquals(212, Helper.values().length);
    }

    @Test
    void byIdOutsideTheTableIsEmpty() {
        assertTrue(Helper.byId(-1).isEmpty());
        assertTrue(Helper.byId(212).isEmpty());
        assertTrue(Helper.byId(Integer.MAX_VALUE).isEmpty());
    }

    @Test
    void byNameTakesBothSpellings() {
        assertEquals(Optional.of(Helper.KTIME_GET_NS), Helper.byName("bpf_ktime_get_ns"));
        assertEquals(Optional.of(Helper.KTIME_GET_NS), Helper.byName("ktime_get_ns"));
        assertTrue(Helper.byName("bpf_").isEmpty());
        assertTrue(Helper.byName("BPF_KTIME_GET_NS").isEmpty());
        assertTrue(Helper.byName("bpf_bpf_ktime_get_ns").isEmpty());
        for (Helper h : Helper.values()) {
            assertEquals(Optional.of(h), Helper.byName(h.kernelName()));
            assertEquals(Optional.of(h), Helper.byName(h.shortName()));
        }
    }

    @Test
    void suggestFindsTheNearestNames() {
        assertEquals("bpf_map_lookup_elem", Helper.suggest("bpf_map_lokup_elem").getFirst());
        assertEquals("bpf_map_lookup_elem", Helper.suggest("map_lookup_elm").getFirst());
        assertEquals("bpf_trace_printk", Helper.suggest("bpf_trace_printf").getFirst());
        assertEquals("bpf_ktime_get_ns", Helper.suggest("bpf_ktime_get_ms").getFirst());
        assertEquals(List.of(), Helper.suggest("completely_unrelated_thing"));
        assertTrue(Helper.suggest("x").size() <= 3);
        assertTrue(Helper.suggest("unspec").stream().noneMatch(n -> n.equals("bpf_unspec")));
    }

    @Test
    void suggestRanksAnExactNameFirst() {
        for (Helper h : Helper.values()) {
            if (h != Helper.UNSPEC) {
                assertEquals(h.kernelName(), Helper.suggest(h.kernelName()).getFirst());
            }
        }
    }

    @Test
    void tableMatchesTheUapiHeader() throws IOException {
        Optional<UapiHeader> header = UapiHeader.find();
        Assumptions.assumeTrue(header.isPresent(), "no uapi linux/bpf.h at " + UapiHeader.CANDIDATES);
        Map<String, Integer> helpers = header.get().helpers();
        List<String> mismatches = new ArrayList<>();
        helpers.forEach((name, id) -> {
            Optional<Helper> h = Helper.byId(id);
            if (h.isEmpty() || !h.get().shortName().equals(name)) {
                mismatches.add(id + " " + name + " vs " + h.map(Helper::shortName).orElse("none"));
            }
        });
        assertEquals(List.of(), mismatches);
        // An older installed header lists fewer helpers; the 6.12 tree must list them all.
        if (header.get().isReferenceTree()) {
            assertEquals(Helper.values().length, helpers.size());
        } else {
            assertTrue(helpers.size() > 100, "parsed only " + helpers.size() + " helpers");
        }
    }
}
