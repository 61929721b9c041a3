package io.bpflab.vm;

import io.bpflab.isa.linux.Helper;
import io.bpflab.isa.linux.ProgramType;

/**
 * Helpers that read and change the packet of socket filter, tc, cgroup skb and XDP
 * programs, with the kernel's argument checks and error returns (net/core/filter.c).
 */
final class PacketHelpers {

    /** tc actions (uapi pkt_cls.h) and XDP actions (uapi bpf.h) the redirect helpers return. */
    static final int TC_ACT_SHOT = 2;
    static final int TC_ACT_REDIRECT = 7;
    static final int XDP_ABORTED = 0;
    static final int XDP_REDIRECT = 4;

    static final long BPF_F_RECOMPUTE_CSUM = 1;
    static final long BPF_F_INVALIDATE_HASH = 2;
    static final long BPF_F_HDR_FIELD_MASK = 0xf;
    static final long BPF_F_PSEUDO_HDR = 0x10;
    static final long BPF_F_MARK_MANGLED_0 = 0x20;
    static final long BPF_F_MARK_ENFORCE = 0x40;
    static final long BPF_F_INGRESS = 1;
    static final int ETH_P_8021Q = 0x8100;
    static final int ETH_P_8021AD = 0x88a8;
    static final int EACCES = 13;
    /** kernel: overflowuid, what a missing socket's uid reads as. */
    static final long OVERFLOW_UID = 65534;
    static final long PACKET_OTHERHOST = 3;

    private PacketHelpers() {
    }

    private static ProgramContext skb(Run run) {
        ProgramContext c = run.programContext;
        if (c == null || c.packet == null) {
            throw BpfFault.of(BpfFault.Kind.BAD_CALL, "packet helper called without a packet context");
        }
        return c;
    }

