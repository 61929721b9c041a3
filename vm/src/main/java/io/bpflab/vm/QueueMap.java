package io.bpflab.vm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * BPF_MAP_TYPE_QUEUE (FIFO) and STACK (LIFO): no keys; push on a full map fails with
 * -E2BIG unless BPF_EXIST asks to drop the oldest element (kernel: queue_stack_maps.c).
 */
final class QueueMap extends BpfMap {

    private final boolean lifo;
    private final ArrayDeque<byte[]> items = new ArrayDeque<>();

    QueueMap(String name, int keySize, int valueSize, int maxEntries, int flags, boolean lifo) {
        super(name, keySize, valueSize, maxEntries, flags);
        if (keySize != 0 || valueSize <= 0) {
            throw new IllegalArgumentException(name + ": a queue or stack map needs key size 0 and a positive value size");
        }
        this.lifo = lifo;
    }

    @Override
    public long update(byte[] key, byte[] value, long flags) {
        return push(value, flags);
    }

    @Override
    public long delete(byte[] key) {
        return -Errno.EINVAL;
    }

    @Override
    public long push(byte[] value, long flags) {
        if (flags != BPF_ANY && flags != BPF_EXIST) {
            return -Errno.EINVAL;
        }
        if (items.size() >= maxEntries) {
            if (flags != BPF_EXIST) {
                return -Errno.E2BIG;
            }
            items.pollFirst();
        }
        items.addLast(java.util.Arrays.copyOf(value, valueSize));
        return 0;
    }

    @Override
    public long pop(byte[] out) {
        byte[] v = lifo ? items.pollLast() : items.pollFirst();
        if (v == null) {
            return -Errno.ENOENT;
        }
        System.arraycopy(v, 0, out, 0, valueSize);
        return 0;
    }

    @Override
    public long peek(byte[] out) {
        byte[] v = lifo ? items.peekLast() : items.peekFirst();
        if (v == null) {
            return -Errno.ENOENT;
        }
        System.arraycopy(v, 0, out, 0, valueSize);
        return 0;
    }

    @Override
    public byte[] get(byte[] key) {
        byte[] v = lifo ? items.peekLast() : items.peekFirst();
        return v == null ? null : v.clone();
    }

    @Override
    public List<byte[][]> entries() {
        List<byte[][]> out = new ArrayList<>();
        for (byte[] v : items) {
            out.add(new byte[][] {new byte[0], v.clone()});
        }
        return out;
    }
}
