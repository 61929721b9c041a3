package io.bpflab.kernel;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
import io.bpflab.isa.JmpOp;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.Reg;
import io.bpflab.isa.Size;
import io.bpflab.isa.Target;
import io.bpflab.isa.Width;
import io.bpflab.isa.linux.ProgramType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Runs a conformance-suite program ({@code .data}: r1 = memory, r2 = its length, 64-bit
 * r0) in the kernel, the way bpf_conformance's Linux plugin does with {@code --xdp_prolog}:
 * <ul>
 *   <li>the program becomes a subprogram of an XDP program whose main part calls it, stores
 *       its r0 through a {@code BPF_PSEUDO_MAP_VALUE} pointer into a one-entry array map,
 *       and exits: BPF_PROG_TEST_RUN returns only 32 bits of r0 (its {@code retval} is a
 *       u32), the map keeps all 64;
 *   <li>when there is memory, the subprogram starts with a prolog that loads
 *       {@code xdp_md->data} into r1 and proves to the verifier that {@code length} bytes
 *       are there before setting r2 = length;
 *   <li>the memory is the packet ({@code data_in}), zero-padded to the 14 bytes the kernel
 *       wants at least (kernel: bpf_prog_test_run_xdp, ETH_HLEN).
 * </ul>
 * A program the verifier refuses is an {@link Outcome.Rejected} outcome; its log numbers
 * instructions of the wrapped program, {@link Outcome.Rejected#wrapperSlots()} slots
 * after the test's own.
 */
public final class ConformanceHarness {

    private ConformanceHarness() {
    }

    /** kernel: net/bpf/test_run.c refuses XDP test data shorter than an Ethernet header. */
    static final int MIN_PACKET = 14;

    /** Slots of the main part before the test's program (call, lddw, store, exit). */
    static final int MAIN_SLOTS = 5;

    public sealed interface Outcome {

        /**
         * The program ran: its 64-bit r0, the memory after the run, and what the load said.
         * {@code processedInsns} counts the wrapper's instructions too.
         */
        record Returned(long r0, byte[] memoryOut, OptionalLong processedInsns, Duration loadTime)
                implements Outcome {
            public Returned {
                memoryOut = memoryOut.clone();
            }

            @Override
            public byte[] memoryOut() {
                return memoryOut.clone();
            }
        }

        /** The verifier refused the wrapped program. */
        record Rejected(int errno, String message, String log, int wrapperSlots) implements Outcome {
        }
    }

    public static Outcome run(Program program, byte[] memory) throws EncodeException, KernelException {
        return run(Encoder.encode(program), memory);
    }

    /**
     * Loads the wrapped program, runs it once over {@code memory}, reads r0 back and closes
     * everything it opened.
     *
     * @param insns the test's instructions, without map references
     */
    public static Outcome run(byte[] insns, byte[] memory) throws KernelException {
        try {
            return outcome(KernelRun.run(List.of(), request(insns, memory)));
        } catch (MapReferenceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Like {@link #run(byte[], byte[])} for a program that uses maps: its map references
     * are resolved against {@code maps} (see {@link MapReferences}), whose contents the
     * caller can pre-load before and read after.
     */
    public static Outcome run(KernelObject maps, byte[] insns, byte[] memory)
            throws KernelException, MapReferenceException {
        return outcome(KernelRun.run(maps, request(insns, memory)));
    }

    private static KernelRun.Request request(byte[] insns, byte[] memory) {
        return KernelRun.Request.memory(LoadRequest.of(insns, ProgramType.XDP).withName("conformance"), memory);
    }

    private static Outcome outcome(KernelRun.Report r) throws KernelException {
        if (r.verdict() == LoadResult.Verdict.REJECTED) {
            return new Outcome.Rejected(r.errno(), r.firstError(), r.log(), r.wrapperSlots());
        }
        if (r.runError().isPresent()) {
            throw r.runError().get();
        }
        return new Outcome.Returned(r.r0().orElseThrow(), r.output(), r.processedInsns(), r.loadTime());
    }

    /**
     * The XDP program that runs {@code insns} as its subprogram with the conformance
     * registers and stores the subprogram's r0 into the value of map {@code resultFd}.
     */
    static byte[] wrap(byte[] insns, int memoryLength, int resultFd) {
        List<Insn> main = new ArrayList<>();
        main.add(new Insn.CallLocal(Target.offset(MAIN_SLOTS - 1)));
        main.add(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_VALUE, resultFd & 0xffffffffL));
        main.add(new Insn.Store(Size.DW, Reg.R1, 0, Reg.R0));
        main.add(new Insn.Exit());
        main.addAll(prolog(memoryLength));
        byte[] head = encode(main);
        byte[] out = Arrays.copyOf(head, head.length + insns.length);
        System.arraycopy(insns, 0, out, head.length, insns.length);
        return out;
    }

    /**
     * r1 = xdp_md->data, r2 = length, after a bounds check the verifier can follow
     * (data + length <= data_end, else return -1); nothing when there is no memory.
     */
    static List<Insn> prolog(int memoryLength) {
        if (memoryLength == 0) {
            return List.of();
        }
        // kernel: struct xdp_md { __u32 data; __u32 data_end; ... }
        return List.of(
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R0, -1),
                new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R6, Reg.R1),
                new Insn.Load(Size.W, Reg.R1, Reg.R6, 0),
                new Insn.Load(Size.W, Reg.R2, Reg.R6, 4),
                new Insn.AluReg(Width.W64, AluOp.MOV, Reg.R3, Reg.R1),
                new Insn.AluImm(Width.W64, AluOp.ADD, Reg.R3, memoryLength),
                new Insn.JumpReg(Width.W64, JmpOp.JLE, Reg.R3, Reg.R2, Target.offset(1)),
                new Insn.Exit(),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R2, memoryLength));
    }

    static int prologLength(int memoryLength) {
        return prolog(memoryLength).size();
    }

    private static byte[] encode(List<Insn> insns) {
        try {
            return Encoder.encode(Program.of(insns));
        } catch (EncodeException e) {
            throw new IllegalStateException("wrapper does not encode", e);
        }
    }
}
