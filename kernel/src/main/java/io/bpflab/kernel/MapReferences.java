package io.bpflab.kernel;

import io.bpflab.isa.EncodeException;
import io.bpflab.isa.Encoder;
import io.bpflab.isa.Program;
import io.bpflab.isa.PseudoSrc;
import io.bpflab.isa.RawInsn;
import java.util.List;

/**
 * How a program names its maps before they exist, and how the bridge turns the names into
 * file descriptors.
 *
 * <p>Before loading, the imm of an lddw with src {@code BPF_PSEUDO_MAP_FD} is the index of
 * the map in the program's declaration order (the first {@code .map} is 0), and with
 * {@code BPF_PSEUDO_MAP_VALUE} the first imm is that index and the second the offset into
 * the value. {@link #patch} replaces the index by the fd of the created map, which is what
 * the kernel reads (kernel: verifier.c resolve_pseudo_ldimm64). {@code BPF_PSEUDO_MAP_IDX}
 * and {@code BPF_PSEUDO_MAP_IDX_VALUE} already mean an index, into the attr's
 * {@code fd_array} (Linux 5.14); they stay as they are and the loader passes the maps as
 * that array.
 */
public final class MapReferences {

    private MapReferences() {
    }

    /** {@code BPF_LD | BPF_IMM | BPF_DW}. */
    static final int LDDW = 0x18;

    /** A copy of {@code insns} whose map references hold the fds of {@code maps}. */
    public static byte[] patch(byte[] insns, List<KernelMap> maps) throws MapReferenceException {
        int[] fds = new int[maps.size()];
        for (int i = 0; i < fds.length; i++) {
            fds[i] = maps.get(i).fd();
        }
        return patch(insns, fds);
    }

    public static byte[] patch(Program program, List<KernelMap> maps) throws EncodeException, MapReferenceException {
        return patch(Encoder.encode(program), maps);
    }

    /** A copy of {@code insns} where map index i becomes {@code fds[i]}. */
    static byte[] patch(byte[] insns, int[] fds) throws MapReferenceException {
        byte[] out = insns.clone();
        int slots = out.length / RawInsn.BYTES;
        for (int slot = 0; slot < slots; slot++) {
            RawInsn insn = RawInsn.read(out, slot);
            if (insn.opcode() != LDDW) {
                continue;
            }
            PseudoSrc src = PseudoSrc.ofOrNull(insn.src());
            if (src == PseudoSrc.MAP_FD || src == PseudoSrc.MAP_VALUE) {
                int index = checkIndex(slot, insn.imm(), fds.length);
                new RawInsn(insn.opcode(), insn.dst(), insn.src(), insn.off(), fds[index]).write(out, slot);
            } else if (src == PseudoSrc.MAP_IDX || src == PseudoSrc.MAP_IDX_VALUE) {
                checkIndex(slot, insn.imm(), fds.length);
            }
            slot++;
        }
        return out;
    }

    /** Whether an lddw indexes the fd array ({@code BPF_PSEUDO_MAP_IDX[_VALUE]}). */
    public static boolean usesFdArray(byte[] insns) {
        int slots = insns.length / RawInsn.BYTES;
        for (int slot = 0; slot < slots; slot++) {
            RawInsn insn = RawInsn.read(insns, slot);
            if (insn.opcode() == LDDW) {
                PseudoSrc src = PseudoSrc.ofOrNull(insn.src());
                if (src == PseudoSrc.MAP_IDX || src == PseudoSrc.MAP_IDX_VALUE) {
                    return true;
                }
                slot++;
            }
        }
        return false;
    }

    private static int checkIndex(int slot, int index, int count) throws MapReferenceException {
        if (index < 0 || index >= count) {
            throw new MapReferenceException(slot, "lddw refers to map " + index + " but the program declares "
                    + (count == 0 ? "no maps" : count == 1 ? "1 map (index 0)" : count + " maps (0.." + (count - 1) + ")"));
        }
        return index;
    }
}
