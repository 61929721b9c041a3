package io.bpflab.jit;

import io.bpflab.isa.Program;
import io.bpflab.vm.Executable;
import io.bpflab.vm.Vm;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.constant.ClassDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JIT: translates an {@link Executable} to JVM bytecode with {@code java.lang.classfile}
 * and defines it as a hidden class. A subprogram whose bytecode would exceed HotSpot's
 * 8,000-byte HugeMethodLimit (HotSpot never compiles such a method: a probe ran them 30-45x
 * slower) is split at basic-block boundaries into pieces that pass the registers in a
 * {@code long[]}; one that still does not fit is left to the interpreter with a logged
 * reason. A program of any size compiles.
 */
public final class JitCompiler {

    private static final System.Logger LOG = System.getLogger("io.bpflab.jit");
    private static final ClassDesc CLASS = ClassDesc.of("io.bpflab.jit.BpfProgram");

    private JitCompiler() {
    }

    /** The class file of {@code x}, the subprograms it split into pieces and those it leaves to the interpreter. */
    record Translation(byte[] bytes, List<Integer> split, List<Integer> interpreted) {
    }

    /** Estimated bytecode per piece of a split subprogram: estimates are upper bounds, pieces land well under the limit. */
    static final int PIECE_BYTES = 6000;

