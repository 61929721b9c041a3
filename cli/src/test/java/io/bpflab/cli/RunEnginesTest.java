package io.bpflab.cli;

import static io.bpflab.cli.RunCommandTest.res;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bpflab run --engine jit|kernel}: the same output as the interpreter's, from other engines. */
class RunEnginesTest {

    static final String PACKET = "000102030405060708090a0b0800";

    @ParameterizedTest
    @ValueSource(strings = {"jit", "kernel"})
    void mapsPacketAndR0AsTheInterpreterPrintsThem(String engine) {
        if (engine.equals("kernel")) {
            KernelCli.assumeKernel();
        }
        CliRun r = CliRun.of("run", res("count.s"), "--packet", PACKET, "--map", "counts:01000000=0a00000000000000",
                "--engine", engine);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("map counts: 01000000 = 0f00000000000000\npacket = " + PACKET + "\nr0 = 0x2\n", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jit", "kernel"})
    void conformanceConventionWithMem(String engine) {
        if (engine.equals("kernel")) {
            KernelCli.assumeKernel();
        }
        assertEquals("r0 = 0x3\n", CliRun.of("run", res("wrong.data"), "--engine", engine).out());
        assertEquals("packet = 000102030405060708090a0b08004500\nr0 = 0x10\n",
                CliRun.of("run", res("xdp_len.data"), "--engine", engine).out());
    }

    @Test
    void jsonNamesTheEngine() {
        CliRun r = CliRun.of("run", res("wrong.data"), "--engine", "jit", "--json");
        assertTrue(r.out().startsWith("{\"file\":" + RunCommand.Json.str(res("wrong.data"))
                + ",\"engine\":\"jit\",\"type\":null,\"r0\":\"0x3\",\"insns\":2,"), r.out());
    }

    @Test
    void jitFaultsLikeTheInterpreter() {
        CliRun r = CliRun.of("run", res("oob.data"), "--engine", "jit");
        assertEquals(1, r.exitCode());
        assertEquals(CliRun.of("run", res("oob.data")).out(), r.out());
    }

    @Test
    @Tag("kernel")
    void kernelRepeatsAndReportsItsTime() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("run", res("count.s"), "--packet", PACKET, "--engine", "kernel", "--repeat", "10");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("map counts: 01000000 = 3200000000000000\npacket = " + PACKET
                + "\nruns = 10, ns/run = \\d+ \\(the kernel's measure\\)\nr0 = 0x2\n"), r.out());
    }

