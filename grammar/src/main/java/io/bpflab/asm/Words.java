package io.bpflab.asm;

import java.util.Set;

/** Fixed words the grammar's lookahead tests a token against (sets, not regular expressions: they run per statement). */
final class Words {

    private Words() {
    }

    static final Set<String> SIGN_CASTS = Set.of("s8", "s16", "s32");
    static final Set<String> BYTE_SWAPS = Set.of("be16", "be32", "be64", "le16", "le32", "le64", "bswap16", "bswap32", "bswap64");
    static final Set<String> EXCHANGES = Set.of("cmpxchg_64", "cmpxchg32_32", "xchg_64", "xchg32_32",
            "cmpxchg_32", "cmpxchg32_64", "xchg_32", "xchg32_64");
    static final Set<String> WIDTHS = Set.of("16", "32", "64");
    /** Directives of clang -g output whose blank-separated operands feed the DWARF line table. */
    static final Set<String> DEBUG_DIRECTIVES = Set.of(".loc", ".loc_mark_labels");
}
