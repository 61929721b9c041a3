package io.bpflab.api.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.api.BpfMap;
import io.bpflab.api.Context;
import io.bpflab.api.ObjectFile;
import io.bpflab.api.Program;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/** What {@link BpfExtension} injects, and how it reports a parameter it cannot resolve. */
@BpfTest
class BpfExtensionTest {

    @Test
    void aProgramAndItsMapAreTheSameLiveObjects(@BpfProgram("/io/bpflab/api/example/count.s") Program p,
                                                 @MapOf("counts") BpfMap counts) {
        p.run(Context.packet(new byte[14]));
        assertSame(p.map("counts").getLong(0), counts.getLong(0));
        assertEquals(1, counts.getLong(0));
    }

    @Test
    void aWholeFileAndASectionAndMapsOfOneOfSeveralPrograms(
            @BpfProgram("../example/count.s") ObjectFile file,
            @BpfProgram(value = "../example/count.s", section = "xdp") Program xdp,
            @BpfProgram("../example/sum.s") Program sum,
            @MapOf(value = "counts", program = "../example/count.s") BpfMap counts) {
        assertSame(file.program("xdp"), xdp, "one file, loaded once per test");
        assertEquals(55, sum.run(Context.empty()).r0());
        xdp.run(Context.packet(new byte[14]));
        assertEquals(1, counts.getLong(0));
    }

    @Test
    void aFileOutsideTheClasspathIsReadFromTheWorkingDirectory(
            @BpfProgram("src/test/resources/io/bpflab/api/example/sum.s") Program sum) {
        assertTrue(sum.verify().accepted());
    }

    /** Fixtures run through the JUnit launcher below (nested: Surefire does not run them itself). */
    @BpfTest
    static class Unresolvable {
        @Test
        void missingFile(@BpfProgram("no/such/file.s") Program p) {
        }

        @Test
        void mapWithoutProgram(@MapOf("counts") BpfMap m) {
        }

        @Test
        void unknownMap(@BpfProgram("/io/bpflab/api/example/count.s") Program p, @MapOf("nope") BpfMap m) {
        }

        @Test
        void badSource(@BpfProgram("/io/bpflab/api/junit/broken.s") Program p) {
        }
    }

    @Test
    void unresolvableParametersFailTheTestWithAMessage() {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(Unresolvable.class)).build(), listener);
        TestExecutionSummary s = listener.getSummary();
        assertEquals(4, s.getTestsFailedCount());
        List<String> messages = s.getFailures().stream().map(f -> f.getException().getMessage()).toList();
        for (String expected : List.of("/io/bpflab/api/junit/broken.s:1:6: error: expected a constant expression",
                "@MapOf(\"counts\") on mapWithoutProgram(", "no map named 'nope' (maps: [counts])",
                "no/such/file.s: neither a classpath resource next to")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(expected)), expected + " in " + messages);
        }
    }
}
