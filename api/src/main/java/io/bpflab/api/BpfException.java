package io.bpflab.api;

/**
 * Input bpflab cannot use: source with errors (the message lists each as
 * {@code file:line:col: message}), a damaged or unsupported object file, a missing
 * section or map, or a run the program's type cannot have (an XDP program without a
 * packet). A program the verifier rejects or that faults at run time is not an exception:
 * see {@link Verdict} and {@link Result}.
 */
public final class BpfException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message a user can act on.
     *
     * @param message what is wrong and where
     */
    public BpfException(String message) {
        super(message);
    }

    /**
     * An exception caused by another.
     *
     * @param message what is wrong and where
     * @param cause the underlying error
     */
    public BpfException(String message, Throwable cause) {
        super(message, cause);
    }
}
