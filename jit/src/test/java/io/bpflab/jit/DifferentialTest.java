package io.bpflab.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.Program;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Interpreter == JIT on seeded random programs: the same r0 and instruction count, or the
 * same fault (kind, instruction, message). {@code -Dbpflab.differential.count=100000} runs
 * the 100,000 programs; the default keeps CI fast.
 */
class DifferentialTest {

    static final int COUNT = Integer.getInteger("bpflab.differential.count", 5000);
    static final long SEED = Long.getLong("bpflab.differential.seed", 0x5eedL);

    /** What one run produced, comparable across engines. */
    record Outcome(String result, long insns) {
    }

    /** Runs on {@code engine}, or with {@code pieceBytes > 0} on the JIT with every subprogram split into pieces that small. */
    static Outcome run(Engine engine, int pieceBytes, Program program, byte[] mem, long budget) {
        Vm vm = Vm.conformance();
        vm.budget(budget);
        Executable x = vm.load(program, "random");
        try {
            long r0 = pieceBytes > 0
                    ? JitCompiler.define(vm, x, JitCompiler.translate(x, pieceBytes)).runConformance(mem)
                    : engine.prepare(vm, x).runConformance(mem);
            return new Outcome("r0 = 0x" + Long.toHexString(r0), vm.lastInsnCount());
        } catch (BpfFault f) {
            // Instruction counts after a fault are exact only for the budget (other faults
            // may land mid-block, where the JIT's count covers the whole block).
            return new Outcome(f.kind() + " " + f.getMessage(), f.kind() == BpfFault.Kind.BUDGET ? vm.lastInsnCount() : -1);
        }
    }

    @Test
    void interpreterAndJitAgreeOnRandomPrograms() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        List<String> mismatches = new ArrayList<>();
        List<String> interpreterErrors = new ArrayList<>();
        int faults = 0;
        for (int k = 0; k < COUNT; k++) {
            long seed = seeds.nextLong();
            RandomPrograms gen = new RandomPrograms(seed);
            Program p = gen.program(8 + (int) Math.floorMod(seed, 60));
            byte[] mem = gen.memory();
            long budget = 50 + Math.floorMod(seed >>> 8, 3000);
            Outcome interp;
            try {
                interp = run(Engine.INTERPRETER, 0, p, mem, budget);
            } catch (RuntimeException e) {
                // A program fault must be a BpfFault, never a JVM exception out of the engine.
                interpreterErrors.add("seed " + seed + ": " + e);
                continue;
            }
            Outcome jit = run(Engine.JIT, 0, p, mem, budget);
            if (!interp.equals(jit)) {
                mismatches.add("seed " + seed + ": interpreter " + interp + ", jit " + jit + "\n" + p);
            }
            // One in four also split into pieces of a few instructions, as HotSpot's limit splits large ones.
            if (k % 4 == 0) {
                Outcome split = run(Engine.JIT, 40 + (int) Math.floorMod(seed, 200), p, mem, budget);
                if (!interp.equals(split)) {
                    mismatches.add("seed " + seed + ": interpreter " + interp + ", split jit " + split + "\n" + p);
                }
            }
            if (!interp.result().startsWith("r0")) {
                faults++;
            }
        }
        assertTrue(interpreterErrors.isEmpty(), interpreterErrors.size() + " programs crashed the interpreter: "
                + interpreterErrors.subList(0, Math.min(3, interpreterErrors.size())));
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + COUNT + " differ; first:\n"
                + String.join("\n", mismatches.subList(0, Math.min(3, mismatches.size()))));
        // The generator must exercise both outcomes, or the comparison proves little.
        assertTrue(faults > COUNT / 20 && faults < COUNT - COUNT / 20, faults + " of " + COUNT + " fault");
    }

    @Test
    void sameSeedSameProgram() {
        assertEquals(new RandomPrograms(42).program(30), new RandomPrograms(42).program(30));
    }
}
