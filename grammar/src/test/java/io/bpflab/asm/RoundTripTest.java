package io.bpflab.asm;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.InsnGenerator;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.disasm.Disassembler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code asm(disasm(x)) == x} byte for byte, for the foundation generator's programs. */
class RoundTripTest {

    static byte[] text(String source, String what) {
        Assembly a = Assembler.assemble(source, what, Dialect.LLVM);
        assertTrue(a.ok(), () -> a.formatDiagnostics() + "\n" + source);
        return a.object().section(".text").orElseThrow().data();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void llvmSyntax(long seed) throws EncodeException {
        Program p = new InsnGenerator(seed).program(300);
        String src = Disassembler.llvm(p);
        assertEquals(Hex.of(Encoder.encode(p)), Hex.of(text(src, "seed" + seed + ".s")), src);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void llvmSyntaxWithLabels(long seed) throws EncodeException {
        Program p = new InsnGenerator(seed).program(300);
        String src = Disassembler.DEFAULT.withLabels(Disassembler.Labels.ALWAYS).asm(p);
        assertEquals(Hex.of(Encoder.encode(p)), Hex.of(text(src, "seed" + seed + ".s")), src);
    }

    /** The kernel log drops what an lddw's pseudo source means, so those become plain lddw. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void kernelLogSyntax(long seed) throws EncodeException {
        Program g = new InsnGenerator(seed).program(300);
        List<Insn> insns = new ArrayList<>();
        for (Insn i : g.insns()) {
            insns.add(i instanceof Insn.LoadImm64 l && l.src() != PseudoSrc.IMM64 ? Insn.LoadImm64.of(l.dst(), l.imm()) : i);
        }
        Program p = new Program(insns, Map.of());
        String src = Disassembler.kernelLog(p);
        assertEquals(Hex.of(Encoder.encode(p)), Hex.of(text(src, "seed" + seed + ".log")), src);
    }
}
