package io.bpflab.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bpflab.asm.Assembler;
import io.bpflab.asm.Assembly;
import io.bpflab.asm.DataFile;
import io.bpflab.asm.Dialect;
import io.bpflab.isa.AluOp;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import io.bpflab.isa.linux.Helper;
import io.bpflab.isa.linux.MapType;
import io.bpflab.vm.BpfFault;
import io.bpflab.vm.BpfMap;
import io.bpflab.vm.Executable;
import io.bpflab.vm.ProgArray;
import io.bpflab.vm.Vm;
import java.io.IOException;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JitCompilerTest {

    static Program asm(String source) {
        Assembly a = Assembler.assemble(source, "test.s", Dialect.CONFORMANCE);
        assertTrue(a.diagnostics().isEmpty(), a.diagnostics().toString());
        return a.program();
    }

    static long run(Engine engine, Program p, byte[] mem) {
        Vm vm = Vm.conformance();
        return engine.prepare(vm, vm.load(p, "test")).runConformance(mem);
    }

    @Test
    void everyConformanceProgramVerifies() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path p : ConformanceTest.files("conformance/tests", ".*\\.data")) {
            DataFile f = DataFile.parse(p);
            Vm vm = Vm.conformance();
            byte[] bytes = JitCompiler.classBytes(vm.load(f.program(), p.getFileName().toString()));
            List<String> errors = JitCompiler.verify(bytes);
            if (!errors.isEmpty()) {
                failures.add(p.getFileName() + ": " + errors);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void stackAccessesAtConstantOffsetsSkipTheRegionCheck() {
        Vm vm = Vm.conformance();
        String dump = JitCompiler.dump(vm.load(asm("stdw [%r10-8], 7\nldxdw %r0, [%r10-8]\nldxdw %r1, [%r10-520]\nexit"), "stack"));
        assertTrue(dump.contains("io/bpflab/jit/JitRuntime.st64"), dump);
        assertTrue(dump.contains("io/bpflab/jit/JitRuntime.ld64"), dump);
        // r10 - 520 is below the frame: the region check runs (and the region model faults).
        assertTrue(dump.contains("io/bpflab/jit/JitRuntime.cover"), dump);
    }

    @Test
    void accessesThroughOneBaseRegisterInOneBlockShareOneRegionCheck() {
        Vm vm = Vm.conformance();
        String dump = JitCompiler.dump(vm.load(asm(
                "ldxdw %r2, [%r1]\nldxw %r3, [%r1+4]\nstxb [%r1+9], %r3\nadd %r1, 8\nldxdw %r0, [%r1]\nexit"), "group"));
        // [r1, r1 + 10) once for the first three, again after r1 changed.
        assertEquals(2, dump.split("JitRuntime.cover", -1).length - 1, dump);
    }

    /** A group whose range no single region holds runs on the interpreter from its first access: same fault, same place. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void aGroupPartlyOutsideItsRegionFaultsAtTheAccessThatLeavesIt(Engine engine) {
        Program p = asm("mov %r0, 0\nldxb %r2, [%r1]\nstxb [%r1+1], %r2\nldxdw %r3, [%r1+8]\nexit");
        BpfFault f = assertThrows(BpfFault.class, () -> run(engine, p, new byte[12]));
        assertEquals(BpfFault.Kind.READ, f.kind());
        assertEquals(3, f.insn());
        assertEquals(0, run(engine, p, new byte[16]));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFrameOutOfBoundsAccessFaultsAtItsInstruction(Engine engine) {
        BpfFault f = assertThrows(BpfFault.class, () -> run(engine, asm("mov %r0, 1\nlddw %r2, 5\nldxdw %r1, [%r10-520]\nexit"), new byte[0]));
        assertEquals(BpfFault.Kind.READ, f.kind());
        assertEquals(3, f.insn());
    }

    /** The JIT remembers the last region a load used; a helper that moves the packet's start must make it forget. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPacketByteDroppedByAHelperFaults(Engine engine) {
        Assembly a = Assembler.assemble("""
                r6 = r1
                r7 = *(u32 *)(r6 + 0)
                r0 = *(u8 *)(r7 + 0)
                r1 = r6
                r2 = 14
                call 44
                r0 = *(u8 *)(r7 + 0)
                exit
                """, "adjust.s", Dialect.LLVM);
        assertTrue(a.ok(), a.diagnostics().toString());
        Vm vm = Vm.linux();
        Engine.Runner runner = engine.prepare(vm, vm.load(a.program(), "adjust"));
        byte[] frame = new byte[60];
        BpfFault f = assertThrows(BpfFault.class, () -> runner.run(
                io.bpflab.vm.ProgramContext.of(io.bpflab.isa.linux.ProgramType.XDP, frame, null)));
        assertEquals(BpfFault.Kind.READ, f.kind());
        assertEquals(6, f.insn());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRunawayLoopExhaustsTheBudgetAtTheSameJump(Engine engine) {
        Vm vm = Vm.conformance();
        vm.budget(1000);
        Executable x = vm.load(asm("mov %r0, 0\nloop:\nadd %r0, 1\nja loop\nexit"), "loop");
        BpfFault f = assertThrows(BpfFault.class, () -> engine.prepare(vm, x).runConformance(new byte[0]));
        assertEquals(BpfFault.Kind.BUDGET, f.kind());
        assertEquals(2, f.insn());
        assertEquals(1000, vm.lastInsnCount());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void recursionStopsAtEightFrames(Engine engine) {
        BpfFault f = assertThrows(BpfFault.class, () -> run(engine, asm("call local f\nexit\nf:\ncall local f\nexit"), new byte[0]));
        assertEquals(BpfFault.Kind.CALL_DEPTH, f.kind());
        assertEquals(2, f.insn());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void mayGotoEndsALoopAfterItsBudget(Engine engine) {
        Program p = Program.of(
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 0),
                new Insn.MayGoto(Target.offset(2)),
                new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R0, 1),
                new Insn.Ja(Target.offset(-3)),
                new Insn.Exit());
        assertEquals(8L * 1024 * 1024, run(engine, p, new byte[0]));
    }

    /** prog_array slot 0 holds a program returning r1's context pointer's first byte plus r6, which survives the tail call. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void tailCallsReplaceTheProgramAndStopAfter33(Engine engine) {
        Vm vm = Vm.linux();
        ProgArray progs = (ProgArray) BpfMap.create("progs", MapType.PROG_ARRAY, 4, 4, 4, 0);
        vm.addMap(0, progs);
        // Slot 0: counts tail calls in r6 and tail-calls itself; the 34th attempt falls through.
        Program self = Program.of(
                new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R6, 1),
                new Insn.LoadImm64(Reg.R2, io.bpflab.isa.PseudoSrc.MAP_FD, 0),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R3, 0),
                new Insn.Call(Helper.TAIL_CALL.id()),
                new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R0, Reg.R6),
                new Insn.Exit());
        Executable target = vm.load(self, "self");
        progs.set(0, target);
        Program main = Program.of(
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R6, 100),
                new Insn.LoadImm64(Reg.R2, io.bpflab.isa.PseudoSrc.MAP_FD, 0),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R3, 0),
                new Insn.Call(Helper.TAIL_CALL.id()),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, -1),
                new Insn.Exit());
        long r0 = engine.prepare(vm, vm.load(main, "main")).run(0, 0, null);
        // 33 tail calls made, each adding 1; the last program's call fails and it returns r6.
        assertEquals(100 + 33, r0);
    }

    /** bpf_loop's callback runs in the interpreter under both engines; the count and result are the same. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void bpfLoopCallsBackIntoTheProgram(Engine engine) {
        Program p = Program.of(
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R1, 10),
                new Insn.LoadImm64(Reg.R2, io.bpflab.isa.PseudoSrc.FUNC, 5),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R3, 0),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R4, 0),
                new Insn.Call(Helper.LOOP.id()),
                new Insn.Exit(),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 0),
                new Insn.Exit());
        Vm vm = Vm.linux();
        long r0 = engine.prepare(vm, vm.load(p, "loop")).run(0, 0, null);
        assertEquals(10, r0);
        assertEquals(6 + 10 * 2, vm.lastInsnCount());
    }

    /** A straight-line program of {@code n} instructions summing into r0, in {@code functions} subprograms. */
    static Program large(int n, int functions) {
        List<Insn> insns = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        int per = n / functions;
        insns.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 0));
        for (int f = 1; f < functions; f++) {
            insns.add(new Insn.CallLocal(Target.label("f" + f)));
            insns.add(new Insn.AluReg(Width.W64, AluOp.ADD, Reg.R6, Reg.R0));
        }
        for (int f = 0; f < functions; f++) {
            if (f > 0) {
                labels.put("f" + f, insns.size());
                insns.add(new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, 0));
            }
            for (int k = 0; k < per; k++) {
                switch (k % 4) {
                    case 0 -> insns.add(new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R0, k));
                    case 1 -> insns.add(new Insn.Store(Size.DW, Reg.R10, -8 * (1 + k % 60), Reg.R0));
                    case 2 -> insns.add(new Insn.Load(Size.DW, Reg.R1, Reg.R10, -8 * (1 + (k - 1) % 60)));
                    default -> insns.add(new Insn.JumpImm(Width.W64, JmpOp.JEQ, Reg.R1, -1, Target.offset(0)));
                }
            }
            if (f == 0) {
                insns.add(new Insn.AluReg(Width.W64, AluOp.ADD, Reg.R0, Reg.R6));
            }
            insns.add(new Insn.Exit());
        }
        return new Program(insns, labels);
    }

    @ParameterizedTest
    @ValueSource(ints = {20_000, 100_000})
    void largeProgramsRunWithEveryMethodUnderHotSpotsLimit(int n) {
        // One subprogram of n instructions, and n / 400 subprograms called from the first.
        for (int functions : new int[] {1, n / 400}) {
            Program p = large(n, functions);
            long expected = run(Engine.INTERPRETER, p, new byte[0]);
            Vm vm = Vm.conformance();
            Executable x = vm.load(p, "large");
            JitProgram jit = JitCompiler.compile(vm, x);
            assertEquals(expected, jit.runConformance(new byte[0]));
            for (MethodModel m : ClassFile.of().parse(jit.classBytes()).methods()) {
                int length = m.findAttribute(Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
                assertTrue(length <= 8000, m.methodName() + ": " + length + " bytes");
            }
            assertTrue(JitCompiler.verify(jit.classBytes()).isEmpty());
            // 400 instructions per subprogram fit a method; 20,000 in one do not, nor does the
            // first subprogram with n / 400 calls: those are split, and nothing is left to the interpreter.
            assertEquals(List.of(), jit.interpretedSubprograms(), "functions " + functions);
            assertEquals(List.of(0), jit.splitSubprograms(), "functions " + functions);
        }
    }

    @Test
    void dumpMatchesItsGoldenFile() throws IOException {
        Path dir = Path.of(System.getProperty("bpflab.root", "..")).resolve("jit/src/test/resources/io/bpflab/jit");
        Path root = Path.of(System.getProperty("bpflab.root", "..")).resolve("testdata/jit");
        try (var files = Files.list(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".data")).sorted().toList()) {
                DataFile f = DataFile.parse(p);
                String name = p.getFileName().toString().replace(".data", "");
                Vm vm = Vm.conformance();
                String dump = JitCompiler.dump(vm.load(f.program(), name));
                Path golden = dir.resolve(name + ".dump");
                if (Boolean.getBoolean("bpflab.golden.update")) {
                    Files.createDirectories(dir);
                    Files.writeString(golden, dump);
                }
                assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Dbpflab.golden.update=true)");
                assertEquals(Files.readString(golden), dump, name);
            }
        }
    }

    @Test
    void tracingMachinesRunTheInterpreter() {
        Vm vm = Vm.conformance();
        List<Integer> seen = new ArrayList<>();
        vm.tracer(new io.bpflab.vm.Tracer() {
            @Override
            public void step(Executable x, int index, long[] regs, int depth) {
                seen.add(index);
            }

            @Override
            public void exit(long[] regs) {
            }
        });
        JitProgram p = JitCompiler.compile(vm, vm.load(asm("mov %r0, 3\nexit"), "t"));
        assertEquals(3, p.runConformance(new byte[0]));
        assertFalse(seen.isEmpty());
    }
}
