package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class CfgCommandTest {

    static Path res(String name) throws Exception {
        return Path.of(CfgCommandTest.class.getResource(name).toURI());
    }

    @Test
    void dotHasBlocksClustersAndLabelledEdges() throws Exception {
        CliRun r = CliRun.of("cfg", res("debug/count.s").toString(), "--dot");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Files.readString(res("cfg/count.dot")), r.out());
    }

    @Test
    void svgIsWellFormedWithOneGroupPerBlockAndEdge() throws Exception {
        CliRun r = CliRun.of("cfg", res("debug/calls.s").toString(), "--svg");
        assertEquals(0, r.exitCode(), r.err());
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("svg", d.getDocumentElement().getTagName());
        var groups = d.getElementsByTagName("g");
        int blocks = 0;
        int edges = 0;
        int clusters = 0;
        for (int k = 0; k < groups.getLength(); k++) {
            String cls = ((org.w3c.dom.Element) groups.item(k)).getAttribute("class");
            blocks += cls.equals("block") ? 1 : 0;
            edges += cls.startsWith("edge ") ? 1 : 0;
            clusters += cls.equals("subprogram") ? 1 : 0;
        }
        assertEquals(3, blocks);
        assertEquals(2, edges, "a call and its return");
        assertEquals(2, clusters);
        assertTrue(r.out().contains(">4: r0 = r1</text>"), r.out());
    }

    @Test
    void outputFileAndBadInput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g.svg");
        assertEquals(0, CliRun.of("cfg", res("debug/count.s").toString(), "--svg", "-o", out.toString()).exitCode());
        assertTrue(Files.readString(out).startsWith("<svg"));
        Path bad = dir.resolve("bad.s");
        Files.writeString(bad, "r0 = \n");
        CliRun r = CliRun.of("cfg", bad.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("bad.s:1:"), r.err());
        assertEquals(2, CliRun.of("cfg", res("debug/count.s").toString(), "--svg", "--dot").exitCode(), "one format");
    }
}
