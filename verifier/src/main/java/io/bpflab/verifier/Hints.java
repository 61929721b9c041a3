package io.bpflab.verifier;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-word explanations of the kernel verifier's messages, with the fix that usually
 * applies, for students who meet them for the first time. Each entry matches one message
 * format of kernel/bpf/verifier.c (Linux 6.12, and the 6.18 wordings where they changed) by
 * pattern; {@code {1}}, {@code {2}}, ... in the text stand for the pattern's groups (a
 * register, an offset), so the hint speaks about the student's own program. Entries are tried
 * in order: the specific ones (a NULL-able pointer) come before the general ones (any
 * pointer).
 */
public final class Hints {

    /** One message format and its explanation. */
    public record Hint(String id, Pattern pattern, String text) {

        /** The explanation for {@code message}, or empty when this hint is not about it. */
        public Optional<String> explain(String message) {
            Matcher m = pattern.matcher(message);
            if (!m.find()) {
                return Optional.empty();
            }
            String t = text;
            for (int g = m.groupCount(); g >= 1; g--) {
                t = t.replace("{" + g + "}", m.group(g) == null ? "" : m.group(g).toLowerCase(java.util.Locale.ROOT));
            }
            return Optional.of(t);
        }
    }

    private static Hint h(String id, String regex, String text) {
        return new Hint(id, Pattern.compile(regex), text);
    }

