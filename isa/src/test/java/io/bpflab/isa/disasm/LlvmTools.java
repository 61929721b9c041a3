package io.bpflab.isa.disasm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The LLVM 19 tools the oracle tests run, found on PATH; each run is one process with a timeout. */
final class LlvmTools {

    static final Path MC = find("llvm-mc-19");
    static final Path OBJDUMP = find("llvm-objdump-19");
    static final Path OBJCOPY = find("llvm-objcopy-19");

    private LlvmTools() {
    }

    static boolean available() {
        return MC != null && OBJDUMP != null && OBJCOPY != null;
    }

    static String missing() {
        return "llvm-mc-19, llvm-objdump-19 and llvm-objcopy-19 must be on PATH (Debian package llvm-19)";
    }

    private static Path find(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** {@code llvm-mc-19 -triple bpf -mcpu=v4 -filetype=obj}, then the bytes of .text. */
    static byte[] assemble(String source, Path dir) throws IOException, InterruptedException {
        Path s = dir.resolve("in.s");
        Path o = dir.resolve("in.o");
        Path bin = dir.resolve("text.bin");
        Files.writeString(s, "\t.text\n" + source, StandardCharsets.UTF_8);
        run(List.of(MC.toString(), "-triple", "bpf", "-mcpu=v4", "-filetype=obj", s.toString(), "-o", o.toString()));
        run(List.of(OBJCOPY.toString(), "-O", "binary", "--only-section=.text", o.toString(), bin.toString()));
        return Files.readAllBytes(bin);
    }

    /** {@code llvm-objdump-19 -d --mcpu=v4} of an object whose .text holds {@code code}: text by slot. */
    static List<String> objdump(byte[] code, Path dir) throws IOException, InterruptedException {
        StringBuilder src = new StringBuilder();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(code).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            src.append(String.format("\t.8byte 0x%016x%n", b.getLong()));
        }
        Path s = dir.resolve("words.s");
        Path o = dir.resolve("words.o");
        Files.writeString(s, "\t.text\n" + src, StandardCharsets.UTF_8);
        run(List.of(MC.toString(), "-triple", "bpf", "-mcpu=v4", "-filetype=obj", s.toString(), "-o", o.toString()));
        String out = run(List.of(OBJDUMP.toString(), "-d", "--mcpu=v4", "--no-show-raw-insn", o.toString()));
        List<String> bySlot = new ArrayList<>();
        for (int i = 0; i < code.length / 8; i++) {
            bySlot.add(null);
        }
        for (String line : out.split("\n")) {
            // "      12:\tr0 = 0x0" (slot number, tab, text)
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(\\d+):\\t(.*)$").matcher(line);
            if (m.matches()) {
                bySlot.set(Integer.parseInt(m.group(1)), m.group(2));
            }
        }
        return bySlot;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("llvm-tool", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.getFirst() + " timed out after 60 s");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException(command.getFirst() + " failed (" + p.exitValue() + "):\n"
                        + String.join("\n", text.lines().limit(20).toList()));
            }
            return text;
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
