package io.bpflab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PossibleCpusTest {

    @Test
    void countsEveryCpuOfTheMask() {
        assertEquals(1, PossibleCpus.parse("0\n"));
        assertEquals(2, PossibleCpus.parse("0-1\n"));
        assertEquals(7, PossibleCpus.parse("0-3,5,7-8"));
    }

    @Test
    void refusesGarbage() {
        assertThrows(IllegalArgumentException.class, () -> PossibleCpus.parse(""));
        assertThrows(IllegalArgumentException.class, () -> PossibleCpus.parse("3-1"));
        assertThrows(IllegalArgumentException.class, () -> PossibleCpus.parse("x"));
    }
}
