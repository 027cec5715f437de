package org.moneymen.model;

/** Receives the network's entities as a run creates them (each once, in the order of creation). */
@FunctionalInterface
public interface EntitySink {
    /** A sink that drops every entity. */
    EntitySink NONE = e -> { };

    /** Takes one entity. */
    void accept(Entity entity);
}
