package io.bpflab.kernel;

import io.bpflab.isa.AluOp;
import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Insn;
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
 * r0) in the kernel. bpf_conformance's Linux plugin runs the program as an XDP program with
 * the memory as the packet; bpflab keeps the XDP program but not the packet:
 * <ul>
 *   <li>the program becomes a subprogram of an XDP program whose main part calls it, stores
 *       its r0 through a {@code BPF_PSEUDO_MAP_VALUE} pointer into a one-entry array map,
 *       and exits: BPF_PROG_TEST_RUN returns only 32 bits of r0 (its {@code retval} is a
 *       u32), the map keeps all 64;
 *   <li>when there is memory, it is the value of another one-entry array map whose value
 *       size is the memory's length, and the main part's prolog sets r1 = a
 *       {@code BPF_PSEUDO_MAP_VALUE} pointer to it and r2 = the length before the call. An
 *       XDP packet cannot carry it: the test run puts at most a page less
 *       XDP_PACKET_HEADROOM and skb_shared_info in the linear part (3,520 bytes on x86-64),
 *       the rest in fragments the program cannot address (kernel: net/bpf/test_run.c
 *       bpf_prog_test_run_xdp), while an array map's value may be up to INT_MAX bytes
 *       (kernel: arraymap.c array_map_alloc_check). A map value pointer is also what the
 *       verifier lets a program use freely: atomics, which it refuses on packet pointers
 *       (check_atomic: "BPF_ATOMIC stores into R1 pkt is not allowed"), and no bounds
 *       check against data_end;
 *   <li>the packet is 14 zero bytes, the least an XDP test run takes (kernel:
 *       bpf_prog_test_run_xdp, ETH_HLEN); the program never sees it.
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

    /** Slots of the main part after the prolog (call, lddw, store, exit). */
    static final int MAIN_SLOTS = 5;

    /** Slots of the prolog that gives the program its memory (lddw r1, mov r2). */
    static final int PROLOG_SLOTS = 3;

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
     *
     * @param memoryFd     the one-entry array map whose value is the memory; ignored when
     *                     {@code memoryLength} is 0 (then r1 stays the XDP context)
     */
    static byte[] wrap(byte[] insns, int memoryLength, int memoryFd, int resultFd) {
        List<Insn> main = new ArrayList<>(prolog(memoryLength, memoryFd));
        main.add(new Insn.CallLocal(Target.offset(MAIN_SLOTS - 1)));
        main.add(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_VALUE, resultFd & 0xffffffffL));
        main.add(new Insn.Store(Size.DW, Reg.R1, 0, Reg.R0));
        main.add(new Insn.Exit());
        byte[] head = encode(main);
        byte[] out = Arrays.copyOf(head, head.length + insns.length);
        System.arraycopy(insns, 0, out, head.length, insns.length);
        return out;
    }

    /** r1 = the memory map's value (offset 0), r2 = length; nothing when there is no memory. */
    static List<Insn> prolog(int memoryLength, int memoryFd) {
        if (memoryLength == 0) {
            return List.of();
        }
        return List.of(
                new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_VALUE, memoryFd & 0xffffffffL),
                new Insn.AluImm(Width.W64, AluOp.MOV, Reg.R2, memoryLength));
    }

    /** Slots before the test's first instruction. */
    static int wrapperSlots(int memoryLength) {
        return MAIN_SLOTS + (memoryLength == 0 ? 0 : PROLOG_SLOTS);
    }

    private static byte[] encode(List<Insn> insns) {
        try {
            return Encoder.encode(Program.of(insns));
        } catch (EncodeException e) {
            throw new IllegalStateException("wrapper does not encode", e);
        }
    }
}
