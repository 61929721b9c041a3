package io.bpflab.isa.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Program, map and attach types against their enums in the uapi header. */
class UapiEnumTest {

    private static UapiHeader header() throws IOException {
        Optional<UapiHeader> h = UapiHeader.find();
        Assumptions.assumeTrue(h.isPresent(), "no uapi linux/bpf.h at " + UapiHeader.CANDIDATES);
        return h.get();
    }

    /**
     * Every constant of the header's enum (but the {@code __MAX} sentinel) must be in the
     * table under the same number; with the 6.12 tree, the table must hold no more.
     */
    private static void check(UapiHeader header, String cEnum, int tableSize,
            IntFunction<Optional<String>> uapiNameById) {
        Map<String, Integer> values = header.enumValues(cEnum);
        List<String> mismatches = new ArrayList<>();
        for (var e : values.entrySet()) {
            if (e.getKey().startsWith("__MAX")) {
                continue;
            }
            String expected = e.getKey().replace("_DEPRECATED", "");
            Optional<String> ours = uapiNameById.apply(e.getValue());
            if (ours.isEmpty() || !ours.get().equals(expected)) {
                mismatches.add(e.getKey() + "=" + e.getValue() + " vs " + ours.orElse("none"));
            }
        }
        int distinct = (int) values.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("__MAX"))
                .map(Map.Entry::getValue).distinct().count();
        assertEquals(List.of(), mismatches, cEnum);
        if (header.isReferenceTree()) {
            assertEquals(tableSize, distinct, cEnum + " size");
        }
    }

    @Test
    void programTypesMatchTheHeader() throws IOException {
        check(header(), "bpf_prog_type", ProgramType.values().length,
                id -> ProgramType.byId(id).map(ProgramType::uapiName));
    }

    @Test
    void mapTypesMatchTheHeader() throws IOException {
        check(header(), "bpf_map_type", MapType.values().length,
                id -> MapType.byId(id).map(MapType::uapiName));
    }

    @Test
    void attachTypesMatchTheHeader() throws IOException {
        check(header(), "bpf_attach_type", AttachType.values().length,
                id -> AttachType.byId(id).map(AttachType::uapiName));
    }

    @Test
    void knownNumbers() {
        assertEquals(1, ProgramType.SOCKET_FILTER.id());
        assertEquals(6, ProgramType.XDP.id());
        assertEquals(3, ProgramType.SCHED_CLS.id());
        assertEquals(1, MapType.HASH.id());
        assertEquals(27, MapType.RINGBUF.id());
        assertEquals(19, MapType.CGROUP_STORAGE.id());
        assertEquals(0, AttachType.CGROUP_INET_INGRESS.id());
        assertEquals(37, AttachType.XDP.id());
    }

    @Test
    void namesBothWays() {
        assertEquals(Optional.of(MapType.PERCPU_HASH), MapType.byName("percpu_hash"));
        assertEquals(Optional.of(MapType.PERCPU_HASH), MapType.byName("BPF_MAP_TYPE_PERCPU_HASH"));
        assertEquals(Optional.of(MapType.CGROUP_STORAGE), MapType.byName("cgroup_storage_deprecated"));
        assertEquals(Optional.empty(), MapType.byName("hash_deprecated"));
        assertEquals(Optional.empty(), MapType.byName("hashmap"));
        assertEquals("lru_hash", MapType.LRU_HASH.shortName());
        assertEquals(Optional.of(ProgramType.SCHED_CLS), ProgramType.byName("sched_cls"));
        assertEquals(Optional.of(ProgramType.XDP), ProgramType.byName("BPF_PROG_TYPE_XDP"));
        assertEquals(Optional.empty(), ProgramType.byName("tc"));
        assertEquals("socket_filter", ProgramType.SOCKET_FILTER.shortName());
        assertEquals(Optional.of(AttachType.TCX_INGRESS), AttachType.byName("BPF_TCX_INGRESS"));
        assertEquals(Optional.of(AttachType.TCX_INGRESS), AttachType.byName("tcx_ingress"));
        for (MapType t : MapType.values()) {
            assertEquals(Optional.of(t), MapType.byName(t.shortName()));
            assertEquals(Optional.of(t), MapType.byId(t.id()));
        }
        for (ProgramType t : ProgramType.values()) {
            assertEquals(Optional.of(t), ProgramType.byName(t.uapiName()));
        }
        assertTrue(MapType.byId(MapType.values().length).isEmpty());
        assertTrue(ProgramType.byId(-1).isEmpty());
    }
}
