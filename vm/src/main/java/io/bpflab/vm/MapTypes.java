package io.bpflab.vm;

/** The BPF_MAP_TYPE_* numbers of uapi bpf.h that the machine emulates. */
public final class MapTypes {
    public static final int HASH = 1;
    public static final int ARRAY = 2;
    public static final int PROG_ARRAY = 3;
    public static final int PERF_EVENT_ARRAY = 4;
    public static final int PERCPU_HASH = 5;
    public static final int PERCPU_ARRAY = 6;
    public static final int LRU_HASH = 9;
    public static final int LRU_PERCPU_HASH = 10;
    public static final int LPM_TRIE = 11;
    public static final int ARRAY_OF_MAPS = 12;
    public static final int HASH_OF_MAPS = 13;
    public static final int QUEUE = 22;
    public static final int STACK = 23;
    public static final int RINGBUF = 27;

    private MapTypes() {
    }
}
