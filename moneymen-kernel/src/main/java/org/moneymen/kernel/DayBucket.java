package org.moneymen.kernel;

import java.util.Arrays;

/**
 * The events of one day, kept in (priority, insertion) order. Appending is O(1) in the common case
 * (events arrive in priority order); an out-of-order priority is placed by binary search.
 */
final class DayBucket {
    private Event[] events = new Event[4];
    private int head;
    private int size;

    void add(Event e) {
        if (size == events.length) {
            if (head > 0) {
                System.arraycopy(events, head, events, 0, size - head);
                Arrays.fill(events, size - head, size, null);
                size -= head;
                head = 0;
            }
            if (size == events.length) {
                events = Arrays.copyOf(events, events.length * 2);
            }
        }
        if (size == head || !e.runsBefore(events[size - 1])) {
            events[size++] = e;
            return;
        }
        int lo = head;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e.runsBefore(events[mid])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        System.arraycopy(events, lo, events, lo + 1, size - lo);
        events[lo] = e;
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
