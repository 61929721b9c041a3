package io.bpflab.asm;

/**
 * A token of the grammar, in place of the one JavaCC generates: the kind, the image, and
 * its character offset in the source (line and column are worked out from the offset for
 * the few tokens a diagnostic names, see StringCharStream). JavaCC's has four position ints
 * per token; a file's tokens are the largest share of what assembling it allocates.
 */
class Token {

    int kind;

    /** Offset of the token's first character in the source. */
    int offset;

    String image;

    /** The next token (JavaCC's chain; cut behind the parser, see AsmParser.lineStarts). */
    Token next;

    /** Comments before the token (JavaCC's special tokens). */
    Token specialToken;

    /** The parser's start token, before the first one read. */
    Token() {
    }

    Token(int kind, String image) {
        this.kind = kind;
        this.image = image;
    }

    /** A token the assembler makes up (a local label's hidden name, a label for '.') at the place of {@code at}. */
    static Token at(Token at, int kind, String image) {
        Token t = new Token(kind, image);
        t.offset = at.offset;
        return t;
    }

    static Token newToken(int kind, String image) {
        return new Token(kind, image);
    }

    @Override
    public String toString() {
        return image;
    }
}
