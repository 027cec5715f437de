package org.moneymen.kernel;

/** One pending event in the queue: its time, priority, insertion number and action. */
final class Event implements EventHandle {
    final int day;
    final int priority;
    final long seq;
    /** What to run; dropped on cancellation so a cancelled event holds nothing alive until its day is reached. */
    Runnable action;
    boolean cancelled;

    Event(int day, int priority, long seq, Runnable action) {
        this.day = day;
        this.priority = priority;
        this.seq = seq;
        this.action = action;
    }

    /** Total order within a day: priority, then insertion. */
    boolean runsBefore(Event other) {
        return priority < other.priority || (priority == other.priority && seq < other.seq);
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
