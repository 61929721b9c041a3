/**
 * The kernel bridge: {@code bpf(2)} through {@code java.lang.foreign} (no JNI, no libbpf,
 * no native build), so the running kernel is an engine and an oracle beside bpflab's own.
 *
 * <ul>
 *   <li>{@link io.bpflab.kernel.KernelBpf#availability()}: whether bpf() works here (Linux,
 *       x86-64 or arm64, root or CAP_BPF, a real map create and program load), or the one-line
 *       reason it does not;
 *   <li>{@link io.bpflab.kernel.KernelMap}: BPF_MAP_CREATE, lookup/update/delete/next-key,
 *       every entry read back;
 *   <li>{@link io.bpflab.kernel.KernelProgram#load}: BPF_PROG_LOAD with a log buffer that grows
 *       until the log fits, answering a {@link io.bpflab.kernel.LoadResult} verdict (accepted or
 *       rejected, errno, log, processed instructions, load time); then BPF_PROG_TEST_RUN;
 *   <li>{@link io.bpflab.kernel.KernelObject}: a program's maps and loads owned together, map
 *       references ({@link io.bpflab.kernel.MapReferences}) resolved to the created fds;
 *   <li>{@link io.bpflab.kernel.ConformanceHarness}: the conformance suite's conventions (r1 =
 *       memory, r2 = length, 64-bit r0) on top of an XDP test run.
 * </ul>
 * Every object that holds an fd is {@link java.lang.AutoCloseable}; nothing is pinned or
 * attached, so closing is all the cleanup there is. Failed calls throw
 * {@link io.bpflab.kernel.KernelException} naming the command and errno
 * ({@code BPF_MAP_CREATE: EINVAL (Invalid argument)}); a program the verifier refuses is a
 * verdict, not an exception.
 */
package io.bpflab.kernel;
