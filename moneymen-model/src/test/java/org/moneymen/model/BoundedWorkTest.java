package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.Scenario;

/** Work is bounded by the network, not by the money: a huge quota cannot ask for billions of opening deals. */
final class BoundedWorkTest {

    @Test
    void aQuotaAtTheTopOfItsRange_opensNoMoreDealsThanTheOfficialsCouldHaveSigned() {
        Scenario s = TinyScenarios.twoCities(2, 1);
        List<CompanySpec> huge = s.companies().stream().map(c -> Recs.with(Recs.with(c, "headQuotaUsd", 1e10),
                "staffQuotaUsd", 1e10)).toList();
        RunOutput normal = TinyScenarios.run(s);
        RunOutput big = TinyScenarios.run(Recs.with(s, "companies", huge));
        var sd = s.deals().at(org.moneymen.model.config.StationKind.MAJOR_CITY);
        double perOfficial = sd.searchesPerMonth() * 4 * (sd.durationMinMonths() + sd.durationMaxMonths()) / 2.0;
        double active = big.rows().get(0).get(Column.DEALS_ACTIVE);
        assertThat(active).as("opening deals with a 1e10 USD quota").isGreaterThan(
                normal.rows().get(0).get(Column.DEALS_ACTIVE));
        assertThat(active).as("bounded by the officials' searches over a deal's life")
                .isLessThan(TinyScenarios.posts(s) * perOfficial);
    }
}
