package io.bpflab.isa.linux;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One argument of a helper prototype: the kernel's {@code enum bpf_arg_type} value split
 * into its base type and {@link TypeFlag}s, plus what {@code struct bpf_func_proto} keeps
 * beside it (include/linux/bpf.h).
 *
 * @param type the base type
 * @param flags the modifier bits ({@code MEM_RDONLY}, {@code PTR_MAYBE_NULL}, ...)
 * @param fixedSize {@code argN_size} for {@link TypeFlag#MEM_FIXED_SIZE} memory, else 0
 * @param btfType the kernel struct an {@code ARG_PTR_TO_BTF_ID}-like argument must point
 *     to ({@code argN_btf_id}: {@code task_struct}, {@code tcp_sock}, ...);
 *     {@link #BTF_DYNAMIC} where the kernel derives it from another argument
 *     ({@code BPF_PTR_POISON}); empty when the argument has none
 */
public record ArgSpec(ArgType type, Set<TypeFlag> flags, int fixedSize, String btfType) {

    /** {@link #btfType} of an argument whose BTF type the verifier derives (BPF_PTR_POISON). */
    public static final String BTF_DYNAMIC = "*";

    /** A composite name's meaning: a base type with flags. */
    private record Composite(ArgType type, Set<TypeFlag> flags) {
        Composite(ArgType type, TypeFlag... flags) {
            this(type, Set.of(flags));
        }
    }

    /** The kernel's composite names (include/linux/bpf.h, "Extended arg_types"). */
    private static final Map<String, Composite> COMPOSITES = Map.of(
            "ARG_PTR_TO_MAP_VALUE_OR_NULL", new Composite(ArgType.ARG_PTR_TO_MAP_VALUE, TypeFlag.PTR_MAYBE_NULL),
            "ARG_PTR_TO_MEM_OR_NULL", new Composite(ArgType.ARG_PTR_TO_MEM, TypeFlag.PTR_MAYBE_NULL),
            "ARG_PTR_TO_CTX_OR_NULL", new Composite(ArgType.ARG_PTR_TO_CTX, TypeFlag.PTR_MAYBE_NULL),
            "ARG_PTR_TO_SOCKET_OR_NULL", new Composite(ArgType.ARG_PTR_TO_SOCKET, TypeFlag.PTR_MAYBE_NULL),
            "ARG_PTR_TO_STACK_OR_NULL", new Composite(ArgType.ARG_PTR_TO_STACK, TypeFlag.PTR_MAYBE_NULL),
            "ARG_PTR_TO_BTF_ID_OR_NULL", new Composite(ArgType.ARG_PTR_TO_BTF_ID, TypeFlag.PTR_MAYBE_NULL),
            "ARG_PTR_TO_UNINIT_MEM",
                    new Composite(ArgType.ARG_PTR_TO_MEM, TypeFlag.MEM_UNINIT, TypeFlag.MEM_WRITE),
            "ARG_PTR_TO_FIXED_SIZE_MEM", new Composite(ArgType.ARG_PTR_TO_MEM, TypeFlag.MEM_FIXED_SIZE));

    public ArgSpec {
        Objects.requireNonNull(type);
        Objects.requireNonNull(btfType);
        EnumSet<TypeFlag> copy = EnumSet.noneOf(TypeFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
        if ((fixedSize != 0) != flags.contains(TypeFlag.MEM_FIXED_SIZE)) {
            throw new IllegalArgumentException("fixedSize " + fixedSize + " with flags " + flags);
        }
    }

    /** An argument with no fixed size and no BTF type. */
    public static ArgSpec of(ArgType type, TypeFlag... flags) {
        return new ArgSpec(type, Set.of(flags), 0, "");
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
     * ({@code ARG_PTR_TO_UNINIT_MEM}), else the base and its flags
     * ({@code ARG_PTR_TO_MEM | MEM_RDONLY}).
     */
    public String kernelName() {
        for (var c : COMPOSITES.entrySet()) {
            if (c.getValue().type() == type && c.getValue().flags().equals(flags)) {
                return c.getKey();
            }
        }
        return flags.isEmpty() ? type.name()
                : type.name() + flags.stream().map(f -> " | " + f.name()).collect(Collectors.joining());
    }

    @Override
    public String toString() {
        String s = kernelName();
        if (fixedSize != 0) {
            s += " (size " + fixedSize + ")";
        }
        return btfType.isEmpty() ? s : s + " (btf " + btfType + ")";
    }
}
