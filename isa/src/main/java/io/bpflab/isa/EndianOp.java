package io.bpflab.isa;

/**
 * Byte-swap instructions (RFC 9669 4.2): to little or big endian (class ALU, source bit
 * selects which) and the unconditional bswap (class ALU64, source K).
 */
public enum EndianOp {
    LE("le"), BE("be"), SWAP("bswap");

    public final String mnemonic;

    EndianOp(String mnemonic) {
        this.mnemonic = mnemonic;
    }
}
