package io.bpflab.isa.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prototype table and its type enums against the Linux 6.12 sources they were taken
 * from: each row's {@code struct bpf_func_proto} is found by name in its file and compared
 * field by field, with the kernel's type expressions evaluated from the enums in
 * include/linux/bpf.h. Skipped without the kernel tree at /work/ksrc/linux.
 */
class HelperProtoKernelTest {

    static final Path TREE = io.bpflab.isa.KernelTree.rootOrMissing();
    static final Map<String, Integer> SIZEOF = Map.of("sizeof(u64)", 8, "sizeof(s64)", 8,
            "sizeof(u32)", 4, "sizeof(struct iphdr)", 20, "sizeof(struct ipv6hdr)", 40,
            "sizeof(struct tcphdr)", 20);

    static String bpfH;
    /** Every constant of the three kernel enums with its value. */
    static final Map<String, Integer> VALUES = new HashMap<>();

    @BeforeAll
    static void readHeader() throws IOException {
        Path h = TREE.resolve("include/linux/bpf.h");
        Assumptions.assumeTrue(Files.isReadable(h), "no kernel tree at " + TREE);
        bpfH = Files.readString(h);
        Matcher flags = Pattern.compile("(\\w+)\\s*=\\s*BIT\\((\\d+) \\+ BPF_BASE_TYPE_BITS\\)").matcher(bpfH);
        while (flags.find()) {
            VALUES.put(flags.group(1), 1 << (Integer.parseInt(flags.group(2)) + TypeFlag.BASE_TYPE_BITS));
        }
        for (String e : List.of("bpf_arg_type", "bpf_return_type")) {
            int next = 0;
            for (var c : enumBody(e).entrySet()) {
                if (c.getValue() == null) {
                    VALUES.put(c.getKey(), next++);
                } else if (c.getValue().matches("\\d+")) {
                    next = Integer.parseInt(c.getValue());
                    VALUES.put(c.getKey(), next++);
                } else if (!c.getKey().startsWith("__")) {
                    VALUES.put(c.getKey(), eval(c.getValue()));
                }
            }
        }
    }

    /** Constant name to its initializer (null when implicit), comments stripped. */
    static Map<String, String> enumBody(String name) {
        Matcher m = Pattern.compile("(?ms)^enum " + name + " \\{(.*?)^\\};").matcher(bpfH);
        assertTrue(m.find(), "enum " + name);
        String body = m.group(1).replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, String> out = new LinkedHashMap<>();
        for (String item : body.split(",")) {
            String t = item.strip();
            if (t.isEmpty()) {
                continue;
            }
            int eq = t.indexOf('=');
            out.put(eq < 0 ? t : t.substring(0, eq).strip(), eq < 0 ? null : t.substring(eq + 1).strip());
        }
        return out;
    }

    /** A kernel type expression such as {@code ARG_PTR_TO_MEM | MEM_RDONLY}. */
    static int eval(String expr) {
        int v = 0;
        for (String part : expr.split("\\|")) {
            Integer p = VALUES.get(part.strip());
            if (p == null) {
                throw new IllegalArgumentException("unknown constant " + part.strip() + " in " + expr);
            }
            v |= p;
        }
        return v;
    }

    @Test
    void typeEnumsMatchTheKernel() {
        for (TypeFlag f : TypeFlag.values()) {
            assertEquals(VALUES.get(f.name()), f.bit(), f.name());
        }
        List<String> args = enumBody("bpf_arg_type").entrySet().stream()
                .takeWhile(e -> !e.getKey().startsWith("__")).map(Map.Entry::getKey).toList();
        assertEquals(args, java.util.Arrays.stream(ArgType.values()).map(Enum::name).toList());
        List<String> rets = enumBody("bpf_return_type").entrySet().stream()
                .takeWhile(e -> !e.getKey().startsWith("__")).map(Map.Entry::getKey).toList();
        assertEquals(rets, java.util.Arrays.stream(ReturnType.values()).map(Enum::name).toList());
    }

    @Test
    void everyRowMatchesItsKernelDefinition() throws IOException {
        Map<String, String> files = new HashMap<>();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (HelperProto p : HelperProto.all()) {
            Path file = TREE.resolve(p.source());
            if (!Files.isReadable(file)) {
                continue;
            }
            String text = files.computeIfAbsent(p.source(), k -> read(file));
            Matcher m = Pattern.compile("(?s)struct bpf_func_proto\\s+" + Pattern.quote(p.protoName())
                    + "\\s*=\\s*\\{(.*?)\\n\\};").matcher(text);
            if (!m.find()) {
                mismatches.add(p.protoName() + ": not in " + p.source());
                continue;
            }
            checked++;
            Map<String, String> fields = new HashMap<>();
            Matcher f = Pattern.compile("\\.(\\w+)\\s*=\\s*([^,]+?)\\s*,?\\s*(?:/\\*.*?\\*/)?\\s*\\n")
                    .matcher((m.group(1) + "\n").replaceAll("\\n\\s*\\|", " |"));
            while (f.find()) {
                fields.put(f.group(1), f.group(2).replaceAll("\\s+", " "));
            }
            String where = p.protoName() + " ";
            check(mismatches, where + "gpl_only", "true".equals(fields.get("gpl_only")), p.gplOnly());
            check(mismatches, where + "pkt_access", "true".equals(fields.get("pkt_access")), p.pktAccess());
            check(mismatches, where + "might_sleep", "true".equals(fields.get("might_sleep")), p.mightSleep());
            check(mismatches, where + "ret_type", eval(fields.getOrDefault("ret_type", "RET_INTEGER")),
                    p.ret().value());
            check(mismatches, where + "ret_btf_id", fields.containsKey("ret_btf_id"), !p.ret().btfType().isEmpty());
            for (int n = 1; n <= HelperProto.MAX_ARGS; n++) {
                ArgSpec a = p.arg(n);
                check(mismatches, where + "arg" + n + "_type",
                        eval(fields.getOrDefault("arg" + n + "_type", "ARG_DONTCARE")), a.value());
                String size = fields.get("arg" + n + "_size");
                check(mismatches, where + "arg" + n + "_size", size == null ? 0 : SIZEOF.get(size), a.fixedSize());
                check(mismatches, where + "arg" + n + "_btf_id", fields.containsKey("arg" + n + "_btf_id"),
                        !a.btfType().isEmpty());
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(checked > 240, "checked only " + checked + " rows");
    }

    @Test
    void chosenByFunctionsHandleTheHelper() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String dir : List.of("kernel/bpf", "kernel/trace", "net/core")) {
            try (var s = Files.list(TREE.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".c")).forEach(sources::add);
            }
        }
        Map<Path, String> text = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (HelperProto p : HelperProto.all()) {
            for (String fn : p.chosenBy()) {
                Pattern def = Pattern.compile("(?s)\\n" + Pattern.quote(fn) + "\\([^)]*\\)\\s*\\{(.*?)\\n\\}");
                boolean found = false;
                boolean defined = false;
                for (Path src : sources) {
                    Matcher m = def.matcher(text.computeIfAbsent(src, HelperProtoKernelTest::read));
                    if (m.find()) {
                        defined = true;
                        found |= m.group(1).contains("case BPF_FUNC_" + p.helper().shortName() + ":");
                    }
                }
                // Functions defined outside the files at hand (sock_map.c, ...) cannot be checked.
                if (defined && !found) {
                    missing.add(fn + " does not handle " + p.helper().kernelName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static void check(List<String> mismatches, String what, Object kernel, Object ours) {
        if (!kernel.equals(ours)) {
            mismatches.add(what + ": kernel " + kernel + ", table " + ours);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
