/** eBPF to JVM bytecode with java.lang.classfile: {@link io.bpflab.jit.JitCompiler}, {@link io.bpflab.jit.JitProgram}, {@link io.bpflab.jit.Engine}. */
package io.bpflab.jit;
