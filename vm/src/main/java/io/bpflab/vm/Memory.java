package io.bpflab.vm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The program's 64-bit address space (DESIGN §6). Each region owns the 4 GiB range whose
 * upper 32 address bits are its id, so finding the region of an address is one shift and
 * one array load. Id 0 holds only the packet, whose bytes start at 0x1000 so that NULL and
 * small integers fault, and whose addresses fit the 32-bit {@code data}/{@code data_end}
 * fields of {@code __sk_buff} and {@code xdp_md}. No host address
 * ever reaches a program. Every load and store is checked against its region's window.
 */
public final class Memory {

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Region[] regions = new Region[64];
    private int nextId;
    private final java.util.ArrayDeque<Integer> freeIds = new java.util.ArrayDeque<>();

    /** Ids below {@code reserved} are placed by the caller with {@link #mapAt}; {@link #map} hands out the rest. */
    private final int firstFree;

    public Memory(int reserved) {
        this.nextId = reserved;
        this.firstFree = reserved;
    }

    /** Maps {@code r} at the next free id and returns its base address. */
    public long map(Region r) {
        Integer free = freeIds.poll();
        return mapAt(free != null ? free : nextId++, r);
    }

    /** Maps {@code r} at {@code id} (replacing what was there) and returns its base address. */
    public long mapAt(int id, Region r) {
        if (id < 0) {
            throw new IllegalArgumentException("region id must not be negative");
        }
        if (id >= regions.length) {
            regions = Arrays.copyOf(regions, Math.max(id + 1, regions.length * 2));
        }
        regions[id] = r;
        r.base = (long) id << 32;
        return r.base;
    }

    public void unmap(Region r) {
        int id = (int) (r.base >>> 32);
        if (id > 0 && id < regions.length && regions[id] == r) {
            regions[id] = null;
            if (id >= firstFree) {
                freeIds.push(id);
            }
        }
    }

    /** The region holding {@code [addr, addr + size)}, or null. */
    public Region regionOf(long addr, int size) {
        long id = addr >>> 32;
        if (id >= regions.length) {
            return null;
        }
        Region r = regions[(int) id];
        int i = (int) addr;
        return r != null && i >= r.lo && i <= r.hi - size ? r : null;
    }

    /**
     * The region an access of {@code size} bytes at {@code addr} falls in. Kept small so the
     * JIT inlines it into the interpreter loop; the message of a fault is built out of line.
     */
    private Region check(long addr, int size, boolean write) {
        long id = addr >>> 32;
        Region[] rs = regions;
        if (id < rs.length) {
            Region r = rs[(int) id];
            int i = (int) addr;
            if (r != null && i >= r.lo && i <= r.hi - size && (!write || r.writable)) {
                return r;
            }
        }
        throw fault(addr, size, write);
    }

    private BpfFault fault(long addr, int size, boolean write) {
        long id = addr >>> 32;
        Region r = id < regions.length ? regions[(int) id] : null;
        BpfFault.Kind kind = write ? BpfFault.Kind.WRITE : BpfFault.Kind.READ;
        if (r == null) {
            return BpfFault.memory(kind, addr, size, "outside any region");
        }
        int i = (int) addr;
        if (i < r.lo || i > r.hi - size) {
            return BpfFault.memory(kind, addr, size, "outside " + r);
        }
        return BpfFault.memory(BpfFault.Kind.READ_ONLY, addr, size, "into read-only " + r);
    }

    public long load8(long addr) {
        return check(addr, 1, false).data[(int) addr] & 0xffL;
    }

    public long load16(long addr) {
        return (short) I16.get(check(addr, 2, false).data, (int) addr) & 0xffffL;
    }

    public long load32(long addr) {
        return (int) I32.get(check(addr, 4, false).data, (int) addr) & 0xffffffffL;
    }

    public long load64(long addr) {
        return (long) I64.get(check(addr, 8, false).data, (int) addr);
    }

    public void store8(long addr, long v) {
        check(addr, 1, true).data[(int) addr] = (byte) v;
    }

    public void store16(long addr, long v) {
        I16.set(check(addr, 2, true).data, (int) addr, (short) v);
    }

    public void store32(long addr, long v) {
        I32.set(check(addr, 4, true).data, (int) addr, (int) v);
    }

    public void store64(long addr, long v) {
        I64.set(check(addr, 8, true).data, (int) addr, v);
    }

    /** Zero-extending load of 1, 2, 4 or 8 bytes. */
    public long load(long addr, int size) {
        return switch (size) {
            case 1 -> load8(addr);
            case 2 -> load16(addr);
            case 4 -> load32(addr);
            default -> load64(addr);
        };
    }

    public void store(long addr, int size, long v) {
        switch (size) {
            case 1 -> store8(addr, v);
            case 2 -> store16(addr, v);
            case 4 -> store32(addr, v);
            default -> store64(addr, v);
        }
    }

    /** Copies {@code len} bytes at {@code addr} out, checking the whole range. */
    public byte[] read(long addr, int len) {
        if (len == 0) {
            return new byte[0];
        }
        Region r = check(addr, len, false);
        return Arrays.copyOfRange(r.data, (int) addr, (int) addr + len);
    }

    public void write(long addr, byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        Region r = check(addr, bytes.length, true);
        System.arraycopy(bytes, 0, r.data, (int) addr, bytes.length);
    }
}
