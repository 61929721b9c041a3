package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.Encoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.linux.MapType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The generator the differential suite (interpreter vs kernel) draws from must only make
 * programs the kernel accepts and runs; this checks that on this kernel, seed by seed.
 */
class RandomProgramKernelTest {

    static final int SEEDS = 300;

    @Test
    void sameSeedSameProgram() throws Exception {
        assertArrayEquals(Encoder.encode(new RandomProgramGenerator(7).program(40)),
                Encoder.encode(new RandomProgramGenerator(7).program(40)));
    }

    @Test
    @Tag("kernel")
    void kernelAcceptsAndRunsEveryGeneratedProgram() throws Exception {
        KernelAssumptions.assumeKernel();
        List<String> refused = new ArrayList<>();
        long processed = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Program p = new RandomProgramGenerator(seed).program(40);
            byte[] memory = new byte[RandomProgramGenerator.MEMORY];
            for (int i = 0; i < memory.length; i++) {
                memory[i] = (byte) (seed * 31 + i * 7);
            }
            try (KernelObject maps = KernelObject.create(List.of(new MapSpec("value", MapType.ARRAY, 4,
                    RandomProgramGenerator.VALUE, 1)))) {
                var out = ConformanceHarness.run(maps, Encoder.encode(p), memory);
                switch (out) {
                    case ConformanceHarness.Outcome.Rejected r ->
                            refused.add("seed " + seed + ": " + r.message() + " (errno " + r.errno() + ")");
                    case ConformanceHarness.Outcome.Returned r -> processed += r.processedInsns().orElse(0);
                }
            }
        }
        System.out.println("random programs: " + SEEDS + " generated, " + (SEEDS - refused.size())
                + " accepted and run, " + processed + " insns processed by the verifier in all");
        assertEquals(List.of(), refused);
        assertTrue(processed > SEEDS * 40L);
    }
}
