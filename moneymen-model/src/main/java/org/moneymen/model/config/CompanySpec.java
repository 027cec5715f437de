package org.moneymen.model.config;

import java.util.List;
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
        @Range(min = 1, max = 1e10) double headQuotaUsd,
        @Doc(value = "Annual quota of each staff official", unit = "USD per year") @Range(min = 1, max = 1e10)
        double staffQuotaUsd,
        @Doc(value = "Mean closeness of the officials' tie to the patron person, 0 = none, 1 = close", unit = "share")
        @Range(min = 0, max = 1) double tieCloseness,
        @Doc("Name of the company, for a group of one named company (an imported network, say)") @Optional String name,
        @Doc("Identifier of the company in an outside data set (a sanctions list's entity id)") @Optional
        String externalId,
        @Doc("Named officials in the company's posts at the start, head first (a group of one company)")
        List<PersonSpec> officials) {

    /** A group of identical, unnamed companies. */
    public CompanySpec(String city, String patron, String patronPerson, int count, int staff, int accounts,
                       double headQuotaUsd, double staffQuotaUsd, double tieCloseness) {
        this(city, patron, patronPerson, count, staff, accounts, headQuotaUsd, staffQuotaUsd, tieCloseness, null, null,
                List.of());
    }

    /** Whether the group is one named company (never scaled by {@code target_officials}). */
    public boolean named() {
        return name != null || externalId != null || !officials.isEmpty();
    }

    /** A template for list entries. */
    public static CompanySpec defaults() {
        return new CompanySpec("", "", null, 1, 2, 2, 1_000_000, 300_000, 0.5);
    }
}
