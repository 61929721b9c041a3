package io.bpflab.api;

/** Which of bpflab's two engines runs a program; both give the same results (they share every operation's semantics). */
public enum Engine {
    /** The interpreter: starts at once, traces and counts every instruction. */
    INTERPRETER,
    /** The JIT: compiles the program to JVM bytecode once, then runs many times faster. */
    JIT
}
