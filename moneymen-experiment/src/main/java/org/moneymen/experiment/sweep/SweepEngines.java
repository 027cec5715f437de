package org.moneymen.experiment.sweep;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds sweep engines on the class path by name, so callers never import an engine's module. */
public final class SweepEngines {
    private SweepEngines() {
    }

    /** The engine of that name, if its module is on the class path. */
    public static Optional<SweepEngine> find(String name) {
        return ServiceLoader.load(SweepEngine.class).stream().map(ServiceLoader.Provider::get)
                .filter(e -> e.name().equals(name)).findFirst();
    }

    /** The names of the engines available. */
    public static List<String> names() {
        return ServiceLoader.load(SweepEngine.class).stream().map(p -> p.get().name()).sorted().toList();
    }
}
