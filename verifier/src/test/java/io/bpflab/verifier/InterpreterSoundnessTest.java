package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.Program;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.Vm;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * "bpflab accepts => the VM never faults" (a fault would be a verifier bug): random programs
 * of every kind the explorer models (scalars, the stack, loops, bpf-to-bpf calls, may_goto),
 * and every one bpflab accepts run on bpflab's interpreter with random inputs. A program's
 * inputs are the constants the verifier cannot see: a {@code mov} whose register is divided
 * by 1 at once stands for an unknown value (RandomPrograms hides constants so), and each run
 * replaces those constants with random 32-bit values.
 */
class InterpreterSoundnessTest {
    private static final int PROGRAMS = 5000;
    private static final int RUNS = 4;

    @Test
    void acceptedProgramsNeverFaultOnRandomInputs() throws Exception {
        RandomPrograms gen = new RandomPrograms(11_2026);
        SplittableRandom inputs = new SplittableRandom(12_2026);
        int accepted = 0;
        int runs = 0;
        int[] acceptedByKind = new int[5];
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < PROGRAMS; i++) {
            boolean wild = i / 5 % 2 == 1;
            int kind = i % 5;
            Program p = switch (kind) {
                case 0 -> gen.next(wild);
                case 1 -> gen.next(wild, true);
                case 2 -> gen.nextLoop(wild);
                case 3 -> gen.nextCalls(wild);
                default -> gen.nextMayGoto(wild);
            };
            if (!PathExplorer.verify(p, true).accepted()) {
                continue;
            }
            accepted++;
            acceptedByKind[kind]++;
            for (int run = 0; run < RUNS; run++) {
                Program input = run == 0 ? p : withRandomInputs(p, inputs);
                Vm vm = Vm.linux();
                runs++;
                try {
                    vm.run(vm.load(input, "p" + i), inputs.nextLong(), inputs.nextLong(), null);
                } catch (BpfFault f) {
                    faults.add(HexFormat.of().formatHex(Encoder.encode(input)) + ": " + f.getMessage());
                }
            }
        }
        System.out.printf("interpreter soundness: %d programs, %d accepted (scalar %d, stack %d, loop %d, call %d,"
            + " may_goto %d), %d runs, %d faults%n", PROGRAMS, accepted, acceptedByKind[0], acceptedByKind[1],
            acceptedByKind[2], acceptedByKind[3], acceptedByKind[4], runs, faults.size());
        for (int k : acceptedByKind) {
            assertTrue(k >= PROGRAMS / 5 / 5, "too few accepted programs of a kind to mean much: " + k);
        }
        assertEquals(List.of(), faults.stream().limit(5).toList());
    }

    @Test
    void theInterpreterFaultsWhereTheVerifierRejects() {
        // what the property would catch: an access past the frame, which bpflab rejects
        Program p = Program.of(new Insn.Load(io.bpflab.isa.Size.DW, io.bpflab.isa.Reg.R0, io.bpflab.isa.Reg.R10, 8),
            new Insn.Exit());
        assertEquals("invalid read from stack R10 off=8 size=8", PathExplorer.verify(p, true).message());
        Vm vm = Vm.linux();
        org.junit.jupiter.api.Assertions.assertThrows(BpfFault.class, () -> vm.run(vm.load(p, "oob"), 0, 0, null));
    }

    /** {@code p} with every hidden constant ({@code mov rX, imm} then {@code rX /= 1}) replaced. */
    private static Program withRandomInputs(Program p, SplittableRandom r) {
        List<Insn> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            Insn insn = p.insn(i);
            if (insn instanceof Insn.AluImm m && m.op() == AluOp.MOV && i + 1 < p.size()
                    && p.insn(i + 1) instanceof Insn.AluImm d && d.op() == AluOp.DIV && d.imm() == 1
                    && d.dst() == m.dst() && d.width() == m.width()) {
                insn = new Insn.AluImm(m.width(), AluOp.MOV, m.dst(), r.nextInt());
            }
            out.add(insn);
        }
        return new Program(out, p.labels());
    }
}
