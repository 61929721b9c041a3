/**
 * The bpflab assembler: a JavaCC grammar (src/main/javacc/AsmParser.jj) for the LLVM dialect
 * clang emits and the bpf_conformance {@code %r} dialect, producing {@link io.bpflab.isa.Program}s
 * and {@link io.bpflab.isa.elf.BpfObject}s whose ELF bytes equal llvm-mc-19's. Entry points:
 * {@link io.bpflab.asm.Assembler#assemble} and {@link io.bpflab.asm.DataFile#parse}.
 */
package io.bpflab.asm;
