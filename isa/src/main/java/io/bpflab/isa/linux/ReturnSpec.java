package io.bpflab.isa.linux;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a helper prototype returns: the kernel's {@code enum bpf_return_type} value split
 * into base type and {@link TypeFlag}s, with {@code ret_btf_id} (include/linux/bpf.h).
 *
 * @param type the base type
 * @param flags the modifier bits ({@code PTR_MAYBE_NULL}, {@code MEM_RINGBUF}, ...)
 * @param btfType the kernel struct a BTF-typed return points to, {@link ArgSpec#BTF_DYNAMIC}
 *     when the verifier derives it from an argument, empty when none
 */
public record ReturnSpec(ReturnType type, Set<TypeFlag> flags, String btfType) {

    /** The kernel's composite names (include/linux/bpf.h, "Extended ret_types"). */
    private static final Map<String, ReturnSpec> COMPOSITES = Map.of(
            "RET_PTR_TO_MAP_VALUE_OR_NULL", of(ReturnType.RET_PTR_TO_MAP_VALUE, TypeFlag.PTR_MAYBE_NULL),
            "RET_PTR_TO_SOCKET_OR_NULL", of(ReturnType.RET_PTR_TO_SOCKET, TypeFlag.PTR_MAYBE_NULL),
            "RET_PTR_TO_TCP_SOCK_OR_NULL", of(ReturnType.RET_PTR_TO_TCP_SOCK, TypeFlag.PTR_MAYBE_NULL),
            "RET_PTR_TO_SOCK_COMMON_OR_NULL", of(ReturnType.RET_PTR_TO_SOCK_COMMON, TypeFlag.PTR_MAYBE_NULL),
            "RET_PTR_TO_RINGBUF_MEM_OR_NULL",
                    of(ReturnType.RET_PTR_TO_MEM, TypeFlag.PTR_MAYBE_NULL, TypeFlag.MEM_RINGBUF),
            "RET_PTR_TO_BTF_ID_OR_NULL", of(ReturnType.RET_PTR_TO_BTF_ID, TypeFlag.PTR_MAYBE_NULL),
            "RET_PTR_TO_BTF_ID_TRUSTED", of(ReturnType.RET_PTR_TO_BTF_ID, TypeFlag.PTR_TRUSTED));

    public ReturnSpec {
        Objects.requireNonNull(type);
        Objects.requireNonNull(btfType);
        EnumSet<TypeFlag> copy = EnumSet.noneOf(TypeFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
    }

    public static ReturnSpec of(ReturnType type, TypeFlag... flags) {
        return new ReturnSpec(type, Set.of(flags), "");
    }

    public boolean has(TypeFlag flag) {
        return flags.contains(flag);
    }

    /** The kernel's value: base type in the low bits, flags above. */
    public int value() {
        int v = type.ordinal();
        for (TypeFlag f : flags) {
            v |= f.bit();
        }
        return v;
    }

    /**
     * The name as kernel sources write it: a composite name where one fits exactly
     * ({@code RET_PTR_TO_MAP_VALUE_OR_NULL}), else the base and its flags. The kernel's
     * {@code RET_PTR_TO_DYNPTR_MEM_OR_NULL} has the same value as
     * {@code RET_PTR_TO_MEM | PTR_MAYBE_NULL} and prints as the latter.
     */
    public String kernelName() {
        for (var c : COMPOSITES.entrySet()) {
            if (c.getValue().type == type && c.getValue().flags.equals(flags)) {
                return c.getKey();
            }
        }
        return flags.isEmpty() ? type.name()
                : type.name() + flags.stream().map(f -> " | " + f.name()).collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return btfType.isEmpty() ? kernelName() : kernelName() + " (btf " + btfType + ")";
    }
}