    @Test
    @Tag("kernel")
    void kernelJsonIsOneObject() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("run", res("count.s"), "--packet", PACKET, "--engine", "kernel", "--json");
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("{\"file\":"), r.out());
        assertTrue(r.out().contains("\"engine\":\"kernel\",\"type\":\"xdp\",\"verdict\":\"accepted\",\"r0\":\"0x2\""),
                r.out());
        assertTrue(r.out().contains("\"maps\":{\"counts\":{\"00000000\":\"0000000000000000\",\"01000000\":\"0500000000000000\"}}"),
                r.out());
    }

    @Test
    @Tag("kernel")
    void aProgramTheKernelRejectsIsAVerdict() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("run", res("shift_high.data"), "--engine", "kernel");
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("rejected at load: invalid shift 60\n", r.out());
        CliRun json = CliRun.of("run", res("shift_high.data"), "--engine", "kernel", "--json");
        assertTrue(json.out().contains("\"verdict\":\"rejected\",\"message\":\"invalid shift 60\",\"errno\":22"),
                json.out());
    }

    @Test
    @Tag("kernel")
    void kernelBadInputIsExitTwoWithoutATrace() {
        KernelCli.assumeKernel();
        CliRun noPacket = CliRun.of("run", res("count.s"), "--engine", "kernel");
        assertEquals(2, noPacket.exitCode());
        assertTrue(noPacket.err().contains("the kernel loaded the program but did not run it: BPF_PROG_TEST_RUN: EINVAL"),
                noPacket.err());
        CliRun badMap = CliRun.of("run", res("count.s"), "--packet", PACKET, "--engine", "kernel", "--map", "counts:01=02");
        assertEquals(2, badMap.exitCode());
        assertEquals("--map counts:01=02: map counts has 4-byte keys and 8-byte values, got 1 and 1\n", badMap.err());
        CliRun noMap = CliRun.of("run", res("count.s"), "--packet", PACKET, "--engine", "kernel", "--map", "nope:00=00");
        assertTrue(noMap.err().startsWith("--map nope:00=00: no map named 'nope' (maps: [counts])"), noMap.err());
        assertFalse((noPacket.err() + badMap.err() + noMap.err()).contains("\tat "));
    }

    @Test
    @Tag("kernel")
    void perCpuMapsPreloadEveryCpuAndPrintEachCpusValue() {
        KernelCli.assumeKernel();
        CliRun r = CliRun.of("run", res("percpu.s"), "--packet", PACKET, "--engine", "kernel", "--repeat", "3",
                "--map", "pc:00000000=0500000000000000");
        assertEquals(0, r.exitCode(), r.err());
        String line = r.out().lines().findFirst().orElseThrow();
        assertTrue(line.matches("map pc: 00000000 = cpu\\d+:[0-9a-f]{16}( cpu\\d+:[0-9a-f]{16})*"), line);
        // the CPU that ran the program three times holds 5 + 3; every other CPU keeps the 5 preloaded
        assertEquals(1, line.split(":0800000000000000", -1).length - 1, line);
        assertEquals(line.split(" cpu|= cpu").length - 2, line.split(":0500000000000000", -1).length - 1, line);
        CliRun c = CliRun.of("compare", res("percpu.s"), "--packet", PACKET);
        assertEquals(0, c.exitCode(), c.out());
        assertTrue(c.out().matches("(?s).*map pc\\[00000000\\]  cpu\\d+:0100000000000000  0100000000000000\n.*"), c.out());
    }

    @Test
    void memFromAFileIsNotAPicocliArgumentFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path mem = dir.resolve("mem.bin");
        java.nio.file.Files.write(mem, new byte[3600]);
        java.nio.file.Path prog = dir.resolve("len.data");
        java.nio.file.Files.writeString(prog, "-- asm\nmov %r0, %r2\nexit\n");
        assertEquals("r0 = 0xe10\n", CliRun.of("run", prog.toString(), "--mem", "@" + mem).out());
        assertEquals("r0 = 0xe10\n", CliRun.of("run", prog.toString(), "--mem", "@" + mem, "--engine", "jit").out());
    }

    @Test
    @Tag("kernel")
    void kernelMemoryIsNotLimitedToAPacket(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        KernelCli.assumeKernel();
        // 3,520 bytes was the most an XDP packet's linear part carried; the memory is now a map value
        java.nio.file.Path prog = dir.resolve("last.data");
        java.nio.file.Files.writeString(prog, "-- asm\nmov %r3, %r1\nadd %r3, %r2\nldxb %r0, [%r3-1]\n"
                + "stxb [%r1], %r0\nexit\n");
        byte[] mem = new byte[1 << 20];
        mem[mem.length - 1] = 0x42;
        java.nio.file.Files.write(dir.resolve("big.bin"), mem);
        for (String engine : new String[] {"kernel", "interp"}) {
            CliRun r = CliRun.of("run", prog.toString(), "--mem", "@" + dir.resolve("big.bin"), "--engine", engine);
            assertEquals("r0 = 0x42\n", r.out(), engine + ": " + r.err());
        }
    }

    @Test
    void kernelWithTraceIsBadInput() {
        CliRun r = CliRun.of("run", res("wrong.data"), "--engine", "kernel", "--trace");
        assertEquals(2, r.exitCode());
        assertEquals("bpflab run: --trace needs --engine interp (the kernel does not trace instructions)\n", r.err());
    }

    @Test
    void kernelUnavailableIsExitTwoWithTheReason() {
        CliRun r = KernelCli.withoutKernel("run", res("wrong.data"), "--engine", "kernel");
        assertEquals(2, r.exitCode());
        assertEquals("bpflab run: the kernel engine is unavailable: " + KernelCli.REASON + "\n", r.err());
        assertEquals("", r.out());
    }
}
