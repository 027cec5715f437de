package org.moneymen.model;

/** Receives the event log as a run goes. */
@FunctionalInterface
public interface EventSink {
    /** A sink that drops every event (for large runs that need no log). */
    EventSink NONE = e -> { };

    /** Takes one event. */
    void accept(ModelEvent event);
}
