/** JavaCC assembler for the LLVM and conformance dialects (issue "Assembler"). Not built yet. */
package io.bpflab.asm;
