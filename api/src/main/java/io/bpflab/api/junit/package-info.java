/**
 * A JUnit 5 extension for testing eBPF programs in {@code mvn test}, without root:
 * annotate the test class (or method) with {@link io.bpflab.api.junit.BpfTest} and declare
 * parameters {@code @BpfProgram("file.s") Program p} and
 * {@code @MapOf("counts") BpfMap counts}; each test gets the programs freshly loaded, so
 * its maps start empty.
 */
package io.bpflab.api.junit;
