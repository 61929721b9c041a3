package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The kernel engine on the shared benchmark programs, and prog_array elements for tail calls. */
@Tag("kernel")
class KernelEngineTest {

    static Path bench() {
        Path dir = Path.of(System.getProperty("bpflab.root", ".")).resolve("../shared/bench").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared benchmark programs not found at " + dir);
        return dir;
    }

    @Test
    void benchmarkProgramsAsTests() {
        KernelCli.assumeKernel();
        Path dir = bench();
        CliRun r = CliRun.of("test", dir.toString(), "--engine", "kernel");
        // bench_mem_k's 4 KiB memory is more than an XDP packet's linear part: the memory is a map value.
        // The *_full programs loop more often than the verifier's 1,000,000 processed instructions allow
        // (kernel: verifier.c BPF_COMPLEXITY_LIMIT_INSNS): the kernel refuses them at load.
        String tooLarge = " (rejected at load: BPF program is too large. Processed 1000001 insn)\n";
        assertEquals("FAIL " + dir.resolve("bench_branch_full.data") + tooLarge
                + "PASS " + dir.resolve("bench_branch_k.data") + "\n"
                + "PASS " + dir.resolve("bench_empty.data") + "\n"
                + "FAIL " + dir.resolve("bench_mem_full.data") + tooLarge
                + "PASS " + dir.resolve("bench_mem_k.data") + "\n"
                + "FAIL " + dir.resolve("bench_sum_full.data") + tooLarge
                + "PASS " + dir.resolve("bench_sum_k.data") + "\n"
                + "4 passed, 3 failed, 0 skipped\n", r.out());
    }

