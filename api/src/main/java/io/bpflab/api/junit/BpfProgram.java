package io.bpflab.api.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a program (a parameter of type {@link io.bpflab.api.Program}) or a whole file
 * (type {@link io.bpflab.api.ObjectFile}) loaded from {@link #value()}: a classpath
 * resource, relative to the test class's package or absolute with a leading {@code /},
 * else a file relative to the working directory (the module's directory under Maven).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface BpfProgram {

    /**
     * The file: {@code .s}, {@code .asm}, {@code .o} or {@code .bin}.
     *
     * @return its path
     */
    String value();

    /**
     * The program's section; empty for the file's first program.
     *
     * @return the section name, or empty
     */
    String section() default "";
}
