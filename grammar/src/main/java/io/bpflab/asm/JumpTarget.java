package io.bpflab.asm;

/** Where a jump goes as written: a relative slot count ({@code +3}, {@code pc-2}) or a label. */
sealed interface JumpTarget {

    Token start();

    record Relative(Token start, long slots) implements JumpTarget {
    }

    record Label(Token start) implements JumpTarget {
        String name() {
            return start.image;
        }
    }

    static JumpTarget relative(Token sign, Token number) {
        long v = Expr.parseNumber(number);
        return new Relative(sign, sign.kind == AsmParserConstants.MINUS ? -v : v);
    }

    static JumpTarget label(Token name) {
        return new Label(name);
    }
}
