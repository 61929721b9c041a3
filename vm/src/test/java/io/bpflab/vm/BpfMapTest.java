package io.bpflab.vm;

import static org.junit.jupiter.api.Assertions.*;

import io.bpflab.isa.linux.MapType;
import java.util.List;
import org.junit.jupiter.api.Test;

class BpfMapTest {

    private final Vm vm = Vm.linux();
    private int nextFd = 3;

    private BpfMap make(MapType t, int k, int v, int n) {
        BpfMap m = BpfMap.create("m" + nextFd, t, k, v, n, 0);
        vm.addMap(nextFd++, m);
        return m;
    }

    static byte[] u32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    static byte[] u64(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    @Test
    void arrayFlagsAndBounds() {
        BpfMap a = make(MapType.ARRAY, 4, 8, 4);
        assertEquals(0, a.update(u32(1), u64(7), BpfMap.BPF_ANY));
        assertEquals(0, a.update(u32(1), u64(8), BpfMap.BPF_EXIST));
        assertEquals(-Errno.EEXIST, a.update(u32(1), u64(9), BpfMap.BPF_NOEXIST));
        assertEquals(-Errno.E2BIG, a.update(u32(4), u64(9), BpfMap.BPF_ANY));
        assertEquals(-Errno.EINVAL, a.update(u32(1), u64(9), 3));
        assertEquals(-Errno.EINVAL, a.delete(u32(1)));
        assertArrayEquals(u64(8), a.get(u32(1)));
        assertEquals(0, a.lookup(u32(4)));
        long addr = a.lookup(u32(1));
        assertEquals(8, vm.memory().load64(addr));
        // The value is a region of its own: one byte past it faults.
        assertThrows(BpfFault.class, () -> vm.memory().load8(addr + 8));
        assertArrayEquals(u64(0), a.get(u32(0)), "array values start zeroed");
    }

    @Test
    void readOnlyForProgramsMapsRefuseStores() {
        BpfMap ro = BpfMap.create("ro", MapType.ARRAY, 4, 8, 1, BpfMap.BPF_F_RDONLY_PROG);
        vm.addMap(nextFd++, ro);
        assertEquals(0, ro.hostUpdate(u32(0), u64(5)), "the host still writes it");
        long addr = ro.lookup(u32(0));
        assertEquals(5, vm.memory().load64(addr));
        BpfFault f = assertThrows(BpfFault.class, () -> vm.memory().store8(addr, 1));
        assertEquals(BpfFault.Kind.READ_ONLY, f.kind());
    }

    @Test
    void percpuArrayKeepsOneCopyPerCpu() {
        ArrayMap a = (ArrayMap) make(MapType.PERCPU_ARRAY, 4, 4, 1);
        vm.environment().cpu = 1;
        a.update(u32(0), u32(11), 0);
        vm.environment().cpu = 0;
        assertArrayEquals(u32(0), a.get(u32(0)));
        assertArrayEquals(u32(11), a.get(u32(0), 1));
    }

    @Test
    void hashFlagsCapacityAndDelete() {
        BpfMap h = make(MapType.HASH, 4, 4, 2);
        assertEquals(-Errno.ENOENT, h.update(u32(1), u32(1), BpfMap.BPF_EXIST));
        assertEquals(0, h.update(u32(1), u32(1), BpfMap.BPF_NOEXIST));
        assertEquals(-Errno.EEXIST, h.update(u32(1), u32(2), BpfMap.BPF_NOEXIST));
        assertEquals(0, h.update(u32(2), u32(2), BpfMap.BPF_ANY));
        assertEquals(-Errno.E2BIG, h.update(u32(3), u32(3), BpfMap.BPF_ANY));
        assertEquals(0, h.update(u32(2), u32(5), BpfMap.BPF_ANY), "replacing needs no room");
        long addr = h.lookup(u32(1));
        assertNotEquals(0, addr);
        assertEquals(0, h.delete(u32(1)));
        assertEquals(-Errno.ENOENT, h.delete(u32(1)));
        assertEquals(0, h.lookup(u32(1)));
        assertThrows(BpfFault.class, () -> vm.memory().load32(addr), "a deleted value is unmapped");
    }

    @Test
    void lruEvictsLeastRecentlyUsed() {
        BpfMap h = make(MapType.LRU_HASH, 4, 4, 2);
        h.update(u32(1), u32(1), 0);
        h.update(u32(2), u32(2), 0);
        h.lookup(u32(1));
        assertEquals(0, h.update(u32(3), u32(3), 0));
        assertNull(h.get(u32(2)));
        assertNotNull(h.get(u32(1)));
        BpfMap p = make(MapType.LRU_PERCPU_HASH, 4, 4, 1);
        p.update(u32(1), u32(1), 0);
        assertEquals(0, p.update(u32(2), u32(2), 0));
        assertEquals(1, p.entries().size());
    }

    @Test
    void queueAndStackOrderAndErrors() {
        BpfMap q = make(MapType.QUEUE, 0, 4, 2);
        BpfMap s = make(MapType.STACK, 0, 4, 2);
        byte[] out = new byte[4];
        for (BpfMap m : List.of(q, s)) {
            assertEquals(-Errno.ENOENT, m.pop(out));
            assertEquals(0, m.push(u32(1), 0));
            assertEquals(0, m.push(u32(2), 0));
            assertEquals(-Errno.E2BIG, m.push(u32(3), 0));
            assertEquals(-Errno.EINVAL, m.push(u32(3), 1));
            assertEquals(0, m.push(u32(3), BpfMap.BPF_EXIST), "BPF_EXIST drops the oldest");
        }
        assertEquals(0, q.pop(out));
        assertArrayEquals(u32(2), out);
        assertEquals(0, s.peek(out));
        assertArrayEquals(u32(3), out);
        assertEquals(0, s.pop(out));
        assertEquals(0, s.pop(out));
        assertArrayEquals(u32(2), out);
    }

    private static byte[] lpmKey(int plen, int a, int b, int c, int d) {
        return new byte[] {(byte) plen, 0, 0, 0, (byte) a, (byte) b, (byte) c, (byte) d};
    }

    @Test
    void lpmTrieLongestPrefix() {
        BpfMap t = make(MapType.LPM_TRIE, 8, 4, 2);
        assertEquals(0, t.update(lpmKey(8, 10, 0, 0, 0), u32(8), 0));
        assertEquals(0, t.update(lpmKey(24, 10, 1, 2, 99), u32(24), 0));
        assertEquals(-Errno.ENOSPC, t.update(lpmKey(16, 10, 1, 0, 0), u32(16), 0));
        assertEquals(-Errno.EINVAL, t.update(lpmKey(33, 10, 1, 0, 0), u32(16), 0));
        assertArrayEquals(u32(24), t.get(lpmKey(32, 10, 1, 2, 3)));
        assertArrayEquals(u32(8), t.get(lpmKey(32, 10, 9, 2, 3)));
        assertArrayEquals(u32(8), t.get(lpmKey(16, 10, 1, 2, 3)), "the key's prefix length bounds the match");
        assertNull(t.get(lpmKey(32, 11, 1, 2, 3)));
        assertEquals(-Errno.ENOENT, t.delete(lpmKey(16, 10, 0, 0, 0)));
        assertEquals(0, t.delete(lpmKey(24, 10, 1, 2, 0)));
    }

    @Test
    void ringbufAccountsHeadersAndRefusesWhenFull() {
        RingBuf rb = (RingBuf) make(MapType.RINGBUF, 0, 0, 4096);
        assertEquals(0, rb.output(new byte[5], 0));
        assertEquals(16, rb.query(RingBuf.BPF_RB_AVAIL_DATA));
        long r = rb.reserve(4000, 0);
        assertNotEquals(0, r);
        assertEquals(0, rb.reserve(100, 0), "no room left");
        assertEquals(-Errno.EAGAIN, rb.output(new byte[100], 0));
        vm.memory().store8(r, 0x42);
        rb.commit(r, false);
        List<byte[]> got = rb.drain();
        assertEquals(2, got.size());
        assertEquals(0x42, got.get(1)[0]);
        assertEquals(0, rb.query(RingBuf.BPF_RB_AVAIL_DATA));
        assertThrows(IllegalArgumentException.class, () -> BpfMap.create("bad", MapType.RINGBUF, 0, 0, 1000, 0));
    }

    @Test
    void perfEventArrayIndexes() {
        PerfEventArray p = (PerfEventArray) make(MapType.PERF_EVENT_ARRAY, 4, 4, 2);
        assertEquals(0, p.output(PerfEventArray.BPF_F_CURRENT_CPU, new byte[] {1}));
        assertEquals(0, p.output(1, new byte[] {2}));
        assertEquals(-Errno.E2BIG, p.output(2, new byte[] {3}));
        assertEquals(-Errno.EINVAL, p.output(1L << 32, new byte[] {3}));
        assertEquals(2, p.samples().size());
        assertEquals(1, p.samples().get(1).cpu());
    }

    @Test
    void mapOfMapsReturnsInnerHandle() {
        BpfMap inner = make(MapType.ARRAY, 4, 4, 1);
        MapOfMaps outer = (MapOfMaps) make(MapType.ARRAY_OF_MAPS, 4, 4, 2);
        assertEquals(0, outer.setInner(u32(1), 3));
        assertEquals(-Errno.E2BIG, outer.setInner(u32(2), 3));
        assertSame(inner, vm.mapOf(outer.lookup(u32(1))));
        assertEquals(0, outer.lookup(u32(0)));
        MapOfMaps hom = (MapOfMaps) make(MapType.HASH_OF_MAPS, 4, 4, 1);
        assertEquals(0, hom.setInner(u32(9), 3));
        assertEquals(0, hom.delete(u32(9)));
        assertEquals(-Errno.ENOENT, hom.delete(u32(9)));
    }

    @Test
    void sizesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> BpfMap.create("a", MapType.ARRAY, 8, 4, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> BpfMap.create("q", MapType.QUEUE, 4, 4, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> BpfMap.create("h", MapType.HASH, 4, 4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> BpfMap.create("s", MapType.SOCKMAP, 4, 4, 1, 0));
    }
}
