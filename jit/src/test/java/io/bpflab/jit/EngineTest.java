package io.bpflab.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void commandLineNamesSelectTheEngine() {
        assertEquals(Optional.of(Engine.INTERPRETER), Engine.byName("interp"));
        assertEquals(Optional.of(Engine.INTERPRETER), Engine.byName("Interpreter"));
        assertEquals(Optional.of(Engine.JIT), Engine.byName("jit"));
        assertEquals(Optional.empty(), Engine.byName("kernel"));
    }
}
