package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify DIR --recursive} on testdata/ and on a small tree of its own. */
class CorpusTest {

    private static final Path TESTDATA = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata").normalize();

    @TempDir
    Path dir;

    @Test
    void theSummaryOfTestdataAgreesWithItsJsonLines() throws Exception {
        CliRun json = CliRun.of("verify", "--recursive", "--json", TESTDATA.toString());
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String l : json.out().split("\n")) {
            lines.add(m.readTree(l));
        }
        JsonNode summary = lines.removeLast().get("summary");
        long accepted = lines.stream().filter(n -> n.get("verdict").asText().equals("accepted")).count();
        assertTrue(lines.size() > 100, "programs: " + lines.size());
        assertTrue(accepted > 0 && accepted < lines.size());
        assertEquals(lines.size(), summary.get("programs").asInt());
        assertEquals(accepted, summary.get("accepted").asLong());
        int byReason = 0;
        for (JsonNode n : summary.get("rejected_by_reason")) {
            byReason += n.asInt();
        }
        assertEquals(lines.size() - accepted, byReason);
        assertTrue(lines.stream().allMatch(n -> n.get("ms").asDouble() >= 0));
        long files = Files.walk(TESTDATA).filter(Files::isRegularFile).filter(p -> Corpus.EXTENSIONS.stream()
                .anyMatch(e -> p.toString().endsWith(e))).count();
        long filesSeen = lines.stream().map(n -> n.get("file").asText()).distinct().count();
        assertEquals(files, filesSeen + summary.get("unreadable_files").asInt());

        CliRun text = CliRun.of("verify", "--recursive", TESTDATA.toString());
        assertEquals(json.exitCode(), text.exitCode());
        Matcher head = Pattern.compile("(\\d+) programs: (\\d+) accepted, (\\d+) rejected").matcher(text.out());
        assertTrue(head.find(), text.out());
        assertEquals(lines.size(), Integer.parseInt(head.group(1)));
        assertEquals(accepted, Long.parseLong(head.group(2)));
        assertTrue(text.out().contains("\nrejected, by reason:\n"));
        assertTrue(text.out().contains("\nslowest:\n"));
        assertTrue(text.out().contains("\nmost processed instructions:\n"));
        // accepted programs without warnings are counted, not listed
        long listed = text.out().lines().filter(l -> l.contains(": rejected at insn ")).count();
        assertEquals(lines.size() - accepted, listed);
        assertTrue(text.out().lines().noneMatch(l -> l.contains(": accepted (")));
    }

    @Test
    void everyProgramFileBeneathIsVerifiedInPathOrderAndOthersSkipped() throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.s"), "r0 = 0\nexit\n");
        Files.writeString(dir.resolve("a.s"), "r0 = r4\nexit\n");
        Files.writeString(dir.resolve("notes.txt"), "not a program");
        Files.write(dir.resolve("b/p.bin"), new byte[] {(byte) 0xb7, 0, 0, 0, 1, 0, 0, 0, (byte) 0x95, 0, 0, 0, 0, 0, 0, 0});
        CliRun r = CliRun.of("verify", "-r", "--json", dir.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        List<String> files = r.out().lines().filter(l -> l.startsWith("{\"file\"")).map(l -> l.substring(9, l.indexOf("\",")))
                .toList();
        assertEquals(List.of(dir.resolve("a.s").toString(), dir.resolve("b/c/z.s").toString(), dir.resolve("b/p.bin").toString()),
                files);
        assertTrue(r.out().contains("\"rejected_by_reason\":{\"R4 !read_ok\":1}"), r.out());
    }

    @Test
    void aDirectoryNeedsRecursive() {
        CliRun r = CliRun.of("verify", dir.toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("is a directory (add --recursive"), r.err());
    }

    @Test
    void rejectionsGroupByTheirMessageWithoutNumbers() {
        assertEquals("invalid read from stack R10 off=-N size=N", Corpus.reason("invalid read from stack R10 off=-16 size=8"));
        assertEquals("unreachable insn N", Corpus.reason("unreachable insn 12"));
        assertEquals("R2 !read_ok", Corpus.reason("R2 !read_ok"));
        assertEquals("jump out of range from insn N to N", Corpus.reason("jump out of range from insn 5 to 0x9"));
    }

    @Test
    void theProgressBarDrawsOnlyOnATerminal() {
        StringWriter tty = new StringWriter();
        Corpus.Progress p = new Corpus.Progress(new PrintWriter(tty), true, 4);
        p.done(true);
        p.done(false);
        assertEquals("[###############---------------] 2/4 programs, 1 rejected", p.line());
        p.done(true);
        p.done(true);
        p.finish();
        assertTrue(tty.toString().startsWith("\r[#######"), tty.toString());
        assertTrue(tty.toString().contains("4/4 programs, 1 rejected"));
        StringWriter log = new StringWriter();
        Corpus.Progress quiet = new Corpus.Progress(new PrintWriter(log), false, 4);
        quiet.done(true);
        quiet.finish();
        assertEquals("", log.toString());
    }
}
