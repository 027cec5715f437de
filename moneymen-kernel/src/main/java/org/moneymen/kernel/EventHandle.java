package org.moneymen.kernel;

/** A scheduled event, or a recurring series of events, that can be cancelled before it runs. */
public interface EventHandle {

    /** Cancels the event (or every future occurrence of a recurring one); cancelling twice is harmless. */
    void cancel();

    /** Whether {@link #cancel()} has been called. */
    boolean isCancelled();
}
