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
        Scenario s = Scenario.defaults();
        s = Recs.with(s, "name", "tiny");
        s = Recs.with(s, "start", LocalDate.of(2014, 1, 1));
        s = Recs.with(s, "months", months);
        s = Recs.with(s, "seed", seed);
        s = Recs.with(s, "cities", cities);
        return Recs.with(s, "companies", companies);
    }

    static Scenario withQuota(Scenario s, QuotaParams q) {
        return Recs.with(s, "quota", q);
    }

    static Scenario withOfficials(Scenario s, org.moneymen.model.config.OfficialParams p) {
        return Recs.with(s, "officials", p);
    }

    /** Only processes 2 and 3: no approval chain, no rumours or reports, no defections in normal times. */
    static Scenario quotaOnly(Scenario s) {
        s = Recs.with(s, "approval", Recs.with(s.approval(), "enabled", false));
        s = withOfficials(s, Recs.with(s.officials(), "defectionRate", 0.0));
        return Recs.with(s, "rivalry", Recs.with(s.rivalry(), "enabled", false));
    }

    /** Postings that never end within a test's horizon. */
    static Scenario noTermEnds(Scenario s) {
        return withOfficials(s, Recs.with(s.officials(), "termYears", 50.0));
    }

    static QuotaParams quota(double punishBelow, double punishRecall, boolean recallOnSuccess, double line,
                             double base, double relocate, double ratchet) {
        return new QuotaParams(12, 6, punishBelow, punishRecall, recallOnSuccess, line, base, 0.5,
                Math.max(base, 0.9), relocate, ratchet, org.moneymen.model.config.ReviewTiming.ANNIVERSARY);
    }

    /** Number of posts in a scenario. */
    static int posts(Scenario s) {
        return s.companies().stream().mapToInt(c -> c.count() * (1 + c.staff())).sum();
    }

    static RunOutput run(Scenario s) {
        return new Simulation(s, EventSink.NONE).run();
    }
}
