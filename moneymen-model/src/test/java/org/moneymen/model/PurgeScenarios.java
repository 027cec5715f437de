package org.moneymen.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.model.config.CitySpec;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.PatronSpec;
import org.moneymen.model.config.PurgeSpec;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.config.StationKind;

/** Small networks with a patron person whose companies can be purged, for the purge pattern tests. */
final class PurgeScenarios {
    static final LocalDate START = LocalDate.of(2012, 1, 1);
    static final LocalDate PURGE = LocalDate.of(2013, 12, 8);

    private PurgeScenarios() {
    }

    /**
     * Three big-city stations with eight companies each, {@code tied} of them (per city) under the Administrative
     * Department and tied to its head; the rest under the General Staff Department. A purge of the head when
     * {@code purge} is true.
     */
    static Scenario network(int tied, boolean purge, int months, long seed) {
        List<CitySpec> cities = new ArrayList<>();
        List<CompanySpec> companies = new ArrayList<>();
        for (String city : List.of("Beijing", "Shenyang", "Guangzhou")) {
            cities.add(new CitySpec(city, StationKind.MAJOR_CITY, 40));
            if (tied > 0) {
                companies.add(new CompanySpec(city, "admin", "jang", tied, 2, 2, 1_000_000, 300_000, 0.7));
            }
            if (tied < 8) {
                companies.add(new CompanySpec(city, "gsd", null, 8 - tied, 2, 2, 1_000_000, 300_000, 0.5));
            }
        }
        Scenario s = Scenario.defaults();
        s = Recs.with(s, "name", "purge-test");
        s = Recs.with(s, "start", START);
        s = Recs.with(s, "months", months);
        s = Recs.with(s, "seed", seed);
        s = Recs.with(s, "cities", cities);
        s = Recs.with(s, "companies", companies);
        s = Recs.with(s, "patrons", List.of(new PatronSpec("jang", "Jang Song Thaek", "admin")));
        if (purge) {
            PurgeSpec p = Recs.with(Recs.with(PurgeSpec.defaults(), "date", PURGE), "patron", "jang");
            s = Recs.with(s, "purges", List.of(p));
        }
        return s;
    }
}
