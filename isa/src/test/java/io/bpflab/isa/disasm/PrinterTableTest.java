package io.bpflab.isa.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bpflab.isa.Decoder;
import io.bpflab.isa.Program;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One instruction per row, in the three texts: LLVM style as llvm-mc prints it (decimal),
 * as llvm-objdump prints it (hex), and the kernel verifier log's. The LLVM columns are what
 * LLVM 19 prints for these bytes ({@link LlvmOracleTest} checks that against the tools);
 * the kernel column follows the format strings of kernel/bpf/disasm.c.
 */
class PrinterTableTest {

    /** Six exits on either side, so that the row's jumps land inside the program. */
    private static final String PAD = "9500000000000000".repeat(6);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " :: ", quoteCharacter = '`', textBlock = """
            b700000000000000 :: r0 = 0 :: r0 = 0x0 :: (b7) r0 = 0
            b7000000ffffffff :: r0 = -1 :: r0 = -0x1 :: (b7) r0 = -1
            bc21000000000000 :: w1 = w2 :: w1 = w2 :: (bc) w1 = w2
            bf21080000000000 :: r1 = (s8)r2 :: r1 = (s8)r2 :: (bf) r1 = (s8)r2
            bc21100000000000 :: w1 = (s16)w2 :: w1 = (s16)w2 :: (bc) w1 = (s16)w2
            bf21200000000000 :: r1 = (s32)r2 :: r1 = (s32)r2 :: (bf) r1 = (s32)r2
            07020000f8ffffff :: r2 += -8 :: r2 += -0x8 :: (07) r2 += -8
            3f21010000000000 :: r1 s/= r2 :: r1 s/= r2 :: (3f) r1 s/= r2
            9401010005000000 :: w1 s%= 5 :: w1 s%= 0x5 :: (94) w1 s%= 5
            c7010000ffffffff :: r1 s>>= -1 :: r1 s>>= -0x1 :: (c7) r1 s>>= -1
            8701000000000000 :: r1 = -r1 :: r1 = -r1 :: (87) r1 = -r1
            8401000000000000 :: w1 = -w1 :: w1 = -w1 :: (84) w1 = -w1
            dc00000010000000 :: r0 = be16 r0 :: r0 = be16 r0 :: (dc) r0 = be16 r0
            d400000020000000 :: r0 = le32 r0 :: r0 = le32 r0 :: (d4) r0 = le32 r0
            d700000040000000 :: r0 = bswap64 r0 :: r0 = bswap64 r0 :: (d7) r0 = bswap64 r0
            6161040000000000 :: w1 = *(u32 *)(r6 + 4) :: w1 = *(u32 *)(r6 + 0x4) :: (61) r1 = *(u32 *)(r6 +4)
            8961fcff00000000 :: r1 = *(s16 *)(r6 - 4) :: r1 = *(s16 *)(r6 - 0x4) :: (89) r1 = *(s16 *)(r6 -4)
            7b1af8ff00000000 :: *(u64 *)(r10 - 8) = r1 :: *(u64 *)(r10 - 0x8) = r1 :: (7b) *(u64 *)(r10 -8) = r1
            620afcff07000000 :: *(u32 *)(r10 - 4) = 7 :: *(u32 *)(r10 - 0x4) = 0x7 :: (62) *(u32 *)(r10 -4) = 7
            db1af8ff00000000 :: lock *(u64 *)(r10 - 8) += r1 :: lock *(u64 *)(r10 - 0x8) += r1 :: (db) lock *(u64 *)(r10 -8) += r1
            c31af8ff00000000 :: lock *(u32 *)(r10 - 8) += w1 :: lock *(u32 *)(r10 - 0x8) += w1 :: (c3) lock *(u32 *)(r10 -8) += r1
            db0af8ff01000000 :: r0 = atomic_fetch_add((u64 *)(r10 - 8), r0) :: r0 = atomic_fetch_add((u64 *)(r10 - 0x8), r0) :: (db) r0 = atomic64_fetch_add((u64 *)(r10 -8), r0)
            c30af8ff41000000 :: w0 = atomic_fetch_or((u32 *)(r10 - 8), w0) :: w0 = atomic_fetch_or((u32 *)(r10 - 0x8), w0) :: (c3) r0 = atomic_fetch_or((u32 *)(r10 -8), r0)
            db0af8ffe1000000 :: r0 = xchg_64(r10 - 8, r0) :: r0 = xchg_64(r10 - 0x8, r0) :: (db) r0 = atomic64_xchg((u64 *)(r10 -8), r0)
            c30af8ffe1000000 :: w0 = xchg32_32(r10 - 8, w0) :: w0 = xchg32_32(r10 - 0x8, w0) :: (c3) r0 = atomic_xchg((u32 *)(r10 -8), r0)
            db1af8fff1000000 :: r0 = cmpxchg_64(r10 - 8, r0, r1) :: r0 = cmpxchg_64(r10 - 0x8, r0, r1) :: (db) r0 = atomic64_cmpxchg((u64 *)(r10 -8), r0, r1)
            c31af8fff1000000 :: w0 = cmpxchg32_32(r10 - 8, w0, w1) :: w0 = cmpxchg32_32(r10 - 0x8, w0, w1) :: (c3) r0 = atomic_cmpxchg((u32 *)(r10 -8), r0, r1)
            db21000000010000 :: r1 = load_acquire((u64 *)(r2 + 0)) :: r1 = load_acquire((u64 *)(r2 + 0x0)) :: (db) r1 = load_acquire((u64 *)(r2 +0))
            d321000010010000 :: store_release((u8 *)(r1 + 0), w2) :: store_release((u8 *)(r1 + 0x0), w2) :: (d3) store_release((u8 *)(r1 +0), r2)
            cb21feff10010000 :: store_release((u16 *)(r1 - 2), w2) :: store_release((u16 *)(r1 - 0x2), w2) :: (cb) store_release((u16 *)(r1 -2), r2)
            300000000e000000 :: r0 = *(u8 *)skb[14] :: r0 = *(u8 *)skb[0xe] :: (30) r0 = *(u8 *)skb[14]
            4810000000000000 :: r0 = *(u16 *)skb[r1] :: r0 = *(u16 *)skb[r1] :: (48) r0 = *(u16 *)skb[r1 + 0]
            4010000004000000 :: .8byte 0x0000000400001040 # r0 = *(u32 *)skb[r1 + 4] :: .8byte 0x0000000400001040 # r0 = *(u32 *)skb[r1 + 0x4] :: (40) r0 = *(u32 *)skb[r1 + 4]
            8500000001000000 :: call 1 :: call 0x1 :: (85) call bpf_map_lookup_elem#1
            8500000000000000 :: call 0 :: call 0x0 :: (85) call bpf_unspec#0
            85000000ff000000 :: call 255 :: call 0xff :: (85) call unknown#255
            85000000ffffffff :: call -1 :: call -0x1 :: (85) call unknown#-1
            85200300d2040000 :: .8byte 0x000004d200032085 # call kfunc#1234 (fd_array[3]) :: .8byte 0x000004d200032085 # call kfunc#1234 (fd_array[3]) :: (85) call kernel-function#1234
            8d05000000000000 :: callx r5 :: callx r5 :: (8d) callx r5
            bf21010001000000 :: r1 = addr_space_cast(r2, 0, 1) :: r1 = addr_space_cast(r2, 0x0, 0x1) :: (bf) r1 = addr_space_cast(r2, 0, 1)
            bf21010000000100 :: r1 = addr_space_cast(r2, 1, 0) :: r1 = addr_space_cast(r2, 0x1, 0x0) :: (bf) r1 = addr_space_cast(r2, 1, 0)
            9500000000000000 :: exit :: exit :: (95) exit
            0500030000000000 :: goto +3 :: goto +0x3 :: (05) goto pc+3
            0500fbff00000000 :: goto -5 :: goto -0x5 :: (05) goto pc-5
            2d21030000000000 :: if r1 > r2 goto +3 :: if r1 > r2 goto +0x3 :: (2d) if r1 > r2 goto pc+3
            2501030002000000 :: if r1 > 2 goto +3 :: if r1 > 0x2 goto +0x3 :: (25) if r1 > 0x2 goto pc+3
            a601fbff05000000 :: if w1 < 5 goto -5 :: if w1 < 0x5 goto -0x5 :: (a6) if w1 < 0x5 goto pc-5
            1e21010000000000 :: if w1 == w2 goto +1 :: if w1 == w2 goto +0x1 :: (1e) if w1 == w2 goto pc+1
            5601000000000080 :: if w1 != -2147483648 goto +0 :: if w1 != -0x80000000 goto +0x0 :: (56) if w1 != 0x80000000 goto pc+0
            1500010000000000 :: if r0 == 0 goto +1 :: if r0 == 0x0 goto +0x1 :: (15) if r0 == 0x0 goto pc+1
            06000000fdffffff :: gotol -3 :: gotol -0x3 :: (06) gotol pc-3
            e500020000000000 :: may_goto +2 :: may_goto +0x2 :: (e5) may_goto pc+2
            8510000002000000 :: .8byte 0x0000000200001085 # call pc+2 :: .8byte 0x0000000200001085 # call pc+0x2 :: (85) call pc+2
            18010000887766550000000044332211 :: r1 = 1234605616436508552 ll :: r1 = 0x1122334455667788 ll :: (18) r1 = 0x1122334455667788
            18010000ffffffff00000000ffffffff :: r1 = -1 ll :: r1 = -0x1 ll :: (18) r1 = 0xffffffffffffffff
            18010000000000000000000000000080 :: r1 = -9223372036854775808 ll :: r1 = -0x8000000000000000 ll :: (18) r1 = 0x8000000000000000
            b401000000000080 :: w1 = -2147483648 :: w1 = -0x80000000 :: (b4) w1 = -2147483648
            67010000ffffffff :: r1 <<= -1 :: r1 <<= -0x1 :: (67) r1 <<= -1
            7a0a0080f9ffffff :: *(u64 *)(r10 - 32768) = -7 :: *(u64 *)(r10 - 0x8000) = -0x7 :: (7a) *(u64 *)(r10 -32768) = -7
            7b1aff7f00000000 :: *(u64 *)(r10 + 32767) = r1 :: *(u64 *)(r10 + 0x7fff) = r1 :: (7b) *(u64 *)(r10 +32767) = r1
            2000000000000080 :: r0 = *(u32 *)skb[-2147483648] :: r0 = *(u32 *)skb[-0x80000000] :: (20) r0 = *(u32 *)skb[-2147483648]
            18110000030000000000000000000000 :: ld_pseudo\tr1, 1, 3 :: ld_pseudo\tr1, 0x1, 0x3 :: (18) r1 = 0x3
            18210000030000000000000008000000 :: .8byte 0x0000000300002118, 0x0000000800000000 # r1 = map_value[3] + 8 ll :: .8byte 0x0000000300002118, 0x0000000800000000 # r1 = map_value[3] + 8 ll :: (18) r1 = 0x800000003
            """)
    void printsAsLlvmAndTheKernelDo(String hex, String llvm, String objdump, String kernel) throws Exception {
        Program p = Decoder.decode(HexFormat.of().parseHex(PAD + hex + PAD));
        assertEquals(llvm, LlvmPrinter.DEFAULT.text(p.insn(6)).asm());
        assertEquals(objdump, LlvmPrinter.DEFAULT.withRadix(Radix.HEX).text(p.insn(6)).asm());
        assertEquals(kernel, KernelPrinter.DEFAULT.text(p, 6));
    }
}
