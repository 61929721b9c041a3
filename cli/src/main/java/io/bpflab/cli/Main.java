package io.bpflab.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bpflab} command: one picocli subcommand per verb of DESIGN §2. */
@Command(name = "bpflab",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Assemble, verify, run and JIT-compile eBPF programs without root.",
        subcommands = {
            AsmCommand.class,
            DisasmCommand.class,
            RunCommand.class,
            VerifyCommand.class,
            TestCommand.class,
            PluginCommand.class,
            JitCommand.class,
            CompareCommand.class,
            BenchCommand.class,
            DebugCommand.class,
            CfgCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = QuickVerify.writer(System.out, "stdout.encoding");
        PrintWriter err = QuickVerify.writer(System.err, "stderr.encoding");
        OptionalInt quick = QuickVerify.run(args, out, err);
        System.exit(quick.isPresent() ? quick.getAsInt() : run(args));
    }

    /** Runs the command line and returns its exit code (DESIGN §2: 0 yes, 1 a verdict said no, 2 bad input). */
    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, a root
     * holding only that subcommand. picocli reads every option annotation of every command
     * it is given, which was most of the start-up of a short call such as
     * {@code bpflab verify small.s}; help, a typo or no command get the whole tree.
     */
    static CommandLine commandLineFor(String... args) {
        if (args.length > 0) {
            for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) {
                    CommandLine cl = new CommandLine(new Root());
                    cl.addSubcommand(c);
                    return Cli.configure(cl);
                }
            }
        }
        return Cli.commandLine(new Main());
    }

    /** The {@code bpflab} root without its subcommands, for {@link #commandLineFor}. */
    @Command(name = "bpflab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"bpflab " + (v == null ? "development build" : v)
                    + " (Java " + Runtime.version() + ")"};
        }
    }
}
