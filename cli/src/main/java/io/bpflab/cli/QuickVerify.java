package io.bpflab.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * {@code bpflab verify} without picocli, for the calls CI makes most: files and the
 * options below, nothing else. Building picocli's model (its classes are Java 5 class files
 * the JDK's AOT cache cannot keep, its options read by reflection) was most of the
 * start-up of {@code bpflab verify small.s}. Anything else, including every bad use of
 * these options, goes to picocli, which parses it and reports errors as it always does;
 * QuickVerifyTest checks both paths print the same.
 */
final class QuickVerify {

    private QuickVerify() {
    }

    /**
     * Runs {@code args} when they are {@code verify} with files and only the options
     * handled here; empty when picocli must parse them.
     */
    static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
        VerifyCommand c = parse(args);
        if (c == null) {
            return OptionalInt.empty();
        }
        c.quickOut = out;
        c.quickErr = err;
        try {
            return OptionalInt.of(c.call());
        } catch (RuntimeException e) {
            return OptionalInt.of(Cli.report(e, err));
        }
    }

    /** The command {@code args} describe, or null when they need picocli. */
    static VerifyCommand parse(String[] args) {
        if (args.length < 2 || !args[0].equals("verify")) {
            return null;
        }
        VerifyCommand c = new VerifyCommand();
        c.failOn = CiReport.FailOn.error;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--json" -> c.json = true;
                case "--unpriv" -> c.unprivileged = true;
                case "-r", "--recursive" -> c.recursive = true;
                case "--format" -> {
                    c.format = value == null ? null : enumValue(CiReport.Format.class, value);
                    if (c.format == null) {
                        return null;
                    }
                    i++;
                }
                case "--fail-on" -> {
                    c.failOn = value == null ? null : enumValue(CiReport.FailOn.class, value);
                    if (c.failOn == null) {
                        return null;
                    }
                    i++;
                }
                case "--log-level" -> {
                    if (value == null || !value.matches("[012]")) {
                        return null;
                    }
                    c.logLevel = Integer.parseInt(value);
                    i++;
                }
                case "--type", "--section" -> {
                    if (value == null || value.startsWith("-")) {
                        return null;
                    }
                    if (a.equals("--type")) {
                        c.type = value;
                    } else {
                        c.section = value;
                    }
                    i++;
                }
                default -> {
                    if (a.startsWith("-") || a.startsWith("@")) {
                        return null;
                    }
                    try {
                        files.add(Path.of(a));
                    } catch (InvalidPathException e) {
                        return null;
                    }
                }
            }
        }
        if (files.isEmpty()) {
            return null;
        }
        c.files = files;
        return c;
    }

    /** picocli's case-insensitive enum conversion (Cli sets it), or null for anything else. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }

    /** A writer on {@code stream} in the encoding picocli would use for it. */
    static PrintWriter writer(java.io.PrintStream stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        Charset cs;
        try {
            cs = name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            cs = Charset.defaultCharset();
        }
        return new PrintWriter(new OutputStreamWriter(stream, cs), true);
    }
}