    @Test
    void benchOfTheFourKibMemoryProgram() {
        KernelCli.assumeKernel();
        Path file = bench().resolve("bench_mem_k.data");
        CliRun r = CliRun.of("bench", file.toString(), "--engine", "kernel", "--time", "50", "--json");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.getFirst().startsWith("{\"file\":\"" + file + "\",\"engine\":\"kernel\",\"r0\":\"0xbf789980f0780438\""),
                lines.getFirst());
    }

    private static Path object(Path dir, String source) throws Exception {
        io.bpflab.asm.Assembly a = io.bpflab.asm.Assembler.assemble(Files.readString(Path.of(RunCommandTest.res(source))),
                source, io.bpflab.asm.Dialect.AUTO);
        assertTrue(a.ok(), a.formatDiagnostics());
        Path o = dir.resolve(source.replace(".s", ".o"));
        Files.write(o, io.bpflab.isa.elf.ElfWriter.write(a.object()));
        return o;
    }

    @Test
    void tailCallsThroughAProgArrayAsOnTheInterpreter(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        KernelCli.assumeKernel();
        String pkt = "000102030405060708090a0b0800";
        String tail = RunCommandTest.res("tail.s");
        for (String file : new String[] {tail, object(dir, "tail.s").toString()}) {
            for (String engine : new String[] {"interp", "kernel"}) {
                CliRun r = CliRun.of("run", file, "--packet", pkt, "--map", "jmp:01000000=@xdp/next", "--engine", engine);
                assertEquals("map jmp: 01000000 = @xdp/next\npacket = " + pkt + "\nr0 = 0x3\n", r.out(),
                        file + " on " + engine + ": " + r.err());
            }
        }
        assertEquals("packet = " + pkt + "\nr0 = 0x1\n",
                CliRun.of("run", tail, "--packet", pkt, "--engine", "kernel").out(), "an empty slot falls through");
        CliRun json = CliRun.of("run", tail, "--packet", pkt, "--map", "jmp:01000000=@xdp/next", "--engine", "kernel",
                "--json");
        assertTrue(json.out().endsWith(",\"maps\":{\"jmp\":{\"01000000\":\"@xdp/next\"}}}\n"), json.out());
    }

    @Test
    void tailCallsFromALabTestsSections() {
        KernelCli.assumeKernel();
        Path lab = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/kernel/tail_call.data").normalize();
        for (String engine : new String[] {"interp", "jit", "kernel"}) {
            CliRun r = CliRun.of("run", lab.toString(), "--map", "jmp:01000000=@xdp/next", "--engine", engine);
            assertEquals("map jmp: 01000000 = @xdp/next\npacket = 000102030405060708090a0b0800\nr0 = 0x3\n", r.out(),
                    engine + ": " + r.err());
        }
        CliRun test = CliRun.of("test", lab.toString(), "--engine", "kernel");
        assertEquals("PASS " + lab + "\n1 passed, 0 failed, 0 skipped\n", test.out());
    }

    @Test
    void progArrayValuesOfAnObjectReadBackAsTheirPrograms() {
        KernelCli.assumeKernel();
        Path object = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/elf/tail_call.o").normalize();
        Assumptions.assumeTrue(Files.exists(object), object + " not found");
        String pkt = "000000000000000000000000080045000014000000004011000000000000000000000000";
        for (String engine : new String[] {"interp", "kernel"}) {
            CliRun r = CliRun.of("run", object.toString(), "--section", "xdp", "--packet", pkt, "--engine", engine);
            assertEquals("map jmp: 01000000 = @second\npacket = " + pkt + "\nr0 = 0x3\n", r.out(), engine + ": " + r.err());
        }
    }

    @Test
    void progArrayElementsThatCannotBeLoaded(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        KernelCli.assumeKernel();
        String pkt = "000102030405060708090a0b0800";
        String tail = RunCommandTest.res("tail.s");
        CliRun nope = CliRun.of("run", tail, "--packet", pkt, "--map", "jmp:01000000=@nope", "--engine", "kernel");
        assertEquals(2, nope.exitCode());
        assertEquals("--map jmp:01000000=@nope: no program section 'nope' in tail.s\n", nope.err());
        CliRun hex = CliRun.of("run", tail, "--packet", pkt, "--map", "jmp:01000000=03000000", "--engine", "kernel");
        assertEquals(2, hex.exitCode());
        assertEquals("--map jmp:01000000=03000000: a prog_array element is KEY=@SECTION with a 4-byte key\n", hex.err());
        Path bad = dir.resolve("bad.s");
        Files.writeString(bad, Files.readString(Path.of(tail)).replace("\tr0 = 3\n\texit", "\texit"));
        CliRun rejected = CliRun.of("run", bad.toString(), "--packet", pkt, "--map", "jmp:01000000=@xdp/next",
                "--engine", "kernel");
        assertEquals(2, rejected.exitCode());
        assertEquals("bad.s: the kernel rejects tail-call target xdp/next at load: R0 !read_ok\n", rejected.err());
    }

    private static long openFds() throws Exception {
        try (java.util.stream.Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    @Test
    void everyFdOfTheKernelPathsIsClosed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        KernelCli.assumeKernel();
        String pkt = "000102030405060708090a0b0800";
        String tail = RunCommandTest.res("tail.s");
        Path lpm = dir.resolve("lpm.s");
        Files.writeString(lpm, ".map t, lpm_trie, key=8, value=8, entries=4\nr0 = 0\nexit\n");
        Path mem = dir.resolve("mem.data");
        Files.writeString(mem, "-- asm\nldxb %r0, [%r1+4095]\nexit\n-- mem\n" + "01 ".repeat(4096) + "\n");
        Path badTarget = dir.resolve("bad.s");
        Files.writeString(badTarget, Files.readString(Path.of(tail)).replace("\tr0 = 3\n\texit", "\texit"));
        Runnable paths = () -> {
            CliRun.of("run", tail, "--packet", pkt, "--map", "jmp:01000000=@xdp/next", "--engine", "kernel");
            CliRun.of("run", badTarget.toString(), "--packet", pkt, "--map", "jmp:01000000=@xdp/next", "--engine", "kernel");
            CliRun.of("verify", "--kernel", tail, lpm.toString());
            CliRun.of("run", mem.toString(), "--engine", "kernel");
            CliRun.of("compare", mem.toString());
        };
        paths.run();
        long before = openFds();
        for (int round = 0; round < 5; round++) {
            paths.run();
        }
        assertEquals(before, openFds(), "fds open before and after");
    }
}
