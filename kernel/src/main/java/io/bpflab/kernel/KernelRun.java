package io.bpflab.kernel;

import io.bpflab.isa.linux.AttachType;
import io.bpflab.isa.linux.MapType;
import io.bpflab.isa.linux.ProgramType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One program through the kernel from maps to report, as {@code bpflab run|compare|bench
 * --engine kernel} need it: create the declared maps, pre-load entries, load, test-run,
 * read every map back, close everything. A rejection or a failed run is part of the
 * {@link Report}; only failures of the bridge itself (a map the kernel will not create,
 * EPERM, ...) throw.
 */
public final class KernelRun {

    private KernelRun() {
    }

    /** How the input reaches the program and how r0 comes back. */
    public enum Convention {
        /**
         * The conformance suite's: the program runs as a subprogram of an XDP program (see
         * {@link ConformanceHarness}) with r1 = the input as memory (the value of a one-entry
         * array map, so any size a map value may have), r2 = its length; r0 comes back in full
         * 64 bits through an array map. The request's program type is replaced.
         */
        MEMORY,
        /**
         * The program's own type: the input is the packet ({@code data_in}), r1 the type's
         * context; r0 is BPF_PROG_TEST_RUN's 32-bit {@code retval}.
         */
        PACKET
    }

    /**
     * @param load       the program (map references as indexes into the maps, see
     *                   {@link MapReferences}) and its load attributes
     * @param convention how {@code input} is given to it
     * @param input      memory or packet bytes
     * @param ctx        context bytes for {@link Convention#PACKET} ({@code ctx_in}); empty for none
     * @param repeat     runs; the report has the kernel's mean time per run
     * @param preload    entries written into the named maps before the run
     */
    public record Request(LoadRequest load, Convention convention, byte[] input, byte[] ctx, int repeat,
                          Map<String, List<KernelMap.Entry>> preload) {
        public Request {
            Objects.requireNonNull(load, "load");
            Objects.requireNonNull(convention, "convention");
            input = input.clone();
            ctx = ctx.clone();
            preload = Map.copyOf(preload);
            if (repeat < 1) {
                throw new IllegalArgumentException("repeat must be at least 1, not " + repeat);
            }
        }

        public static Request memory(LoadRequest load, byte[] memory) {
            return new Request(load, Convention.MEMORY, memory, new byte[0], 1, Map.of());
        }

        public static Request packet(LoadRequest load, byte[] packet) {
            return new Request(load, Convention.PACKET, packet, new byte[0], 1, Map.of());
        }

        public Request withRepeat(int n) {
            return new Request(load, convention, input, ctx, n, preload);
        }

        public Request withCtx(byte[] c) {
            return new Request(load, convention, input, c, repeat, preload);
        }

        public Request withPreload(Map<String, List<KernelMap.Entry>> entries) {
            return new Request(load, convention, input, ctx, repeat, entries);
        }

        @Override
        public byte[] input() {
            return input.clone();
        }

        @Override
        public byte[] ctx() {
            return ctx.clone();
        }
    }

    /**
     * What happened, for printing side by side with bpflab's own engines.
     *
     * @param verdict        the load's verdict
     * @param errno          0, or the errno of the rejection
     * @param firstError     the verifier's message for a rejection, else empty
     * @param log            the verifier log at the request's log level
     * @param processedInsns the verifier's count (with {@link Convention#MEMORY}, the
     *                       wrapper's few instructions included)
     * @param loadTime       wall time of BPF_PROG_LOAD
     * @param wrapperSlots   instructions placed before the program ({@link Convention#MEMORY});
     *                       the log numbers the program's instructions this much higher
     * @param r0             the result: 64 bits under MEMORY, the unsigned 32-bit retval under
     *                       PACKET; empty when the program did not run
     * @param runError       BPF_PROG_TEST_RUN's failure, when it failed (a type without test
     *                       runs, input the type refuses, ...)
     * @param output         the memory or packet after the run
     * @param nsPerRun       the kernel's mean duration of one run
     * @param mapsAfter      every map's entries after the run (or after the rejection), by name
     */
    public record Report(LoadResult.Verdict verdict, int errno, String firstError, String log,
                         OptionalLong processedInsns, Duration loadTime, int wrapperSlots, OptionalLong r0,
                         Optional<KernelException> runError, byte[] output, long nsPerRun,
                         Map<String, List<KernelMap.Entry>> mapsAfter) {
        public Report {
            output = output.clone();
        }

        @Override
        public byte[] output() {
            return output.clone();
        }
    }

    /** Creates {@code maps}, runs, and closes them again. */
    public static Report run(List<MapSpec> maps, Request request) throws KernelException, MapReferenceException {
        try (KernelObject obj = KernelObject.create(maps)) {
            return run(obj, request);
        }
    }

