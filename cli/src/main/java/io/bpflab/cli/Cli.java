package io.bpflab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * What every subcommand shares: the exit codes of DESIGN §2 and the rule that bad input
 * is a one-line message, never a stack trace.
 */
public final class Cli {

    /** Success, all accepted, all passed. */
    public static final int OK = 0;
    /** A verdict or a test said no: rejected, failed, BPF fault. */
    public static final int NO = 1;
    /** Bad input or usage. */
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    /** Bad input a command found: its message names file:line:col or the instruction. */
    public static final class BadInput extends RuntimeException {
        public BadInput(String message) {
            super(message);
        }
    }

    public static CommandLine commandLine(Object command) {
        return configure(new CommandLine(command));
    }

    /** Applies bpflab's settings to {@code cl} and the subcommands it has now (picocli does not pass them to later ones). */
    static CommandLine configure(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // `--packet @frame.hex` names a data file (DESIGN §2); picocli would read it as an argument file.
        cl.setExpandAtFiles(false);
        cl.setExecutionExceptionHandler(Cli::onException);
        cl.setParameterExceptionHandler(Cli::onBadUsage);
        return cl;
    }

    private static int onBadUsage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("bpflab: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        }
        return BAD_INPUT;
    }

    private static int onException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        return report(e, cl.getErr());
    }

    /** What a command's exception tells the user, on {@code err}; returns {@link #BAD_INPUT}. */
    static int report(Exception e, PrintWriter err) {
        if (e instanceof BadInput) {
            err.println(e.getMessage());
        } else if (e instanceof java.io.IOException io) {
            err.println("bpflab: " + describe(io));
        } else {
            // A bug in bpflab, not in the user's input: say so in one line, keep the trace behind a flag.
            err.println("bpflab: internal error: " + e);
            if (Boolean.getBoolean("bpflab.debug")) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return BAD_INPUT;
    }

    static String describe(java.io.IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> n.getFile() + ": no such file";
            case java.nio.file.AccessDeniedException a -> a.getFile() + ": permission denied";
            default -> e.getMessage() == null ? e.toString() : e.getMessage();
        };
    }
}
