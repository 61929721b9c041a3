package io.bpflab.vm;

/**
 * The interpreter's opcodes: one dense number per instruction form, so the dispatch is a
 * {@code tableswitch}. ALU and conditional jumps are laid out by formula
 * ({@link #alu}, {@link #jump}) in the order of {@link io.bpflab.isa.AluOp} and {@link io.bpflab.isa.JmpOp}.
 */
final class Op {

    private Op() {
    }

    static int alu(io.bpflab.isa.AluOp op, io.bpflab.isa.Width w, boolean reg) {
        return op.ordinal() * 4 + (w == io.bpflab.isa.Width.W64 ? 0 : 2) + (reg ? 1 : 0);
    }

    static int jump(io.bpflab.isa.JmpOp op, io.bpflab.isa.Width w, boolean reg) {
        return 56 + op.ordinal() * 4 + (w == io.bpflab.isa.Width.W64 ? 0 : 2) + (reg ? 1 : 0);
    }

    static final int ADD64_K = 0;
    static final int ADD64_X = 1;
    static final int ADD32_K = 2;
    static final int ADD32_X = 3;
    static final int SUB64_K = 4;
    static final int SUB64_X = 5;
    static final int SUB32_K = 6;
    static final int SUB32_X = 7;
    static final int MUL64_K = 8;
    static final int MUL64_X = 9;
    static final int MUL32_K = 10;
    static final int MUL32_X = 11;
    static final int DIV64_K = 12;
    static final int DIV64_X = 13;
    static final int DIV32_K = 14;
    static final int DIV32_X = 15;
    static final int SDIV64_K = 16;
    static final int SDIV64_X = 17;
    static final int SDIV32_K = 18;
    static final int SDIV32_X = 19;
    static final int OR64_K = 20;
    static final int OR64_X = 21;
    static final int OR32_K = 22;
    static final int OR32_X = 23;
    static final int AND64_K = 24;
    static final int AND64_X = 25;
    static final int AND32_K = 26;
    static final int AND32_X = 27;
    static final int LSH64_K = 28;
    static final int LSH64_X = 29;
    static final int LSH32_K = 30;
    static final int LSH32_X = 31;
    static final int RSH64_K = 32;
    static final int RSH64_X = 33;
    static final int RSH32_K = 34;
    static final int RSH32_X = 35;
    static final int MOD64_K = 36;
    static final int MOD64_X = 37;
    static final int MOD32_K = 38;
    static final int MOD32_X = 39;
    static final int SMOD64_K = 40;
    static final int SMOD64_X = 41;
    static final int SMOD32_K = 42;
    static final int SMOD32_X = 43;
    static final int XOR64_K = 44;
    static final int XOR64_X = 45;
    static final int XOR32_K = 46;
    static final int XOR32_X = 47;
    static final int MOV64_K = 48;
    static final int MOV64_X = 49;
    static final int MOV32_K = 50;
    static final int MOV32_X = 51;
    static final int ARSH64_K = 52;
    static final int ARSH64_X = 53;
    static final int ARSH32_K = 54;
    static final int ARSH32_X = 55;
    static final int JEQ64_K = 56;
    static final int JEQ64_X = 57;
    static final int JEQ32_K = 58;
    static final int JEQ32_X = 59;
    static final int JGT64_K = 60;
    static final int JGT64_X = 61;
    static final int JGT32_K = 62;
    static final int JGT32_X = 63;
    static final int JGE64_K = 64;
    static final int JGE64_X = 65;
    static final int JGE32_K = 66;
    static final int JGE32_X = 67;
    static final int JSET64_K = 68;
    static final int JSET64_X = 69;
    static final int JSET32_K = 70;
    static final int JSET32_X = 71;
    static final int JNE64_K = 72;
    static final int JNE64_X = 73;
    static final int JNE32_K = 74;
    static final int JNE32_X = 75;
    static final int JSGT64_K = 76;
    static final int JSGT64_X = 77;
    static final int JSGT32_K = 78;
    static final int JSGT32_X = 79;
    static final int JSGE64_K = 80;
    static final int JSGE64_X = 81;
    static final int JSGE32_K = 82;
    static final int JSGE32_X = 83;
    static final int JLT64_K = 84;
    static final int JLT64_X = 85;
    static final int JLT32_K = 86;
    static final int JLT32_X = 87;
    static final int JLE64_K = 88;
    static final int JLE64_X = 89;
    static final int JLE32_K = 90;
    static final int JLE32_X = 91;
    static final int JSLT64_K = 92;
    static final int JSLT64_X = 93;
    static final int JSLT32_K = 94;
    static final int JSLT32_X = 95;
    static final int JSLE64_K = 96;
    static final int JSLE64_X = 97;
    static final int JSLE32_K = 98;
    static final int JSLE32_X = 99;
    static final int NEG64 = 100;
    static final int NEG32 = 101;
    static final int MOVSX64 = 102;
    static final int MOVSX32 = 103;
    static final int ADDR_SPACE_CAST = 104;
    static final int LE = 105;
    static final int SWAP = 106;
    static final int LDX_B = 107;
    static final int LDX_H = 108;
    static final int LDX_W = 109;
    static final int LDX_DW = 110;
    static final int LDXS_B = 111;
    static final int LDXS_H = 112;
    static final int LDXS_W = 113;
    static final int STX_B = 114;
    static final int STX_H = 115;
    static final int STX_W = 116;
    static final int STX_DW = 117;
    static final int ST_B = 118;
    static final int ST_H = 119;
    static final int ST_W = 120;
    static final int ST_DW = 121;
    static final int ATOMIC = 122;
    static final int LDDW = 123;
    static final int LD_ABS = 124;
    static final int LD_IND = 125;
    static final int JA = 126;
    static final int MAY_GOTO = 127;
    static final int CALL = 128;
    static final int CALL_LOCAL = 129;
    static final int CALLX = 130;
    static final int CALL_KFUNC = 131;
    static final int EXIT = 132;
    static final int FELL_OFF = 133;
}
