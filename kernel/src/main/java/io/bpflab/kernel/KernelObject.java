package io.bpflab.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A program's maps and the programs loaded against them, owned together: {@link #close()}
 * closes every program and map fd this object opened, also after a failure half-way.
 * This is what {@code bpflab run|test|compare --engine kernel} needs for one file:
 * <pre>{@code
 * try (KernelObject obj = KernelObject.create(mapSpecs)) {
 *     obj.map("counts").orElseThrow().update(key, value);
 *     LoadResult r = obj.load(LoadRequest.of(insns, ProgramType.XDP));
 *     if (r.accepted()) {
 *         TestRunResult out = r.program().orElseThrow().testRun(TestRun.data(packet));
 *         List<KernelMap.Entry> after = obj.map("counts").orElseThrow().entries();
 *     }
 * }
 * }</pre>
 */
public final class KernelObject implements AutoCloseable {

    private final List<KernelMap> maps;
    private final List<LoadResult> loads = new ArrayList<>();
    private boolean closed;

    private KernelObject(List<KernelMap> maps) {
        this.maps = Collections.unmodifiableList(maps);
    }

    /**
     * Creates every map, in order (a program's map index i is {@code specs.get(i)}).
     *
     * @throws KernelException naming the map that could not be created; the ones created
     *                         before it are closed
     */
    public static KernelObject create(List<MapSpec> specs) throws KernelException {
        return create(specs, java.util.Map.of());
    }

    /**
     * Creates every map, in order; a map of maps at index i is created with an inner map
     * made from {@code innerTemplates.get(i)}, closed again once the outer map exists (the
     * kernel keeps only its type and sizes).
     */
    public static KernelObject create(List<MapSpec> specs, java.util.Map<Integer, MapSpec> innerTemplates)
            throws KernelException {
        List<KernelMap> created = new ArrayList<>(specs.size());
        try {
            for (int i = 0; i < specs.size(); i++) {
                MapSpec spec = specs.get(i);
                try {
                    MapSpec template = innerTemplates.get(i);
                    if (template == null) {
                        created.add(KernelMap.create(spec));
                    } else {
                        try (KernelMap inner = KernelMap.create(template)) {
                            created.add(KernelMap.create(spec, inner.fd()));
                        }
                    }
                } catch (KernelException e) {
                    throw new KernelException(e.command(), e.errno(), "map " + spec.name() + " ("
                            + spec.type().shortName() + ", key " + spec.keySize() + ", value " + spec.valueSize()
                            + ", entries " + spec.maxEntries() + ")");
                }
            }
        } catch (KernelException e) {
            closeAll(created.stream().<Closer>map(m -> m::close).toList(), e);
            throw e;
        }
        return new KernelObject(created);
    }

    public List<KernelMap> maps() {
        return maps;
    }

    /** The map declared as {@code name}. */
    public Optional<KernelMap> map(String name) {
        return maps.stream().filter(m -> m.spec().name().equals(name)).findFirst();
    }

    /**
     * Patches the request's map references to this object's fds ({@link MapReferences}) and
     * loads it. The result (and its program) stays owned by this object.
     */
    public LoadResult load(LoadRequest request) throws KernelException, MapReferenceException {
        if (closed) {
            throw new IllegalStateException("kernel object is closed");
        }
        byte[] insns = request.insns();
        byte[] patched = MapReferences.patch(insns, maps);
        LoadResult r = KernelProgram.load(request.withInsns(patched),
                MapReferences.usesFdArray(insns) ? maps : List.of());
        loads.add(r);
        return r;
    }

    /** Closes programs first, then maps; every fd is closed even when one close fails. */
    @Override
    public void close() throws KernelException {
        if (closed) {
            return;
        }
        closed = true;
        List<Closer> all = new ArrayList<>();
        loads.forEach(r -> all.add(r::close));
        maps.reversed().forEach(m -> all.add(m::close));
        closeAll(all, null);
    }

    private interface Closer {
        void close() throws KernelException;
    }

    /** Closes each; the first failure is thrown (after all were tried) unless one is already pending. */
    private static void closeAll(List<Closer> items, KernelException pending) throws KernelException {
        KernelException first = pending;
        for (Closer c : items) {
            try {
                c.close();
            } catch (KernelException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null && pending == null) {
            throw first;
        }
    }
}
