package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyReportTest {

    @Test
    void pageHasTheVerdictHintSourceStatesPathAndGraph(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        CliRun r = CliRun.of("verify", ExplainTest.res("stack_branch.s").toString(), "--html", html.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("rejected at insn 12: <code class=\"error\">invalid write to stack R2 off=-520 size=8</code>"), page);
        assertTrue(page.contains("<b>hint:</b> The stack is 512 bytes"), page);
        assertTrue(page.contains("<span class=\"ln\">  13</span> \tr2 += -520"), "the source");
        assertTrue(page.contains("<tr id=\"insn12\" class=\"path fail\">"), "the failing instruction");
        assertTrue(page.contains("<tr id=\"insn10\" class=\"path\">"), "the path through the taken branch");
        assertTrue(page.contains("<tr id=\"insn5\" class=\"\">"), "a visited instruction off the failing path");
        assertTrue(page.contains("<tr id=\"insn13\" class=\"unvisited\">"), "never reached");
        assertTrue(page.contains("branch from insn 4 explored: R0=0 R1=scalar(umin=8) R2=fp0 R10=fp0"), page);
        assertTrue(page.contains("R1=scalar(smin=smin32=0,smax=umax=smax32=umax32=7,var_off=(0x0; 0x7))"), "level-2 states");
        assertTrue(page.contains("<g class=\"block\" id=\"b2\">"), "the control-flow graph");
        assertFalse(page.contains("<script") || page.contains("http://") && !page.contains("http://www.w3.org/2000/svg"),
                "self-contained");
    }

    @Test
    void statesOfAProgramWithMapsAndHelpersComeFromTheSameVerification(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("lab2.html");
        Path attempt = LabKitTest.labs().resolve("2-counter/attempt.s");
        assertEquals(Cli.NO, CliRun.of("verify", attempt.toString(), "--html", html.toString()).exitCode());
        String page = Files.readString(html);
        assertTrue(page.contains("R0=map_value_or_null(id=1,map=pkts,ks=4,vs=8)"), page);
        assertTrue(page.contains("<tr id=\"insn9\" class=\"path fail\">"), page);
        assertTrue(page.contains("<b>hint:</b> r0 may be NULL here"), page);
    }

    @Test
    void prunedBranchesAreShown(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("join.s");
        Files.writeString(src, Files.readString(Path.of(System.getProperty("bpflab.root", ".."), "testdata/verifier/logs/join.s")));
        Path html = dir.resolve("r.html");
        assertEquals(Cli.OK, CliRun.of("verify", src.toString(), "--html", html.toString()).exitCode());
        String page = Files.readString(html);
        assertTrue(page.contains("<p class=\"verdict ok\">accepted (processed 19 insns)</p>"), page);
        assertTrue(page.contains("pruned: an equivalent state was already proven safe"), page);
    }

    /** Renders the page in headless Chromium (Debian's chromium package) and checks the picture is not blank. */
    @Test
    void rendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        String chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        if (chromium == null) {
            System.out.println("SKIP VerifyReportTest.rendersInHeadlessChromium: no chromium (apt-get install chromium)");
        }
        Assumptions.assumeTrue(chromium != null, "no chromium (apt-get install chromium)");
        Path html = dir.resolve("report.html");
        CliRun.of("verify", ExplainTest.res("stack_branch.s").toString(), "--html", html.toString());
        Path png = dir.resolve("shot.png");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1200,1400", "--screenshot=" + png,
                html.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertTrue(Files.size(png) > 20_000, "a rendered page, not a blank one: " + Files.size(png) + " bytes");
        var img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        // the failing row's red (#ffcdd2) and the hint box's pink (#ffebee) are on screen
        boolean red = false;
        boolean pink = false;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                red |= rgb == 0xffcdd2;
                pink |= rgb == 0xffebee;
            }
        }
        assertTrue(pink, "the verdict box is drawn");
        assertTrue(red, "the failing instruction is highlighted");
        // the DOM Chromium built holds the report's text
        Process dump = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile2"), "--dump-dom", html.toUri().toString())
                .redirectError(dir.resolve("dom.log").toFile()).start();
        String dom = new String(dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(dump.waitFor(120, TimeUnit.SECONDS));
        assertTrue(dom.contains("invalid write to stack R2 off=-520 size=8"), dom);
        assertTrue(dom.contains("hint:"));
    }

    @Test
    void pageIsWellFormedEnoughForAnXmlParserInItsSvg(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        CliRun.of("verify", ExplainTest.res("uninit.s").toString(), "--html", html.toString());
        String page = Files.readString(html);
        String svg = page.substring(page.indexOf("<svg "), page.indexOf("</svg>") + 6);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
