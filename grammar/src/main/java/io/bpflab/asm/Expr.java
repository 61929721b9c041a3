package io.bpflab.asm;

import java.math.BigInteger;

/**
 * A constant expression as written. It is folded once every label of the file is known
 * (the operators, precedence and results of llvm-mc: comparisons give -1 for true as in
 * GNU as, {@code >>} is arithmetic, arithmetic wraps at 64 bits).
 */
sealed interface Expr {

    Token start();

    record Num(Token start, long value) implements Expr {
    }

    record Symbol(Token start) implements Expr {
        String name() {
            return start.image;
        }
    }

    record Unary(Token start, Expr operand) implements Expr {
    }

    record Binary(Token op, Expr left, Expr right) implements Expr {
        @Override
        public Token start() {
            return left.start();
        }
    }

    /** A folded value: {@code symbol + addend}, or a plain constant when symbol is null. */
    record Value(String symbol, long addend) {
        boolean isConstant() {
            return symbol == null;
        }
    }

    /** What folding needs to know about the symbols of the file. */
    interface Symbols {
        /** The section a defined symbol is in, or null when it is not defined in this file. */
        Object sectionOf(String name);

        long offsetOf(String name);
    }

    static Expr number(Token t) {
        return new Num(t, parseNumber(t));
    }

    static Expr character(Token t) {
        byte[] b = Strings.unescape(t);
        return new Num(t, b.length == 0 ? 0 : b[0] & 0xff);
    }

    /** Decimal, {@code 0x} hex, {@code 0b} binary, or octal with a leading 0, as llvm-mc reads integers. */
    static long parseNumber(Token t) {
        String img = t.image;
        if (img.length() < 19 && (img.length() == 1 || img.charAt(0) != '0')) {
            long v = 0;
            for (int i = 0; i < img.length(); i++) {
                char c = img.charAt(i);
                if (c < '0' || c > '9') {
                    return parseNumberSlow(t);
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
        return parseNumberSlow(t);
    }

    /**
     * llvm's AsmLexer skips a C integer suffix ({@code U}, {@code L}, {@code LL}, {@code ULL}):
     * {@code 0x1122334455667788ll} written without a blank is a plain integer, not lddw.
     */
    private static long parseNumberSlow(Token t) {
        String s = t.image.replace("_", "");
        int end = s.length();
        while (end > 1 && "lLuU".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        s = s.substring(0, end);
        int radix = 10;
        String digits = s;
        if (s.length() > 2 && (s.startsWith("0x") || s.startsWith("0X"))) {
            radix = 16;
            digits = s.substring(2);
        } else if (s.length() > 2 && (s.startsWith("0b") || s.startsWith("0B"))) {
            radix = 2;
            digits = s.substring(2);
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            radix = 8;
            digits = s.substring(1);
        }
        BigInteger v;
        try {
            v = new BigInteger(digits, radix);
        } catch (NumberFormatException e) {
            throw new SemanticError(t, "invalid number '" + t.image + "'");
        }
        if (v.bitLength() > 64) {
            throw new SemanticError(t, "integer '" + t.image + "' does not fit in 64 bits");
        }
        return v.longValue();
    }

    /** Folds the expression; a symbol that cannot be folded stays in the value. */
    static Value fold(Expr e, Symbols symbols) {
        return switch (e) {
            case Num n -> new Value(null, n.value());
            case Symbol s -> new Value(s.name(), 0);
            case Unary u -> {
                Value v = fold(u.operand(), symbols);
                if (u.start().kind == AsmParserConstants.PLUS) {
                    yield v;
                }
                long x = constant(v, u.operand(), symbols);
                yield new Value(null, switch (u.start().kind) {
                    case AsmParserConstants.MINUS -> -x;
                    case AsmParserConstants.TILDE -> ~x;
                    default -> x == 0 ? 1 : 0;
                });
            }
            case Binary b -> binary(b, fold(b.left(), symbols), fold(b.right(), symbols), symbols);
        };
    }

    private static Value binary(Binary b, Value l, Value r, Symbols symbols) {
        int op = b.op().kind;
        if (op == AsmParserConstants.PLUS && (!l.isConstant() || !r.isConstant())) {
            if (!l.isConstant() && !r.isConstant()) {
                throw new SemanticError(b.op(), "cannot add two symbols");
            }
            return l.isConstant() ? new Value(r.symbol(), r.addend() + l.addend()) : new Value(l.symbol(), l.addend() + r.addend());
        }
        if (op == AsmParserConstants.MINUS && !l.isConstant()) {
            if (r.isConstant()) {
                return new Value(l.symbol(), l.addend() - r.addend());
            }
            Object ls = symbols.sectionOf(l.symbol());
            Object rs = symbols.sectionOf(r.symbol());
            if (ls == null || ls != rs) {
                throw new SemanticError(b.op(), "cannot subtract symbols '" + l.symbol() + "' and '" + r.symbol()
                        + "' that are not defined in the same section");
            }
            return new Value(null, symbols.offsetOf(l.symbol()) + l.addend() - symbols.offsetOf(r.symbol()) - r.addend());
        }
        long x = constant(l, b.left(), symbols);
        long y = constant(r, b.right(), symbols);
        long v = switch (op) {
            case AsmParserConstants.PLUS -> x + y;
            case AsmParserConstants.MINUS -> x - y;
            case AsmParserConstants.STAR -> x * y;
            case AsmParserConstants.SLASH, AsmParserConstants.PERCENT -> {
                if (y == 0) {
                    throw new SemanticError(b.op(), "division by zero in expression");
                }
                yield op == AsmParserConstants.SLASH ? x / y : x % y;
            }
            case AsmParserConstants.SHL -> x << y;
            case AsmParserConstants.SHR -> x >> y;
            case AsmParserConstants.PIPE -> x | y;
            case AsmParserConstants.CARET -> x ^ y;
            case AsmParserConstants.AMP -> x & y;
            case AsmParserConstants.BANG -> x | ~y;
            case AsmParserConstants.EQ -> x == y ? -1 : 0;
            case AsmParserConstants.NE -> x != y ? -1 : 0;
            case AsmParserConstants.LT -> x < y ? -1 : 0;
            case AsmParserConstants.LE -> x <= y ? -1 : 0;
            case AsmParserConstants.GT -> x > y ? -1 : 0;
            case AsmParserConstants.GE -> x >= y ? -1 : 0;
            case AsmParserConstants.ANDAND -> x != 0 && y != 0 ? 1 : 0;
            case AsmParserConstants.OROR -> x != 0 || y != 0 ? 1 : 0;
            default -> throw new SemanticError(b.op(), "unexpected operator '" + b.op().image + "'");
        };
        return new Value(null, v);
    }

    private static long constant(Value v, Expr e, Symbols symbols) {
        if (!v.isConstant()) {
            throw new SemanticError(e.start(), "expected a constant expression, found symbol '" + v.symbol() + "'");
        }
        return v.addend();
    }
}
