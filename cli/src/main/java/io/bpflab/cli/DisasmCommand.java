package io.bpflab.cli;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Program;
import io.bpflab.isa.disasm.Disassembler;
import io.bpflab.isa.disasm.KernelPrinter;
import io.bpflab.isa.disasm.LlvmPrinter;
import io.bpflab.isa.disasm.Radix;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bpflab disasm FILE}: instructions back to LLVM syntax, or to the kernel log's. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = {"Disassemble raw (.bin) or hex instructions into LLVM BPF syntax.",
            "The text re-assembles with llvm-mc-19 -triple bpf -mcpu=v4 to the same bytes."})
final class DisasmCommand implements Callable<Integer> {

    enum Syntax { llvm19, llvm21 }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a .bin of little-endian instructions, or hex text (.hex)")
    Path file;

    @Option(names = "--kernel", description = "print like the kernel verifier log: 0: (b7) r0 = 0")
    boolean kernel;

    @Option(names = "--bpftool", description = "with --kernel, print map references as bpftool does: map[id:N]")
    boolean bpftool;

    @Option(names = "--bytes", description = "an llvm-objdump-like listing: slot, bytes, instruction")
    boolean bytes;

    @Option(names = "--hex", description = "immediates in hex, as llvm-objdump prints them")
    boolean hex;

    @Option(names = "--labels", description = "name every jump target with a label instead of +N offsets")
    boolean labels;

    @Option(names = "--syntax", defaultValue = "llvm19",
            description = "llvm19 (default): everything re-assembles with llvm-mc-19, load-acquire and "
                    + "store-release as raw words; llvm21: those two in LLVM 21's syntax")
    Syntax syntax;

    @Override
    public Integer call() throws Exception {
        Program program = ProgramInput.decode(ProgramInput.instructionBytes(file), file.toString());
        Disassembler d = Disassembler.DEFAULT
                .withLlvm(new LlvmPrinter(hex ? Radix.HEX : Radix.DECIMAL, syntax == Syntax.llvm19));
        if (labels) {
            d = d.withLabels(Disassembler.Labels.ALWAYS);
        }
        String text;
        if (kernel) {
            if (bpftool) {
                d = d.withKernel(d.kernelPrinter().withPseudoImm(KernelPrinter.PseudoImm.BPFTOOL));
            }
            text = d.log(program);
        } else if (bytes) {
            try {
                text = d.listing(program, true);
            } catch (EncodeException e) {
                throw new Cli.BadInput(file + ": insn " + program.slotOf(e.index()) + ": " + e.getMessage());
            }
        } else {
            text = d.asm(program);
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
