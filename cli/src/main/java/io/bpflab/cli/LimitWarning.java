package io.bpflab.cli;

import io.bpflab.verifier.PathExplorer;
import io.bpflab.verifier.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * A program the verifier accepted (or rejected for another reason) that is close to one of
 * the kernel's limits: the next change to it, or a kernel whose verifier prunes less, may
 * push it over.
 *
 * @param rule the stable identifier of the limit (SARIF ruleId, JSON {@code warnings[].rule})
 * @param message what is close to which limit, with the numbers
 */
record LimitWarning(Rule rule, String message) {

    /** The limits watched, with the thresholds the issue (#11) sets. */
    enum Rule {
        /** kernel: BPF_COMPLEXITY_LIMIT_INSNS; warn above half of it. */
        PROCESSED("near-insn-limit", "Processed instructions above half of the verifier's 1,000,000 limit"),
        /** kernel: MAX_BPF_STACK (512 bytes); warn above 448, seven eighths of it. */
        STACK("deep-stack", "Stack above 448 of the 512 bytes a program may use"),
        /** kernel: a bounded loop is verified by unrolling it; warn above 10,000 iterations. */
        LOOP("long-loop", "A loop the verifier unrolled more than 10,000 times");

        final String id;
        final String description;

        Rule(String id, String description) {
            this.id = id;
            this.description = description;
        }
    }

    static final int PROCESSED_THRESHOLD = PathExplorer.MAX_PROCESSED / 2;
    static final int STACK_THRESHOLD = 448;
    static final int LOOP_THRESHOLD = 10_000;

    /** The warnings for one verdict, in {@link Rule} order. */
    static List<LimitWarning> of(Verdict v) {
        List<LimitWarning> out = new ArrayList<>();
        // a program rejected for being too large is an error already, not a warning
        if (v.processed() > PROCESSED_THRESHOLD && v.processed() <= PathExplorer.MAX_PROCESSED) {
            out.add(new LimitWarning(Rule.PROCESSED, "processed " + v.processed() + " insns, more than half of the limit of "
                    + PathExplorer.MAX_PROCESSED));
        }
        if (v.stackDepth() > STACK_THRESHOLD) {
            out.add(new LimitWarning(Rule.STACK, "stack depth " + v.stackDepth() + " bytes, above " + STACK_THRESHOLD
                    + " of the 512 allowed"));
        }
        if (v.loopIterations() > LOOP_THRESHOLD) {
            out.add(new LimitWarning(Rule.LOOP, "a loop was unrolled " + v.loopIterations() + " times by the verifier, more than "
                    + LOOP_THRESHOLD));
        }
        return out;
    }
}
