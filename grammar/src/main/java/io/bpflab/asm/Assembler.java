package io.bpflab.asm;

import java.util.regex.Pattern;

/** Assembles source text in either dialect. Never throws for bad input: errors are {@link Diagnostic}s. */
public final class Assembler {

    private Assembler() {
    }

    private static final Pattern CONFORMANCE_REGISTER = Pattern.compile("%r\\d");

    public static Assembly assemble(String source, String fileName, Dialect dialect) {
        Dialect d = dialect == Dialect.AUTO ? detect(source) : dialect;
        StringCharStream chars = new StringCharStream(source);
        SourceAssembler asm = new SourceAssembler(fileName, source, d, chars);
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