    static void register(Helpers h) {
        h.put(Helper.SKB_LOAD_BYTES, (run, ctx, off, to, len, a5) -> {
            Packet p = skb(run).packet;
            if (off < 0 || len <= 0 || off > p.length() - len || off > 0xffff) {
                // kernel: the destination is zeroed and -EFAULT returned.
                run.memory().write(to, new byte[(int) Math.max(0, Math.min(len, 512))]);
                return -Errno.EFAULT;
            }
            run.memory().write(to, java.util.Arrays.copyOfRange(p.buf, p.data + (int) off, p.data + (int) (off + len)));
            return 0;
        });
        h.put(Helper.XDP_LOAD_BYTES, (run, ctx, off, to, len, a5) -> {
            Packet p = skb(run).packet;
            if (off < 0 || len <= 0 || off > p.length() - len) {
                return -Errno.EINVAL;
            }
            run.memory().write(to, java.util.Arrays.copyOfRange(p.buf, p.data + (int) off, p.data + (int) (off + len)));
            return 0;
        });
        h.put(Helper.SKB_STORE_BYTES, (run, ctx, off, from, len, flags) -> {
            ProgramContext c = skb(run);
            Packet p = c.packet;
            if ((flags & ~(BPF_F_RECOMPUTE_CSUM | BPF_F_INVALIDATE_HASH)) != 0) {
                return -Errno.EINVAL;
            }
            if (off < 0 || len < 0 || off > 0xffff || off > p.length() - len) {
                return -Errno.EFAULT;
            }
            byte[] bytes = run.memory().read(from, (int) len);
            System.arraycopy(bytes, 0, p.buf, p.data + (int) off, (int) len);
            if ((flags & BPF_F_INVALIDATE_HASH) != 0) {
                c.put("hash", 0);
            }
            return 0;
        });
        h.put(Helper.XDP_STORE_BYTES, (run, ctx, off, from, len, a5) -> {
            Packet p = skb(run).packet;
            if (off < 0 || len <= 0 || off > p.length() - len) {
                return -Errno.EINVAL;
            }
            System.arraycopy(run.memory().read(from, (int) len), 0, p.buf, p.data + (int) off, (int) len);
            return 0;
        });
        h.put(Helper.XDP_GET_BUFF_LEN, (run, ctx, a2, a3, a4, a5) -> skb(run).packet.end - skb(run).packet.data);
        h.put(Helper.L3_CSUM_REPLACE, (run, ctx, off, from, to, flags) -> {
            if ((flags & ~BPF_F_HDR_FIELD_MASK) != 0) {
                return -Errno.EINVAL;
            }
            return csumReplace(skb(run).packet, off, from, to, flags & BPF_F_HDR_FIELD_MASK, false);
        });
        h.put(Helper.L4_CSUM_REPLACE, (run, ctx, off, from, to, flags) -> {
            if ((flags & ~(BPF_F_MARK_MANGLED_0 | BPF_F_MARK_ENFORCE | BPF_F_PSEUDO_HDR | BPF_F_HDR_FIELD_MASK)) != 0) {
                return -Errno.EINVAL;
            }
            return csumReplace(skb(run).packet, off, from, to, flags & BPF_F_HDR_FIELD_MASK,
                    (flags & BPF_F_MARK_MANGLED_0) != 0);
        });
        h.put(Helper.CSUM_DIFF, (run, from, fromSize, to, toSize, seed) -> {
            // kernel 6.13+ ("bpf_csum_diff: optimize and homogenize for all archs"), checked
            // against a 6.18 kernel: a 16-bit folded sum on every architecture. 6.12 returned
            // x86's unfolded 32-bit csum_partial instead.
            if (((fromSize | toSize) & 3) != 0 || fromSize < 0 || toSize < 0) {
                return -Errno.EINVAL;
            }
            byte[] f = run.memory().read(from, (int) fromSize);
            byte[] t = run.memory().read(to, (int) toSize);
            long s32 = seed & 0xffffffffL;
            long ret;
            if (f.length > 0 && t.length > 0) {
                ret = add32(csumPartial(t, s32), ~csumPartial(f, 0) & 0xffffffffL);
            } else if (t.length > 0) {
                ret = csumPartial(t, s32);
            } else {
                ret = ~csumPartial(f, ~s32 & 0xffffffffL) & 0xffffffffL;
            }
            return from32to16(ret);
        });
        h.put(Helper.SKB_CHANGE_TAIL, (run, ctx, newLen, flags, a4, a5) -> {
            ProgramContext c = skb(run);
            if (flags != 0 || newLen < ProgramContext.ETH_HLEN - (c.packet.data - Packet.BASE - Packet.HEADROOM)
                    || newLen > Packet.MAX_LENGTH || !c.packet.resize((int) newLen)) {
                return -Errno.EINVAL;
            }
            c.sync();
            return 0;
        });
        h.put(Helper.SKB_CHANGE_HEAD, (run, ctx, room, flags, a4, a5) -> {
            ProgramContext c = skb(run);
            Packet p = c.packet;
            if (flags != 0 || room < 0 || room > p.headroom() || p.length() + room > Packet.MAX_LENGTH) {
                return -Errno.EINVAL;
            }
            p.data -= (int) room;
            java.util.Arrays.fill(p.buf, p.data, p.data + (int) room, (byte) 0);
            p.meta = p.data;
            p.window();
            c.sync();
            return 0;
        });
        h.put(Helper.XDP_ADJUST_HEAD, (run, ctx, delta, a3, a4, a5) -> {
            ProgramContext c = skb(run);
            Packet p = c.packet;
            long data = p.data + (int) delta;
            int metaLen = p.data - p.meta;
            // kernel: bpf_xdp_adjust_head keeps room for the xdp_frame and at least an Ethernet header.
            if (data < Packet.BASE + Packet.XDP_FRAME_SIZE + metaLen || data > p.end - ProgramContext.ETH_HLEN) {
                return -Errno.EINVAL;
            }
            if (metaLen > 0) {
                System.arraycopy(p.buf, p.meta, p.buf, p.meta + (int) delta, metaLen);
            }
            p.meta += (int) delta;
            p.data = (int) data;
            p.window();
            c.sync();
            return 0;
        });
        h.put(Helper.XDP_ADJUST_TAIL, (run, ctx, delta, a3, a4, a5) -> {
            ProgramContext c = skb(run);
            Packet p = c.packet;
            long end = p.end + (int) delta;
            // kernel: the frame is one 4 KiB page; the tail may not pass it nor cut below an Ethernet header.
            if (end > Packet.BASE + 4096 - 320 || end - p.data < ProgramContext.ETH_HLEN) {
                return -Errno.EINVAL;
            }
            p.resize((int) (end - p.data));
            c.sync();
            return 0;
        });
        h.put(Helper.XDP_ADJUST_META, (run, ctx, delta, a3, a4, a5) -> {
            ProgramContext c = skb(run);
            Packet p = c.packet;
            long meta = p.meta + (int) delta;
            long metaLen = p.data - meta;
            if (meta < Packet.BASE + Packet.XDP_FRAME_SIZE || meta > p.data) {
                return -Errno.EINVAL;
            }
            // kernel: xdp_metalen_invalid: a multiple of 4, at most 32 bytes.
            if ((metaLen & 3) != 0 || metaLen > 32) {
                return -EACCES;
            }
            p.meta = (int) meta;
            p.window();
            c.sync();
            return 0;
        });
        h.put(Helper.REDIRECT, (run, ifindex, flags, a3, a4, a5) -> {
            ProgramContext c = skb(run);
            boolean xdp = c.type == ProgramType.XDP;
            if ((flags & ~BPF_F_INGRESS) != 0 || (xdp && flags != 0)) {
                return xdp ? XDP_ABORTED : TC_ACT_SHOT;
            }
            c.redirectIfindex = ifindex & 0xffffffffL;
            c.redirectIngress = (flags & BPF_F_INGRESS) != 0;
            return xdp ? XDP_REDIRECT : TC_ACT_REDIRECT;
        });
        h.put(Helper.REDIRECT_MAP, (run, map, key, flags, a4, a5) -> {
            ProgramContext c = skb(run);
            BpfMap m = run.vm.mapOf(map);
            // kernel: the low two flag bits are the action when the key has no target.
            if ((flags & ~3L) != 0) {
                return XDP_ABORTED;
            }
            byte[] k = new byte[m.keySize];
            for (int i = 0; i < k.length && i < 8; i++) {
                k[i] = (byte) (key >>> (8 * i));
            }
            byte[] v = m.get(k);
            if (v == null) {
                return flags & 3;
            }
            c.redirectIfindex = (v[0] & 0xff) | (v[1] & 0xff) << 8 | (v[2] & 0xff) << 16 | (v[3] & 0xffL) << 24;
            return XDP_REDIRECT;
        });
        h.put(Helper.CLONE_REDIRECT, (run, ctx, ifindex, flags, a4, a5) -> {
            ProgramContext c = skb(run);
            if ((flags & ~BPF_F_INGRESS) != 0) {
                return -Errno.EINVAL;
            }
            run.vm.clone(c.packet.bytes(), ifindex & 0xffffffffL);
            return 0;
        });
        h.put(Helper.GET_HASH_RECALC, (run, ctx, a2, a3, a4, a5) -> {
            ProgramContext c = skb(run);
            long hash = flowHash(c.packet) & 0xffffffffL;
            c.put("hash", hash);
            return hash;
        });
        h.put(Helper.SET_HASH, (run, ctx, hash, a3, a4, a5) -> {
            skb(run).put("hash", hash);
            return 0;
        });
        h.put(Helper.SET_HASH_INVALID, (run, ctx, a2, a3, a4, a5) -> {
            skb(run).put("hash", 0);
            return 0;
        });
        // A BPF_PROG_TEST_RUN skb has no socket: the socket helpers answer as the kernel does then.
        h.put(Helper.GET_SOCKET_UID, (run, ctx, a2, a3, a4, a5) -> {
            skb(run);
            return OVERFLOW_UID;
        });
        h.put(Helper.GET_SOCKET_COOKIE, (run, ctx, a2, a3, a4, a5) -> {
            skb(run);
            return 0;
        });
        h.put(Helper.GET_CGROUP_CLASSID, (run, ctx, a2, a3, a4, a5) -> {
            skb(run);
            return 0;
        });
        h.put(Helper.SKB_PULL_DATA, (run, ctx, len, a3, a4, a5) ->
                len <= skb(run).packet.length() ? 0 : -Errno.ENOMEM);
        h.put(Helper.CSUM_UPDATE, (run, ctx, csum, a3, a4, a5) -> {
            // kernel: only CHECKSUM_COMPLETE skbs carry a csum to update; test_run's are CHECKSUM_NONE.
            skb(run);
            return -Errno.ENOTSUPP;
        });
        h.put(Helper.SKB_CHANGE_TYPE, (run, ctx, pktType, a3, a4, a5) -> {
            ProgramContext c = skb(run);
            // kernel: both the old and the new type must be one of PACKET_HOST..PACKET_OTHERHOST.
            if (pktType > PACKET_OTHERHOST || pktType < 0 || c.field("pkt_type", 0) > PACKET_OTHERHOST) {
                return -Errno.EINVAL;
            }
            c.put("pkt_type", pktType);
            return 0;
        });
        h.put(Helper.SKB_VLAN_PUSH, (run, ctx, proto, tci, a4, a5) -> {
            ProgramContext c = skb(run);
            int p = Short.reverseBytes((short) proto) & 0xffff;
            if (p != ETH_P_8021Q && p != ETH_P_8021AD) {
                return -Errno.EINVAL;
            }
            if (c.vlanPresent) {
                // kernel: skb_vlan_push moves the current accelerated tag into the packet first.
                long r = insertTag(c, c.vlanProto, c.vlanTci);
                if (r != 0) {
                    return r;
                }
            }
            c.vlanPresent = true;
            c.vlanProto = p;
            c.vlanTci = (int) (tci & 0xffff);
            c.sync();
            return 0;
        });
        h.put(Helper.SKB_VLAN_POP, (run, ctx, a2, a3, a4, a5) -> {
            ProgramContext c = skb(run);
            Packet pk = c.packet;
            c.vlanPresent = false;
            c.vlanTci = 0;
            c.vlanProto = 0;
            // kernel: skb_vlan_pop then lifts a tag still in the packet into the accelerated slot.
            int mac = pk.data - (c.type == ProgramType.SCHED_CLS || c.type == ProgramType.SCHED_ACT ? 0 : ProgramContext.ETH_HLEN);
            if (pk.end - mac >= ProgramContext.ETH_HLEN + 4) {
                int etype = (pk.buf[mac + 12] & 0xff) << 8 | (pk.buf[mac + 13] & 0xff);
                if (etype == ETH_P_8021Q || etype == ETH_P_8021AD) {
                    c.vlanPresent = true;
                    c.vlanProto = etype;
                    c.vlanTci = (pk.buf[mac + 14] & 0xff) << 8 | (pk.buf[mac + 15] & 0xff);
                    System.arraycopy(pk.buf, mac, pk.buf, mac + 4, 12);
                    pk.data += 4;
                    pk.meta = pk.data;
                    pk.window();
                }
            }
            c.sync();
            return 0;
        });
    }

