package io.bpflab.asm;

/** A memory operand {@code (r10 - 8)}: its opening token, base register and offset expression (null for none). */
record MemRef(Token start, Token base, Expr offset) {
}
