package io.bpflab.vm;

import io.bpflab.isa.linux.Helper;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A helper table: helper id to implementation. {@link #linux()} is the kernel's numbering
 * with every helper bpflab emulates; {@link #conformance()} is the bpf_conformance
 * runner's, where helper 5 is uBPF's "unwind".
 */
public final class Helpers {

    private HelperFunction[] table = new HelperFunction[256];
    private final Set<Integer> ids = new TreeSet<>();

    public Helpers put(int id, HelperFunction f) {
        if (id >= table.length) {
            table = Arrays.copyOf(table, id + 1);
        }
        table[id] = f;
        ids.add(id);
        return this;
    }

    public Helpers put(Helper h, HelperFunction f) {
        return put(h.id(), f);
    }

    HelperFunction get(long id) {
        return id >= 0 && id < table.length ? table[(int) id] : null;
    }

    /** Ids with an implementation, ascending. */
    public Set<Integer> ids() {
        return Collections.unmodifiableSet(ids);
    }

    /**
     * uBPF's helper 5, "unwind" (DESIGN §4): returns its argument, and when that is 0 the
     * program ends at once with r0 = 0.
     */
    public static Helpers conformance() {
        return new Helpers().put(5, (run, r1, r2, r3, r4, r5) -> {
            if (r1 == 0) {
                run.stop();
            }
            return r1;
        });
    }

    /** The Linux helpers bpflab emulates, numbered as in Linux 6.12. */
    public static Helpers linux() {
        Helpers h = new Helpers();
        LinuxHelpers.register(h);
        PacketHelpers.register(h);
        return h;
    }
}
