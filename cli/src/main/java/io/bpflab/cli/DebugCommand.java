package io.bpflab.cli;

import io.bpflab.vm.BpfMap;
import io.bpflab.vm.Executable;
import io.bpflab.vm.ProgramContext;
import io.bpflab.vm.Vm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpflab debug FILE}: a step debugger on the interpreter (see {@link Debugger}). On a
 * terminal it reads commands with JLine (history, completion of commands, registers, map
 * names and labels); from a pipe it reads one command per line and echoes each after the
 * prompt, so a script's output reads as a transcript.
 */
@Command(name = "debug", mixinStandardHelpOptions = true,
        description = {"Step through a program on bpflab's interpreter: step, next, continue, break, print,",
            "x/16xb r10-16, map dump NAME, regs, back (replays from the start), list, history.",
            "Commands come from the terminal, or one per line from standard input."})
final class DebugCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--type", description = "program type: a section name (xdp, tc, socket, kprobe/...) or a type name")
    String type;

    @Option(names = "--section", description = "which section to debug")
    String section;

    @Option(names = "--mem", paramLabel = "HEX|@file", description = "memory for r1/r2 (conformance convention)")
    String mem;

    @Option(names = "--packet", paramLabel = "HEX|@file", description = "the packet, from its Ethernet header")
    String packet;

    @Option(names = "--ctx", paramLabel = "HEX|@file", description = "context struct bytes (kprobe pt_regs, ...)")
    String ctx;

    @Option(names = "--map", paramLabel = "NAME:KEY=VALUE", description = "pre-load a map element (hex)")
    List<String> maps = new ArrayList<>();

    @Option(names = "--max-insns", defaultValue = "1000000", description = "instruction budget of one run (default 10^6)")
    long maxInsns;

    private final InputStream stdin;
    private Terminal terminal;
    private final boolean interactive;

    DebugCommand() {
        this.stdin = System.in;
        this.interactive = System.console() != null && System.console().isTerminal();
    }

    /** For tests: commands from {@code in}, as from a pipe. */
    DebugCommand(InputStream in) {
        this.stdin = in;
        this.interactive = false;
    }

    /** For tests: commands through JLine on {@code t}. */
    DebugCommand(Terminal t) {
        this.stdin = null;
        this.terminal = t;
        this.interactive = true;
    }

    @Override
    public Integer call() throws IOException {
        RunCommand.Loaded in = RunCommand.Loaded.of(file, section, type);
        byte[] memBytes = mem != null ? RunCommand.bytes(mem, "--mem") : in.mem;
        byte[] packetBytes = packet != null ? RunCommand.bytes(packet, "--packet") : in.packet;
        byte[] ctxBytes = ctx != null ? RunCommand.bytes(ctx, "--ctx") : in.ctx;
        if (maxInsns < 1) {
            throw new Cli.BadInput("bpflab debug: --max-insns must be positive");
        }
        // Fail on bad input before the first prompt: build one session now.
        Debugger.Session first = session(in, memBytes, packetBytes, ctxBytes);
        boolean[] used = {false};
        PrintWriter out = spec.commandLine().getOut();
        out.println(in.name + ": " + in.program.size() + " instructions"
                + (in.type == null ? "" : ", " + in.type.shortName()) + "; 'help' lists the commands");
        Debugger[] dbg = new Debugger[1];
        if (interactive && terminal == null) {
            terminal = TerminalBuilder.builder().system(true).build();
        }
        Debugger.Input input = interactive ? jline(dbg, out, terminal) : piped(out);
        dbg[0] = new Debugger(() -> {
            if (!used[0]) {
                used[0] = true;
                return first;
            }
            return session(in, memBytes, packetBytes, ctxBytes);
        }, in.program, in.sourceLines(), input, out);
        dbg[0].run();
        return Cli.OK;
    }

    private Debugger.Session session(RunCommand.Loaded in, byte[] memBytes, byte[] packetBytes, byte[] ctxBytes) {
        Vm vm = in.conformance ? Vm.conformance() : Vm.linux();
        vm.budget(maxInsns);
        in.createMaps(vm);
        for (String m : maps) {
            RunCommand.preload(vm, in, m);
        }
        Executable x = in.load(vm);
        ProgramContext pc = in.type == null ? null : RunCommand.context(in.type, packetBytes, ctxBytes);
        Map<String, BpfMap> byName = in.mapsByName(vm);
        return new Debugger.Session() {
            @Override
            public Vm vm() {
                return vm;
            }

            @Override
            public Executable executable() {
                return x;
            }

            @Override
            public Map<String, BpfMap> maps() {
                return byName;
            }

            @Override
            public long run() {
                return pc == null ? vm.runConformance(x, memBytes) : vm.run(x, pc);
            }
        };
    }

    private Debugger.Input piped(PrintWriter out) {
        BufferedReader r = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        return prompt -> {
            try {
                String line = r.readLine();
                out.println(prompt + (line == null ? "" : line));
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Debugger.Input jline(Debugger[] dbg, PrintWriter out, Terminal t) {
        out.flush();
        LineReader reader = LineReaderBuilder.builder().terminal(t)
                .completer((r, line, candidates) -> dbg[0].complete(line.line().substring(0, line.cursor()))
                        .forEach(c -> candidates.add(new org.jline.reader.Candidate(c))))
                .build();
        return prompt -> {
            out.flush();
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException | EndOfFileException e) {
                return null;
            }
        };
    }
}
