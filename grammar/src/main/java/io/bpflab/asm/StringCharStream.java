package io.bpflab.asm;

import java.io.EOFException;
import java.io.IOException;

/**
 * The characters of a source held in memory, for the generated token manager. Images are
 * substrings of the source and positions come from a table of line starts, so reading costs
 * no copying (JavaCC's SimpleCharStream copies every character into a ring buffer and keeps
 * two ints per character for positions). Columns count a tab as one, as llvm-mc does.
 */
final class StringCharStream implements CharStream {

    private final String text;
    private final int length;
    private int[] lineStarts = new int[256];
    private int lines;
    /** Index of the next character to read. */
    private int pos;
    private int tokenBegin;
    /** Line index of the last position looked up; moved stepwise since lookups go forward. */
    private int cursor;

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

    private int lineOf(int at) {
        while (cursor + 1 < lines && lineStarts[cursor + 1] <= at) {
            cursor++;
        }
        while (cursor > 0 && lineStarts[cursor] > at) {
            cursor--;
        }
        return cursor;
    }

    private int last() {
        return Math.max(0, Math.min(pos, length) - 1);
    }

    @Override
    public int getBeginLine() {
        return lineOf(tokenBegin) + 1;
    }

    @Override
    public int getBeginColumn() {
        return tokenBegin - lineStarts[lineOf(tokenBegin)] + 1;
    }

    @Override
    public int getEndLine() {
        return lineOf(last()) + 1;
    }

    @Override
    public int getEndColumn() {
        int at = last();
        return at - lineStarts[lineOf(at)] + 1;
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
