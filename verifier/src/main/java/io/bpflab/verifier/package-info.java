/**
 * A model of the Linux verifier (issues "Verifier, part 1/2"). Built so far: the scalar
 * domain ({@link io.bpflab.verifier.Tnum}, {@link io.bpflab.verifier.Scalar}), the ALU
 * transfer functions ({@link io.bpflab.verifier.ScalarAlu}), branch prediction and
 * refinement ({@link io.bpflab.verifier.ScalarBranch}) and the log's rendering of scalars
 * ({@link io.bpflab.verifier.LogFormat}), each as the kernel 6.12 computes it.
 */
package io.bpflab.verifier;
