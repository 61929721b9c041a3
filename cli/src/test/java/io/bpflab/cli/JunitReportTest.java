package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code verify --format junit}: well-formed JUnit XML, one test case per program, parsed back. */
class JunitReportTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneCasePerProgramAndARejectionIsAFailure() throws Exception {
        Path two = write("two.s", ".section xdp\nr0 = 2\nexit\n.section \"kprobe/sys_open\"\nr0 = r7\nexit\n");
        Path ok = write("ok.s", "r0 = 0\nexit\n");
        CliRun r = CliRun.of("verify", "--format", "junit", two.toString(), ok.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        Document d = parse(r.out());
        Element root = d.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("3", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        NodeList suites = d.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        assertEquals(two.toString(), ((Element) suites.item(0)).getAttribute("name"));
        NodeList cases = d.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element xdp = (Element) cases.item(0);
        Element kprobe = (Element) cases.item(1);
        assertEquals("xdp", xdp.getAttribute("name"));
        assertEquals(0, xdp.getElementsByTagName("failure").getLength());
        assertEquals("kprobe/sys_open", kprobe.getAttribute("name"));
        Element failure = (Element) kprobe.getElementsByTagName("failure").item(0);
        assertEquals("rejected", failure.getAttribute("type"));
        assertEquals("R7 !read_ok", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains(two + ":5"), failure.getTextContent());
        assertEquals("ok.s", ((Element) cases.item(2)).getAttribute("name"));
    }

    @Test
    void warningsFailOnlyUnderFailOnWarning() throws Exception {
        Path deep = write("deep.s", "r1 = 0\n*(u64 *)(r10 - 512) = r1\nr0 = 0\nexit\n");
        CliRun lenient = CliRun.of("verify", "--format", "junit", deep.toString());
        assertEquals(Cli.OK, lenient.exitCode(), lenient.err());
        Document d = parse(lenient.out());
        assertEquals(0, d.getElementsByTagName("failure").getLength());
        assertTrue(d.getElementsByTagName("system-out").item(0).getTextContent().contains("stack depth 512 bytes"));
        CliRun strict = CliRun.of("verify", "--format", "junit", "--fail-on", "warning", deep.toString());
        assertEquals(Cli.NO, strict.exitCode());
        Element failure = (Element) parse(strict.out()).getElementsByTagName("failure").item(0);
        assertEquals("warning", failure.getAttribute("type"));
    }

    @Test
    void markupInNamesAndMessagesIsEscaped() throws Exception {
        assertEquals("a&lt;b&gt;&amp;&quot;&apos;\ufffd", CiReport.xml("a<b>&\"'\u0001"));
        Path odd = write("a&b<c>.s", "r0 = r5\nexit\n");
        Document d = parse(CliRun.of("verify", "--format", "junit", odd.toString()).out());
        assertEquals("a&b<c>.s", ((Element) d.getElementsByTagName("testcase").item(0)).getAttribute("name"));
    }
}
