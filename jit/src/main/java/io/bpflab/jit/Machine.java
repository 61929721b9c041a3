package io.bpflab.jit;

import io.bpflab.vm.Executable;
import io.bpflab.vm.Memory;
import io.bpflab.vm.Run;
import io.bpflab.vm.Vm;

/**
 * The state compiled code passes from method to method, one per run of a {@link JitEngine}
 * (callbacks and tail-called programs use their caller's): the run, its memory,
 * the instruction count and budget between calls, the callee's r1-r5 after a bpf-to-bpf
 * call (the interpreter leaves a callee's r1-r5 in the caller's registers), and a scratch
 * register file for the atomics, which {@link io.bpflab.vm.Semantics#atomic} applies to an array.
 */
final class Machine {

    final Vm vm;
    final Run run;
    final Memory memory;
    final long[] ret = new long[6];
    final long[] scratch = new long[16];
    long insns;
    long budget;
    /** A tail call the last helper asked for, taken by the caller right after the call. */
    Executable tail;

    // The region JitRuntime.cover found for the generated code to remember: its first
    // address, one past its last, its bytes.
    long readStart;
    long readEnd;
    byte[] readData;
    long writeStart;
    long writeEnd;
    byte[] writeData;

    /** The engine that compiled this code, which compiles a tail call's target too. */
    final JitEngine engine;

    Machine(Run run, JitEngine engine) {
        this.vm = run.vm();
        this.run = run;
        this.memory = run.memory();
        this.engine = engine;
    }

    /** Takes over the run's count and budget when the engine starts (or a helper calls back into) compiled code. */
    void enter() {
        insns = run.insns();
        budget = run.budget();
        tail = null;
    }
}
