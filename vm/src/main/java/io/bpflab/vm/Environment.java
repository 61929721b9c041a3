package io.bpflab.vm;

/**
 * What the helpers report about "the system", fixed so that every run is reproducible: a
 * virtual clock that advances a fixed step each time it is read, a seeded PRNG, and the
 * identity of the current task.
 */
public final class Environment {

    /** Per-CPU maps keep this many copies; {@link #cpu} must stay below it. */
    public static final int MAX_CPUS = 8;

    public long clockNs = 1_000_000_000L;
    public long clockStepNs = 1_000;
    public long bootOffsetNs = 0;
    public long seed = 0x5eed_b9f1_ab00_0001L;
    public int pid = 4242;
    public int tgid = 4242;
    public int uid = 1000;
    public int gid = 1000;
    public String comm = "bpflab";
    public int cpu = 0;
    public int possibleCpus = 2;
    public int numaNode = 0;
    /** What bpf_get_func_ip returns: the address of the probed function. */
    public long funcIp = 0xffffffff81000000L;
    /** What bpf_get_current_cgroup_id returns. */
    public long cgroupId = 1;
    /** What bpf_get_attach_cookie returns (the cookie given at attach time). */
    public long attachCookie = 0;
    /** Kernel HZ for jiffies64. */
    public int hz = 250;
    private long prng;

    public Environment() {
        this.prng = seed;
    }

    /** Reads the virtual clock: each read advances it by {@link #clockStepNs}. */
    public long readClock() {
        long t = clockNs;
        clockNs += clockStepNs;
        return t;
    }

    public void reseed(long s) {
        seed = s;
        prng = s;
    }

    /** xorshift64*: deterministic for a given seed. */
    public int nextRandom() {
        long x = prng == 0 ? 0x9e3779b97f4a7c15L : prng;
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        prng = x;
        return (int) ((x * 0x2545f4914f6cdd1dL) >>> 32);
    }
}
