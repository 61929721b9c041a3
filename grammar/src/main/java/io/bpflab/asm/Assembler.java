package io.bpflab.asm;

import java.util.regex.Pattern;

/** Assembles source text in either dialect. Never throws for bad input: errors are {@link Diagnostic}s. */
public final class Assembler {

    private Assembler() {
    }

    private static final Pattern CONFORMANCE_REGISTER = Pattern.compile("%r\\d");

    /** More passes than any real file needs: LEB128 sizes only grow, by at most 10 bytes each. */
    private static final int MAX_PASSES = 64;

    public static Assembly assemble(String source, String fileName, Dialect dialect) {
        Dialect d = dialect == Dialect.AUTO ? detect(source) : dialect;
        int[] lebSizes = new int[0];
        for (int pass = 1; ; pass++) {
            SourceAssembler asm = new SourceAssembler(fileName, source, d, new StringCharStream(source));
            asm.lebHints(lebSizes, pass == MAX_PASSES);
            Assembly a = pass(asm, d);
            int[] relaxed = asm.relaxedLebSizes();
            if (relaxed == null || !a.ok()) {
                return a;
            }
            lebSizes = relaxed;
        }
    }

    /**
     * One pass over the source. Its result is final unless a LEB128 value needed more bytes
     * than the pass gave it ({@link SourceAssembler#relaxedLebSizes}); then the file is
     * assembled again with the larger sizes, as llvm-mc relaxes LEB fragments and lays out again.
     */
    private static Assembly pass(SourceAssembler asm, Dialect d) {
        StringCharStream chars = asm.chars();
        AsmParser parser = AsmParser.over(chars, asm);
        try {
            if (d == Dialect.CONFORMANCE) {
                parser.ConformanceFile();
            } else {
                parser.LlvmFile();
            }
        } catch (ParseException e) {
            asm.syntaxError(e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : parser.getToken(1), null);
        } catch (StackOverflowError e) {
            // Recursive descent: only an absurdly nested expression gets here.
            asm.errorAtEnd("expression nested too deeply");
        } catch (TokenMgrError e) {
            // The only lexical error left: a /* comment still open at the end of the file.
            asm.errorAtEnd("unterminated /* comment");
        }
        return asm.finish();
    }

    /** {@code %r0}-style registers appear only in the conformance dialect. */
    public static Dialect detect(String source) {
        return CONFORMANCE_REGISTER.matcher(source).find() ? Dialect.CONFORMANCE : Dialect.LLVM;
    }
}
