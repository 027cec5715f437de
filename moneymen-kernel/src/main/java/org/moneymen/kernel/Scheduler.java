package org.moneymen.kernel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A discrete-event scheduler over whole calendar days: a calendar queue with one bucket per day.
 *
 * <p>Events run in a total order: by day, then by priority (lower first), then in the order they
 * were scheduled. An event scheduled for the current day at a priority that has already passed runs
 * next. Cancelled events are skipped. Single-threaded by design: one run, one scheduler.
 */
public final class Scheduler {
    private final SimCalendar calendar;
    private DayBucket[] buckets = new DayBucket[64];
    private int now;
    private int cursor;
    private long pending;
    private long executed;

    public Scheduler(LocalDate start) {
        this.calendar = new SimCalendar(start);
    }

    /** The calendar this scheduler runs on. */
    public SimCalendar calendar() {
        return calendar;
    }

    /** The current simulation day. */
    public int now() {
        return now;
    }

    /** The current calendar date. */
    public LocalDate today() {
        return calendar.date(now);
    }

    /** Events run so far. */
    public long executed() {
        return executed;
    }

    /** Events scheduled and not yet run (cancelled ones included until they are skipped). */
    public long pending() {
        return pending;
    }

    /** Schedules an action on a day (today or later) at a priority. */
    public EventHandle at(int day, int priority, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (day < now) {
            throw new IllegalArgumentException("day " + day + " is before now (" + now + ")");
        }
        Event e = new Event(day, priority, action);
        bucket(day).add(e);
        pending++;
        if (day < cursor) {
            cursor = day;
        }
        return e;
    }

    /** Schedules an action on a calendar date (today or later) at a priority. */
    public EventHandle at(LocalDate date, int priority, Runnable action) {
        return at(calendar.day(date), priority, action);
    }

    /** Schedules an action a number of days from now. */
    public EventHandle in(int days, int priority, Runnable action) {
        return at(now + days, priority, action);
    }

    /**
     * Schedules an action on {@code first} and then on the same day of every {@code months}-th
     * following calendar month (clamped to the month's end, without drift), until cancelled.
     */
    public EventHandle everyMonths(LocalDate first, int months, int priority, Runnable action) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, was " + months);
        }
        Recurring r = new Recurring(first, months, priority, action);
        r.scheduleNext();
        return r;
    }

    /** Schedules an action on {@code first} and the same date every following year, until cancelled. */
    public EventHandle yearly(LocalDate first, int priority, Runnable action) {
        return everyMonths(first, 12, priority, action);
    }

    /** Runs events in order until none is left before {@code endDay}; then now = endDay. */
    public void runUntil(int endDay) {
        while (true) {
            Event e = pollBefore(endDay);
            if (e == null) {
                break;
            }
            now = e.day;
            executed++;
            e.action.run();
        }
        if (endDay > now) {
            now = endDay;
        }
    }

    /** Runs the next event, if any; returns whether one ran. */
    public boolean step() {
        Event e = pollBefore(Integer.MAX_VALUE);
        if (e == null) {
            return false;
        }
        now = e.day;
        executed++;
        e.action.run();
        return true;
    }

    private Event pollBefore(int endDay) {
        int limit = Math.min(endDay, buckets.length);
        while (cursor < limit) {
            DayBucket b = buckets[cursor];
            if (b != null) {
                Event e;
                while ((e = b.poll()) != null) {
                    pending--;
                    if (!e.cancelled) {
                        return e;
                    }
                }
                buckets[cursor] = null; // a finished day is never scheduled again: let it go
            }
            cursor++;
        }
        return null;
    }

    private DayBucket bucket(int day) {
        if (day >= buckets.length) {
            int n = buckets.length;
            while (n <= day) {
                n = Math.multiplyExact(n, 2);
            }
            buckets = Arrays.copyOf(buckets, n);
        }
        DayBucket b = buckets[day];
        if (b == null) {
            b = new DayBucket();
            buckets[day] = b;
        }
        return b;
    }

    /** A series of events on a calendar schedule; each occurrence schedules the next. */
    private final class Recurring implements EventHandle, Runnable {
        private final LocalDate first;
        private final int months;
        private final int priority;
        private final Runnable action;
        private int occurrence;
        private EventHandle current;
        private boolean cancelled;

        Recurring(LocalDate first, int months, int priority, Runnable action) {
            this.first = first;
            this.months = months;
            this.priority = priority;
            this.action = Objects.requireNonNull(action, "action");
        }

        void scheduleNext() {
            current = at(first.plusMonths((long) occurrence * months), priority, this);
            occurrence++;
        }

        @Override
        public void run() {
            action.run();
            if (!cancelled) {
                scheduleNext();
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            current.cancel();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
