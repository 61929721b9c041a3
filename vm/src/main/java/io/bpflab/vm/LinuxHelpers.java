package io.bpflab.vm;

import io.bpflab.isa.linux.Helper;
import java.nio.charset.StandardCharsets;

/**
 * The helpers that do not depend on the program type: maps, time, randomness, the current
 * task, printing, memory probing, loops and callbacks, string parsing. Semantics and
 * error returns follow the kernel's implementations (kernel/bpf/helpers.c,
 * kernel/trace/bpf_trace.c, kernel/bpf/ringbuf.c, kernel/bpf/bpf_iter.c).
 */
final class LinuxHelpers {

    private LinuxHelpers() {
    }

    static void register(Helpers h) {
        h.put(Helper.MAP_LOOKUP_ELEM, (run, map, key, a3, a4, a5) -> {
            BpfMap m = run.vm.mapOf(map);
            return m.lookup(run.memory().read(key, m.keySize));
        });
        h.put(Helper.MAP_UPDATE_ELEM, (run, map, key, value, flags, a5) -> {
            BpfMap m = run.vm.mapOf(map);
            return m.update(run.memory().read(key, m.keySize), run.memory().read(value, m.valueSize), flags);
        });
        h.put(Helper.MAP_DELETE_ELEM, (run, map, key, a3, a4, a5) -> {
            BpfMap m = run.vm.mapOf(map);
            return m.delete(run.memory().read(key, m.keySize));
        });
        h.put(Helper.MAP_PUSH_ELEM, (run, map, value, flags, a4, a5) -> {
            BpfMap m = run.vm.mapOf(map);
            return m.push(run.memory().read(value, m.valueSize), flags);
        });
        h.put(Helper.MAP_POP_ELEM, (run, map, value, a3, a4, a5) -> popOrPeek(run, map, value, true));
        h.put(Helper.MAP_PEEK_ELEM, (run, map, value, a3, a4, a5) -> popOrPeek(run, map, value, false));
        h.put(Helper.KTIME_GET_NS, (run, a1, a2, a3, a4, a5) -> run.vm.environment().readClock());
        h.put(Helper.KTIME_GET_BOOT_NS, (run, a1, a2, a3, a4, a5) ->
                run.vm.environment().readClock() + run.vm.environment().bootOffsetNs);
        h.put(Helper.KTIME_GET_COARSE_NS, (run, a1, a2, a3, a4, a5) -> run.vm.environment().readClock());
        h.put(Helper.KTIME_GET_TAI_NS, (run, a1, a2, a3, a4, a5) -> run.vm.environment().readClock());
        h.put(Helper.JIFFIES64, (run, a1, a2, a3, a4, a5) -> {
            Environment e = run.vm.environment();
            return e.readClock() / (1_000_000_000L / e.hz);
        });
        h.put(Helper.GET_PRANDOM_U32, (run, a1, a2, a3, a4, a5) -> run.vm.environment().nextRandom() & 0xffffffffL);
        h.put(Helper.GET_SMP_PROCESSOR_ID, (run, a1, a2, a3, a4, a5) -> run.vm.environment().cpu);
        h.put(Helper.GET_NUMA_NODE_ID, (run, a1, a2, a3, a4, a5) -> run.vm.environment().numaNode);
        h.put(Helper.GET_CURRENT_PID_TGID, (run, a1, a2, a3, a4, a5) -> {
            Environment e = run.vm.environment();
            return (long) e.tgid << 32 | (e.pid & 0xffffffffL);
        });
        h.put(Helper.GET_CURRENT_UID_GID, (run, a1, a2, a3, a4, a5) -> {
            Environment e = run.vm.environment();
            return (long) e.gid << 32 | (e.uid & 0xffffffffL);
        });
        h.put(Helper.GET_CURRENT_COMM, (run, buf, size, a3, a4, a5) -> {
            // kernel: strscpy_pad into the buffer; -EINVAL... is not returned, the buffer is always filled.
            byte[] comm = run.vm.environment().comm.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[(int) size];
            System.arraycopy(comm, 0, out, 0, (int) Math.min(comm.length, Math.max(size - 1, 0)));
            run.memory().write(buf, out);
            return 0;
        });
        h.put(Helper.GET_FUNC_IP, (run, a1, a2, a3, a4, a5) -> run.vm.environment().funcIp);
        h.put(Helper.TRACE_PRINTK, (run, fmt, size, a3, a4, a5) -> {
            String f = cString(run.memory().read(fmt, (int) size));
            String line = Printf.format(run.memory(), f, new long[] {a3, a4, a5});
            if (line == null) {
                return -Errno.EINVAL;
            }
            run.vm.printk(line);
            return line.getBytes(StandardCharsets.UTF_8).length;
        });
        h.put(Helper.TRACE_VPRINTK, (run, fmt, size, data, dataLen, a5) -> {
            // kernel: like bpf_trace_printk with the arguments in an array of u64, at most 12.
            if (dataLen % 8 != 0 || dataLen > 8 * 12 || (data == 0 && dataLen != 0)) {
                return -Errno.EINVAL;
            }
            long[] args = new long[(int) dataLen / 8];
            for (int k = 0; k < args.length; k++) {
                args[k] = run.memory().load64(data + 8L * k);
            }
            String line = Printf.format(run.memory(), cString(run.memory().read(fmt, (int) size)), args);
            if (line == null) {
                return -Errno.EINVAL;
            }
            run.vm.printk(line);
            return line.getBytes(StandardCharsets.UTF_8).length;
        });
        h.put(Helper.GET_CURRENT_CGROUP_ID, (run, a1, a2, a3, a4, a5) -> run.vm.environment().cgroupId);
        h.put(Helper.GET_ATTACH_COOKIE, (run, ctx, a2, a3, a4, a5) -> run.vm.environment().attachCookie);
        h.put(Helper.PROBE_WRITE_USER, (run, dst, src, len, a4, a5) -> {
            if (len < 0 || len > Integer.MAX_VALUE) {
                return -Errno.EINVAL;
            }
            Region d = run.memory().regionOf(dst, (int) len);
            if (len > 0 && (d == null || !d.writable)) {
                return -Errno.EFAULT;
            }
            run.memory().write(dst, run.memory().read(src, (int) len));
            return 0;
        });
        h.put(Helper.SNPRINTF, (run, str, strSize, fmt, data, dataLen) -> {
            if (dataLen % 8 != 0 || dataLen > 8 * 12) {
                return -Errno.EINVAL;
            }
            long[] args = new long[(int) dataLen / 8];
            for (int k = 0; k < args.length; k++) {
                args[k] = run.memory().load64(data + 8L * k);
            }
            String s = Printf.format(run.memory(), cString(readString(run, fmt)), args);
            if (s == null) {
                return -Errno.EINVAL;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (strSize > 0) {
                byte[] out = new byte[(int) Math.min(strSize, b.length + 1)];
                System.arraycopy(b, 0, out, 0, out.length - 1);
                run.memory().write(str, out);
            }
            // kernel: returns the length the whole output needed, including the NUL.
            return b.length + 1;
        });
        HelperFunction probeRead = (run, dst, size, src, a4, a5) -> probeRead(run, dst, size, src);
        h.put(Helper.PROBE_READ, probeRead);
        h.put(Helper.PROBE_READ_USER, probeRead);
        h.put(Helper.PROBE_READ_KERNEL, probeRead);
        HelperFunction probeReadStr = (run, dst, size, src, a4, a5) -> probeReadStr(run, dst, size, src);
        h.put(Helper.PROBE_READ_STR, probeReadStr);
        h.put(Helper.PROBE_READ_USER_STR, probeReadStr);
        h.put(Helper.PROBE_READ_KERNEL_STR, probeReadStr);
        h.put(Helper.TAIL_CALL, (run, ctx, map, index, a4, a5) -> {
            if (!(run.vm.mapOf(map) instanceof ProgArray pa)) {
                throw BpfFault.of(BpfFault.Kind.BAD_CALL, "bpf_tail_call needs a prog_array map");
            }
            Executable target = pa.program(index & 0xffffffffL);
            // kernel: a missing program or the 33rd tail call falls through to the next instruction.
            return target != null && run.tailCall(target, ctx) ? 0 : -Errno.ENOENT;
        });
        h.put(Helper.RINGBUF_OUTPUT, (run, map, data, size, flags, a5) ->
                ringbuf(run, map).output(run.memory().read(data, (int) size), flags));
        h.put(Helper.RINGBUF_RESERVE, (run, map, size, flags, a4, a5) -> ringbuf(run, map).reserve(size, flags));
        h.put(Helper.RINGBUF_SUBMIT, (run, data, flags, a3, a4, a5) -> {
            commitRecord(run, data, false);
            return 0;
        });
        h.put(Helper.RINGBUF_DISCARD, (run, data, flags, a3, a4, a5) -> {
            commitRecord(run, data, true);
            return 0;
        });
        h.put(Helper.RINGBUF_QUERY, (run, map, flags, a3, a4, a5) -> ringbuf(run, map).query(flags));
        h.put(Helper.PERF_EVENT_OUTPUT, (run, ctx, map, flags, data, size) -> {
            if (!(run.vm.mapOf(map) instanceof PerfEventArray p)) {
                throw BpfFault.of(BpfFault.Kind.BAD_CALL, "bpf_perf_event_output needs a perf_event_array map");
            }
            return p.output(flags, run.memory().read(data, (int) size));
        });
        h.put(Helper.LOOP, (run, n, fn, ctx, flags, a5) -> {
            // kernel: bpf_loop refuses flags and more than BPF_MAX_LOOPS iterations.
            if (flags != 0) {
                return -Errno.EINVAL;
            }
            if (Long.compareUnsigned(n, Interpreter.MAY_GOTO_BUDGET) > 0) {
                return -Errno.E2BIG;
            }
            long i = 0;
            while (i < n) {
                long ret = run.callback(fn, i, ctx, 0, 0, 0);
                i++;
                if (ret != 0) {
                    break;
                }
            }
            return i;
        });
        h.put(Helper.FOR_EACH_MAP_ELEM, (run, map, fn, ctx, flags, a5) -> {
            if (flags != 0) {
                return -Errno.EINVAL;
            }
            return run.vm.mapOf(map).forEach((k, v) -> run.callback(fn, map, k, v, ctx, 0));
        });
        h.put(Helper.STRTOL, (run, buf, len, flags, res, a5) -> strto(run, buf, len, flags, res, true));
        h.put(Helper.STRTOUL, (run, buf, len, flags, res, a5) -> strto(run, buf, len, flags, res, false));
        h.put(Helper.SPIN_LOCK, (run, lock, a2, a3, a4, a5) -> {
            // One CPU runs at a time here: taking a held lock would deadlock the kernel; say so.
            if (run.memory().load32(lock) != 0) {
                throw BpfFault.of(BpfFault.Kind.BAD_CALL, "bpf_spin_lock on a lock already held (deadlock)");
            }
            run.memory().store32(lock, 1);
            return 0;
        });
        h.put(Helper.SPIN_UNLOCK, (run, lock, a2, a3, a4, a5) -> {
            run.memory().store32(lock, 0);
            return 0;
        });
    }

    private static long popOrPeek(Run run, long map, long value, boolean pop) {
        BpfMap m = run.vm.mapOf(map);
        byte[] out = new byte[m.valueSize];
        long ret = pop ? m.pop(out) : m.peek(out);
        if (ret == 0) {
            run.memory().write(value, out);
        }
        return ret;
    }

    private static RingBuf ringbuf(Run run, long map) {
        if (!(run.vm.mapOf(map) instanceof RingBuf rb)) {
            throw BpfFault.of(BpfFault.Kind.BAD_CALL, "ring buffer helper needs a ringbuf map");
        }
        return rb;
    }

    private static void commitRecord(Run run, long data, boolean discard) {
        for (BpfMap m : run.vm.maps().values()) {
            if (m instanceof RingBuf rb && rb.owns(data)) {
                rb.commit(data, discard);
                return;
            }
        }
        throw BpfFault.of(BpfFault.Kind.BAD_CALL, "0x" + Long.toHexString(data) + " is not a ring buffer reservation");
    }

    /** kernel: bpf_probe_read_kernel zeroes the destination and returns -EFAULT when the source is unreadable. */
    private static long probeRead(Run run, long dst, long size, long src) {
        Region s = run.memory().regionOf(src, (int) size);
        if (size < 0 || size > Integer.MAX_VALUE || (size > 0 && s == null)) {
            run.memory().write(dst, new byte[(int) Math.max(0, Math.min(size, Integer.MAX_VALUE))]);
            return -Errno.EFAULT;
        }
        run.memory().write(dst, run.memory().read(src, (int) size));
        return 0;
    }

    /** Copies a NUL-terminated string of at most size - 1 bytes plus NUL; returns the length with the NUL. */
    private static long probeReadStr(Run run, long dst, long size, long src) {
        if (size <= 0) {
            return size == 0 ? 0 : -Errno.EINVAL;
        }
        byte[] out = new byte[(int) size];
        int n = 0;
        while (n < size - 1) {
            Region r = run.memory().regionOf(src + n, 1);
            if (r == null) {
                run.memory().write(dst, new byte[(int) size]);
                return -Errno.EFAULT;
            }
            byte b = r.data[(int) (src + n)];
            if (b == 0) {
                break;
            }
            out[n++] = b;
        }
        run.memory().write(dst, java.util.Arrays.copyOf(out, n + 1));
        return n + 1;
    }

    /** Reads a NUL-terminated string from program memory (up to 4096 bytes). */
    static byte[] readString(Run run, long addr) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int n = 0; n < 4096; n++) {
            byte b = (byte) run.memory().load8(addr + n);
            if (b == 0) {
                break;
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    static String cString(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /**
     * bpf_strtol/strtoul (kernel/bpf/helpers.c): base in the low 5 flag bits (0, 8, 10, 16),
     * leading whitespace skipped, a sign for strtol; returns the characters consumed,
     * -EINVAL when nothing parses, -ERANGE on overflow.
     */
    private static long strto(Run run, long buf, long len, long flags, long res, boolean signed) {
        if ((flags & ~0x1fL) != 0 || len <= 0) {
            return -Errno.EINVAL;
        }
        int base = (int) (flags & 0x1f);
        if (base != 0 && base != 8 && base != 10 && base != 16) {
            return -Errno.EINVAL;
        }
        byte[] s = run.memory().read(buf, (int) len);
        int i = 0;
        while (i < s.length && Character.isWhitespace(s[i])) {
            i++;
        }
        boolean neg = false;
        if (i < s.length && s[i] == '-') {
            if (!signed) {
                return -Errno.EINVAL;
            }
            neg = true;
            i++;
        }
        if (base == 0 || base == 16) {
            if (i + 1 < s.length && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
                base = 16;
                i += 2;
            } else if (base == 0) {
                base = i < s.length && s[i] == '0' ? 8 : 10;
            }
        }
        int start = i;
        long v = 0;
        boolean overflow = false;
        while (i < s.length && s[i] != 0) {
            int d = Character.digit(s[i], base);
            if (d < 0) {
                break;
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(-1L - d, base)) > 0) {
                overflow = true;
            }
            v = v * base + d;
            i++;
        }
        if (i == start) {
            return -Errno.EINVAL;
        }
        if (overflow || (signed && (neg ? Long.compareUnsigned(v, Long.MIN_VALUE) > 0 : v < 0))) {
            return -Errno.ERANGE;
        }
        run.memory().store64(res, neg ? -v : v);
        return i;
    }
}
