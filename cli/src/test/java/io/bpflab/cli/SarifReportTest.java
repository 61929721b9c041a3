package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --format sarif}: valid SARIF 2.1.0 (checked against the official schema), located at the source line. */
class SarifReportTest {

    private static Schema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private static List<Error> violations(JsonNode log) {
        return schema.validate(log);
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aRejectionIsAnErrorAtItsSourceLineAndTheLogIsValid() throws Exception {
        Path ok = write("ok.s", "r0 = 0\nexit\n");
        Path bad = write("bad.s", ".section xdp\nr0 = 0\n\nr0 = r5\nexit\n");
        CliRun r = CliRun.of("verify", "--format", "sarif", ok.toString(), bad.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        JsonNode log = JSON.readTree(r.out());
        assertEquals(List.of(), violations(log));
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode results = log.at("/runs/0/results");
        assertEquals(1, results.size(), r.out());
        JsonNode result = results.get(0);
        assertEquals("rejected", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        assertTrue(result.at("/message/text").asText().startsWith("R5 !read_ok (insn 1 of section xdp"), r.out());
        assertEquals(bad.toUri().toString(), result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(4, result.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("xdp", result.at("/locations/0/logicalLocations/0/name").asText());
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertEquals("rejected", rules.get(result.get("ruleIndex").asInt()).get("id").asText());
    }

    @Test
    void objectsWithLineInfoPointIntoTheirCSource() throws Exception {
        Path elf = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/elf").normalize();
        List<String> objects;
        try (var files = Files.list(elf)) {
            objects = files.map(Path::toString).filter(f -> f.endsWith(".o")).sorted().toList();
        }
        List<String> args = new java.util.ArrayList<>(List.of("verify", "--format", "sarif"));
        args.addAll(objects);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        JsonNode log = JSON.readTree(r.out());
        assertEquals(List.of(), violations(log));
        int inC = 0;
        for (JsonNode result : log.at("/runs/0/results")) {
            JsonNode loc = result.at("/locations/0/physicalLocation");
            String uri = loc.at("/artifactLocation/uri").asText();
            if (result.get("level").asText().equals("error") && uri.endsWith(".c")) {
                inC++;
                // clang's relative file name resolved beside the object: a file that exists
                assertTrue(Files.exists(Path.of(java.net.URI.create(uri))), uri);
                assertTrue(loc.at("/region/startLine").asInt() > 0, result.toString());
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(inC > 0, "bpflab accepts every object of testdata/elf now");
    }

    @Test
    void withoutSourceLinesTheInstructionIsAnAddress() throws Exception {
        // r0 = r5 (bf 50 00 00 00 00 00 00), exit
        Path bin = dir.resolve("p.bin");
        Files.write(bin, new byte[] {(byte) 0xbf, 0x50, 0, 0, 0, 0, 0, 0, (byte) 0x95, 0, 0, 0, 0, 0, 0, 0});
        CliRun r = CliRun.of("verify", "--format", "sarif", bin.toString());
        assertEquals(Cli.NO, r.exitCode(), r.err());
        JsonNode log = JSON.readTree(r.out());
        assertEquals(List.of(), violations(log));
        JsonNode loc = log.at("/runs/0/results/0/locations/0/physicalLocation");
        assertTrue(loc.get("region") == null, r.out());
        assertEquals("instruction", loc.at("/address/kind").asText());
        assertEquals(0, loc.at("/address/relativeAddress").asInt());
    }

    @Test
    void aProgramNearALimitIsAWarningAndAnAcceptedOneIsNoResult() throws Exception {
        Path deep = write("deep.s", "r1 = 0\n*(u64 *)(r10 - 456) = r1\nr0 = 0\nexit\n");
        Path fine = write("fine.s", "r0 = 0\nexit\n");
        CliRun r = CliRun.of("verify", "--format", "sarif", deep.toString(), fine.toString());
        assertEquals(Cli.OK, r.exitCode(), r.err());
        JsonNode log = JSON.readTree(r.out());
        assertEquals(List.of(), violations(log));
        JsonNode results = log.at("/runs/0/results");
        assertEquals(1, results.size());
        assertEquals("deep-stack", results.get(0).get("ruleId").asText());
        assertEquals("warning", results.get(0).get("level").asText());
        assertEquals(456, results.get(0).at("/properties/stackDepth").asInt());
        assertEquals(Cli.NO, CliRun.of("verify", "--format", "sarif", "--fail-on", "warning", deep.toString()).exitCode());
    }

    @Test
    void noProgramsGiveAnEmptyValidRun() throws Exception {
        CliRun r = CliRun.of("verify", "--format", "sarif", write("ok.s", "r0 = 0\nexit\n").toString());
        JsonNode log = JSON.readTree(r.out());
        assertEquals(List.of(), violations(log));
        assertEquals(0, log.at("/runs/0/results").size());
    }

    @Test
    void theSchemaCheckCatchesAnInvalidLog() throws Exception {
        CliRun r = CliRun.of("verify", "--format", "sarif", write("bad.s", "r0 = r5\nexit\n").toString());
        ObjectNode log = (ObjectNode) JSON.readTree(r.out());
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(violations(log).isEmpty());
        ObjectNode noVersion = (ObjectNode) JSON.readTree(r.out());
        noVersion.remove("version");
        assertFalse(violations(noVersion).isEmpty());
    }

    @Test
    void relativePathsStayRelativeToTheSourceRoot() {
        assertEquals("{\"uri\": \"progs/a%20b.s\", \"uriBaseId\": \"SRCROOT\"}", CiReport.artifact("progs/./a b.s"));
        assertTrue(CiReport.artifact("/abs/x.o").startsWith("{\"uri\": \"file:///abs/x.o\""));
    }

    @Test
    void jsonAndAnotherFormatContradict() throws Exception {
        CliRun r = CliRun.of("verify", "--json", "--format", "sarif", write("ok.s", "r0 = 0\nexit\n").toString());
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("contradict"), r.err());
    }
}
