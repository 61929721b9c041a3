package io.bpflab.asm;

import io.bpflab.isa.elf.BpfObject;
import io.bpflab.isa.elf.ElfReader;
import io.bpflab.isa.elf.ElfSection;
import io.bpflab.isa.elf.ElfWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code .s} under testdata/asm (clang -g output in debug/ included: .debug_line,
 * .debug_line_str, .debug_frame and .eh_frame from .file/.loc/.cfi_*) assembles to the bytes
 * of its golden {@code .o} (written by llvm-mc-19); where llvm-mc-19 is installed, bpflab's
 * bytes and the golden file are both checked against what it writes now.
 */
class LlvmObjectTest {

    static Path testdata() {
        return Path.of(System.getProperty("bpflab.root", ".")).resolve("testdata/asm").normalize();
    }

    static List<Path> sources() throws IOException {
        Path dir = testdata();
        Assumptions.assumeTrue(Files.isDirectory(dir), "testdata/asm not found at " + dir);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".s")).sorted().toList();
        }
    }

    static Path golden(Path s) {
        String n = s.getFileName().toString();
        return s.resolveSibling(n.substring(0, n.length() - 2) + ".o");
    }

    static boolean hasLlvmMc() {
        try {
            Process p = new ProcessBuilder("llvm-mc-19", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @TestFactory
    Stream<DynamicTest> objectsMatchTheGoldenBytes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path s : sources()) {
            tests.add(DynamicTest.dynamicTest(testdata().relativize(s).toString(), () -> {
                Assembly a = Assembler.assemble(Files.readString(s), s.getFileName().toString(), Dialect.LLVM);
                assertTrue(a.ok(), a.formatDiagnostics());
                byte[] mine = ElfWriter.write(a.object());
                byte[] theirs = Files.readAllBytes(golden(s));
                compare(theirs, mine);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> bpflabAndGoldenBytesAreLlvmMc19s() throws IOException {
        Assumptions.assumeTrue(hasLlvmMc(), "llvm-mc-19 is not installed: golden .o files not re-checked");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path s : sources()) {
            tests.add(DynamicTest.dynamicTest(testdata().relativize(s).toString(), () -> {
                Path out = Files.createTempFile("bpflab", ".o");
                try {
                    Process p = new ProcessBuilder("llvm-mc-19", "-triple", "bpf", "-mcpu=v4", "-filetype=obj",
                            s.toString(), "-o", out.toString()).redirectErrorStream(true).start();
                    String log = new String(p.getInputStream().readAllBytes());
                    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "llvm-mc-19 timed out");
                    assertEquals(0, p.exitValue(), log);
                    byte[] llvm = Files.readAllBytes(out);
                    assertArrayEquals(llvm, Files.readAllBytes(golden(s)), "golden differs from llvm-mc-19");
                    Assembly a = Assembler.assemble(Files.readString(s), s.getFileName().toString(), Dialect.LLVM);
                    assertTrue(a.ok(), a.formatDiagnostics());
                    compare(llvm, ElfWriter.write(a.object()));
                } finally {
                    Files.deleteIfExists(out);
                }
            }));
        }
        return tests.stream();
    }

    /** Byte equality, with the first differing part named when they differ. */
    static void compare(byte[] expected, byte[] actual) throws ElfReader.BadElfException {
        if (java.util.Arrays.equals(expected, actual)) {
            return;
        }
        BpfObject e = ElfReader.read(expected);
        BpfObject a = ElfReader.read(actual);
        assertEquals(e.sections().stream().map(ElfSection::name).toList(), a.sections().stream().map(ElfSection::name).toList(),
                "section names");
        for (int i = 0; i < e.sections().size(); i++) {
            ElfSection es = e.sections().get(i);
            ElfSection as = a.sections().get(i);
            assertEquals(Hex.of(es.data()), Hex.of(as.data()), "bytes of " + es.name());
            assertEquals(es.relocations(), as.relocations(), "relocations of " + es.name());
            assertEquals(List.of(es.type(), es.flags(), es.align(), es.entSize()),
                    List.of(as.type(), as.flags(), as.align(), as.entSize()), "type, flags, align, entsize of " + es.name());
        }
        for (int i = 0; i < Math.min(e.symbols().size(), a.symbols().size()); i++) {
            assertEquals(e.symbols().get(i), a.symbols().get(i), "symbol " + (i + 1));
        }
        assertEquals(e.symbols().size(), a.symbols().size(), "symbol count");
        assertEquals(e.addrsig(), a.addrsig(), "addrsig");
        assertArrayEquals(expected, actual, "ELF layout");
    }
}
