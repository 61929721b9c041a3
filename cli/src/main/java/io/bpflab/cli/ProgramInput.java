package io.bpflab.cli;

import io.bpflab.isa.DecodeException;
import io.bpflab.isa.Decoder;
import io.bpflab.isa.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads instruction files the way DESIGN §2 names them: raw little-endian {@code .bin},
 * and hex text ({@code .hex} or any text that is not assembly). Decoding errors become
 * bad input naming the file and the instruction.
 */
final class ProgramInput {

    private ProgramInput() {
    }

    /** The instruction bytes of a raw or hex file. */
    static byte[] instructionBytes(Path file) throws IOException {
        return instructionBytes(Files.readAllBytes(file), file);
    }

    /** The instruction bytes of {@code content}, read from {@code file}: raw, or hex text. */
    static byte[] instructionBytes(byte[] content, Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".bin")) {
            return content;
        }
        if (name.endsWith(".hex") || HexInput.looksLikeHex(content)) {
            return HexInput.parse(new String(content, StandardCharsets.US_ASCII), file.toString());
        }
        return content;
    }

    static Program decode(byte[] code, String file) {
        if (code.length == 0) {
            throw new Cli.BadInput(file + ": no instructions");
        }
        try {
            return Decoder.decode(code);
        } catch (DecodeException e) {
            throw new Cli.BadInput(file + ": " + e.describe());
        }
    }
}
