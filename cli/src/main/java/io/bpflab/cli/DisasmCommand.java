package io.bpflab.cli;

import io.bpflab.isa.DecodeException;
import io.bpflab.isa.Decoder;
import io.bpflab.isa.EncodeException;
import io.bpflab.isa.RawInsn;
import io.bpflab.isa.elf.BpfObject;
import io.bpflab.isa.elf.Elf;
import io.bpflab.isa.elf.ElfReader;
import io.bpflab.isa.elf.ElfSection;
import io.bpflab.isa.elf.ElfSymbol;
import io.bpflab.isa.elf.Relocation;
import io.bpflab.isa.Program;
import io.bpflab.isa.disasm.Disassembler;
import io.bpflab.isa.disasm.KernelPrinter;
import io.bpflab.isa.disasm.LlvmPrinter;
import io.bpflab.isa.disasm.Radix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bpflab disasm FILE}: instructions back to LLVM syntax, or to the kernel log's. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = {"Disassemble raw (.bin) or hex instructions into LLVM BPF syntax, or an ELF",
            "object (.o) section by section with its relocations, as llvm-objdump -dr does.",
            "Text from raw or hex input re-assembles with llvm-mc-19 -triple bpf -mcpu=v4 to the same bytes."})
final class DisasmCommand implements Callable<Integer> {

    enum Syntax { llvm19, llvm21 }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "an ELF object (.o), a .bin of little-endian instructions, or hex text (.hex)")
    Path file;

    @Option(names = "--section", paramLabel = "NAME", description = "only this section of an ELF object")
    String section;

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
        byte[] content = Files.readAllBytes(file);
        Disassembler d = disassembler();
        String text = ElfReader.looksLikeElf(content) ? object(d, content) : program(d, content);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    private Disassembler disassembler() {
        Disassembler d = Disassembler.DEFAULT
                .withLlvm(new LlvmPrinter(hex ? Radix.HEX : Radix.DECIMAL, syntax == Syntax.llvm19));
        if (labels) {
            d = d.withLabels(Disassembler.Labels.ALWAYS);
        }
        if (bpftool) {
            d = d.withKernel(d.kernelPrinter().withPseudoImm(KernelPrinter.PseudoImm.BPFTOOL));
        }
        return d;
    }

    private String program(Disassembler d, byte[] content) {
        if (section != null) {
            throw new Cli.BadInput(file + ": --section applies to ELF objects only");
        }
        Program program = ProgramInput.decode(ProgramInput.instructionBytes(content, file), file.toString());
        if (kernel) {
            return d.log(program);
        }
        return bytes ? listing(d, program, slot -> List.of(), slot -> false, file.toString()) : d.asm(program);
    }

    /**
     * Every executable section (or {@code --section}) as llvm-objdump -dr prints it: a
     * header, the section's symbols as labels, and each relocation under its instruction.
     */
    private String object(Disassembler d, byte[] content) {
        BpfObject obj;
        try {
            obj = ElfReader.read(content);
        } catch (ElfReader.BadElfException e) {
            throw new Cli.BadInput(file + ": " + e.getMessage());
        }
        List<ElfSection> sections = obj.sections().stream()
                .filter(s -> section == null ? s.isExecutable() && s.data().length > 0 : s.name().equals(section))
                .toList();
        if (sections.isEmpty()) {
            throw new Cli.BadInput(file + ": " + (section == null
                    ? "no executable section"
                    : "no section '" + section + "' (sections: " + obj.sections().stream()
                            .filter(ElfSection::isExecutable).map(ElfSection::name).toList() + ")"));
        }
        StringBuilder sb = new StringBuilder();
        for (ElfSection s : sections) {
            String where = file + ": section " + s.name();
            Program raw;
            try {
                raw = Decoder.decodeSection(s.data());
            } catch (DecodeException e) {
                throw new Cli.BadInput(where + ": " + e.describe());
            }
            Map<String, Integer> symbols = new LinkedHashMap<>();
            for (ElfSymbol sym : obj.symbols()) {
                boolean named = !sym.name().isEmpty() && (sym.type() == Elf.STT_FUNC || sym.type() == Elf.STT_NOTYPE);
                int index = raw.indexOfSlot((int) (sym.value() / RawInsn.BYTES));
                if (named && s.name().equals(sym.section()) && sym.value() % RawInsn.BYTES == 0 && index >= 0) {
                    symbols.putIfAbsent(sym.name(), index);
                }
            }
            Program program = new Program(raw.insns(), symbols);
            Map<Integer, List<String>> notes = new HashMap<>();
            for (Relocation r : s.relocations()) {
                ElfSymbol target = obj.symbols().get(r.symbol());
                String name = target.type() == Elf.STT_SECTION ? target.section() : target.name();
                notes.computeIfAbsent((int) (r.offset() / RawInsn.BYTES), k -> new ArrayList<>())
                        .add(String.format("\t\t%016x:  %s\t%s", r.offset(), r.type(), name));
            }
            sb.append("\nDisassembly of section ").append(s.name()).append(":\n");
            if (kernel) {
                sb.append(d.log(program));
            } else {
                sb.append(listing(d, program, slot -> notes.getOrDefault(slot, List.of()), notes::containsKey, where));
            }
        }
        return sb.toString();
    }

    private String listing(Disassembler d, Program program, IntFunction<List<String>> notes,
                           IntPredicate relocated, String where) {
        try {
            return d.listing(program, bytes, notes, relocated);
        } catch (EncodeException e) {
            throw new Cli.BadInput(where + ": insn " + program.slotOf(e.index()) + ": " + e.getMessage());
        }
    }
}
