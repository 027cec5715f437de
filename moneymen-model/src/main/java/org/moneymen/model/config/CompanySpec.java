package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** A group of identical trade companies: patron organ, station city, staff and quotas. */
public record CompanySpec(
        @Doc("Station city (a name from cities)") String city,
        @Doc("Patron organ (an id from organs, of kind patron)") String patron,
        @Doc("Patron person the officials are tied to (an id from patrons), if any") @Optional String patronPerson,
        @Doc(value = "Number of such companies", unit = "companies") @Range(min = 1, max = 1_000_000) int count,
        @Doc(value = "Staff officials per company besides its head", unit = "officials") @Range(min = 0, max = 1000) int staff,
        @Doc(value = "Bank accounts abroad per company", unit = "accounts") @Range(min = 1, max = 100) int accounts,
        @Doc(value = "Annual quota of the company head: money to earn for the state", unit = "USD per year")
        @Range(min = 1) double headQuotaUsd,
        @Doc(value = "Annual quota of each staff official", unit = "USD per year") @Range(min = 1) double staffQuotaUsd,
        @Doc(value = "Mean closeness of the officials' tie to the patron person, 0 = none, 1 = close", unit = "share")
        @Range(min = 0, max = 1) double tieCloseness) {

    /** A template for list entries. */
    public static CompanySpec defaults() {
        return new CompanySpec("", "", null, 1, 2, 2, 1_000_000, 300_000, 0.5);
    }
}
