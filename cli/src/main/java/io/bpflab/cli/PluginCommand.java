package io.bpflab.cli;

import io.bpflab.isa.Program;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.Vm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpflab plugin [MEMHEX]}: the bpf_conformance plugin protocol. The program comes
 * as hex bytes on stdin, the memory as hex in the argument; r0 is printed in hex
 * (without 0x, as uBPF's plugin does). A fault is reported on stderr with exit code 1.
 */
@Command(name = "plugin", mixinStandardHelpOptions = true,
        description = {"bpf_conformance plugin: program as hex on stdin, memory as hex argument, r0 in hex out."})
final class PluginCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "MEMHEX", arity = "0..1", description = "memory passed in r1 (length in r2)")
    String memHex;

    @Option(names = {"--interp", "--interpret"}, description = "run on the interpreter (the default; --interpret as uBPF's plugin spells it)")
    boolean interp;

    @Option(names = "--jit", description = "run on the JIT (eBPF compiled to JVM bytecode)")
    boolean jit;

    /** Where the program text comes from; tests replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        if (jit && interp) {
            throw new Cli.BadInput("bpflab plugin: choose one of --interp and --jit");
        }
        String text = new String(stdin.readAllBytes(), StandardCharsets.US_ASCII);
        byte[] code = HexInput.parse(text, "<stdin>");
        byte[] mem = memHex == null ? new byte[0] : HexInput.parse(memHex, "MEMHEX");
        Program p = ProgramInput.decode(code, "<stdin>");
        Vm vm = Vm.conformance();
        try {
            long r0 = RunCommand.runner(jit ? io.bpflab.jit.Engine.JIT : io.bpflab.jit.Engine.INTERPRETER, vm,
                    RunCommand.Loaded.loadOrBadInput(vm, p, "<stdin>"), "<stdin>").runConformance(mem);
            spec.commandLine().getOut().println(Long.toHexString(r0));
            spec.commandLine().getOut().flush();
            return Cli.OK;
        } catch (BpfFault f) {
            spec.commandLine().getErr().println(f.getMessage());
            spec.commandLine().getErr().flush();
            return Cli.NO;
        }
    }
}