    /** The table, most specific first. */
    public static final List<Hint> ALL = List.of(
        h("not-initialised", "\\b(R\\d+) !read_ok",
            "{1} is read before anything was written to it on this path. Give it a value first (e.g. `{1} = 0`);"
                + " remember that a helper call overwrites r1-r5 (only r0 holds its result) and that r0 must be set before `exit`."),
        h("null-deref", "\\b(R\\d+) invalid mem access '(\\w*or_null\\w*)'",
            "{1} may be NULL here: after bpf_map_lookup_elem (or any helper that returns a pointer or NULL), test"
                + " `if {1} == 0 goto ...` before dereferencing it; on the path where the test passes the verifier knows it is not NULL."),
        h("scalar-deref", "\\b(R\\d+) invalid mem access '(scalar|inv)'",
            "{1} holds a number, not a pointer, so it cannot be dereferenced. Only pointers the verifier tracks can be"
                + " read: r10 (stack), r1 at entry (the context), a map value from bpf_map_lookup_elem after a NULL check,"
                + " packet data after a bounds check. Did a helper call overwrite {1}, or did you load the value instead of its address?"),
        h("bad-mem-access", "\\b(R\\d+) invalid mem access '(\\w+)'",
            "{1} points to '{2}', which cannot be read or written directly with a load/store. Use the helper meant for"
                + " this kind of object, or the pointer it gives you."),
        h("null-arith", "\\b(R\\d+) pointer arithmetic on (\\w+) prohibited, null-check it first",
            "{1} may still be NULL, so it cannot be moved yet. Test `if {1} == 0 goto ...` first, then add offsets to it."),
        h("ptr-arith-type", "\\b(R\\d+) pointer arithmetic on (\\w+) prohibited",
            "A {2} pointer cannot be moved: read its fields at constant offsets from the unmodified pointer instead"
                + " (`r2 = *(u32 *)(r1 + 4)`)."),
        h("ptr-bitwise", "\\b(R\\d+) (?:bitwise operator \\S+ on pointer|pointer arithmetic with \\S+ operator) prohibited",
            "Only addition and subtraction of numbers are allowed on pointers; {1} is a pointer. Do bit operations on"
                + " the number (the index or offset) before adding it to the pointer."),
        h("ptr-ptr", "\\b(R\\d+) pointer \\S+ pointer prohibited|\\b(R\\d+) tried to subtract pointer from scalar",
            "Arithmetic between two pointers (or a number minus a pointer) is not allowed. Work with offsets: keep the"
                + " number separately and add it to one pointer."),
        h("ptr-compare", "\\b(R\\d+) pointer comparison prohibited",
            "Unprivileged programs may not compare pointers (only against 0 after a lookup). Compare the data instead,"
                + " or load as root/CAP_BPF."),
        h("modified-ctx", "dereference of modified (\\w+) ptr (R\\d+) off=(-?\\d+) disallowed",
            "The {1} pointer in {2} was moved by {3} bytes before this access; the kernel rewrites context accesses and"
                + " needs the original pointer. Access the field with a constant offset from the unmodified pointer:"
                + " `rX = *(u32 *)(r1 + {3})`, and keep r1 (or a copy of it) unchanged."),
        h("ctx-access", "invalid bpf_context access off=(\\d+) size=(\\d+)",
            "There is no field this program type may access with {2} bytes at offset {1} of its context (or the field"
                + " is read-only). Check the context struct of the program type (xdp_md: data at 0, data_end at 4, 32-bit"
                + " each; __sk_buff: len at 0, data at 76, data_end at 80) and use the field's exact size."),
        h("packet-range", "invalid access to packet, off=(-?\\d+) size=(\\d+), (R\\d+)\\(id=\\d+,off=-?\\d+,r=(\\d+)\\)",
            "The access reads bytes {1}..{1}+{2} of the packet through {3}, but only the first {4} bytes were proven to"
                + " exist on this path. Before the access compare: `rX = data; rX += {1}+{2}; if rX > data_end goto drop`"
                + " (the comparison must cover the whole access, and happen on the same path)."),
        h("packet-outside", "\\b(R\\d+) offset is outside of the packet",
            "The packet access through {1} is not covered by a bounds check. Compare `data + offset + size` with"
                + " data_end (`if rX > rEnd goto drop`) before reading or writing, on every path that reaches the access."),
        h("packet-write", "cannot write into packet|the prog does not allow writes to packet data",
            "This program type may only read the packet. Use a type that can change packets (tc, xdp), or a helper"
                + " such as bpf_skb_store_bytes where it is allowed."),
        h("read-only", "\\b(R\\d+) cannot write into (\\w+)",
            "{1} points to {2}, which is read-only for this program (for example .rodata or a frozen map). Write into"
                + " a writable map value or the stack instead."),
        h("unbounded-min", "math between (\\w+) pointer and register with unbounded min value is not allowed",
            "The number added to the {1} pointer may be negative as far as the verifier knows, so the result could point"
                + " before the object. Bound it from below first: `if rX s< 0 goto out`, or make it unsigned and small"
                + " with `rX &= MASK` (or an unsigned `if rX > MAX goto out`)."),
        h("const-too-large", "math between (\\w+) pointer and (-?\\d+) is not allowed",
            "Adding {2} to a {1} pointer moves it too far (the verifier limits pointer offsets to about ±2^29)."
                + " Use a smaller offset."),
        h("unbounded-access", "\\b(R\\d+) unbounded memory access",
            "The offset used with {1} has no upper bound on this path. Check it before the access with an unsigned"
                + " comparison (`if rX > MAX goto out`, MAX such that offset + size fits) or mask it (`rX &= MAX`)."),
        h("negative-index", "\\b(R\\d+) min value is negative, either use unsigned",
            "{1} (an index or size) may be negative. Make the check unsigned (`if {1} > MAX goto out` is unsigned,"
                + " `s>` is signed) or mask it (`{1} &= MAX`) so the verifier knows it is at least 0."),
        h("max-outside", "\\b(R\\d+) max value is outside of the allowed memory range",
            "On some path the offset in {1} can reach past the end of the object (map value, stack, buffer)."
                + " Tighten the upper bound: the largest offset plus the access size must fit in the object, and the"
                + " check must be on the register the access uses."),
        h("min-outside", "\\b(R\\d+) min value is outside of the allowed memory range",
            "The access through {1} starts outside the object (before its start, or at or after its end with a"
                + " constant offset). Check the offset against the object's size (a map value has exactly the size"
                + " declared with value=)."),
        h("map-value-range", "invalid access to map value, value_size=(\\d+) off=(-?\\d+) size=(\\d+)",
            "The access of {3} bytes at offset {2} does not fit in the {1}-byte map value. Valid offsets are 0..{1}-{3};"
                + " check the value's declared size."),
        h("map-key-range", "invalid access to map key, key_size=(\\d+) off=(-?\\d+) size=(\\d+)",
            "The {1}-byte key buffer is accessed out of range. Point the key argument at exactly key_size bytes"
                + " you wrote on the stack."),
        h("mem-range", "invalid access to memory, mem_size=(\\d+) off=(-?\\d+) size=(\\d+)",
            "The memory (e.g. a ringbuf record of {1} bytes) is accessed at {2} with {3} bytes, past its end. Reserve a"
                + " larger record or stay within it."),
        h("stack-bounds", "invalid(?: write to| read from| indirect access to)? stack (R\\d+) off=(-?\\d+) size=(\\d+)",
            "The stack is 512 bytes: an access through r10 must use offsets from -512 to -1 and fit below r10"
                + " (offset + size <= 0). Offset {2} with size {3} does not."),
        h("stack-uninit", "invalid(?: indirect)? read from stack (?:(R\\d+) )?(?:off|var_off) ",
            "These stack bytes were never written on this path, and unprivileged programs (and helper arguments such"
                + " as a map key) must not read uninitialised stack. Store to them first, e.g. `*(u64 *)(r10 - 8) = 0`."),
        h("stack-var-offset", "variable[- ](?:offset[^\\n]*)?stack",
            "The stack is accessed at an offset the verifier cannot pin down. Use constant offsets from r10, or bound"
                + " the variable part tightly (`rX &= 7`) so every possible address is inside the initialised stack."),
        h("stack-misaligned", "misaligned (\\w* ?)access off",
            "The {1}access is not aligned to its size (an 8-byte access needs an address that is a multiple of 8)."
                + " Use an aligned offset, e.g. r10 - 8, - 16, ... for 64-bit values."),
        h("spill-size", "invalid size of register (spill|fill)",
            "A pointer can only be saved to and restored from the stack as a whole 8-byte value:"
                + " `*(u64 *)(r10 - 8) = rX` and `rX = *(u64 *)(r10 - 8)`."),
        h("corrupt-spill", "attempt to corrupt spilled pointer on stack",
            "That stack slot holds a saved pointer; overwriting part of it is not allowed. Use another slot, or write"
                + " all 8 bytes."),
        h("frame-pointer", "frame pointer is read only",
            "r10 cannot be changed. Copy it and move the copy: `r2 = r10; r2 += -8`."),
        h("unreachable", "unreachable insn (\\d+)",
            "Instruction {1} can never run: no path leads to it, and the kernel refuses dead code. Remove it, or fix the"
                + " jump that was meant to reach it."),
        h("jump-range", "jump out of range from insn (\\d+) to (-?\\d+)",
            "The jump at instruction {1} goes to {2}, outside the program. Check the jump offset or the label."),
        h("back-edge", "back-edge from insn (\\d+) to (\\d+)",
            "The jump from {1} back to {2} forms a loop, which this loader may not use (unprivileged loaders cannot"
                + " loop). Unroll the loop, or load with CAP_BPF where bounded loops are allowed, or use bpf_loop."),
        h("infinite-loop", "infinite loop detected at insn (\\d+)",
            "The verifier reached instruction {1} twice in exactly the same state: the loop makes no progress, so it"
                + " would never end. Change the loop variable on every iteration and make sure the exit condition can"
                + " become true."),
        h("too-large", "BPF program is too large\\. Processed (\\d+) insn",
            "The verifier gave up after checking 1,000,000 instructions along all paths. Usually a loop with a large"
                + " or unknown bound: lower the bound, make it a constant the verifier can see, or use bpf_loop();"
                + " fewer branches inside the loop also help."),
        h("too-complex", "The sequence of (\\d+) jumps is too complex",
            "Too many branches are pending at once (8192). Simplify the branching, or split the program with"
                + " bpf-to-bpf calls or tail calls."),
        h("unreleased", "Unreleased reference id=(\\d+) alloc_insn=(\\d+)|would lead to reference leak",
            "A reference taken earlier (bpf_ringbuf_reserve, bpf_sk_lookup_*, ...) is still held at exit on some"
                + " path. Release it on every path, including error paths: bpf_ringbuf_submit or bpf_ringbuf_discard"
                + " for a reserved record, bpf_sk_release for a socket."),
        h("leak-return", "\\b(R\\d+) leaks addr as return value|cannot return stack pointer",
            "The program returns a pointer. Return a number instead (r0 = 0, or a verdict such as XDP_PASS = 2):"
                + " kernel addresses must not leave the program."),
        h("leak-store", "\\b(R\\d+) leaks addr into (\\w+(?: \\w+)?)|leaking pointer from stack",
            "A pointer is being stored into {2}, where user space could read it. Store numbers only (unprivileged"
                + " programs may not leak kernel addresses)."),
        h("arg-type", "\\b(R\\d+) type=(\\w+) expected=([^\\n]+)",
            "Argument {1} of the helper call is a {2}, but the helper expects {3}. Set it up right before the call,"
                + " e.g. a map: `r1 = my_map ll`; a key on the stack: `r2 = r10; r2 += -4` after storing the key there."),
        h("null-arg", "Possibly NULL pointer passed to helper arg(\\d+)",
            "Argument {1} may be NULL. Test the pointer against 0 before passing it to the helper."),
        h("zero-size", "(R\\d+)? ?invalid zero-sized read",
            "The size passed to the helper may be 0, which it does not accept (or the map has zero-sized keys, e.g."
                + " a ringbuf, which lookups cannot use). Check `if size == 0 goto out` or make the size at least 1;"
                + " for ringbufs use bpf_ringbuf_reserve/output."),
        h("unknown-helper", "invalid func (\\S+)#(\\d+)",
            "Helper {1} (#{2}) does not exist in this kernel. Check the helper's name or number"
                + " (include/uapi/linux/bpf.h lists them)."),
        h("helper-prog-type", "program of this type cannot use helper (\\S+)#(\\d+)|func (\\S+)#(\\d+) not supported for program type",
            "This program type may not call {1}{3}. Use a helper the type allows, or change the program's section/type"
                + " (e.g. bpf_skb_load_bytes is for socket and tc programs, not XDP)."),
        h("gpl", "cannot call GPL-restricted function from non-GPL compatible program",
            "This helper is only for GPL-compatible programs. Declare the license: in C"
                + " `char LICENSE[] SEC(\"license\") = \"GPL\";`."),
        h("map-type-helper", "cannot pass map_type (\\d+) into func (\\S+)#(\\d+)",
            "Map type {1} cannot be used with {2}: e.g. ringbufs are used through bpf_ringbuf_* helpers and"
                + " prog_arrays through bpf_tail_call."),
        h("invalid-shift", "invalid shift (-?\\d+)",
            "A shift by {1} is out of range: shifts take 0..31 for 32-bit and 0..63 for 64-bit operations."),
        h("call-depth", "the call stack of (\\d+) frames is too deep",
            "bpf-to-bpf calls may nest at most 8 deep, and recursion is not allowed. Flatten the calls."),
        h("combined-stack", "combined stack size of (\\d+) calls is (\\d+)\\. Too large|stack size .* is too large",
            "The functions of this call chain use {2} bytes of stack together; the limit is 512. Use less stack per"
                + " function (smaller buffers, or a per-CPU array map as scratch space)."),
        h("return-range", "At (?:program|subprogram) exit the register (R\\d+) has (.*) should have been in \\[(-?\\d+), (-?\\d+)\\]",
            "This program type must return a value in [{3}, {4}] (e.g. cgroup programs return 1 to allow, 0 to deny),"
                + " but {1} here has {2}. Set r0 to an allowed value on every path before exit."),
        h("not-scalar-return", "R0 not a scalar value|At subprogram exit the register (R\\d+) is not a scalar value",
            "A function must return a number in r0, not a pointer."),
        h("unknown-opcode", "unknown opcode ([0-9a-f]+)",
            "Opcode 0x{1} is not an eBPF instruction this kernel knows (or it needs a newer CPU version, -mcpu=v3/v4)."),
        h("lock", "bpf_spin_unlock without taking a lock|bpf_spin_lock at off=\\S+ must be held|function calls are not allowed while holding a lock",
            "Take and release bpf_spin_lock in the same function and path, and call no other functions while holding it."),
        h("spectre", "\\b(R\\d+) (?:tried to \\w+ (?:beyond pointer bounds|from different maps)|has unknown scalar with mixed signed bounds)",
            "For unprivileged programs the kernel must mask pointer arithmetic against speculative execution and cannot"
                + " here. Bound the offset tightly before the arithmetic, or load with CAP_BPF.")
    );

    private Hints() {
    }

    /** The explanation of {@code kernelMessage} (a verifier error line, with or without a prefix), if one is known. */
    public static Optional<String> hint(String kernelMessage) {
        return find(kernelMessage).flatMap(h -> h.explain(kernelMessage));
    }

    /** The table entry that explains {@code kernelMessage}. */
    public static Optional<Hint> find(String kernelMessage) {
        if (kernelMessage == null) {
            return Optional.empty();
        }
        for (Hint h : ALL) {
            if (h.pattern().matcher(kernelMessage).find()) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
