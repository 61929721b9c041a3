/**
 * The JIT: eBPF to JVM bytecode with {@code java.lang.classfile}, one hidden class per
 * program and one static method per bpf-to-bpf subprogram (split into several at basic-block
 * boundaries when over HotSpot's 8,000-byte method limit). {@link io.bpflab.jit.JitEngine}
 * plugs it into a {@link io.bpflab.vm.Vm}; {@link io.bpflab.jit.JitCompiler} translates,
 * verifies and dumps; {@link io.bpflab.jit.Engine} runs a program on either engine.
 * Every operation calls the interpreter's {@link io.bpflab.vm.Semantics} and region checks.
 */
package io.bpflab.jit;
