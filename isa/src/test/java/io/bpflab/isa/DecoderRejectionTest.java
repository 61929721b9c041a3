package io.bpflab.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed encodings are refused with the kernel's words and the slot it would name. */
class DecoderRejectionTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiterString = " :: ", textBlock = """
            b700000001000000 8c01000000000000 9500000000000000 :: 1 :: unknown opcode 8c
            0700020001000000 9500000000000000 :: 0 :: BPF_ALU uses reserved fields
            0f21000001000000 9500000000000000 :: 0 :: BPF_ALU uses reserved fields
            4f21010000000000 9500000000000000 :: 0 :: BPF_ALU uses reserved fields
            8700000001000000 9500000000000000 :: 0 :: BPF_NEG uses reserved fields
            d400000018000000 9500000000000000 :: 0 :: BPF_END uses reserved fields
            bf21040000000000 9500000000000000 :: 0 :: BPF_MOV uses reserved fields
            bc21200000000000 9500000000000000 :: 0 :: BPF_MOV uses reserved fields
            b710000000000000 9500000000000000 :: 0 :: BPF_MOV uses reserved fields
            bf21010002000000 9500000000000000 :: 0 :: addr_space_cast insn can only convert between address space 1 and 0
            b70b000000000000 9500000000000000 :: 0 :: R11 is invalid
            bff1000000000000 9500000000000000 :: 0 :: R15 is invalid
            1800000001000000 :: 0 :: invalid bpf_ld_imm64 insn
            1800000001000000 9500000000000000 :: 0 :: invalid bpf_ld_imm64 insn
            1870000001000000 0000000000000000 9500000000000000 :: 0 :: unrecognized bpf_ld_imm64 insn
            0000000000000000 9500000000000000 :: 0 :: unknown opcode 00
            0500050000000000 9500000000000000 :: 0 :: jump out of range from insn 0 to 6
            0500feff00000000 9500000000000000 :: 0 :: jump out of range from insn 0 to -1
            1501010000000000 1800000001000000 0000000000000000 9500000000000000 :: 0 :: jump into the middle of ldimm64 insn 1
            0500000001000000 9500000000000000 :: 0 :: BPF_JA uses reserved fields
            0600010000000000 9500000000000000 :: 0 :: BPF_JA uses reserved fields
            8500010001000000 9500000000000000 :: 0 :: BPF_CALL uses reserved fields
            8501000001000000 9500000000000000 :: 0 :: BPF_CALL uses reserved fields
            9500000001000000 :: 0 :: BPF_EXIT uses reserved fields
            9600000000000000 :: 0 :: unknown opcode 96
            1d21000001000000 9500000000000000 :: 0 :: BPF_JMP/JMP32 uses reserved fields
            1510000001000000 9500000000000000 :: 0 :: BPF_JMP/JMP32 uses reserved fields
            e500000001000000 9500000000000000 :: 0 :: invalid may_goto imm 1
            6121000001000000 9500000000000000 :: 0 :: BPF_LDX uses reserved fields
            9921000000000000 9500000000000000 :: 0 :: unknown opcode 99
            6a10000001000000 9500000000000000 :: 0 :: BPF_ST uses reserved fields
            6b21000001000000 9500000000000000 :: 0 :: BPF_STX uses reserved fields
            db21000002000000 9500000000000000 :: 0 :: BPF_ATOMIC uses invalid atomic opcode 02
            d321000001000000 9500000000000000 :: 0 :: invalid atomic operand size
            2001000001000000 9500000000000000 :: 0 :: BPF_LD_[ABS|IND] uses reserved fields
            3800000001000000 9500000000000000 :: 0 :: unknown opcode 38
            b7000000010000 :: 0 :: program length 7 is not a multiple of 8 (trailing partial instruction)
            b700000001000000 9500000000000000 95 :: 2 :: program length 17 is not a multiple of 8 (trailing partial instruction)
            """)
    void rejects(String hex, int slot, String message) {
        byte[] code = HexFormat.of().parseHex(hex.replace(" ", ""));
        DecodeException e = assertThrows(DecodeException.class, () -> Decoder.decode(code));
        assertEquals(message, e.getMessage());
        assertEquals(slot, e.slot());
    }
}
