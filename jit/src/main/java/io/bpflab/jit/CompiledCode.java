package io.bpflab.jit;

/**
 * What a generated class implements: the subprogram at instruction {@code pc} (the program's
 * start, or a callback's), entered in frame {@code depth} with r0-r9.
 */
interface CompiledCode {

    long call(int pc, Machine m, int depth, long r0, long r1, long r2, long r3, long r4,
              long r5, long r6, long r7, long r8, long r9);
}
