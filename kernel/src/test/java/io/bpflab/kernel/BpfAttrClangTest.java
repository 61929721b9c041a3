package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.StructLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of every {@link BpfAttr} layout against the C compiler: clang-19 compiles
 * {@code _Static_assert(offsetof(union bpf_attr, field) == N)} for each, with the 6.12 uapi
 * header. Skipped (with the reason) where clang-19 or the kernel tree is missing.
 */
class BpfAttrClangTest {

    static final Path UAPI = Path.of("/work/ksrc/linux/include/uapi");

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Offsets in {@code container} of the named (non-padding) members of {@code layout}. */
    static void asserts(List<String> out, String container, String prefix, StructLayout layout) {
        for (MemoryLayout m : layout.memberLayouts()) {
            if (m instanceof PaddingLayout || m.name().isEmpty()) {
                continue;
            }
            String field = m.name().get();
            if (field.equals("gpl_compatible")) {
                continue; // a bit-field: offsetof cannot name it
            }
            long off = BpfAttr.offset(layout, field);
            out.add("_Static_assert(offsetof(" + container + ", " + prefix + field + ") == " + off + ", \""
                    + prefix + field + " at " + off + "\");");
            out.add("_Static_assert(sizeof(((" + container + " *)0)->" + prefix + field + ") == " + m.byteSize()
                    + ", \"" + prefix + field + " is " + m.byteSize() + " bytes\");");
        }
    }

    @Test
    void layoutsMatchTheKernelHeader(@TempDir Path dir) throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("clang-19"), "clang-19 is not installed");
        Assumptions.assumeTrue(Files.isReadable(UAPI.resolve("linux/bpf.h")), "no kernel tree at " + UAPI);
        List<String> c = new ArrayList<>(List.of("#include <stddef.h>", "#include <linux/bpf.h>"));
        asserts(c, "union bpf_attr", "", BpfAttr.MAP_CREATE);
        asserts(c, "union bpf_attr", "", BpfAttr.MAP_ELEM);
        asserts(c, "union bpf_attr", "", BpfAttr.PROG_LOAD);
        asserts(c, "union bpf_attr", "test.", BpfAttr.PROG_TEST_RUN);
        asserts(c, "union bpf_attr", "info.", BpfAttr.OBJ_GET_INFO);
        asserts(c, "union bpf_attr", "", BpfAttr.BTF_LOAD);
        asserts(c, "struct bpf_prog_info", "", BpfAttr.PROG_INFO);
        c.add("_Static_assert(sizeof(struct bpf_prog_info) == " + BpfAttr.PROG_INFO.byteSize() + ", \"prog info\");");
        c.add("_Static_assert(sizeof(union bpf_attr) >= " + maxSize() + ", \"union covers every layout\");");
        Path src = dir.resolve("attr.c");
        Files.write(src, c);
        Process p = new ProcessBuilder("clang-19", "-fsyntax-only", "-I", UAPI.toString(), src.toString())
                .redirectErrorStream(true).start();
        String errors = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "clang-19 did not finish");
        assertEquals(0, p.exitValue(), () -> "clang-19 disagrees with the layouts:\n" + errors);
        assertTrue(c.size() > 150, "asserted " + c.size() + " lines");
    }

    private static long maxSize() {
        long max = 0;
        for (GroupLayout l : List.of(BpfAttr.MAP_CREATE, BpfAttr.MAP_ELEM, BpfAttr.PROG_LOAD, BpfAttr.PROG_TEST_RUN,
                BpfAttr.OBJ_GET_INFO, BpfAttr.BTF_LOAD)) {
            max = Math.max(max, l.byteSize());
        }
        return max;
    }
}
