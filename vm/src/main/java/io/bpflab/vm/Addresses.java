package io.bpflab.vm;

/**
 * Says what a 64-bit value points to, for traces and the debugger: {@code fp-8} in the
 * running frame's stack, {@code counts[1]+0} in a map value, {@code context xdp_md+16},
 * {@code map counts} for a map reference. Packet addresses are small numbers (0x1000 and up,
 * so that the 32-bit {@code data} fields hold them), which plain integers often equal too;
 * they are named only when asked for.
 */
public final class Addresses {

    private Addresses() {
    }

    /** What {@code v} points to in frame {@code depth} of {@code vm}, or "" for a plain number. */
    public static String describe(Vm vm, long v, int depth, boolean packet) {
        long fp = vm.frameTop(depth);
        if (v == fp) {
            return "fp";
        }
        if (v < fp && v >= fp - Vm.FRAME_SIZE) {
            return "fp-" + (fp - v);
        }
        if (v >>> 32 == Vm.HANDLE_ID) {
            BpfMap m = vm.maps().get((int) v);
            return m == null ? "" : "map " + m.name();
        }
        if (v >>> 32 == Vm.PACKET_ID && !packet) {
            return "";
        }
        Region r = vm.memory().regionOf(v, 1);
        return r == null ? "" : r.name() + "+" + (v - r.start());
    }
}
