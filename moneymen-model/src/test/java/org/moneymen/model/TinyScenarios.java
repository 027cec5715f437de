package org.moneymen.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moneymen.model.config.AdaptationParams;
import org.moneymen.model.config.CitySpec;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.DealParams;
import org.moneymen.model.config.EarningParams;
import org.moneymen.model.config.OfficialParams;
import org.moneymen.model.config.QuotaParams;
import org.moneymen.model.config.Rates;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.config.StaffingParams;
import org.moneymen.model.config.StationKind;

/** Small hand-built scenarios for tests. */
final class TinyScenarios {
    private TinyScenarios() {
    }

    /** Two big-city stations with a few companies each, for the given months and seed. */
    static Scenario twoCities(int months, long seed) {
        return withQuota(twoCitiesBase(months, seed), QuotaParams.defaults());
    }

    static Scenario twoCitiesBase(int months, long seed) {
        List<CitySpec> cities = List.of(new CitySpec("Guangzhou", StationKind.MAJOR_CITY, 30),
                new CitySpec("Shenzhen", StationKind.MAJOR_CITY, 30));
        List<CompanySpec> companies = new ArrayList<>();
        companies.add(new CompanySpec("Guangzhou", "gsd", null, 4, 2, 2, 1_000_000, 300_000, 0.5));
        companies.add(new CompanySpec("Shenzhen", "ssd", null, 4, 2, 2, 1_000_000, 300_000, 0.5));
        return new Scenario("tiny", null, LocalDate.of(2014, 1, 1), months, seed, Rates.defaults(),
                Scenario.standardOrgans(), List.of(), cities, companies, OfficialParams.defaults(),
                DealParams.defaults(), EarningParams.defaults(), QuotaParams.defaults(), AdaptationParams.defaults(),
                StaffingParams.defaults(), Map.of());
    }

    static Scenario withQuota(Scenario s, QuotaParams q) {
        return new Scenario(s.name(), s.description(), s.start(), s.months(), s.seed(), s.rates(), s.organs(),
                s.patrons(), s.cities(), s.companies(), s.officials(), s.deals(), s.earning(), q, s.adaptation(),
                s.staffing(), s.provenance());
    }

    static Scenario withOfficials(Scenario s, org.moneymen.model.config.OfficialParams p) {
        return new Scenario(s.name(), s.description(), s.start(), s.months(), s.seed(), s.rates(), s.organs(),
                s.patrons(), s.cities(), s.companies(), p, s.deals(), s.earning(), s.quota(), s.adaptation(),
                s.staffing(), s.provenance());
    }

    /** Postings that never end within a test's horizon. */
    static Scenario noTermEnds(Scenario s) {
        var o = s.officials();
        return withOfficials(s, new org.moneymen.model.config.OfficialParams(o.abilitySigma(), o.familyAtHomeShare(),
                50, o.termRenewalProbability()));
    }

    static QuotaParams quota(double punishBelow, double punishRecall, boolean recallOnSuccess, double line,
                             double base, double relocate, double ratchet) {
        return new QuotaParams(12, 6, punishBelow, punishRecall, recallOnSuccess, line, base, 0.5,
                Math.max(base, 0.9), relocate, ratchet);
    }

    /** Number of posts in a scenario. */
    static int posts(Scenario s) {
        return s.companies().stream().mapToInt(c -> c.count() * (1 + c.staff())).sum();
    }

    static RunOutput run(Scenario s) {
        return new Simulation(s, EventSink.NONE).run();
    }
}
