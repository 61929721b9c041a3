package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HexInputTest {

    @Test
    void bytesInWireOrderAndWordsAsNumbersMeanTheSame() {
        byte[] objdump = HexInput.parse("b7 00 00 00 01 00 00 00\n9500000000000000 # exit\n", "a.hex");
        byte[] words = HexInput.parse("0x00000001000000b7, 0x0000000000000095 // exit", "b.hex");
        assertArrayEquals(HexFormat.of().parseHex("b7000000010000009500000000000000"), objdump);
        assertArrayEquals(objdump, words);
    }

    @Test
    void badTokenNamesItsPosition() {
        Cli.BadInput e = assertThrows(Cli.BadInput.class, () -> HexInput.parse("b7 00\n  95 0g\n", "p.hex"));
        assertEquals("p.hex:2:6: error: '0g' is not hex bytes", e.getMessage());
        Cli.BadInput w = assertThrows(Cli.BadInput.class, () -> HexInput.parse("0x11223344556677889", "w.hex"));
        assertEquals("w.hex:1:1: error: '0x11223344556677889' is not a 64-bit hex word", w.getMessage());
    }

    @Test
    void textIsHexAndBinaryIsNot() {
        assertTrue(HexInput.looksLikeHex("b7 00 00 00\n".getBytes()));
        assertFalse(HexInput.looksLikeHex(new byte[] {(byte) 0xb7, 0, 0, 0, 1, 0, 0, 0}));
        assertFalse(HexInput.looksLikeHex(new byte[0]));
    }
}
