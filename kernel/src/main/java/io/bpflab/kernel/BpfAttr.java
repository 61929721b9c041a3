package io.bpflab.kernel;

import static java.lang.foreign.MemoryLayout.paddingLayout;
import static java.lang.foreign.MemoryLayout.sequenceLayout;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.nio.charset.StandardCharsets;

/**
 * The members of {@code union bpf_attr} the bridge fills, one {@link StructLayout} per
 * command with the kernel's field names (kernel: include/uapi/linux/bpf.h). The layouts are
 * the 6.12 structs; an older kernel accepts a longer attr as long as the bytes it does not
 * know are zero (kernel: bpf_check_uarg_tail_zero), so fields newer than the running kernel
 * are left at zero unless the caller needs them.
 *
 * <p>{@code __aligned_u64} pointers are {@code JAVA_LONG} holding a segment's address.
 */
final class BpfAttr {

    private BpfAttr() {
    }

    /** {@code BPF_OBJ_NAME_LEN}. */
    static final int OBJ_NAME_LEN = 16;

    static final StructLayout MAP_CREATE = structLayout(
            JAVA_INT.withName("map_type"),
            JAVA_INT.withName("key_size"),
            JAVA_INT.withName("value_size"),
            JAVA_INT.withName("max_entries"),
            JAVA_INT.withName("map_flags"),
            JAVA_INT.withName("inner_map_fd"),
            JAVA_INT.withName("numa_node"),
            sequenceLayout(OBJ_NAME_LEN, JAVA_BYTE).withName("map_name"),
            JAVA_INT.withName("map_ifindex"),
            JAVA_INT.withName("btf_fd"),
            JAVA_INT.withName("btf_key_type_id"),
            JAVA_INT.withName("btf_value_type_id"),
            JAVA_INT.withName("btf_vmlinux_value_type_id"),
            JAVA_LONG.withName("map_extra"),
            JAVA_INT.withName("value_type_btf_obj_fd"),
            JAVA_INT.withName("map_token_fd"));

    /** BPF_MAP_LOOKUP_ELEM, UPDATE_ELEM, DELETE_ELEM and GET_NEXT_KEY ({@code next_key} shares {@code value}). */
    static final StructLayout MAP_ELEM = structLayout(
            JAVA_INT.withName("map_fd"),
            paddingLayout(4),
            JAVA_LONG.withName("key"),
            JAVA_LONG.withName("value"),
            JAVA_LONG.withName("flags"));

    static final StructLayout PROG_LOAD = structLayout(
            JAVA_INT.withName("prog_type"),
            JAVA_INT.withName("insn_cnt"),
            JAVA_LONG.withName("insns"),
            JAVA_LONG.withName("license"),
            JAVA_INT.withName("log_level"),
            JAVA_INT.withName("log_size"),
            JAVA_LONG.withName("log_buf"),
            JAVA_INT.withName("kern_version"),
            JAVA_INT.withName("prog_flags"),
            sequenceLayout(OBJ_NAME_LEN, JAVA_BYTE).withName("prog_name"),
            JAVA_INT.withName("prog_ifindex"),
            JAVA_INT.withName("expected_attach_type"),
            JAVA_INT.withName("prog_btf_fd"),
            JAVA_INT.withName("func_info_rec_size"),
            JAVA_LONG.withName("func_info"),
            JAVA_INT.withName("func_info_cnt"),
            JAVA_INT.withName("line_info_rec_size"),
            JAVA_LONG.withName("line_info"),
            JAVA_INT.withName("line_info_cnt"),
            JAVA_INT.withName("attach_btf_id"),
            JAVA_INT.withName("attach_prog_fd"),
            JAVA_INT.withName("core_relo_cnt"),
            JAVA_LONG.withName("fd_array"),
            JAVA_LONG.withName("core_relos"),
            JAVA_INT.withName("core_relo_rec_size"),
            JAVA_INT.withName("log_true_size"),
            JAVA_INT.withName("prog_token_fd"),
            paddingLayout(4));

    /** The {@code test} member, used by BPF_PROG_TEST_RUN. */
    /** BPF_BTF_LOAD. */
    static final StructLayout BTF_LOAD = structLayout(
            JAVA_LONG.withName("btf"),
            JAVA_LONG.withName("btf_log_buf"),
            JAVA_INT.withName("btf_size"),
            JAVA_INT.withName("btf_log_size"),
            JAVA_INT.withName("btf_log_level"),
            JAVA_INT.withName("btf_log_true_size"),
            JAVA_INT.withName("btf_flags"),
            JAVA_INT.withName("btf_token_fd"));

