/**
 * A model of the Linux verifier (issues "Verifier, part 1/2"). Not built yet: the module
 * holds no code, so nothing can mistake it for a working verifier.
 */
package io.bpflab.verifier;
