package io.bpflab.jit;

import io.bpflab.vm.Executable;
import io.bpflab.vm.Packet;
import io.bpflab.vm.ProgramContext;
import io.bpflab.vm.Vm;

/**
 * The two execution engines behind one interface, so a test or a command runs the same
 * program on either ({@code --engine interp|jit}) and the answers can be compared.
 */
public enum Engine {
    INTERPRETER {
        @Override
        public Runner prepare(Vm vm, Executable x) {
            return new Runner() {
                @Override
                public long run(long r1, long r2, Packet packet) {
                    return vm.run(x, r1, r2, packet);
                }

                @Override
                public long run(ProgramContext ctx) {
                    return vm.run(x, ctx);
                }

                @Override
                public long runConformance(byte[] mem) {
                    return vm.runConformance(x, mem);
                }
            };
        }
    },
    JIT {
        @Override
        public Runner prepare(Vm vm, Executable x) {
            JitProgram p = JitCompiler.compile(vm, x);
            return new Runner() {
                @Override
                public long run(long r1, long r2, Packet packet) {
                    return p.run(r1, r2, packet);
                }

                @Override
                public long run(ProgramContext ctx) {
                    return p.run(ctx);
                }

                @Override
                public long runConformance(byte[] mem) {
                    return p.runConformance(mem);
                }
            };
        }
    };

    /** A program made ready to run on one machine with this engine (compiled once for the JIT). */
    public interface Runner {

        /** As {@link Vm#run(Executable, long, long, Packet)}. */
        long run(long r1, long r2, Packet packet);

        /** As {@link Vm#run(Executable, ProgramContext)}. */
        long run(ProgramContext ctx);

        /** As {@link Vm#runConformance}. */
        long runConformance(byte[] mem);
    }

    /** The engine a command-line name selects ({@code interp}, {@code interpreter} or {@code jit}), or empty. */
    public static java.util.Optional<Engine> byName(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "interp", "interpreter" -> java.util.Optional.of(INTERPRETER);
            case "jit" -> java.util.Optional.of(JIT);
            default -> java.util.Optional.empty();
        };
    }

    /** Prepares {@code x}, loaded by {@code vm}, to run on {@code vm}. */
    public abstract Runner prepare(Vm vm, Executable x);
}
