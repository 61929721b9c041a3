package io.bpflab.cli;

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
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (DESIGN §2: 0 yes, 1 a verdict said no, 2 bad input). */
    public static int run(String... args) {
        return Cli.commandLine(new Main()).execute(args);
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
