package io.bpflab.asm;

/** One comma-separated argument of a directive. */
sealed interface DirectiveArg {

    Token start();

    /** A string literal, unescaped. */
    record Text(Token start) implements DirectiveArg {
        byte[] bytes() {
            return Strings.unescape(start);
        }
    }

    /** {@code @function}, {@code %progbits}. */
    record Type(Token start, Token name) implements DirectiveArg {
    }

    /** {@code key=value}, used by {@code .map}. */
    record KeyValue(Token start, Expr value) implements DirectiveArg {
    }

    record Value(Expr value) implements DirectiveArg {
        @Override
        public Token start() {
            return value.start();
        }
    }
}
