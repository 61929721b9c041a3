package io.bpflab.verifier;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Width;

/**
 * The concrete semantics of ALU and jump instructions (RFC 9669 4.1, 4.3; DESIGN.md 5), the
 * reference the abstract transfer functions are checked against.
 */
final class Concrete {
    private Concrete() {
    }

    static long alu(AluOp op, Width w, long dst, long src) {
        if (w == Width.W64) {
            return switch (op) {
                case ADD -> dst + src;
                case SUB -> dst - src;
                case MUL -> dst * src;
                case DIV -> src == 0 ? 0 : Long.divideUnsigned(dst, src);
                case SDIV -> src == 0 ? 0 : src == -1 ? -dst : dst / src;
                case MOD -> src == 0 ? dst : Long.remainderUnsigned(dst, src);
                case SMOD -> src == 0 ? dst : src == -1 ? 0 : dst % src;
                case OR -> dst | src;
                case AND -> dst & src;
                case LSH -> dst << (src & 63);
                case RSH -> dst >>> (src & 63);
                case ARSH -> dst >> (src & 63);
                case XOR -> dst ^ src;
                case MOV -> src;
            };
        }
        int d = (int) dst;
        int s = (int) src;
        int r = switch (op) {
            case ADD -> d + s;
            case SUB -> d - s;
            case MUL -> d * s;
            case DIV -> s == 0 ? 0 : Integer.divideUnsigned(d, s);
            case SDIV -> s == 0 ? 0 : s == -1 ? -d : d / s;
            case MOD -> s == 0 ? d : Integer.remainderUnsigned(d, s);
            case SMOD -> s == 0 ? d : s == -1 ? 0 : d % s;
            case OR -> d | s;
            case AND -> d & s;
            case LSH -> d << (s & 31);
            case RSH -> d >>> (s & 31);
            case ARSH -> d >> (s & 31);
            case XOR -> d ^ s;
            case MOV -> s;
        };
        return Integer.toUnsignedLong(r);
    }

    static boolean jump(JmpOp op, Width w, long a, long b) {
        if (w == Width.W32) {
            a = (int) a;
            b = (int) b;
            long ua = a & 0xffff_ffffL;
            long ub = b & 0xffff_ffffL;
            return switch (op) {
                case JEQ -> ua == ub;
                case JNE -> ua != ub;
                case JSET -> (ua & ub) != 0;
                case JGT -> ua > ub;
                case JGE -> ua >= ub;
                case JLT -> ua < ub;
                case JLE -> ua <= ub;
                case JSGT -> a > b;
                case JSGE -> a >= b;
                case JSLT -> a < b;
                case JSLE -> a <= b;
            };
        }
        return switch (op) {
            case JEQ -> a == b;
            case JNE -> a != b;
            case JSET -> (a & b) != 0;
            case JGT -> Long.compareUnsigned(a, b) > 0;
            case JGE -> Long.compareUnsigned(a, b) >= 0;
            case JLT -> Long.compareUnsigned(a, b) < 0;
            case JLE -> Long.compareUnsigned(a, b) <= 0;
            case JSGT -> a > b;
            case JSGE -> a >= b;
            case JSLT -> a < b;
            case JSLE -> a <= b;
        };
    }
}