    /** Inserts an 802.1Q tag after the MAC addresses (the packet grows by 4 at the head). */
    private static long insertTag(ProgramContext c, int proto, int tci) {
        Packet p = c.packet;
        if (p.headroom() < 4) {
            return -Errno.ENOMEM;
        }
        p.data -= 4;
        p.meta = p.data;
        System.arraycopy(p.buf, p.data + 4, p.buf, p.data, 12);
        p.buf[p.data + 12] = (byte) (proto >>> 8);
        p.buf[p.data + 13] = (byte) proto;
        p.buf[p.data + 14] = (byte) (tci >>> 8);
        p.buf[p.data + 15] = (byte) tci;
        p.window();
        return 0;
    }

    private static long le32(byte[] b, int k) {
        return (b[k] & 0xffL) | (b[k + 1] & 0xffL) << 8 | (b[k + 2] & 0xffL) << 16 | (b[k + 3] & 0xffL) << 24;
    }

    /** One's complement addition in 32 bits (kernel: csum_add). */
    private static long add32(long a, long b) {
        long s = a + b;
        return (s & 0xffffffffL) + (s >>> 32);
    }

    /** kernel: csum_partial, the one's complement sum of the buffer's 32-bit words and the seed. */
    private static long csumPartial(byte[] b, long seed) {
        long sum = seed;
        for (int k = 0; k < b.length; k += 4) {
            sum = add32(sum, le32(b, k));
        }
        return sum;
    }

