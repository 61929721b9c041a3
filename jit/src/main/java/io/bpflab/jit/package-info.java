/** eBPF to JVM bytecode with java.lang.classfile (issue "JIT"). Not built yet. */
package io.bpflab.jit;
