package io.bpflab.api.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method whose parameters bpflab injects: {@link BpfProgram} for
 * programs and object files, {@link MapOf} for their maps. Each test invocation loads its
 * programs anew: maps start empty (or with their global data) in every test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(BpfExtension.class)
public @interface BpfTest {
}
