package org.moneymen.model;

/** An arrest squad sent from Pyongyang to a city: it can seize a limited number of officials a month. */
final class ArrestSquad {
    final City city;
    final int untilDay;
    private final int capacityPerMonth;
    private int usedThisMonth;

    ArrestSquad(City city, int untilDay, int capacityPerMonth) {
        this.city = city;
        this.untilDay = untilDay;
        this.capacityPerMonth = capacityPerMonth;
    }

    /** Whether it is in its city on a day and can still seize someone this month. */
    boolean canSeize(City where, int day) {
        return where == city && day < untilDay && usedThisMonth < capacityPerMonth;
    }

    /** Whether it is in a city on a day. */
    boolean presentIn(City where, int day) {
        return where == city && day < untilDay;
    }

    /** Uses one seizure of this month's capacity. */
    void seize() {
        usedThisMonth++;
    }

    /** A new month: full capacity again. */
    void newMonth() {
        usedThisMonth = 0;
    }
}