    static final StructLayout PROG_TEST_RUN = structLayout(
            JAVA_INT.withName("prog_fd"),
            JAVA_INT.withName("retval"),
            JAVA_INT.withName("data_size_in"),
            JAVA_INT.withName("data_size_out"),
            JAVA_LONG.withName("data_in"),
            JAVA_LONG.withName("data_out"),
            JAVA_INT.withName("repeat"),
            JAVA_INT.withName("duration"),
            JAVA_INT.withName("ctx_size_in"),
            JAVA_INT.withName("ctx_size_out"),
            JAVA_LONG.withName("ctx_in"),
            JAVA_LONG.withName("ctx_out"),
            JAVA_INT.withName("flags"),
            JAVA_INT.withName("cpu"),
            JAVA_INT.withName("batch_size"),
            paddingLayout(4));

    /** The {@code info} member, used by BPF_OBJ_GET_INFO_BY_FD. */
    static final StructLayout OBJ_GET_INFO = structLayout(
            JAVA_INT.withName("bpf_fd"),
            JAVA_INT.withName("info_len"),
            JAVA_LONG.withName("info"));

    /**
     * {@code struct bpf_prog_info} up to {@code verified_insns} and the two ids after it;
     * {@code gpl_compatible:1} and its 31 bits of padding are one u32 here.
     */
    static final StructLayout PROG_INFO = structLayout(
            JAVA_INT.withName("type"),
            JAVA_INT.withName("id"),
            sequenceLayout(8, JAVA_BYTE).withName("tag"),
            JAVA_INT.withName("jited_prog_len"),
            JAVA_INT.withName("xlated_prog_len"),
            JAVA_LONG.withName("jited_prog_insns"),
            JAVA_LONG.withName("xlated_prog_insns"),
            JAVA_LONG.withName("load_time"),
            JAVA_INT.withName("created_by_uid"),
            JAVA_INT.withName("nr_map_ids"),
            JAVA_LONG.withName("map_ids"),
            sequenceLayout(OBJ_NAME_LEN, JAVA_BYTE).withName("name"),
            JAVA_INT.withName("ifindex"),
            JAVA_INT.withName("gpl_compatible"),
            JAVA_LONG.withName("netns_dev"),
            JAVA_LONG.withName("netns_ino"),
            JAVA_INT.withName("nr_jited_ksyms"),
            JAVA_INT.withName("nr_jited_func_lens"),
            JAVA_LONG.withName("jited_ksyms"),
            JAVA_LONG.withName("jited_func_lens"),
            JAVA_INT.withName("btf_id"),
            JAVA_INT.withName("func_info_rec_size"),
            JAVA_LONG.withName("func_info"),
            JAVA_INT.withName("nr_func_info"),
            JAVA_INT.withName("nr_line_info"),
            JAVA_LONG.withName("line_info"),
            JAVA_LONG.withName("jited_line_info"),
            JAVA_INT.withName("nr_jited_line_info"),
            JAVA_INT.withName("line_info_rec_size"),
            JAVA_INT.withName("jited_line_info_rec_size"),
            JAVA_INT.withName("nr_prog_tags"),
            JAVA_LONG.withName("prog_tags"),
            JAVA_LONG.withName("run_time_ns"),
            JAVA_LONG.withName("run_cnt"),
            JAVA_LONG.withName("recursion_misses"),
            JAVA_INT.withName("verified_insns"),
            JAVA_INT.withName("attach_btf_obj_id"),
            JAVA_INT.withName("attach_btf_id"),
            paddingLayout(4));

    /** A zeroed attr for {@code layout}, as every command expects its unused fields. */
    static MemorySegment allocate(Arena arena, StructLayout layout) {
        return arena.allocate(layout);
    }

    static void putInt(MemorySegment attr, StructLayout layout, String field, int value) {
        attr.set(JAVA_INT, offset(layout, field), value);
    }

    static int getInt(MemorySegment attr, StructLayout layout, String field) {
        return attr.get(JAVA_INT, offset(layout, field));
    }

    static void putLong(MemorySegment attr, StructLayout layout, String field, long value) {
        attr.set(JAVA_LONG, offset(layout, field), value);
    }

    /** A pointer field: the segment's address, or 0 for {@link MemorySegment#NULL}. */
    static void putPointer(MemorySegment attr, StructLayout layout, String field, MemorySegment target) {
        attr.set(JAVA_LONG, offset(layout, field), target.address());
    }

    /**
     * A {@code char[BPF_OBJ_NAME_LEN]} name: at most 15 bytes and a NUL. The kernel takes only
     * ASCII letters, digits, '_' and '.' (kernel: bpf_obj_name_cpy), so other characters
     * become '_'.
     */
    static void putName(MemorySegment attr, StructLayout layout, String field, String name) {
        if (name == null || name.isEmpty()) {
            return;
        }
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        long base = offset(layout, field);
        int n = Math.min(bytes.length, OBJ_NAME_LEN - 1);
        for (int i = 0; i < n; i++) {
            char c = (char) bytes[i];
            boolean ok = Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.';
            attr.set(JAVA_BYTE, base + i, ok ? bytes[i] : (byte) '_');
        }
    }

    static long offset(StructLayout layout, String field) {
        return layout.byteOffset(MemoryLayout.PathElement.groupElement(field));
    }
}
