package io.bpflab.cli;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.DataFile;
import io.bpflab.asm.Diagnostic;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.RawInsn;
import io.bpflab.isa.elf.ElfWriter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpflab asm FILE... [-o OUT|DIR] [--format elf|raw|hex] [--dialect auto|llvm|conformance]}
 * (DESIGN 2). Every file is assembled in one JVM; each file's errors are all reported; a
 * file with errors produces no output at all (outputs are written to a temporary file and
 * moved into place), and the command then exits 2.
 */
@Command(name = "asm", mixinStandardHelpOptions = true,
        description = {"Assemble BPF assembly (LLVM syntax, or the bpf_conformance %%r syntax) into an ELF object,",
            "raw little-endian instructions, or hex. The ELF bytes equal llvm-mc-19 -triple bpf -mcpu=v4 -filetype=obj."})
final class AsmCommand implements Callable<Integer> {

    enum Format { elf, raw, hex }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".s/.asm sources, or .data conformance tests")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT|DIR",
            description = "the output file; with several inputs, a directory that receives <name>.o/.bin/.hex. "
                    + "Default: next to each input")
    Path output;

    @Option(names = "--format", description = "elf, raw or hex; default from the output's extension (.o elf, .bin raw, .hex hex), else elf")
    Format format;

    @Option(names = "--dialect", defaultValue = "auto", description = "auto (default), llvm or conformance")
    Dialect dialect;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean toDirectory = output != null && (files.size() > 1 || Files.isDirectory(output));
        if (toDirectory) {
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw new Cli.BadInput("bpflab asm: -o " + output + " must be a directory when assembling " + files.size() + " files");
            }
            Files.createDirectories(output);
        }
        int failed = 0;
        for (Path file : files) {
            List<String> errors = new ArrayList<>();
            byte[] bytes = null;
            Format f = format(file, toDirectory);
            try {
                bytes = assemble(file, f, errors);
            } catch (IOException e) {
                errors.add("bpflab: " + Cli.describe(e) + "\n");
            }
            if (bytes == null) {
                errors.forEach(err::print);
                failed++;
                continue;
            }
            writeAtomically(target(file, f, toDirectory), bytes);
        }
        err.flush();
        return failed == 0 ? Cli.OK : Cli.BAD_INPUT;
    }

    private Format format(Path file, boolean toDirectory) {
        if (format != null) {
            return format;
        }
        if (output != null && !toDirectory) {
            String n = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".bin")) {
                return Format.raw;
            }
            if (n.endsWith(".hex")) {
                return Format.hex;
            }
        }
        return Format.elf;
    }

    private Path target(Path file, Format f, boolean toDirectory) {
        if (output != null && !toDirectory) {
            return output;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = switch (f) {
            case elf -> ".o";
            case raw -> ".bin";
            case hex -> ".hex";
        };
        Path dir = toDirectory ? output : file.toAbsolutePath().getParent();
        return dir.resolve(base + ext);
    }

    /** The output bytes, or null with {@code errors} filled. */
    private byte[] assemble(Path file, Format f, List<String> errors) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Assembly a;
        if (file.getFileName().toString().endsWith(".data")) {
            DataFile d = DataFile.parse(text, file.toString());
            if (d.assembly() == null) {
                errors.add(file + ": error: no -- asm section\n");
                return null;
            }
            a = d.assembly();
        } else {
            a = Assembler.assemble(text, file.toString(), dialect);
        }
        if (!a.ok()) {
            for (Diagnostic d : a.diagnostics()) {
                errors.add(d.format() + "\n");
            }
            return null;
        }
        if (f == Format.elf) {
            return ElfWriter.write(a.object());
        }
        if (a.programs().size() > 1) {
            errors.add(file + ": error: " + a.programs().size() + " sections hold instructions ("
                    + String.join(", ", a.programs().keySet()) + "); raw and hex output hold one program: use --format elf\n");
            return null;
        }
        byte[] code;
        try {
            code = Encoder.encode(a.program() == null ? Program.of() : a.program());
        } catch (EncodeException e) {
            errors.add(file + ": error: instruction " + e.index() + ": " + e.getMessage() + "\n");
            return null;
        }
        if (f == Format.raw) {
            return code;
        }
        StringBuilder sb = new StringBuilder();
        for (int slot = 0; slot < code.length / RawInsn.BYTES; slot++) {
            sb.append(RawInsn.read(code, slot).hexBytes()).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** No partial output: the bytes go to a temporary file beside the target, then replace it. */
    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
