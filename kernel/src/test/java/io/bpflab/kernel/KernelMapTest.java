package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.linux.MapType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("kernel")
class KernelMapTest {

    @BeforeEach
    void kernel() {
        KernelAssumptions.assumeKernel();
    }

    static byte[] u32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    static byte[] u64(long v) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    }

    @Test
    void hashCrud() throws Exception {
        try (KernelMap m = KernelMap.create(new MapSpec("crud", MapType.HASH, 4, 8, 16))) {
            assertTrue(m.lookup(u32(1)).isEmpty());
            m.update(u32(1), u64(0x1122334455667788L));
            m.update(u32(2), u64(2), KernelMap.BPF_NOEXIST);
            assertArrayEquals(u64(0x1122334455667788L), m.lookup(u32(1)).orElseThrow());
            KernelException exists = assertThrows(KernelException.class,
                    () -> m.update(u32(2), u64(3), KernelMap.BPF_NOEXIST));
            assertEquals("BPF_MAP_UPDATE_ELEM: EEXIST (File exists)", exists.getMessage());
            KernelException absent = assertThrows(KernelException.class,
                    () -> m.update(u32(9), u64(3), KernelMap.BPF_EXIST));
            assertEquals(Errno.ENOENT.number, absent.errno());
            assertEquals(2, m.entries().size());
            assertTrue(m.delete(u32(1)));
            assertFalse(m.delete(u32(1)));
            List<KernelMap.Entry> left = m.entries();
            assertEquals(1, left.size());
            assertEquals(new KernelMap.Entry(u32(2), u64(2)), left.getFirst());
            assertEquals("02000000=0200000000000000", left.getFirst().toString());
        }
    }

    @Test
    void arrayEntriesInIndexOrder() throws Exception {
        try (KernelMap m = KernelMap.create(new MapSpec("arr", MapType.ARRAY, 4, 4, 3))) {
            m.update(u32(1), u32(10));
            List<KernelMap.Entry> all = m.entries();
            assertEquals(3, all.size());
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(u32(i), all.get(i).key());
                assertArrayEquals(u32(i == 1 ? 10 : 0), all.get(i).value());
            }
            assertArrayEquals(u32(1), m.nextKey(u32(0)).orElseThrow());
            assertTrue(m.nextKey(u32(2)).isEmpty());
            assertEquals(Errno.E2BIG.number,
                    assertThrows(KernelException.class, () -> m.update(u32(3), u32(0))).errno());
        }
    }

    @Test
    void perCpuValuesOnePerPossibleCpu() throws Exception {
        try (KernelMap m = KernelMap.create(new MapSpec("pcpu", MapType.PERCPU_ARRAY, 4, 4, 1))) {
            assertEquals(8 * PossibleCpus.count(), m.valueBytes());
            byte[] v = new byte[m.valueBytes()];
            v[0] = 5;
            m.update(u32(0), v);
            assertArrayEquals(v, m.lookup(u32(0)).orElseThrow());
        }
    }

    @Test
    void badCreateNamesTheCommand() {
        KernelException e = assertThrows(KernelException.class,
                () -> KernelMap.create(new MapSpec("bad", MapType.ARRAY, 0, 4, 1)));
        assertEquals("BPF_MAP_CREATE: EINVAL (Invalid argument)", e.getMessage());
    }

    @Test
    void wrongSizesAreRefusedBeforeTheKernel() throws Exception {
        try (KernelMap m = KernelMap.create(new MapSpec("sizes", MapType.HASH, 4, 8, 1))) {
            assertThrows(IllegalArgumentException.class, () -> m.lookup(new byte[3]));
            assertThrows(IllegalArgumentException.class, () -> m.update(u32(0), new byte[4]));
        }
    }

    @Test
    void closeIsIdempotentAndFdIsGone() throws Exception {
        KernelMap m = KernelMap.create(new MapSpec("closing", MapType.ARRAY, 4, 4, 1));
        m.close();
        m.close();
        assertThrows(IllegalStateException.class, m::fd);
    }
}
