package io.bpflab.asm;

/** Abandons the rest of a line after an error the grammar's actions found (the parser resumes at the next line). */
final class SemanticError extends RuntimeException {

    final transient Token token;

    SemanticError(Token token, String message) {
        super(message, null, false, false);
        this.token = token;
    }
}
