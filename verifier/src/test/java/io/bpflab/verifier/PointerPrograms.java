package io.bpflab.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random pointer-heavy programs in assembly, for the differential run against the
 * kernel: context loads and stores at offsets and sizes near the fields, packet bounds checks
 * followed by accesses inside and outside the checked range, map lookups with and without
 * null checks and accesses around the value's size, pointer arithmetic with constants and
 * bounded or unbounded scalars, helper calls with right and wrong arguments, and return values
 * inside and outside the program type's range. Most programs are meant to be near the edge
 * of what the verifier allows, so both verdicts occur.
 */
final class PointerPrograms {
    private static final String[] SECTIONS = {"socket", "xdp", "tc", "kprobe/do_sys_open", "cgroup/skb"};
    private static final int[] SIZES = {1, 2, 4, 8};
    private static final String[] SIZE_NAMES = {"u8", "u16", "u32", "u64"};

    private final Random rnd;

    PointerPrograms(long seed) {
        rnd = new Random(seed);
    }

    private int pick(int... values) {
        return values[rnd.nextInt(values.length)];
    }

    private String size() {
        return SIZE_NAMES[rnd.nextInt(SIZE_NAMES.length)];
    }

    /** One program: its source (with {@code .section} and {@code .map} lines). */
    String next() {
        String section = SECTIONS[rnd.nextInt(SECTIONS.length)];
        List<String> lines = new ArrayList<>();
        lines.add(".section " + section);
        int valueSize = pick(4, 8, 16, 24, 64);
        lines.add(".map m, " + (rnd.nextBoolean() ? "array" : "hash") + ", key=4, value=" + valueSize + ", entries=4");
        lines.add("r6 = r1");
        int parts = 1 + rnd.nextInt(3);
        for (int i = 0; i < parts; i++) {
            switch (rnd.nextInt(5)) {
                case 0 -> ctx(lines, section);
                case 1 -> packet(lines, section);
                case 2, 3 -> map(lines, valueSize);
                default -> helper(lines, section);
            }
        }
        lines.add(rnd.nextInt(4) == 0 ? "r0 = " + pick(0, 1, 2, 3, -1) : "r0 = " + pick(0, 1));
        if (rnd.nextInt(8) == 0) {
            lines.add("r0 = *(u32 *)(r6 + 0)");
        }
        lines.add("exit");
        return String.join("\n", lines) + "\n";
    }

    private void ctx(List<String> l, String section) {
        int off = rnd.nextInt(4) == 0 ? rnd.nextInt(200) : pick(0, 4, 8, 12, 16, 48, 76, 80, 112, 140, 168);
        String sz = size();
        if (rnd.nextInt(5) == 0) {
            l.add("r2 = " + rnd.nextInt(100));
            l.add("*(" + sz + " *)(r6 + " + off + ") = r2");
        } else {
            l.add("r2 = *(" + sz + " *)(r6 + " + off + ")");
        }
        if (rnd.nextInt(10) == 0) {
            l.add("r1 = r6");
            l.add("r1 += " + pick(4, 8));
            l.add("r2 = *(u32 *)(r1 + 0)");
        }
    }

    private void packet(List<String> l, String section) {
        boolean xdp = section.equals("xdp");
        int data = xdp ? 0 : 76;
        int end = xdp ? 4 : 80;
        l.add("r2 = *(u32 *)(r6 + " + data + ")");
        l.add("r3 = *(u32 *)(r6 + " + end + ")");
        int checked = pick(1, 4, 8, 14, 20, 34);
        l.add("r4 = r2");
        l.add("r4 += " + checked);
        String[] conds = {"if r4 > r3 goto +2", "if r3 < r4 goto +2", "if r4 >= r3 goto +2", "if r4 <= r3 goto +2"};
        l.add(conds[rnd.nextInt(conds.length)]);
        int idx = rnd.nextInt(SIZES.length);
        int off = rnd.nextInt(checked + 4);
        if (rnd.nextInt(4) == 0) {
            l.add("*(" + SIZE_NAMES[idx] + " *)(r2 + " + off + ") = r3");
        } else if (rnd.nextInt(3) == 0) {
            l.add("*(" + SIZE_NAMES[idx] + " *)(r2 + " + off + ") = " + rnd.nextInt(9));
        } else {
            l.add("r5 = *(" + SIZE_NAMES[idx] + " *)(r2 + " + off + ")");
        }
        l.add("r0 = 0");
    }

    private void map(List<String> l, int valueSize) {
        l.add("r1 = 0");
        l.add("*(u32 *)(r10 - 4) = r1");
        l.add("r2 = r10");
        l.add("r2 += " + pick(-4, -4, -4, -8, -2));
        l.add("r1 = m ll");
        l.add("call bpf_map_lookup_elem");
        boolean check = rnd.nextInt(5) != 0;
        int body = 1;
        List<String> b = new ArrayList<>();
        int off = rnd.nextInt(valueSize + 8) - (rnd.nextInt(8) == 0 ? 8 : 0);
        String sz = size();
        switch (rnd.nextInt(5)) {
            case 0 -> b.add("r1 = *(" + sz + " *)(r0 + " + off + ")");
            case 1 -> b.add("*(" + sz + " *)(r0 + " + off + ") = " + rnd.nextInt(5));
            case 2 -> {
                b.add("r1 = *(u32 *)(r0 + 0)");
                b.add("r1 &= " + pick(3, 7, 15, 31, 63, 255));
                b.add("r0 += r1");
                b.add("r1 = *(" + sz + " *)(r0 + 0)");
            }
            case 3 -> {
                b.add("r1 = 1");
                b.add("lock *(u64 *)(r0 + " + (off & ~7) + ") += r1");
            }
            default -> {
                b.add("r0 += " + pick(4, 8, -4, valueSize));
                b.add("r1 = *(u8 *)(r0 + 0)");
            }
        }
        body = b.size();
        if (check) {
            l.add((rnd.nextInt(6) == 0 ? "if r0 != 0 goto +" : "if r0 == 0 goto +") + body);
        }
        l.addAll(b);
    }

    private void helper(List<String> l, String section) {
        switch (rnd.nextInt(6)) {
            case 0 -> {
                l.add("call bpf_ktime_get_ns");
                if (rnd.nextBoolean()) {
                    l.add("r0 = r" + pick(1, 2, 0));
                }
            }
            case 1 -> {
                l.add("r1 = r10");
                l.add("r1 += -16");
                l.add("r2 = " + pick(0, 8, 16, 24));
                l.add("call bpf_get_current_comm");
            }
            case 2 -> {
                l.add("r1 = r6");
                l.add("r2 = 0");
                l.add("r3 = r10");
                l.add("r3 += " + pick(-16, -8, -32));
                l.add("r4 = " + pick(0, 8, 16, 32));
                l.add("call bpf_skb_load_bytes");
            }
            case 3 -> {
                l.add("r1 = m ll");
                l.add("r2 = r10");
                l.add("r2 += -8");
                l.add("r3 = r10");
                l.add("r3 += -24");
                l.add("r4 = 0");
                if (rnd.nextBoolean()) {
                    l.add("*(u64 *)(r10 - 8) = r4");
                    l.add("*(u64 *)(r10 - 16) = r4");
                    l.add("*(u64 *)(r10 - 24) = r4");
                }
                l.add("call bpf_map_update_elem");
            }
            case 4 -> l.add("call bpf_get_prandom_u32");
            default -> {
                l.add("r1 = r6");
                l.add("call bpf_get_smp_processor_id");
            }
        }
    }
}
