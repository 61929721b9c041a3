package io.bpflab.isa.linux;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Lookups shared by the enums that mirror a uapi enum numbered densely from 0 (helpers,
 * program, map and attach types): by number, and by name with or without the uapi prefix.
 * Building one checks that the Java constants are declared in uapi order, so that the
 * number is the index.
 */
final class UapiTable<E extends Enum<E>> {

    private final E[] byId;
    private final String prefix;

    UapiTable(Class<E> type, ToIntFunction<E> id, String prefix) {
        this.byId = type.getEnumConstants();
        this.prefix = prefix.toUpperCase(Locale.ROOT);
        for (E e : byId) {
            if (id.applyAsInt(e) != e.ordinal()) {
                throw new AssertionError(e + " declared out of id order");
            }
        }
    }

    Optional<E> byId(int id) {
        return id >= 0 && id < byId.length ? Optional.of(byId[id]) : Optional.empty();
    }

    /** The constant called {@code name}, short or uapi spelling, in either case. */
    Optional<E> byName(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith(prefix)) {
            n = n.substring(prefix.length());
        }
        for (E e : byId) {
            if (e.name().equals(n)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
