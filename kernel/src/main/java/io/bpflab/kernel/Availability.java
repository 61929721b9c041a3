package io.bpflab.kernel;

/**
 * Whether this process can use {@code bpf(2)}, found out at run time by
 * {@link KernelBpf#availability()}; when it cannot, one line saying why.
 */
public sealed interface Availability {

    /** bpf() created a map and loaded a program here. */
    record Available(String kernelRelease, String arch, int euid, boolean capBpf) implements Availability {
        @Override
        public String describe() {
            return "bpf() available: Linux " + kernelRelease + " " + arch + ", euid " + euid
                    + (capBpf ? ", CAP_BPF" : "");
        }
    }

    record Unavailable(String reason) implements Availability {
        @Override
        public String describe() {
            return reason;
        }
    }

    default boolean isAvailable() {
        return this instanceof Available;
    }

    /** One line for a user or a skipped test. */
    String describe();
}
