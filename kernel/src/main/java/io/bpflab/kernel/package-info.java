/** bpf(2) through java.lang.foreign (issue "Kernel bridge"). Not built yet. */
package io.bpflab.kernel;
