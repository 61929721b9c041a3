/**
 * bpflab as a library: assemble or load eBPF programs, verify them as the Linux verifier
 * would, run them on bpflab's interpreter or JIT with maps the test reads and writes, all
 * in-process and without root.
 *
 * <p>Entry point: {@link io.bpflab.api.Bpf}. The types of this package are the stable
 * surface; everything else in bpflab ({@code io.bpflab.isa}, {@code io.bpflab.vm}, ...) may
 * change between versions.
 *
 * <pre>{@code
 * ObjectFile obj = Bpf.load(Path.of("xdp_count.s"));
 * Program prog = obj.program("xdp");
 * Verdict v = prog.verify(Options.defaults());
 * Result r = prog.run(Context.packet(new byte[64]));
 * long count = prog.map("counts").getLong(0);
 * }</pre>
 */
package io.bpflab.api;
