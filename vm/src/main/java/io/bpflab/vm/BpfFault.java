package io.bpflab.vm;

/**
 * A program did something the machine refuses at run time: a load or store outside every
 * region, a write into read-only memory, a call chain deeper than 8 frames, a helper bpflab
 * does not implement, the instruction budget running out. Carries the instruction's slot
 * number (as the kernel counts), and for memory faults the address, size and what was missed.
 */
public final class BpfFault extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        READ, WRITE, READ_ONLY, CALL_DEPTH, TAIL_CALL, HELPER, BUDGET, BAD_CALL, UNSUPPORTED
    }

    private final Kind kind;
    private final int insn;
    private final long address;
    private final int size;
    private final String detail;

    public BpfFault(Kind kind, int insn, long address, int size, String detail) {
        super(null, null, false, false);
        this.kind = kind;
        this.insn = insn;
        this.address = address;
        this.size = size;
        this.detail = detail;
    }

    static BpfFault memory(Kind kind, long address, int size, String missed) {
        return new BpfFault(kind, -1, address, size, missed);
    }

    static BpfFault of(Kind kind, String detail) {
        return new BpfFault(kind, -1, 0, 0, detail);
    }

    /** The same fault, placed at instruction slot {@code slot} (only when not placed yet). */
    BpfFault at(int slot) {
        return insn >= 0 ? this : new BpfFault(kind, slot, address, size, detail);
    }

    public Kind kind() {
        return kind;
    }

    /** Slot number of the faulting instruction, as the kernel numbers instructions. */
    public int insn() {
        return insn;
    }

    public long address() {
        return address;
    }

    public int size() {
        return size;
    }

    /** What the access missed, or the reason for a non-memory fault. */
    public String detail() {
        return detail;
    }

    /** {@code read of 8 bytes at 0x... outside any region}: the sentence the CLI prints after "fault at insn N: ". */
    public String describe() {
        return switch (kind) {
            case READ -> "read of " + size + " bytes at 0x" + Long.toHexString(address) + " " + detail;
            case WRITE, READ_ONLY -> "write of " + size + " bytes at 0x" + Long.toHexString(address) + " " + detail;
            default -> detail;
        };
    }

    @Override
    public String getMessage() {
        return "fault at insn " + insn + ": " + describe();
    }
}