    private static ClassFile classFile() {
        return ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(
                        ClassHierarchyResolver.ofClassLoading(JitCompiler.class.getClassLoader()))));
    }

    static Translation translate(Executable x) {
        return translate(x, 0);
    }

    /**
     * With {@code forcedPieceBytes > 0} every subprogram is split into pieces of about that
     * many estimated bytes, so tests can exercise split code on small programs.
     */
    static Translation translate(Executable x, int forcedPieceBytes) {
        Program p = x.program();
        List<Integer> starts = p.subprogramStarts();
        int k = starts.size();
        Map<Integer, Translator.Plan> plans = new LinkedHashMap<>();
        for (int s : starts) {
            Function f = Function.of(p, s, k);
            // Far over the limit: split without building the whole method first.
            plans.put(s, forcedPieceBytes > 0 ? split(x, f, k, forcedPieceBytes)
                    : f.estimatedBytes > Function.HUGE_METHOD_LIMIT * 2 ? split(x, f, k, PIECE_BYTES) : Translator.Plan.whole(f));
        }
        ClassFile cf = classFile();
        for (;;) {
            byte[] bytes;
            try {
                bytes = new Translator(x, CLASS, plans).translate(cf);
            } catch (IllegalArgumentException e) {
                // The class's constant pool (65,535 entries) overflowed: the largest compiled
                // subprogram goes to the interpreter until the rest fits.
                Translator.Plan largest = plans.values().stream().filter(pl -> !pl.interpreted())
                        .max(java.util.Comparator.comparingInt(pl -> pl.f().body.cardinality()))
                        .orElseThrow(() -> e);
                LOG.log(System.Logger.Level.WARNING, () -> x.name() + ": subprogram at insn " + p.slotOf(largest.f().entry)
                        + " does not fit one class (" + e.getMessage() + "); the interpreter runs it");
                plans.put(largest.f().entry, new Translator.Plan(largest.f(), null, true));
                continue;
            }
            boolean fits = true;
            for (MethodModel m : cf.parse(bytes).methods()) {
                int length = m.findAttribute(Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
                String name = m.methodName().stringValue();
                if (length <= Function.HUGE_METHOD_LIMIT || !name.startsWith("f")) {
                    continue;
                }
                fits = false;
                int underscore = name.indexOf('_');
                int entry = Integer.parseInt(name.substring(1, underscore < 0 ? name.length() : underscore));
                Translator.Plan plan = plans.get(entry);
                if (underscore < 0 && plan.cuts() == null) {
                    plans.put(entry, split(x, plan.f(), k, PIECE_BYTES));
                } else {
                    // A piece or the dispatcher of a split subprogram is still too large (a
                    // callx with very many targets, a subprogram of very many pieces).
                    LOG.log(System.Logger.Level.WARNING, () -> x.name() + ": subprogram at insn " + p.slotOf(entry)
                            + " does not fit HotSpot's " + Function.HUGE_METHOD_LIMIT + "-byte method limit even split ("
                            + name + ": " + length + " bytes); the interpreter runs it");
                    plans.put(entry, new Translator.Plan(plan.f(), null, true));
                }
            }
            if (fits) {
                List<Integer> split = new ArrayList<>();
                List<Integer> interpreted = new ArrayList<>();
                plans.forEach((e, plan) -> {
                    if (plan.interpreted()) {
                        interpreted.add(e);
                    } else if (plan.cuts() != null) {
                        split.add(e);
                    }
                });
                return new Translation(bytes, List.copyOf(split), List.copyOf(interpreted));
            }
        }
    }

    private static Translator.Plan split(Executable x, Function f, int callxTargets, int pieceBytes) {
        Program p = x.program();
        java.util.BitSet cuts = f.cuts(p, callxTargets, pieceBytes);
        LOG.log(System.Logger.Level.DEBUG, () -> x.name() + ": subprogram at insn " + p.slotOf(f.entry) + " ("
                + f.body.cardinality() + " instructions) split into " + cuts.cardinality()
                + " methods for HotSpot's " + Function.HUGE_METHOD_LIMIT + "-byte limit");
        return new Translator.Plan(Function.of(p, f.entry, callxTargets, cuts), cuts, false);
    }

    /** Compiles {@code x}, loaded by {@code vm}, for running on {@code vm}. */
    public static JitProgram compile(Vm vm, Executable x) {
        return define(vm, x, translate(x));
    }

    static JitProgram define(Vm vm, Executable x, Translation t) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(t.bytes(), x, true);
            CompiledCode code = (CompiledCode) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
            return new JitProgram(vm, x, code, t.bytes(), t.split(), t.interpreted());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("defining the compiled class of " + x.name() + " failed", e);
        }
    }

    /** The class file {@code x} compiles to. */
    public static byte[] classBytes(Executable x) {
        return translate(x).bytes();
    }

    /** Verification errors of {@code bytes} by the classfile API's verifier; empty when it passes. */
    public static List<String> verify(byte[] bytes) {
        return classFile().verify(bytes).stream().map(Throwable::getMessage).toList();
    }

    /**
     * The generated bytecode of {@code x} as text, one method after another, in javap's
     * mnemonics with symbolic labels ({@code bpflab jit --dump}).
     */
    public static String dump(Executable x) {
        Translation t = translate(x);
        ClassModel cm = classFile().parse(t.bytes());
        StringBuilder out = new StringBuilder();
        out.append("// ").append(x.name()).append(": ").append(x.program().size()).append(" instructions, ")
                .append(t.bytes().length).append(" bytes of class file\n");
        if (!t.interpreted().isEmpty()) {
            out.append("// interpreted subprograms (over ").append(Function.HUGE_METHOD_LIMIT)
                    .append(" bytes even split): ").append(t.interpreted()).append('\n');
        }
        if (!t.split().isEmpty()) {
            out.append("// subprograms split into pieces: ").append(t.split()).append('\n');
        }
        out.append("final class ").append(cm.thisClass().asInternalName().replace('/', '.'))
                .append(" implements ").append(cm.interfaces().getFirst().asInternalName().replace('/', '.'))
                .append(" {\n");
        for (MethodModel m : cm.methods()) {
            out.append('\n').append("  ").append(m.methodName().stringValue()).append(m.methodType().stringValue());
            m.code().ifPresent(code -> {
                int length = ((CodeAttribute) code).codeLength();
                out.append("  // ").append(length).append(" bytes\n");
                dumpCode(code, out);
            });
        }
        return out.append("}\n").toString();
    }

    private static void dumpCode(CodeModel code, StringBuilder out) {
        Map<Label, String> names = new HashMap<>();
        List<String> catches = new ArrayList<>();
        for (CodeElement e : code) {
            if (e instanceof ExceptionCatch c) {
                catches.add("    catch " + c.catchType().map(t -> t.asInternalName()).orElse("any") + " "
                        + name(names, c.tryStart()) + ".." + name(names, c.tryEnd()) + " -> " + name(names, c.handler()));
            }
        }
        for (CodeElement e : code) {
            switch (e) {
                case java.lang.classfile.instruction.LabelTarget l -> out.append("   ").append(name(names, l.label())).append(":\n");
                case Instruction i -> out.append("      ").append(instruction(i, names)).append('\n');
                default -> {
                }
            }
        }
        for (String c : catches) {
            out.append(c).append('\n');
        }
    }

    private static String name(Map<Label, String> names, Label l) {
        return names.computeIfAbsent(l, k -> "L" + names.size());
    }

    private static String instruction(Instruction i, Map<Label, String> names) {
        String op = i.opcode().name().toLowerCase();
        return switch (i) {
            case LoadInstruction l -> op + (op.contains("_") ? "" : " " + l.slot());
            case StoreInstruction s -> op + (op.contains("_") ? "" : " " + s.slot());
            case IncrementInstruction n -> op + " " + n.slot() + " " + n.constant();
            case ConstantInstruction c -> op.contains("const_") ? op : op + " " + constant(c.constantValue());
            case BranchInstruction b -> op + " " + name(names, b.target());
            case InvokeInstruction v -> op + " " + v.owner().asInternalName() + "." + v.name().stringValue()
                    + v.type().stringValue();
            case FieldInstruction f -> op + " " + f.owner().asInternalName() + "." + f.name().stringValue()
                    + " " + f.type().stringValue();
            case TypeCheckInstruction t -> op + " " + t.type().asInternalName();
            case LookupSwitchInstruction s -> op + " {" + cases(s.cases(), names) + " default: "
                    + name(names, s.defaultTarget()) + "}";
            case TableSwitchInstruction s -> op + " {" + cases(s.cases(), names) + " default: "
                    + name(names, s.defaultTarget()) + "}";
            default -> op;
        };
    }

    private static String constant(Object value) {
        return value instanceof Long l ? l + "L" : value instanceof java.lang.constant.DynamicConstantDesc<?> d
                ? "condy " + d.bootstrapMethod().methodName() + " " + d.constantType().descriptorString()
                : String.valueOf(value);
    }

    private static String cases(List<SwitchCase> cases, Map<Label, String> names) {
        StringBuilder b = new StringBuilder();
        for (SwitchCase c : cases) {
            b.append(' ').append(c.caseValue()).append(": ").append(name(names, c.target())).append(';');
        }
        return b.toString();
    }
}
