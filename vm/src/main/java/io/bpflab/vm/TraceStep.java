package io.bpflab.vm;

import io.bpflab.isa.Insn;
import io.bpflab.isa.SourceLines;
import java.util.List;
import java.util.Optional;

/**
 * One executed instruction as a trace shows it: its place (index, the kernel's slot number,
 * call depth), its source line when the program carries line info, and what it changed.
 *
 * @param seq    1 for the first instruction of the run, counting every executed instruction
 * @param index  the instruction's index in {@code program}
 * @param slot   its slot (8-byte instruction number, as the kernel and faults number them)
 * @param entered the function this instruction starts, when it is a subprogram's first and its name is known
 */
public record TraceStep(long seq, Executable program, int index, int slot, int depth, Insn insn,
                        Optional<SourceLines.Line> source, Optional<String> entered, List<RegChange> regs,
                        List<MemChange> mem) {

    /**
     * Register {@code reg} went from {@code before} to {@code after}; {@code points} says what
     * the new value points to ({@code fp-8}, {@code map counts}, {@code counts[1]+0}), or is empty.
     */
    public record RegChange(int reg, long before, long after, String points) {
    }

    /**
     * {@code bytes} were written at {@code addr}; {@code where} names the place for people:
     * {@code fp-8} in the running frame's stack, else the region ({@code map counts value}).
     */
    public record MemChange(long addr, String where, byte[] before, byte[] after) {

        /** The new contents as a little-endian number for 1, 2, 4 and 8 bytes, else as hex bytes. */
        public String valueText() {
            if (after.length == 1 || after.length == 2 || after.length == 4 || after.length == 8) {
                long v = 0;
                for (int k = after.length - 1; k >= 0; k--) {
                    v = v << 8 | (after[k] & 0xff);
                }
                return "0x" + Long.toHexString(v);
            }
            return java.util.HexFormat.of().formatHex(after);
        }
    }
}
