package io.bpflab.vm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BPF_MAP_TYPE_RINGBUF: {@code max_entries} bytes of ring (a power of two); each record
 * takes an 8-byte header plus its size rounded up to 8, as in kernel/bpf/ringbuf.c. A
 * reservation is a region of its own until it is submitted or discarded; submitted records
 * wait for the host to {@link #drain} them.
 */
public final class RingBuf extends BpfMap {

    /** bpf_ringbuf_query flags. */
    public static final int BPF_RB_AVAIL_DATA = 0;
    public static final int BPF_RB_RING_SIZE = 1;
    public static final int BPF_RB_CONS_POS = 2;
    public static final int BPF_RB_PROD_POS = 3;

    private static final int HEADER = 8;

    private long producer;
    private long consumer;
    /** Records in ring order: data, or null while reserved or when discarded. */
    private final ArrayDeque<Slot> ring = new ArrayDeque<>();
    private final Map<Long, Slot> reserved = new java.util.HashMap<>();

    private static final class Slot {
        final int span;
        byte[] data;
        boolean done;
        Region region;

        Slot(int span) {
            this.span = span;
        }
    }

    RingBuf(String name, int keySize, int valueSize, int maxEntries, int flags) {
        super(name, keySize, valueSize, maxEntries, flags);
        if (keySize != 0 || valueSize != 0 || maxEntries <= 0 || Integer.bitCount(maxEntries) != 1 || maxEntries % 4096 != 0) {
            throw new IllegalArgumentException(name + ": a ringbuf needs key and value size 0 and max_entries a power of 2 multiple of the page size");
        }
    }

    /** bpf_ringbuf_reserve: the address of {@code size} writable bytes, or 0 when the ring is full. */
    public long reserve(long size, long flags) {
        if (flags != 0 || size <= 0 || size > maxEntries) {
            return 0;
        }
        int span = HEADER + roundUp8((int) size);
        // kernel: __bpf_ringbuf_reserve refuses when the new producer position is more than mask = size - 1 ahead.
        if (producer - consumer + span > maxEntries - 1) {
            return 0;
        }
        Slot s = new Slot(span);
        s.region = Region.of(name + " record", new byte[(int) size], true);
        long addr = vm.map(s.region);
        producer += span;
        ring.addLast(s);
        reserved.put(addr, s);
        return addr;
    }

    /** bpf_ringbuf_submit / bpf_ringbuf_discard of a reservation; a fault for anything else. */
    public void commit(long addr, boolean discard) {
        Slot s = reserved.remove(addr);
        if (s == null) {
            throw BpfFault.of(BpfFault.Kind.BAD_CALL, "0x" + Long.toHexString(addr) + " is not a ring buffer reservation of " + name);
        }
        vm.memory().unmap(s.region);
        s.data = discard ? null : s.region.data;
        s.done = true;
        s.region = null;
    }

    boolean owns(long addr) {
        return reserved.containsKey(addr);
    }

    /** bpf_ringbuf_output: 0, or -EAGAIN when the record does not fit. */
    public long output(byte[] data, long flags) {
        if ((flags & ~3L) != 0) {
            return -Errno.EINVAL;
        }
        long addr = reserve(data.length, 0);
        if (addr == 0) {
            return -Errno.EAGAIN;
        }
        vm.memory().write(addr, data);
        commit(addr, false);
        return 0;
    }

    public long query(long flag) {
        return switch ((int) flag) {
            case BPF_RB_AVAIL_DATA -> producer - consumer;
            case BPF_RB_RING_SIZE -> maxEntries;
            case BPF_RB_CONS_POS -> consumer;
            case BPF_RB_PROD_POS -> producer;
            default -> 0;
        };
    }

    /** Host side: takes every finished record at the head of the ring, skipping discarded ones. */
    public List<byte[]> drain() {
        List<byte[]> out = new ArrayList<>();
        while (!ring.isEmpty() && ring.peekFirst().done) {
            Slot s = ring.pollFirst();
            consumer += s.span;
            if (s.data != null) {
                out.add(s.data);
            }
        }
        return out;
    }

    @Override
    public byte[] get(byte[] key) {
        return null;
    }

    @Override
    public List<byte[][]> entries() {
        List<byte[][]> out = new ArrayList<>();
        for (Slot s : ring) {
            if (s.done && s.data != null) {
                out.add(new byte[][] {new byte[0], s.data.clone()});
            }
        }
        return out;
    }
}
