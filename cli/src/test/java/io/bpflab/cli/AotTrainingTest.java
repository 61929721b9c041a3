package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The launcher's AOT training run and the one-subcommand command line it trains. */
class AotTrainingTest {

    @Test
    void everyTrainingCommandReachesAVerdict() throws Exception {
        assertEquals(AotTraining.expectedRuns(), AotTraining.run());
        assertTrue(AotTraining.expectedRuns() >= 8);
    }

    @Test
    void aSubcommandAloneIsBuiltOnlyForItself() {
        picocli.CommandLine one = Main.commandLineFor("verify", "x.s");
        assertEquals(java.util.Set.of("verify"), one.getSubcommands().keySet());
        assertEquals("bpflab verify", one.getSubcommands().get("verify").getCommandSpec().qualifiedName());
        picocli.CommandLine all = Main.commandLineFor("--help");
        assertTrue(all.getSubcommands().keySet().containsAll(java.util.Set.of("verify", "asm", "run", "disasm")));
        assertTrue(Main.commandLineFor("verfy").getSubcommands().size() > 5, "a typo gets the suggestions of the whole tree");
    }

    @Test
    void optionsAndErrorsBehaveAsWithTheWholeTree() {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = Main.commandLineFor("verify", "--log-level", "7", "x.s");
        cl.setErr(new java.io.PrintWriter(err, true));
        assertEquals(Cli.BAD_INPUT, cl.execute("verify", "--log-level", "7", "x.s"));
        assertEquals("--log-level must be 0, 1 or 2, not 7\n", err.toString());
        java.io.StringWriter err2 = new java.io.StringWriter();
        picocli.CommandLine bad = Main.commandLineFor("verify", "--no-such-option");
        bad.setErr(new java.io.PrintWriter(err2, true));
        assertEquals(Cli.BAD_INPUT, bad.execute("verify", "--no-such-option"));
        assertTrue(err2.toString().contains("Try 'bpflab verify --help'."), err2.toString());
    }
}
