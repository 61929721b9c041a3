package io.bpflab.asm;

/**
 * An error in a source file, at a 1-based line and column (a tab counts as one column, as in
 * llvm-mc's messages).
 */
public record Diagnostic(String file, int line, int column, String message, String sourceLine) {

    /** {@code file.s:12:17: error: message}, the source line, and a caret under the column. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(line).append(':').append(column).append(": error: ").append(message);
        if (sourceLine != null) {
            sb.append('\n').append(sourceLine).append('\n');
            for (int i = 1; i < column && i <= sourceLine.length(); i++) {
                sb.append(sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            sb.append('^');
        }
        return sb.toString();
    }

    /** How a message names what it found: {@code 'r11'}, or {@code end of line}. */
    static String describe(String image, boolean endOfLine) {
        return endOfLine ? "end of line" : "'" + image + "'";
    }
}
