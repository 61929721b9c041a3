package io.bpflab.verifier;

import java.util.Arrays;

/**
 * One frame's stack (kernel: the {@code stack} array of {@code struct bpf_func_state}): 512
 * bytes in 64 slots of 8, each byte typed, each slot able to hold a spilled register.
 *
 * <p>Bytes are indexed as the kernel indexes them: byte {@code fp+off} (off in -512..-1) is
 * number {@code -off-1}, slot {@code (-off-1)/8}, and {@code (-off-1)%8} within its slot, so
 * the slot's entry 0 is its highest address. The log prints a slot's entries 0 to 7
 * ({@code fp-16=mmmm????} after a 4-byte write to fp-12).
 */
final class StackState {
    /** kernel: MAX_BPF_STACK. */
    static final int MAX_STACK = 512;
    static final int SLOT = 8;

    /** kernel: enum bpf_stack_slot_type, as slot_type_char prints them. */
    static final byte INVALID = '?';
    static final byte SPILL = 'r';
    static final byte MISC = 'm';
    static final byte ZERO = '0';

    private final byte[] types;
    private final RegState[] spilled;
    /** kernel: allocated_stack, a multiple of 8 bytes. */
    private int allocated;
    /**
     * The references this frame holds (kernel 6.12: the {@code refs} of
     * {@code struct bpf_func_state}, kept beside the stack): acquired by a helper such as
     * {@code bpf_sk_lookup_tcp} or {@code bpf_ringbuf_reserve}, to be released before exit.
     */
    private java.util.List<Ref> refs = java.util.List.of();

    /** kernel: struct bpf_reference_state; the reference's id and the instruction that acquired it. */
    record Ref(int id, int insn) {
    }

    StackState() {
        types = new byte[MAX_STACK];
        Arrays.fill(types, INVALID);
        spilled = new RegState[MAX_STACK / SLOT];
        Arrays.fill(spilled, RegState.NOT_INIT);
    }

    private StackState(StackState o) {
        types = o.types.clone();
        spilled = o.spilled.clone();
        allocated = o.allocated;
        refs = o.refs;
    }

    java.util.List<Ref> refs() {
        return refs;
    }

    /** kernel: acquire_reference_state. */
    void acquire(int id, int insn) {
        java.util.List<Ref> r = new java.util.ArrayList<>(refs);
        r.add(new Ref(id, insn));
        refs = java.util.List.copyOf(r);
    }

    /** kernel: release_reference_state; false when no reference has that id. */
    boolean release(int id) {
        java.util.List<Ref> r = new java.util.ArrayList<>(refs);
        boolean removed = r.removeIf(x -> x.id() == id);
        refs = java.util.List.copyOf(r);
        return removed;
    }

    StackState copy() {
        return new StackState(this);
    }

    int allocated() {
        return allocated;
    }

    /** kernel: grow_stack_state, rounding up to whole slots. */
    void grow(int bytes) {
        int rounded = (bytes + SLOT - 1) / SLOT * SLOT;
        allocated = Math.max(allocated, rounded);
    }

    /** The type of byte number {@code b} ({@code -off-1}). */
    byte type(int b) {
        return types[b];
    }

    void setType(int b, byte t) {
        types[b] = t;
    }

    /** The type of entry {@code i} (0..7) of slot {@code spi}. */
    byte slotType(int spi, int i) {
        return types[spi * SLOT + i];
    }

    RegState spilled(int spi) {
        return spilled[spi];
    }

    void setSpilled(int spi, RegState r) {
        spilled[spi] = r;
    }

    /** kernel: is_spilled_reg; a register spill types the slot's last entry. */
    boolean isSpill(int spi) {
        return slotType(spi, SLOT - 1) == SPILL;
    }

    /**
     * The slot as print_verifier_state shows it after {@code fpN=}, or null when every byte is
     * invalid (the kernel prints nothing for it): the byte types, or for a spill the types
     * above the spilled part followed by the register, as frame {@code frameno} prints it.
     */
    String render(int spi, int frameno) {
        StringBuilder sb = new StringBuilder();
        boolean valid = false;
        for (int j = 0; j < SLOT; j++) {
            byte t = slotType(spi, j);
            valid |= t != INVALID;
            sb.append((char) t);
        }
        if (!valid) {
            return null;
        }
        if (isSpill(spi)) {
            int j = sb.indexOf("r");
            return sb.substring(0, j) + spilled[spi].render(frameno);
        }
        return sb.toString();
    }
}
