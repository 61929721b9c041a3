package io.bpflab.verifier;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every hint is checked against real verifier messages: testdata/hints/NAME.s hold the
 * lines the running 6.18 kernel printed for each program (re-checked live by the cli
 * module's HintCasesKernelTest), from-source.txt the formats this machine's kernel cannot be
 * made to print (unprivileged loaders, the license check, 6.12 wordings).
 */
class HintsTest {

    record Case(String source, String message, String expectedId) {
    }

    static Path dir() {
        return Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/hints").normalize();
    }

    static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir())) {
            files = s.filter(p -> p.toString().endsWith(".s")).sorted().toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            List<String> kernel = lines.stream().filter(l -> l.startsWith("# kernel: ")).map(l -> l.substring(10)).toList();
            String id = lines.stream().filter(l -> l.startsWith("# hint: ")).map(l -> l.substring(8).strip()).findFirst()
                    .orElseThrow(() -> new AssertionError(f + ": no # hint: line"));
            assertFalse(kernel.isEmpty(), f + ": no # kernel: line");
            for (int k = 0; k < kernel.size(); k++) {
                out.add(new Case(f.getFileName().toString(), kernel.get(k), k == kernel.size() - 1 ? id : null));
            }
        }
        for (String l : Files.readAllLines(dir().resolve("from-source.txt"))) {
            if (!l.startsWith("#") && !l.isBlank()) {
                String[] p = l.split("\t", 2);
                out.add(new Case("from-source.txt", p[1], p[0]));
            }
        }
        return out;
    }

    @Test
    void everyRecordedMessageHasAHintAndTheExpectedOne() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            var h = Hints.find(c.message());
            if (h.isEmpty()) {
                wrong.add(c.source() + ": no hint for '" + c.message() + "'");
                continue;
            }
            if (c.expectedId() != null && !h.get().id().equals(c.expectedId())) {
                wrong.add(c.source() + ": '" + c.message() + "' got " + h.get().id() + ", expected " + c.expectedId());
            }
            String text = Hints.hint(c.message()).orElseThrow();
            if (text.matches("(?s).*\\{\\d\\}.*")) {
                wrong.add(c.source() + ": unfilled placeholder in " + text);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void atLeastFortyHintsAreCoveredByRealMessages() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (Case c : cases()) {
            Hints.find(c.message()).ifPresent(h -> covered.add(h.id()));
        }
        Set<String> all = new TreeSet<>();
        Hints.ALL.forEach(h -> assertTrue(all.add(h.id()), "duplicate id " + h.id()));
        assertTrue(covered.size() >= 40, "covered " + covered.size() + ": " + covered);
        Set<String> untested = new TreeSet<>(all);
        untested.removeAll(covered);
        assertTrue(untested.size() <= all.size() - 40, "untested: " + untested);
    }

    @Test
    void hintsSpeakAboutTheRegisterOfTheMessage() {
        assertEquals(Hints.hint("R0 invalid mem access 'map_value_or_null'").orElseThrow(),
                "r0 may be NULL here: after bpf_map_lookup_elem (or any helper that returns a pointer or NULL), test"
                        + " `if r0 == 0 goto ...` before dereferencing it; on the path where the test passes the verifier knows it is not NULL.");
        assertTrue(Hints.hint("rejected at insn 3: R7 !read_ok (processed 4 insns)").orElseThrow().startsWith("r7 is read before"));
        assertTrue(Hints.hint("invalid access to packet, off=36 size=2, R2(id=0,off=36,r=14)").orElseThrow()
                .contains("only the first 14 bytes"));
        assertTrue(Hints.hint("bpflab does not model helper calls yet").isEmpty());
        assertTrue(Hints.hint(null).isEmpty());
    }
}
