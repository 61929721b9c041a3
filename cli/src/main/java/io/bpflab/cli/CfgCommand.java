package io.bpflab.cli;

import io.bpflab.verifier.ControlFlowGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpflab cfg FILE --dot|--svg}: the control-flow graph, basic blocks with edges
 * labelled taken/fallthrough/jump/call/return and one cluster per subprogram. The SVG is
 * laid out by bpflab itself ({@link CfgSvg}), so no Graphviz is needed; the DOT text is for
 * those who have it.
 */
@Command(name = "cfg", mixinStandardHelpOptions = true,
        description = {"Print a program's control-flow graph: Graphviz DOT (default) or SVG laid out by bpflab.",
            "Basic blocks, edges labelled taken/fallthrough/jump/call/return, subprograms as clusters."})
final class CfgCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--section", description = "which section of the file")
    String section;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--dot", description = "Graphviz DOT (default)")
        boolean dot;

        @Option(names = "--svg", description = "SVG, laid out by bpflab (no Graphviz needed)")
        boolean svg;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write to OUT instead of standard output")
    Path output;

    @Override
    public Integer call() throws IOException {
        RunCommand.Loaded in = RunCommand.Loaded.of(file, section, null);
        ControlFlowGraph g;
        try {
            g = ControlFlowGraph.of(in.program);
        } catch (IllegalArgumentException e) {
            throw new Cli.BadInput(in.name + ": " + e.getMessage());
        }
        String text = format.svg ? CfgSvg.render(g, in.name) : CfgDot.render(g, in.name);
        if (output != null) {
            Files.writeString(output, text);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
        return Cli.OK;
    }
}
