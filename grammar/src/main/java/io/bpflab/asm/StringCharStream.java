package io.bpflab.asm;

import java.io.EOFException;
import java.io.IOException;

/**
 * The characters of a source held in memory, for the generated token manager. Images are
 * substrings of the source, and a token's "columns" are its character offsets in the source
 * (its "lines" are all 1): line and column are worked out from a table of line starts only
 * for the few tokens a diagnostic names. JavaCC's SimpleCharStream instead copies every
 * character into a ring buffer and tracks two ints per character. Columns count a tab as
 * one, as llvm-mc does.
 */
final class StringCharStream implements CharStream {

    private final String text;
    private final int length;
    private int[] lineStarts = new int[256];
    private int lines;
    /** Index of the next character to read. */
    private int pos;
    private int tokenBegin;

    StringCharStream(String text) {
        this.text = text;
        this.length = text.length();
        lineStarts[lines++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (lines == lineStarts.length) {
                lineStarts = java.util.Arrays.copyOf(lineStarts, lines * 2);
            }
            lineStarts[lines++] = i + 1;
        }
    }

    @Override
    public char readChar() throws IOException {
        if (pos >= length) {
            pos = length + 1;
            throw new EOFException();
        }
        return text.charAt(pos++);
    }

    @Override
    public char BeginToken() throws IOException {
        tokenBegin = Math.min(pos, length);
        return readChar();
    }

    @Override
    public void backup(int amount) {
        pos -= amount;
    }

    @Override
    public String GetImage() {
        return text.substring(tokenBegin, Math.min(pos, length));
    }

    @Override
    public char[] GetSuffix(int len) {
        int end = Math.min(pos, length);
        return text.substring(end - len, end).toCharArray();
    }

    /** The 1-based line of a character offset. */
    int line(int offset) {
        int i = java.util.Arrays.binarySearch(lineStarts, 0, lines, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The 1-based column of a character offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    private int last() {
        return Math.max(0, Math.min(pos, length) - 1);
    }

    @Override
    public int getBeginLine() {
        return 1;
    }

    /** The offset of the token's first character. */
    @Override
    public int getBeginColumn() {
        return tokenBegin;
    }

    @Override
    public int getEndLine() {
        return 1;
    }

    /** The offset of the token's last character. */
    @Override
    public int getEndColumn() {
        return last();
    }

    @Override
    @Deprecated
    public int getColumn() {
        return getEndColumn();
    }

    @Override
    @Deprecated
    public int getLine() {
        return getEndLine();
    }

    @Override
    public void Done() {
    }

    @Override
    public void setTabSize(int i) {
    }

    @Override
    public int getTabSize() {
        return 1;
    }

    @Override
    public boolean getTrackLineColumn() {
        return true;
    }

    @Override
    public void setTrackLineColumn(boolean trackLineColumn) {
    }
}
