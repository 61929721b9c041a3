/**
 * A model of the Linux verifier (issues "Verifier, part 1/2"). Built so far: the scalar
 * domain ({@link io.bpflab.verifier.Tnum}, {@link io.bpflab.verifier.Scalar}), the ALU
 * transfer functions ({@link io.bpflab.verifier.ScalarAlu}), branch prediction and
 * refinement ({@link io.bpflab.verifier.ScalarBranch}), the log's rendering of scalars
 * ({@link io.bpflab.verifier.LogFormat}), the structural checks and a depth-first path
 * explorer for programs of scalar ALU instructions, jumps, exit and stack accesses
 * ({@link io.bpflab.verifier.PathExplorer}, {@link io.bpflab.verifier.Verdict}) with the
 * stack's slots ({@code StackState}), states as stacks of frames for bpf-to-bpf calls
 * ({@code Frame}), may_goto, state pruning ({@code StateEquivalence}), and the kernel's
 * log at levels 1 and 2 ({@code KernelLog}, {@code LiveRegs}).
 *
 * <p>Rules and messages come from the kernel 6.12 sources; where the 6.18 kernel this
 * project tests against computes a scalar differently (tnum and range multiplication,
 * negation, byte swaps, unsigned addition and subtraction that wrap at both ends, a u64
 * range and tnum sharing a single value), bpflab follows the running kernel, and
 * testdata/verifier/scalar-states.txt holds that kernel's output for 6,473 cases.
 */
package io.bpflab.verifier;
