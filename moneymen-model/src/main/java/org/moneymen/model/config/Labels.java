package org.moneymen.model.config;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/** Lower-case names of enum constants, computed once: they are written into every event and output row. */
public final class Labels {
    private static final ConcurrentHashMap<Enum<?>, String> CACHE = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** The constant's name in lower case. */
    public static String of(Enum<?> e) {
        String s = CACHE.get(e);
        if (s == null) {
            s = e.name().toLowerCase(Locale.ROOT);
            CACHE.putIfAbsent(e, s);
        }
        return s;
    }
}
