package io.bpflab.isa.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A uapi {@code linux/bpf.h} read as text, to check the committed tables against it. The
 * 6.12 tree at /work/ksrc comes first; the machine's installed header (older, so a subset)
 * second.
 */
record UapiHeader(Path path, String text) {

    static final List<Path> CANDIDATES = List.of(
            io.bpflab.isa.KernelTree.rootOrMissing().resolve("include/uapi/linux/bpf.h"),
            Path.of("/usr/include/linux/bpf.h"));

    static Optional<UapiHeader> find() throws IOException {
        for (Path p : CANDIDATES) {
            if (Files.isReadable(p)) {
                return Optional.of(new UapiHeader(p, Files.readString(p)));
            }
        }
        return Optional.empty();
    }

    /** Whether this is the Linux 6.12 tree the tables were taken from (so must match fully). */
    boolean isReferenceTree() {
        return path.startsWith(io.bpflab.isa.KernelTree.rootOrMissing());
    }

    /**
     * The constants of {@code enum name} with their values, in order, following C's rules:
     * one more than the previous, or an explicit value or earlier constant after {@code =}.
     */
    Map<String, Integer> enumValues(String name) {
        Matcher m = Pattern.compile("(?ms)^enum " + Pattern.quote(name) + " \\{(.*?)^\\};").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no enum " + name + " in " + path);
        }
        String body = m.group(1).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        Map<String, Integer> values = new LinkedHashMap<>();
        int next = 0;
        for (String item : body.split(",")) {
            String t = item.strip();
            if (t.isEmpty()) {
                continue;
            }
            int eq = t.indexOf('=');
            String constant = eq < 0 ? t : t.substring(0, eq).strip();
            int value = next;
            if (eq >= 0) {
                String expr = t.substring(eq + 1).strip();
                value = values.containsKey(expr) ? values.get(expr) : Integer.decode(expr);
            }
            values.put(constant, value);
            next = value + 1;
        }
        return values;
    }

    /** The helpers of {@code ___BPF_FUNC_MAPPER}: name to id, in order. */
    Map<String, Integer> helpers() {
        int start = text.indexOf("#define ___BPF_FUNC_MAPPER");
        if (start < 0) {
            throw new IllegalStateException(path + " predates ___BPF_FUNC_MAPPER");
        }
        int end = text.indexOf("#define __BPF_FUNC_MAPPER(", start);
        Matcher m = Pattern.compile("FN\\((\\w+),\\s*(\\d+),").matcher(text.substring(start, end));
        Map<String, Integer> helpers = new LinkedHashMap<>();
        while (m.find()) {
            helpers.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return helpers;
    }
}