    /** kernel: csum_from32to16. */
    private static long from32to16(long sum) {
        int x = (int) sum;
        x += Integer.rotateRight(x, 16);
        return (x >>> 16) & 0xffff;
    }

    private static int fold(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) sum;
    }

    /** The 16-bit words of {@code v}'s low {@code bytes} as stored in memory (network order). */
    private static long words(long v, int bytes) {
        long s = 0;
        for (int k = 0; k < bytes; k += 2) {
            s += ((v >>> (8 * k)) & 0xff) << 8 | ((v >>> (8 * k + 8)) & 0xff);
        }
        return s;
    }

    /**
     * csum_replace2/4 and csum_replace_by_diff (RFC 1624) on the 16-bit checksum at
     * {@code off} from data; {@code from}/{@code to} are the old and new field values as
     * the program loaded them from the packet.
     */
    private static long csumReplace(Packet p, long off, long from, long to, long size, boolean mangled0) {
        if (off < 0 || off > p.length() - 2) {
            return -Errno.EFAULT;
        }
        int at = p.data + (int) off;
        int old = (p.buf[at] & 0xff) << 8 | (p.buf[at + 1] & 0xff);
        if (mangled0 && old == 0) {
            return 0;
        }
        long sum = ~old & 0xffff;
        switch ((int) size) {
            case 0 -> {
                if (from != 0) {
                    return -Errno.EINVAL;
                }
                // The diff is a 32-bit partial sum (bpf_csum_diff's result), in host order.
                long d = to & 0xffffffffL;
                sum += Short.reverseBytes((short) d) & 0xffff;
                sum += Short.reverseBytes((short) (d >>> 16)) & 0xffff;
            }
            case 2, 4 -> {
                int n = (int) size;
                long mask = n == 2 ? 0xffff : 0xffffffffL;
                sum += words(~from & mask, n) + words(to & mask, n);
            }
            default -> {
                return -Errno.EINVAL;
            }
        }
        int result = ~fold(sum) & 0xffff;
        if (mangled0 && result == 0) {
            result = 0xffff;
        }
        p.buf[at] = (byte) (result >>> 8);
        p.buf[at + 1] = (byte) result;
        return 0;
    }

    /**
     * A flow hash over the IPv4/IPv6 addresses, protocol and ports. Deterministic, but not
     * the kernel's jhash-of-flow-keys value: programs must not depend on the exact number.
     */
    private static int flowHash(Packet p) {
        int h = 0x9747b28c;
        for (int k = p.data; k < Math.min(p.end, p.data + 64); k++) {
            h = (h ^ (p.buf[k] & 0xff)) * 0x01000193;
        }
        return h == 0 ? 1 : h;
    }
}
