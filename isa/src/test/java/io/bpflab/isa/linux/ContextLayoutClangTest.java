package io.bpflab.isa.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.isa.linux.ContextLayout.Field;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every context layout against the C compiler's: clang-19 compiles, for the BPF target,
 * a file with a {@code _Static_assert} on the offset and size of each member and the size
 * of each struct, and dumps the record layouts, from which the test takes the list of
 * members to prove none is missing. Headers: the 6.12 uapi tree at /work/ksrc when
 * present (for linux/bpf.h), the installed ones otherwise and for the rest.
 */
class ContextLayoutClangTest {

    static final Path KERNEL_UAPI = io.bpflab.isa.KernelTree.rootOrMissing().resolve("include/uapi");
    static final Path MULTIARCH = Path.of("/usr/include/x86_64-linux-gnu");

    @TempDir
    Path dir;

    record Member(String name, int offset, boolean pointer) {}

    @Test
    void layoutsMatchClang() throws Exception {
        Assumptions.assumeTrue(onPath("clang-19"), "clang-19 is not installed");
        boolean kernelTree = Files.isReadable(KERNEL_UAPI.resolve("linux/bpf.h"));
        Assumptions.assumeTrue(kernelTree || Files.isReadable(Path.of("/usr/include/linux/bpf.h")),
                "no uapi linux/bpf.h (neither the kernel tree nor linux-libc-dev)");
        Assumptions.assumeTrue(Files.isReadable(MULTIARCH.resolve("asm/ptrace.h")),
                "no x86-64 uapi asm/ptrace.h under " + MULTIARCH + " for pt_regs");

        StringBuilder c = new StringBuilder("""
                #include <linux/bpf.h>
                #include <linux/bpf_perf_event.h>
                """);
        for (ContextLayout l : ContextLayout.all()) {
            String type = "struct " + l.name();
            c.append("%s *use_%s;\n".formatted(type, l.name()));
            c.append("_Static_assert(sizeof(%s) == %d, \"sizeof %s\");\n".formatted(type, l.size(), l.name()));
            for (Field f : l.fields()) {
                String what = l.name() + "." + f.name();
                c.append("_Static_assert(__builtin_offsetof(%s, %s) == %d, \"offset of %s\");\n"
                        .formatted(type, f.name(), f.offset(), what));
                c.append("_Static_assert(sizeof(((%s *)0)->%s) == %d, \"size of %s\");\n"
                        .formatted(type, f.name(), f.totalSize(), what));
            }
        }
        Path source = dir.resolve("layouts.c");
        Files.writeString(source, c);

        List<String> cmd = new ArrayList<>(List.of("clang-19", "-target", "bpf", "-O2", "-c",
                "-o", dir.resolve("layouts.o").toString(), "-Xclang", "-fdump-record-layouts"));
        if (kernelTree) {
            cmd.add("-I" + KERNEL_UAPI);
        }
        cmd.add("-I" + MULTIARCH);
        cmd.add(source.toString());
        Path dump = dir.resolve("layouts.dump");
        Path diagnostics = dir.resolve("layouts.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(dump.toFile())
                .redirectError(diagnostics.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "clang-19 did not finish");
        String errors = Files.readString(diagnostics);
        assertEquals(0, p.exitValue(), () -> "clang-19 rejected the layouts:\n" + errors);
        String out = Files.readString(dump);

        Map<String, List<Member>> dumped = parseDump(out);
        for (ContextLayout l : ContextLayout.all()) {
            List<Member> ours = l.fields().stream()
                    .map(f -> new Member(f.name(), f.offset(), f.pointer())).toList();
            assertEquals(dumped.get(l.name()), ours, "members of " + l.name());
        }
    }

    /**
     * Members of each top-level struct in clang's {@code -fdump-record-layouts} text: lines
     * "OFFSET |   TYPE NAME" one level deep; an anonymous union one level deep is
     * {@code __bpf_md_ptr}, named by its first member; unnamed bit-fields are padding.
     */
    static Map<String, List<Member>> parseDump(String dump) {
        Map<String, List<Member>> layouts = new LinkedHashMap<>();
        List<Member> current = null;
        boolean inUnion = false;
        int unionOffset = 0;
        for (String line : dump.lines().toList()) {
            int bar = line.indexOf('|');
            if (line.startsWith("*** Dumping")) {
                current = null;
                continue;
            }
            if (bar < 0 || line.substring(0, bar).isBlank()) {
                continue;
            }
            String off = line.substring(0, bar).strip();
            String rest = line.substring(bar + 1);
            int depth = (rest.length() - rest.stripLeading().length() - 1) / 2;
            String decl = rest.strip();
            if (depth == 0) {
                current = null;
                if (decl.startsWith("struct ") && !decl.contains("::") && off.equals("0")) {
                    String name = decl.substring("struct ".length());
                    if (!layouts.containsKey(name)) {
                        current = new ArrayList<>();
                        layouts.put(name, current);
                    }
                }
                continue;
            }
            if (current == null) {
                continue;
            }
            if (off.contains(":")) {
                continue;
            }
            int offset = Integer.parseInt(off);
            if (depth == 1) {
                inUnion = decl.startsWith("union ") && decl.contains("(anonymous");
                unionOffset = offset;
                if (!inUnion) {
                    current.add(new Member(lastWord(decl), offset, false));
                }
            } else if (depth == 2 && inUnion) {
                current.add(new Member(lastWord(decl), unionOffset, true));
                inUnion = false;
            }
        }
        return layouts;
    }

    private static String lastWord(String decl) {
        return decl.substring(decl.lastIndexOf(' ') + 1);
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
