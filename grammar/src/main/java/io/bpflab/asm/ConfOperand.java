package io.bpflab.asm;

/** An operand of the conformance dialect. */
sealed interface ConfOperand {

    Token start();

    /** {@code %r3}: {@code name} is the token after the percent sign. */
    record Register(Token name, Token start) implements ConfOperand {
    }

    /** {@code [%r10-8]}; sign and number are null without an offset. */
    record Memory(Token reg, Token sign, Token number, Token start) implements ConfOperand {
    }

    /** An integer, signed when written with a sign (which a jump target needs). */
    record Number(Token start, long value, boolean signed) implements ConfOperand {
        static Number of(Token sign, Token number) {
            long v = Expr.parseNumber(number);
            if (sign == null) {
                return new Number(number, v, false);
            }
            return new Number(sign, sign.kind == AsmParserConstants.MINUS ? -v : v, true);
        }
    }

    /** A bare word: a label, {@code local}, {@code fetch}, an operation of {@code lock}. */
    record Name(Token start) implements ConfOperand {
    }
}
