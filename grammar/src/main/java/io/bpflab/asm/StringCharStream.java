package io.bpflab.asm;

import java.io.EOFException;
import java.io.IOException;

/**
 * The characters of a source held in memory, for the generated token manager. Images are
 * made from the source's characters, and a token's "columns" are its character offsets in
 * the source (its "lines" are all 1): line and column are worked out from a table of line
 * starts only for the few tokens a diagnostic names. JavaCC's SimpleCharStream instead
 * copies every character into a ring buffer and tracks two ints per character. Columns
 * count a tab as one, as llvm-mc does.
 */
final class StringCharStream implements CharStream {

    private final char[] text;
    private final int length;
    /** Where each line starts, worked out when a diagnostic first needs a line. */
    private int[] lineStarts;
    private int lines;
    /** Index of the next character to read. */
    private int pos;
    private int tokenBegin;

    /**
     * Images of up to four ASCII characters (registers, keywords, small numbers: most of a
     * program's names) are made once per file and shared, keyed by their packed characters.
     */
    private final int[] shortKeys = new int[SHORT_IMAGES];
    private final String[] shortImages = new String[SHORT_IMAGES];
    private static final int SHORT_IMAGES = 1 << 12;

    StringCharStream(String source) {
        this.text = source.toCharArray();
        this.length = text.length;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[256];
            int n = 0;
            starts[n++] = 0;
            for (int i = 0; i < length; i++) {
                if (text[i] == '\n') {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            lines = n;
            lineStarts = starts;
        }
        return lineStarts;
    }

    @Override
    public char readChar() throws IOException {
        if (pos >= length) {
            pos = length + 1;
            throw new EOFException();
        }
        return text[pos++];
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
        int end = Math.min(pos, length);
        int n = end - tokenBegin;
        if (n > 0 && n <= 4) {
            int key = n;
            for (int i = tokenBegin; i < end; i++) {
                char c = text[i];
                if (c >= 0x80) {
                    return new String(text, tokenBegin, n);
                }
                key = key << 7 | c;
            }
            int slot = (key * 0x9E3779B9) >>> (32 - 12);
            String s = shortImages[slot];
            if (s != null && shortKeys[slot] == key) {
                return s;
            }
            s = new String(text, tokenBegin, n);
            shortKeys[slot] = key;
            shortImages[slot] = s;
            return s;
        }
        return new String(text, tokenBegin, n);
    }

    @Override
    public char[] GetSuffix(int len) {
        int end = Math.min(pos, length);
        return java.util.Arrays.copyOfRange(text, end - len, end);
    }

    /** The 1-based line of a character offset. */
    int line(int offset) {
        int i = java.util.Arrays.binarySearch(lineStarts(), 0, lines, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The 1-based column of a character offset. */
    int column(int offset) {
        return offset - lineStarts()[line(offset) - 1] + 1;
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
