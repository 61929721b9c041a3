package io.bpflab.asm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error message with its position, against golden files next to this test. */
class DiagnosticsTest {

    static String resource(String name) throws IOException {
        try (InputStream in = DiagnosticsTest.class.getResourceAsStream("errors/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void llvmDialect() throws IOException {
        Assembly a = Assembler.assemble(resource("llvm.s"), "llvm.s", Dialect.LLVM);
        assertFalse(a.ok());
        assertEquals(resource("llvm.expected"), a.formatDiagnostics());
    }

    @Test
    void conformanceDialect() throws IOException {
        DataFile f = DataFile.parse(resource("conformance.data"), "conformance.data");
        assertFalse(f.ok());
        assertEquals(resource("conformance.expected"), f.assembly().formatDiagnostics());
    }

    @Test
    void caretUnderTheColumnKeepsTabs() {
        Diagnostic d = new Diagnostic("f.s", 3, 7, "expected register, found 'r11'", "\tr0 = r11");
        assertEquals("f.s:3:7: error: expected register, found 'r11'\n\tr0 = r11\n\t     ^", d.format());
    }

    @Test
    void errorsAtTheEndOfAFileWithoutNewline() {
        Assembly a = Assembler.assemble("r0 = 1\nr0 +=", "end.s", Dialect.LLVM);
        assertEquals("end.s:2:6: error: unexpected end of line (expected '!', '(', '+', '-', '~', a character, a name, a number)"
                + "\nr0 +=\n     ^\n", a.formatDiagnostics());
    }

    @Test
    void unterminatedStringAndStrayCharacters() {
        Assembly a = Assembler.assemble(".ascii \"abc\nr0 = 1 ` 2\nexit\n", "s.s", Dialect.LLVM);
        assertEquals(2, a.diagnostics().size(), a.formatDiagnostics());
        assertEquals(1, a.diagnostics().get(0).line());
        assertEquals(2, a.diagnostics().get(1).line());
    }

    @Test
    void deeplyNestedExpressionIsAnError() {
        Assembly a = Assembler.assemble("r0 = " + "(".repeat(200_000) + "1" + ")".repeat(200_000) + "\n", "deep.s", Dialect.LLVM);
        assertFalse(a.ok());
    }

    /** Garbage never throws: it becomes diagnostics. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomTextNeverThrows(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] pieces = {"r0", "w1", "r11", "=", "+=", "*", "(", ")", "u32", "s8", "if", "goto", "+3", "-", "call",
            "lock", ",", ";", "\n", ":", "L1", ".section", "\"x\"", "ll", "0x10", "[", "]", "%r1", "#c", "exit", "s", ">",
            "skb", "atomic_fetch_add", "cmpxchg_64", ".byte", ".map", "=", "'", "\"", "/*", "*/", "@", "`", ".file", ".loc",
            "0", "md5", "is_stmt", ".cfi_startproc", ".cfi_endproc", ".cfi_sections", ".debug_frame", ".uleb128", "1f", "1:"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            sb.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextBoolean() ? " " : "");
        }
        for (Dialect d : Dialect.values()) {
            Assembly a = Assembler.assemble(sb.toString(), "fuzz.s", d);
            assertTrue(a.ok() || !a.diagnostics().isEmpty());
        }
    }
}
