package io.bpflab.api;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one run.
 *
 * @param r0 the program's return value (r0 at exit); 0 after a fault
 * @param instructions the instructions executed (the interpreter's count; 0 on the JIT)
 * @param packet the packet after the run (programs may rewrite it), or null without one
 * @param printk the lines {@code bpf_trace_printk} wrote, in order
 * @param fault why the run stopped early (an out-of-bounds access, the instruction budget),
 *     with the instruction, or empty when the program exited
 */
public record Result(long r0, long instructions, byte[] packet, List<String> printk, Optional<String> fault) {

    /**
     * Copies the lists.
     *
     * @param r0 the return value
     * @param instructions the instructions executed
     * @param packet the packet after the run, or null
     * @param printk the trace_printk lines
     * @param fault the fault, or empty
     */
    public Result {
        printk = List.copyOf(printk);
    }

    /**
     * Whether the program ran to its exit.
     *
     * @return true unless the run faulted
     */
    public boolean ok() {
        return fault.isEmpty();
    }
}
