package io.bpflab.asm;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConformanceDialectTest {

    static String bytes(String src) throws EncodeException {
        Assembly a = Assembler.assemble(src, "t.data", Dialect.CONFORMANCE);
        assertTrue(a.ok(), a.formatDiagnostics());
        return Hex.of(Encoder.encode(a.program()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
            "mov32 %r0, 1 = b4 00 00 00 01 00 00 00",
            "mov %r0, -1 = b7 00 00 00 ff ff ff ff",
            "mov %r0, 0xffffffff = b7 00 00 00 ff ff ff ff",
            "add %r1, %r2 = 0f 21 00 00 00 00 00 00",
            "ldxw %r1, [%r2+4] = 61 21 04 00 00 00 00 00",
            "ldxdw %r1, [%r2] = 79 21 00 00 00 00 00 00",
            "ldxsb %r0, [%r10-1] = 91 a0 ff ff 00 00 00 00",
            "ldxsw %r0, [%r10-4] = 81 a0 fc ff 00 00 00 00",
            "stw [%r1+2], -1 = 62 01 02 00 ff ff ff ff",
            "stxdw [%r10-8], %r1 = 7b 1a f8 ff 00 00 00 00",
            "jeq %r1, 2, +3 = 15 01 03 00 02 00 00 00",
            "jsgt32 %r1, %r2, -1 = 6e 21 ff ff 00 00 00 00",
            "ja32 +1 = 06 00 00 00 01 00 00 00",
            "lock fetch add32 [%r10-4], %r1 = c3 1a fc ff 01 00 00 00",
            "lock add [%r10-8], %r1 = db 1a f8 ff 00 00 00 00",
            "lock cmpxchg [%r10-8], %r1 = db 1a f8 ff f1 00 00 00",
            "lock xchg32 [%r10-8], %r1 = c3 1a f8 ff e1 00 00 00",
            "lock fetch xor [%r10-8], %r3 = db 3a f8 ff a1 00 00 00",
            "call %r2 = 8d 02 00 00 00 00 00 00",
            "call 5 = 85 00 00 00 05 00 00 00",
            "neg %r0 = 87 00 00 00 00 00 00 00",
            "neg32 %r1 = 84 01 00 00 00 00 00 00",
            "le16 %r0 = d4 00 00 00 10 00 00 00",
            "be64 %r0 = dc 00 00 00 40 00 00 00",
            "bswap16 %r0 = d7 00 00 00 10 00 00 00",
            "swap32 %r0 = d7 00 00 00 20 00 00 00",
            "sdiv32 %r0, 3 = 34 00 01 00 03 00 00 00",
            "smod %r0, %r1 = 9f 10 01 00 00 00 00 00",
            "movsx832 %r0, %r1 = bc 10 08 00 00 00 00 00",
            "movsx3264 %r0, %r1 = bf 10 20 00 00 00 00 00",
            "lddw %r0, 0x1122334455667788 = 18 00 00 00 88 77 66 55 | 00 00 00 00 44 33 22 11",
    })
    void encodes(String asm, String hex) throws EncodeException {
        assertEquals(hex.trim(), bytes(asm.trim()));
    }

    @Test
    void labelsAndTheImplicitExitLabel() throws EncodeException {
        Assembly a = Assembler.assemble("""
                jne %r1, 0, exit
                call local f
                exit
                f:
                mov %r0, 1
                exit
                """, "t.data", Dialect.CONFORMANCE);
        assertTrue(a.ok(), a.formatDiagnostics());
        assertEquals(new Insn.CallLocal(Target.label("f")), a.program().insn(1));
        assertEquals(3, a.program().labels().get("f"));
        assertEquals(2, a.program().labels().get("exit"));
        assertEquals("55 01 01 00 00 00 00 00 | 85 10 00 00 01 00 00 00 | 95 00 00 00 00 00 00 00 | "
                + "b7 00 00 00 01 00 00 00 | 95 00 00 00 00 00 00 00", Hex.of(Encoder.encode(a.program())));
    }

    @Test
    void everyErrorOfTheFileWithItsPosition() {
        Assembly a = Assembler.assemble("""
                mov %r11, 1
                frob %r0
                jeq %r0, 1, nowhere
                exit
                """, "t.data", Dialect.CONFORMANCE);
        assertFalse(a.ok());
        assertEquals("""
                t.data:1:5: error: expected register, found '%r11'
                mov %r11, 1
                    ^
                t.data:2:1: error: unknown mnemonic 'frob'
                frob %r0
                ^
                t.data:3:13: error: undefined label 'nowhere'
                jeq %r0, 1, nowhere
                            ^
                """, a.formatDiagnostics());
    }

    @Test
    void autoDetectsTheDialect() {
        assertEquals(Dialect.CONFORMANCE, Assembler.detect("mov %r0, 1\nexit\n"));
        assertEquals(Dialect.LLVM, Assembler.detect("r0 = 1\nexit\n"));
    }
}
