package org.moneymen.kernel;

import java.util.Arrays;

/**
 * The events of one day, kept in (priority, insertion) order. Appending is O(1) in the common case
 * (events arrive in priority order); an out-of-order priority is placed by binary search.
 *
 * <p>Priorities are kept in an array beside the events: an event added is always the latest inserted, so it
 * goes after every event of its priority or lower, and placing it never reads another event (at world scale
 * those reads were cache misses on objects scheduled weeks earlier).
 */
final class DayBucket {
    private Event[] events = new Event[4];
    private int[] priorities = new int[4];
    private int head;
    private int size;

    void add(Event e) {
        if (size == events.length) {
            if (head > 0) {
                System.arraycopy(events, head, events, 0, size - head);
                System.arraycopy(priorities, head, priorities, 0, size - head);
                Arrays.fill(events, size - head, size, null);
                size -= head;
                head = 0;
            }
            if (size == events.length) {
                events = Arrays.copyOf(events, events.length * 2);
                priorities = Arrays.copyOf(priorities, events.length);
            }
        }
        int p = e.priority;
        if (size == head || p >= priorities[size - 1]) {
            priorities[size] = p;
            events[size++] = e;
            return;
        }
        // The first position whose priority is above p: e runs after everything of priority <= p.
        int lo = head;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p < priorities[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        System.arraycopy(events, lo, events, lo + 1, size - lo);
        System.arraycopy(priorities, lo, priorities, lo + 1, size - lo);
        events[lo] = e;
        priorities[lo] = p;
        size++;
    }

    /** Removes and returns the next event in order, or null when the day is done. */
    Event poll() {
        if (head == size) {
            return null;
        }
        Event e = events[head];
        events[head++] = null;
        if (head == size) {
            head = 0;
            size = 0;
        }
        return e;
    }

    boolean isEmpty() {
        return head == size;
    }
}