    /**
     * Runs against the caller's maps, which stay open (with their contents) after. The
     * loaded program is closed before returning.
     */
    public static Report run(KernelObject maps, Request request) throws KernelException, MapReferenceException {
        for (Map.Entry<String, List<KernelMap.Entry>> e : request.preload().entrySet()) {
            KernelMap m = maps.map(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "no map named " + e.getKey() + " (the program declares " + names(maps) + ")"));
            for (KernelMap.Entry entry : e.getValue()) {
                m.update(entry.key(), entry.value());
            }
        }
        byte[] insns = request.load().insns();
        byte[] patched = MapReferences.patch(insns, maps.maps());
        List<KernelMap> fdArray = MapReferences.usesFdArray(insns) ? maps.maps() : List.of();
        return switch (request.convention()) {
            case MEMORY -> memory(maps, request, patched, fdArray);
            case PACKET -> packet(maps, request, patched, fdArray);
        };
    }

    private static Report memory(KernelObject maps, Request request, byte[] insns, List<KernelMap> fdArray)
            throws KernelException {
        byte[] memory = request.input();
        int wrapperSlots = ConformanceHarness.wrapperSlots(memory.length);
        try (KernelMap result = KernelMap.create(new MapSpec("bpflab_r0", MapType.ARRAY, 4, 8, 1));
             KernelMap mem = memory.length == 0 ? null
                     : KernelMap.create(new MapSpec("bpflab_mem", MapType.ARRAY, 4, memory.length, 1))) {
            if (mem != null) {
                mem.update(new byte[4], memory);
            }
            LoadRequest load = request.load()
                    .withInsns(ConformanceHarness.wrap(insns, memory.length, mem == null ? -1 : mem.fd(), result.fd()))
                    .withProgType(ProgramType.XDP).withExpectedAttachType(AttachType.XDP);
            try (LoadResult r = KernelProgram.load(load, fdArray)) {
                if (!r.accepted()) {
                    return rejected(r, wrapperSlots, memory, maps);
                }
                TestRunResult out;
                try {
                    out = r.program().orElseThrow().testRun(TestRun.data(new byte[ConformanceHarness.MIN_PACKET])
                            .withRepeat(request.repeat()));
                } catch (KernelException e) {
                    return new Report(r.verdict(), 0, "", r.log(), r.processedInsns(), r.loadTime(), wrapperSlots,
                            OptionalLong.empty(), Optional.of(e), memory, 0, contents(maps));
                }
                long r0 = ByteBuffer.wrap(value0(result)).order(ByteOrder.LITTLE_ENDIAN).getLong();
                byte[] memoryOut = mem == null ? memory : value0(mem);
                return new Report(r.verdict(), 0, "", r.log(), r.processedInsns(), r.loadTime(), wrapperSlots,
                        OptionalLong.of(r0), Optional.empty(), memoryOut, out.duration(), contents(maps));
            }
        }
    }

    private static byte[] value0(KernelMap array) throws KernelException {
        return array.lookup(new byte[4]).orElseThrow(() -> new IllegalStateException("array map without entry 0"));
    }

    private static Report packet(KernelObject maps, Request request, byte[] insns, List<KernelMap> fdArray)
            throws KernelException {
        try (LoadResult r = KernelProgram.load(request.load().withInsns(insns), fdArray)) {
            if (!r.accepted()) {
                return rejected(r, 0, request.input(), maps);
            }
            TestRun run = TestRun.data(request.input()).withRepeat(request.repeat());
            if (request.ctx().length > 0) {
                run = run.withCtx(request.ctx());
            }
            ProgramType type = request.load().progType();
            if (type == ProgramType.RAW_TRACEPOINT || type == ProgramType.RAW_TRACEPOINT_WRITABLE) {
                // kernel: bpf_prog_test_run_raw_tp takes only ctx_in; data, ctx_out and repeat are EINVAL
                run = new TestRun(new byte[0], 0, request.ctx(), 0, 0, 0, 0);
            }
            try {
                TestRunResult out = r.program().orElseThrow().testRun(run);
                return new Report(r.verdict(), 0, "", r.log(), r.processedInsns(), r.loadTime(), 0,
                        OptionalLong.of(out.retvalUnsigned()), Optional.empty(), out.dataOut(), out.duration(),
                        contents(maps));
            } catch (KernelException e) {
                return new Report(r.verdict(), 0, "", r.log(), r.processedInsns(), r.loadTime(), 0,
                        OptionalLong.empty(), Optional.of(e), request.input(), 0, contents(maps));
            }
        }
    }

    private static Report rejected(LoadResult r, int wrapperSlots, byte[] input, KernelObject maps)
            throws KernelException {
        return new Report(r.verdict(), r.errno(), r.firstError(), r.log(), r.processedInsns(), r.loadTime(),
                wrapperSlots, OptionalLong.empty(), Optional.empty(), input, 0, contents(maps));
    }

    private static Map<String, List<KernelMap.Entry>> contents(KernelObject maps) throws KernelException {
        Map<String, List<KernelMap.Entry>> out = new LinkedHashMap<>();
        for (KernelMap m : maps.maps()) {
            // kernel: queue, stack, ring buffer and bloom filter maps have no keys to walk
            // (their map_get_next_key refuses with EINVAL or ENOTSUPP)
            boolean keyless = switch (m.spec().type()) {
                case QUEUE, STACK, RINGBUF, USER_RINGBUF, BLOOM_FILTER -> true;
                default -> false;
            };
            out.put(m.spec().name(), keyless ? List.of() : m.entries());
        }
        return out;
    }

    private static String names(KernelObject maps) {
        List<String> names = maps.maps().stream().map(m -> m.spec().name()).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
