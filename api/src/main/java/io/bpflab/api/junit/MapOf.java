package io.bpflab.api.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a map (a parameter of type {@link io.bpflab.api.BpfMap}) of the program another
 * parameter of the same test receives through {@link BpfProgram}: the same live map that
 * program's runs read and write.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface MapOf {

    /**
     * The map's name.
     *
     * @return the name
     */
    String value();

    /**
     * The {@link BpfProgram#value()} of the program whose map this is; empty when the test
     * has exactly one {@link BpfProgram} parameter.
     *
     * @return the program's path, or empty
     */
    String program() default "";
}
