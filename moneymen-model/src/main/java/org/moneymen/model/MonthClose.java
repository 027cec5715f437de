package org.moneymen.model;

/**
 * One month's close as the processes see it: which month closes (warm-up months first), and the posted officials
 * of the walk in progress.
 */
final class MonthClose {
    private final int month;
    private final int warmupMonths;
    private final int lastMonth;
    private Official[] posted = new Official[0];

    /**
     * @param month the month that closes, counted from the warm-up's first (1)
     * @param warmupMonths months of warm-up before the recorded period
     * @param lastMonth the run's last month, counted the same way
     */
    MonthClose(int month, int warmupMonths, int lastMonth) {
        this.month = month;
        this.warmupMonths = warmupMonths;
        this.lastMonth = lastMonth;
    }

    /** The month that closes, counted from the warm-up's first (1). */
    int month() {
        return month;
    }

    /** Whether the month is in the recorded period. */
    boolean recorded() {
        return month > warmupMonths;
    }

    /** The month's number in the recorded period (1 = the scenario's first month); 0 or less in the warm-up. */
    int recordedMonth() {
        return month - warmupMonths;
    }

    /** Whether this is the warm-up's last close: the recorded period starts with the month that follows. */
    boolean endsWarmup() {
        return month == warmupMonths;
    }

    /** Whether this is the run's last close (nothing is decided for a month that will not run). */
    boolean last() {
        return month == lastMonth;
    }

    /** The posted officials of the walk in progress, in post order. */
    Official[] posted() {
        return posted;
    }

    void walking(Official[] officials) {
        this.posted = officials;
    }
}
