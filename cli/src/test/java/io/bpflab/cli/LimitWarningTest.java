package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.verifier.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits {@code verify} warns about, at their thresholds, and {@code --fail-on}. */
class LimitWarningTest {

    @TempDir
    Path dir;

    private static List<LimitWarning.Rule> rules(int processed, int stack, int loops) {
        return LimitWarning.of(new Verdict(true, -1, "", processed, List.of(), stack, "", loops)).stream()
                .map(LimitWarning::rule).toList();
    }

    @Test
    void eachThresholdIsExclusive() {
        assertEquals(List.of(), rules(500_000, 448, 10_000));
        assertEquals(List.of(LimitWarning.Rule.PROCESSED), rules(500_001, 0, 0));
        assertEquals(List.of(LimitWarning.Rule.STACK), rules(10, 456, 0));
        assertEquals(List.of(LimitWarning.Rule.LOOP), rules(10, 0, 10_001));
        assertEquals(List.of(LimitWarning.Rule.PROCESSED, LimitWarning.Rule.STACK, LimitWarning.Rule.LOOP),
                rules(999_999, 512, 20_000));
        // over the limit is the rejection itself, not a warning
        assertEquals(List.of(), rules(1_000_001, 0, 0));
    }

    @Test
    void aLongLoopWarnsInTextAndJsonAndFailsOnlyWhenAsked() throws Exception {
        Path loop = dir.resolve("loop.s");
        Files.writeString(loop, "r0 = 0\nr1 = 0\nr1 += 1\nif r1 < 12000 goto -2\nexit\n");
        CliRun text = CliRun.of("verify", loop.toString());
        assertEquals(Cli.OK, text.exitCode(), text.err());
        assertEquals(loop + ": accepted (processed 24003 insns)\n" + loop
                + ": warning: a loop was unrolled 11999 times by the verifier, more than 10000 [long-loop]\n", text.out());
        CliRun json = CliRun.of("verify", "--format", "json", "--fail-on", "warning", loop.toString());
        assertEquals(Cli.NO, json.exitCode());
        assertTrue(json.out().contains("\"loop_iterations\":11999,\"line\":null,\"warnings\":[{\"rule\":\"long-loop\","),
                json.out());
    }

    @Test
    void halfTheInstructionLimitWarns() throws Exception {
        Path big = dir.resolve("big.s");
        // 3 instructions a turn, 200,000 turns: 600,000 processed
        Files.writeString(big, "r0 = 0\nr1 = 0\nr1 += 1\nr0 += 1\nif r1 < 200000 goto -3\nexit\n");
        CliRun r = CliRun.of("verify", "--json", big.toString());
        assertEquals(Cli.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("{\"rule\":\"near-insn-limit\",\"message\":\"processed 600003 insns"), r.out());
    }
}
