package org.moneymen.model.config;

/** When an official's quota is reviewed. */
public enum ReviewTiming {
    /**
     * On the anniversary of its posting: every {@code review_months} after the month it took up its post, at that
     * month's close, so reviews are spread over the year as postings are.
     */
    ANNIVERSARY,
    /** Every official on the same calendar months (every {@code review_months} from the run's first month). */
    CALENDAR
}
