/**
 * Instructions and programs to text, in two styles.
 *
 * <p>The LLVM style is what LLVM's BPF MCInstPrinter prints with {@code -mcpu=v4}: decimal
 * as {@code llvm-mc} and {@code clang -S} print it, or hex as {@code llvm-objdump} does
 * ({@link io.bpflab.isa.disasm.Radix}). Its text re-assembles with
 * {@code llvm-mc-19 -triple bpf -mcpu=v4} to the same bytes. Where LLVM 19 has no syntax for
 * an encoding, the instruction prints as {@code .8byte} words with its meaning in a comment
 * (see {@link io.bpflab.isa.disasm.LlvmPrinter}); load-acquire and store-release print in the
 * syntax LLVM 21 introduced unless LLVM 19 is asked for.
 *
 * <p>The kernel style is the verifier log's (kernel/bpf/disasm.c):
 * {@code 0: (b7) r0 = 0}, {@code (85) call bpf_map_lookup_elem#1}, {@code (05) goto pc+3}
 * (see {@link io.bpflab.isa.disasm.KernelPrinter}).
 *
 * <p>{@link io.bpflab.isa.disasm.Disassembler} prints whole programs: assembly with labels,
 * an llvm-objdump-like listing with slot numbers and bytes, and the kernel log.
 */
package io.bpflab.isa.disasm;
