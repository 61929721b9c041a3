package io.bpflab.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests tagged {@code kernel} (on the test or its class) and prints, when the
 * run ends, how many ran and how many were skipped and why: CI runs them where bpf()
 * works and must be able to tell that they did. Registered through
 * META-INF/services, so every module whose test classpath has the kernel module's tests
 * (cli's differential suite does) reports its own.
 */
public final class KernelTestCount implements TestExecutionListener {

    private static final TestTag KERNEL = TestTag.create("kernel");

    private TestPlan plan;
    private final AtomicInteger ran = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest() && tagged(test)) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest() || !tagged(test)) {
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> ran.incrementAndGet();
            case FAILED -> {
                ran.incrementAndGet();
                failed.incrementAndGet();
            }
            // a failed assumption (KernelAssumptions where bpf() does not work) aborts the test
            case ABORTED -> skipped.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (ran.get() + skipped.get() == 0) {
            return;
        }
        Availability a = KernelBpf.availability();
        System.out.println("kernel-tagged tests: " + ran.get() + " ran (" + failed.get() + " failed), "
                + skipped.get() + " skipped; " + a.describe());
    }

    /** Whether the test or one of its containers carries the tag. */
    private boolean tagged(TestIdentifier test) {
        for (TestIdentifier t = test; t != null; t = plan.getParent(t).orElse(null)) {
            if (t.getTags().contains(KERNEL)) {
                return true;
            }
        }
        return false;
    }
}
