package io.bpflab.vm;

/** A helper as the machine calls it: arguments r1-r5, result r0. */
@FunctionalInterface
public interface HelperFunction {
    long call(Run run, long r1, long r2, long r3, long r4, long r5);
}
