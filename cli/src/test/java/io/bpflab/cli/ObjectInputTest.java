package io.bpflab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on clang objects: run, --trace with source lines, verify, test, disasm, and damaged objects. */
class ObjectInputTest {

    static final Path DIR = ClangObjectTest.DIR;

    static String packet(String name) throws Exception {
        return HexFormat.of().formatHex(ClangObjectTest.inputs().get(name));
    }

    static String obj(String name) {
        return DIR.resolve(name).toString();
    }

    @Test
    void runAnObjectWithGlobalData() throws Exception {
        CliRun r = CliRun.of("run", obj("global_data.o"), "--packet", packet("udp4"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("map .data: 00000000 = 6400000034000000\n"), r.out());
        assertTrue(r.out().contains("map .bss: 00000000 = 0100000000000000\n"), r.out());
        assertTrue(r.out().endsWith("r0 = 0x2\n"), r.out());
    }

    @Test
    void traceShowsTheSourceLines() throws Exception {
        CliRun r = CliRun.of("run", "--trace", obj("xdp_drop_ipv6.o"), "--packet", packet("ipv6"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("; xdp_drop_ipv6.c:13: if (data + sizeof(*eth) > data_end)\n"
                + "    3: r3 = r1 "), r.out());
        assertTrue(r.out().contains("; xdp_drop_ipv6.c:15: if (eth->h_proto == bpf_htons(ETH_P_IPV6))\n"), r.out());
        assertTrue(r.out().endsWith("r0 = 0x1\n"), r.out());
    }

    @Test
    void traceIndentsSubprogramsAndNamesTheirLines() throws Exception {
        CliRun r = CliRun.of("run", "--trace", obj("subprog.o"), "--packet", packet("udp4"));
        assertTrue(r.out().contains("  ; subprog.c:10: if (data + sizeof(*eth) > data_end)\n"), r.out());
    }

    @Test
    void traceNamesTheSubprogramItEnters() throws Exception {
        CliRun r = CliRun.of("run", "--trace", obj("subprog.o"), "--packet", packet("udp4"));
        assertTrue(r.out().contains("  ; in is_ipv4()\n  ; subprog.c:6: static __noinline int is_ipv4("), r.out());
    }

    @Test
    void verifierLogsShowTheSourceLinesAsTheKernelDoes() {
        CliRun r = CliRun.of("verify", "--log-level", "2", obj("xdp_pass.o"));
        assertTrue(r.out().contains("; return XDP_PASS; @ xdp_pass.c:8\n0: (b7) r0 = 2"), r.out());
    }

    @Test
    void aRejectionNamesTheSourceLine() {
        CliRun r = CliRun.of("verify", obj("bounded_loop.o"));
        // whatever bpflab's verifier says about this program, a rejection points into the C source
        assertTrue(r.exitCode() == 0 || r.out().contains("(bounded_loop.c:"), r.out());
    }

    @Test
    void sectionChoosesAProgramByFunctionOrSectionName() throws Exception {
        CliRun byName = CliRun.of("run", obj("tail_call.o"), "--section", "first", "--packet", packet("udp4"));
        assertTrue(byName.out().endsWith("r0 = 0x3\n"), byName.out() + byName.err());
        CliRun bySection = CliRun.of("run", obj("multi_prog.o"), "--section", "socket", "--packet", packet("udp4"));
        assertTrue(bySection.out().endsWith("r0 = 0x1\n"), bySection.out() + bySection.err());
        CliRun none = CliRun.of("run", obj("multi_prog.o"), "--section", "nope", "--packet", packet("udp4"));
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no program or section 'nope' (programs: on_xdp in xdp, on_socket in socket,"),
                none.err());
    }

    @Test
    void verifyTakesEveryProgramOfAnObject() {
        CliRun r = CliRun.of("verify", "--json", obj("tail_call.o"));
        long lines = r.out().lines().count();
        assertEquals(2, lines, r.out() + r.err());
        assertTrue(r.out().contains("\"section\":\"xdp/second\""), r.out());
        assertTrue(r.out().contains("\"section\":\"xdp/first\""), r.out());
        CliRun one = CliRun.of("verify", "--json", "--section", "first", obj("tail_call.o"));
        assertEquals(1, one.out().lines().count(), one.out() + one.err());
    }

    /**
     * Every program of every object reaches bpflab's verifier, which gives each a verdict
     * (what it accepts grows with the verifier; the kernel's verdicts are in ClangObjectTest).
     */
    @Test
    void verifyGivesEveryProgramOfEveryObjectAVerdict() throws Exception {
        for (ClangObjectTest.Spec s : ClangObjectTest.specs()) {
            int programs = ObjectInput.read(s.object(), Files.readAllBytes(s.object())).programs().size();
            CliRun r = CliRun.of("verify", "--json", s.object().toString());
            assertTrue(r.exitCode() == 0 || r.exitCode() == 1, s.object() + ": " + r.err());
            assertEquals(programs, r.out().lines().filter(l -> l.contains("\"verdict\":")).count(), r.out());
        }
    }

    @Test
    void testRunsLabTestsOfObjects() {
        CliRun r = CliRun.of("test", DIR.toString());
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().matches("(?s).*\\n3[0-9] passed, 0 failed, 0 skipped\\n"), r.out());
    }

    /** {@code compare} of every object's first packet test: the kernel and bpflab agree on r0 and the maps. */
    @Test
    void compareAgreesOnEveryObject() throws Exception {
        KernelCli.assumeKernel();
        for (ClangObjectTest.Spec s : ClangObjectTest.specs()) {
            ClangObjectTest.Run run = s.runs().getFirst();
            if (!run.packet()) {
                continue;
            }
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("compare", s.object().toString(),
                    "--section", run.program(), "--packet", packet(run.input())));
            if (run.type() != null) {
                args.addAll(java.util.List.of("--type", run.type()));
            }
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), s.object() + ":\n" + r.out() + r.err());
            assertTrue(r.out().contains("\nAGREE"), s.object() + ":\n" + r.out());
        }
    }

    @Test
    void disasmOfAnObject() {
        CliRun r = CliRun.of("disasm", obj("subprog.o"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Disassembly of section xdp:"), r.out());
        assertTrue(r.out().contains("Disassembly of section .text:"), r.out());
    }

    @Test
    void damagedObjectsAreBadInputNamingSectionAndOffset(@TempDir Path dir) throws Exception {
        byte[] b = Files.readAllBytes(DIR.resolve("btf_hash.o"));
        Path cut = dir.resolve("cut.o");
        Files.write(cut, java.util.Arrays.copyOf(b, 200));
        CliRun r = CliRun.of("run", cut.toString(), "--packet", packet("udp4"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith(cut + ": "), r.err());

        byte[] rel = b.clone();
        long[] s = io.bpflab.cli.ObjectInputTest.section(rel, ".reltc");
        for (int i = 0; i < 8; i++) {
            rel[(int) s[0] + i] = (byte) (i == 0 ? 0x03 : i == 1 ? 0x10 : 0);
        }
        Path bad = dir.resolve("rel.o");
        Files.write(bad, rel);
        for (String cmd : new String[] {"run", "verify", "compare"}) {
            CliRun x = cmd.equals("run") ? CliRun.of(cmd, bad.toString(), "--packet", packet("udp4"))
                    : CliRun.of(cmd, bad.toString());
            assertEquals(2, x.exitCode(), cmd + ": " + x.out() + x.err());
            assertTrue(x.err().contains(bad + ": section tc offset 0x1003: relocation R_BPF_64_64 is not at an instruction"),
                    cmd + ": " + x.err());
        }
    }

    @Test
    void aBtfFileThatIsNotBtfIsBadInput(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("vmlinux");
        Files.writeString(junk, "not btf at all, just text");
        CliRun r = CliRun.of("run", "--btf", junk.toString(), obj("core_skb.o"), "--packet", packet("udp4"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--btf " + junk + ": offset 0x0: bad BTF magic"), r.err());
        ObjectInput.btfFile = null;
    }

    @Test
    void coreAgainstTheDefaultKernelBtf() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(ObjectInput.DEFAULT_BTF), ObjectInput.DEFAULT_BTF + " is not readable");
        ObjectInput.btfFile = null;
        CliRun r = CliRun.of("run", obj("core_info.o"), "--packet", packet("udp4"));
        assertTrue(r.out().endsWith("r0 = 0x2a\n"), r.out() + r.err());
    }

    /**
     * Damaged objects through everything {@code run} does before running: load, create the
     * maps in a machine, fill prog arrays, decode for the interpreter. Only bad input may
     * come out, never another exception.
     */
    @Test
    void fuzzedObjectsAreBadInputOrRun() throws Exception {
        java.util.Random rnd = new java.util.Random(0x0b1ec7);
        java.util.List<String> seeds = java.util.List.of("legacy_maps.o", "iproute2_maps.o", "ringbuf.o", "tail_call.o",
                "map_in_map.o", "global_data.o", "lpm_trie.o", "queue_stack.o");
        int runs = 0;
        for (String seed : seeds) {
            byte[] orig = Files.readAllBytes(DIR.resolve(seed));
            for (int n = 0; n < 250; n++) {
                byte[] b = orig.clone();
                for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
                    int at = rnd.nextInt(b.length - 4) & ~3;
                    int v = switch (rnd.nextInt(3)) {
                        case 0 -> 0xffffffff;
                        case 1 -> rnd.nextInt(1 << 20);
                        default -> rnd.nextInt();
                    };
                    for (int i = 0; i < 4; i++) {
                        b[at + i] = (byte) (v >>> (8 * i));
                    }
                }
                runs++;
                try {
                    RunCommand.Loaded l = ObjectInput.loaded(DIR.resolve(seed), b, null, null);
                    io.bpflab.vm.Vm vm = io.bpflab.vm.Vm.linux();
                    l.createMaps(vm);
                    l.load(vm);
                } catch (Cli.BadInput e) {
                    assertTrue(e.getMessage().startsWith(DIR.resolve(seed).toString()) || !e.getMessage().isBlank());
                } catch (RuntimeException | OutOfMemoryError e) {
                    org.junit.jupiter.api.Assertions.fail(seed + " mutation " + n + " threw " + e, e);
                }
            }
        }
        assertEquals(2000, runs);
    }

    @Test
    void kernelVersionFromTheRelease() {
        assertEquals(6 << 16 | 18 << 8 | 44, ObjectInput.kernelVersion("6.18.44-fc-v669"));
        assertEquals(5 << 16 | 4 << 8 | 255, ObjectInput.kernelVersion("5.4.300"));
        assertEquals(0, ObjectInput.kernelVersion("weird"));
    }

    /** File offset and size of section {@code name}. */
    static long[] section(byte[] b, String name) {
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long shoff = bb.getLong(40);
        int shnum = bb.getShort(60) & 0xffff;
        int shstrndx = bb.getShort(62) & 0xffff;
        long strOff = bb.getLong((int) (shoff + shstrndx * 64L) + 24);
        for (int i = 0; i < shnum; i++) {
            int h = (int) (shoff + i * 64L);
            int p = (int) (strOff + bb.getInt(h));
            StringBuilder sb = new StringBuilder();
            while (b[p] != 0) {
                sb.append((char) b[p++]);
            }
            if (sb.toString().equals(name)) {
                return new long[] {bb.getLong(h + 24), bb.getLong(h + 32)};
            }
        }
        throw new IllegalArgumentException(name);
    }
}
