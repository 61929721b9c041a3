package io.bpflab.vm;

/**
 * A range of the program's address space backed by a byte array: a stack frame, the
 * context, the packet, a map value, read-only data. Bytes {@code lo..hi} of {@code data}
 * are accessible; the packet moves its window when a helper adjusts the head or tail.
 */
public final class Region {

    final String name;
    final byte[] data;
    final boolean writable;
    int lo;
    int hi;
    long base;

    public Region(String name, byte[] data, int lo, int hi, boolean writable) {
        if (lo < 0 || hi < lo || hi > data.length) {
            throw new IllegalArgumentException("window " + lo + ".." + hi + " outside " + data.length + " bytes");
        }
        this.name = name;
        this.data = data;
        this.lo = lo;
        this.hi = hi;
        this.writable = writable;
    }

    public static Region of(String name, byte[] data, boolean writable) {
        return new Region(name, data, 0, data.length, writable);
    }

    public String name() {
        return name;
    }

    public byte[] data() {
        return data;
    }

    /** Address of byte {@code index} of {@link #data()}; valid once the region is mapped. */
    public long address(int index) {
        return base + index;
    }

    /** Address of the first accessible byte. */
    public long start() {
        return base + lo;
    }

    /** Address one past the last accessible byte. */
    public long end() {
        return base + hi;
    }

    public boolean writable() {
        return writable;
    }

    public int lo() {
        return lo;
    }

    public int hi() {
        return hi;
    }

    /** Moves the accessible window (packet head/tail adjustments). */
    public void window(int lo, int hi) {
        if (lo < 0 || hi < lo || hi > data.length) {
            throw new IllegalArgumentException("window " + lo + ".." + hi + " outside " + data.length + " bytes");
        }
        this.lo = lo;
        this.hi = hi;
    }

    public int length() {
        return hi - lo;
    }

    @Override
    public String toString() {
        return name + " [0x" + Long.toHexString(start()) + ", 0x" + Long.toHexString(end()) + ")";
    }
}
