package io.bpflab.isa.disasm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the LLVM style prints for one instruction: LLVM's own syntax, or, for an encoding
 * LLVM 19 has no syntax for, the raw words as {@code .8byte} (which llvm-mc assembles to the
 * same bytes in {@code .text}) with a readable form in a comment.
 */
public sealed interface LlvmText {

    /** The line as an assembler reads it. */
    String asm();

    /** The line for a reader: the syntax, or the readable form of raw words. */
    String readable();

    /** Text in LLVM's syntax. */
    record Syntax(String text) implements LlvmText {
        @Override
        public String asm() {
            return text;
        }

        @Override
        public String readable() {
            return text;
        }
    }

    /**
     * Raw slots: one 64-bit little-endian word per slot, and what they mean in words a reader
     * knows (the kernel's or LLVM 21's).
     */
    record Raw(List<Long> words, String meaning) implements LlvmText {
        public Raw {
            words = List.copyOf(words);
        }

        @Override
        public String asm() {
            return words.stream().map(w -> String.format("0x%016x", w))
                    .collect(Collectors.joining(", ", ".8byte ", " # " + meaning));
        }

        @Override
        public String readable() {
            return meaning;
        }
    }
}
