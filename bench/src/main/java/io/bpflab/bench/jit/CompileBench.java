package io.bpflab.bench.jit;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import io.bpflab.jit.JitCompiler;
import io.bpflab.jit.JitProgram;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Compile time of a 1,000-instruction program: translate, define the hidden class and
 * make the first call (issue 8's target: under 1 ms). The program mixes ALU, stack stores
 * and loads, and conditional jumps, as compiled C does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompileBench {

    private Vm vm;
    private Executable x;

    public static Program program(int n) {
        List<Insn> insns = new ArrayList<>();
        insns.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 0));
        for (int k = 1; k < n - 1; k++) {
            insns.add(switch (k % 5) {
                case 0 -> new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R0, k);
                case 1 -> new Insn.Store(Size.DW, Reg.R10, -8 * (1 + k % 60), Reg.R0);
                case 2 -> new Insn.Load(Size.DW, Reg.R2, Reg.R10, -8 * (1 + (k - 1) % 60));
                case 3 -> new Insn.AluReg(Width.W32, AluOp.XOR, Reg.R0, Reg.R2);
                default -> new Insn.JumpImm(Width.W64, JmpOp.JEQ, Reg.R2, -1, Target.offset(1));
            });
        }
        insns.add(new Insn.Exit());
        return Program.of(insns);
    }

    @Setup(Level.Trial)
    public void load() {
        vm = Vm.conformance();
        x = vm.load(program(1000), "compile1000");
    }

    @Benchmark
    public long compileAndFirstCall() {
        JitProgram p = JitCompiler.compile(vm, x);
        return p.run(0, 0, null);
    }
}
