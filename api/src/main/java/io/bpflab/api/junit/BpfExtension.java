package io.bpflab.api.junit;

import io.bpflab.api.Bpf;
import io.bpflab.api.BpfException;
import io.bpflab.api.BpfMap;
import io.bpflab.api.ObjectFile;
import io.bpflab.api.Program;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link BpfProgram} and {@link MapOf} parameters (registered by {@link BpfTest}).
 * Files are loaded once per test invocation, so a program and its maps injected into the
 * same test are the same live objects, and the next test starts from fresh ones.
 */
public final class BpfExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BpfExtension.class);

    /** Creates the extension; JUnit does, through {@link BpfTest}. */
    public BpfExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
        Class<?> type = pc.getParameter().getType();
        return pc.isAnnotated(BpfProgram.class) && (type == Program.class || type == ObjectFile.class)
                || pc.isAnnotated(MapOf.class) && type == BpfMap.class;
    }

    @Override
    public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
        try {
            if (pc.isAnnotated(BpfProgram.class)) {
                BpfProgram a = pc.findAnnotation(BpfProgram.class).orElseThrow();
                ObjectFile file = file(a.value(), ec);
                return pc.getParameter().getType() == ObjectFile.class ? file : program(file, a.section());
            }
            MapOf m = pc.findAnnotation(MapOf.class).orElseThrow();
            return owner(m, pc, ec).map(m.value());
        } catch (BpfException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    /** The program of a {@link MapOf}: the one named, or the test's only {@link BpfProgram} {@link Program} parameter. */
    private Program owner(MapOf m, ParameterContext pc, ExtensionContext ec) {
        List<BpfProgram> programs = Arrays.stream(pc.getDeclaringExecutable().getParameters())
                .filter(p -> p.isAnnotationPresent(BpfProgram.class) && p.getType() == Program.class)
                .map(p -> p.getAnnotation(BpfProgram.class))
                .filter(b -> m.program().isEmpty() || b.value().equals(m.program())).toList();
        if (programs.size() != 1) {
            throw new ParameterResolutionException("@MapOf(\"" + m.value() + "\") on " + describe(pc.getParameter())
                    + ": " + (programs.isEmpty() ? "no @BpfProgram parameter" + (m.program().isEmpty() ? "" : " for " + m.program())
                    : "several @BpfProgram parameters; name one with program = \"...\""));
        }
        return program(file(programs.getFirst().value(), ec), programs.getFirst().section());
    }

    private static String describe(Parameter p) {
        return p.getDeclaringExecutable().getName() + "(" + p.getName() + ")";
    }

    private static Program program(ObjectFile file, String section) {
        return section.isEmpty() ? file.program() : file.program(section);
    }

    /** The file at {@code path}, loaded once per test invocation. */
    private static ObjectFile file(String path, ExtensionContext ec) {
        ExtensionContext.Store store = ec.getStore(NAMESPACE);
        Class<?> testClass = ec.getRequiredTestClass();
        return store.getOrComputeIfAbsent(path, k -> read(path, testClass), ObjectFile.class);
    }

    private static ObjectFile read(String path, Class<?> testClass) {
        try (InputStream in = testClass.getResourceAsStream(path)) {
            if (in != null) {
                return Bpf.load(path, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new BpfException(path + ": " + e.getMessage(), e);
        }
        Path file = Path.of(path);
        if (!Files.exists(file)) {
            throw new BpfException(path + ": neither a classpath resource next to " + testClass.getName()
                    + " nor a file in " + Path.of("").toAbsolutePath());
        }
        return Bpf.load(file);
    }
}
