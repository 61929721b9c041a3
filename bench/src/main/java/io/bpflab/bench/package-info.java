/**
 * JMH benchmarks. One sub-package per measured part (asm, vm, jit, verifier); figures go
 * to bench/RESULTS.md.
 */
package io.bpflab.bench;
