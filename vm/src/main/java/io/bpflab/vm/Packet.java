package io.bpflab.vm;

import java.util.Arrays;

/**
 * A packet as the kernel keeps it: a buffer with headroom before {@code data} (where
 * XDP metadata and pushed headers go) and tailroom after {@code data_end}. Its bytes sit
 * at the low addresses of region id 0, so packet pointers fit in 32 bits as the context
 * structs' {@code data} fields require. The program may access {@code [data_meta, data_end)}.
 */
public final class Packet {

    /** Address of the buffer's first byte. */
    static final int BASE = 0x1000;
    /** kernel: XDP_PACKET_HEADROOM. */
    public static final int HEADROOM = 256;
    /** Largest packet the buffer takes after growing (one page of XDP frame, a 64 KiB skb). */
    public static final int MAX_LENGTH = 0x10000;
    /** kernel: sizeof(struct xdp_frame), kept free at the start of an XDP buffer. */
    static final int XDP_FRAME_SIZE = 40;

    final byte[] buf = new byte[BASE + HEADROOM + MAX_LENGTH];
    final Region region;
    int meta;
    int data;
    int end;
    /** Where the Ethernet header starts (the mac header), for LD_ABS's SKF_LL_OFF. */
    int mac;

    /**
     * @param bytes      the packet, from its first byte (the Ethernet header)
     * @param dataOffset bytes before {@code data}: 14 where the kernel has pulled the
     *                   Ethernet header (socket filters and cgroup skb programs see the
     *                   network header first, as BPF_PROG_TEST_RUN does)
     */
    public Packet(byte[] bytes, int dataOffset) {
        if (bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("packet of " + bytes.length + " bytes exceeds " + MAX_LENGTH);
        }
        if (dataOffset < 0 || dataOffset > bytes.length) {
            throw new IllegalArgumentException("packet of " + bytes.length + " bytes is shorter than its " + dataOffset + "-byte header");
        }
        int start = BASE + HEADROOM;
        System.arraycopy(bytes, 0, buf, start, bytes.length);
        mac = start;
        data = start + dataOffset;
        meta = data;
        end = start + bytes.length;
        region = new Region("packet", buf, meta, end, true);
    }

    void window() {
        region.window(meta, end);
    }

    public int length() {
        return end - data;
    }

    /** The bytes from {@code data} to {@code data_end}. */
    public byte[] bytes() {
        return Arrays.copyOfRange(buf, data, end);
    }

    /** Resizes to {@code newLength} bytes after {@code data}, zero-filling growth. */
    boolean resize(int newLength) {
        if (newLength < 0 || data + newLength > buf.length) {
            return false;
        }
        if (data + newLength > end) {
            Arrays.fill(buf, end, data + newLength, (byte) 0);
        }
        end = data + newLength;
        window();
        return true;
    }

    /** Room before data for pushed headers or metadata, above the reserved frame header. */
    int headroom() {
        return data - BASE - XDP_FRAME_SIZE;
    }
}
