package org.moneymen.kernel;

/** One pending event in the queue: its time, priority and action (its day's bucket keeps insertion order). */
final class Event implements EventHandle {
    final int day;
    final int priority;
    /** What to run; dropped on cancellation so a cancelled event holds nothing alive until its day is reached. */
    Runnable action;
    boolean cancelled;

    Event(int day, int priority, Runnable action) {
        this.day = day;
        this.priority = priority;
        this.action = action;
    }

    @Override
    public void cancel() {
        cancelled = true;
        action = null;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
