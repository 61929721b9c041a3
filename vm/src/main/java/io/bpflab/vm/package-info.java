/** Memory regions, maps, helpers, contexts and the interpreter (issue "Interpreter"). Not built yet. */
package io.bpflab.vm;
