package io.bpflab.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many CPUs the kernel may ever bring up: per-CPU maps hold that many values
 * (kernel: num_possible_cpus()), read from /sys/devices/system/cpu/possible as libbpf does.
 */
final class PossibleCpus {

    private PossibleCpus() {
    }

    private static final class Holder {
        static final int COUNT = read();
    }

    static int count() {
        return Holder.COUNT;
    }

    private static int read() {
        try {
            return parse(Files.readString(Path.of("/sys/devices/system/cpu/possible")));
        } catch (IOException | IllegalArgumentException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * {@code 0-3,5,7-8} is 7 CPUs: the kernel copies one value per CPU of the mask
     * (kernel: for_each_possible_cpu in bpf_percpu_array_copy).
     */
    static int parse(String list) {
        int n = 0;
        for (String part : list.strip().split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-');
            int lo = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
            int hi = Integer.parseInt(dash < 0 ? part : part.substring(dash + 1));
            if (hi < lo) {
                throw new IllegalArgumentException("bad CPU range " + part);
            }
            n += hi - lo + 1;
        }
        if (n == 0) {
            throw new IllegalArgumentException("empty CPU list");
        }
        return n;
    }
}
