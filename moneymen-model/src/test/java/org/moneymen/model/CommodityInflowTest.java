package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.config.CommodityMix;
import org.moneymen.model.config.CommodityTrade;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.config.StationDeals;

/**
 * Commodities that matter: a deal's commodity is drawn by its share at the station and earns its own margin, and
 * Office No. 39's inflow is followed by commodity from the deal through the accounts (each remittance, loss or
 * theft takes the same share of every commodity's part of a balance).
 */
final class CommodityInflowTest {
    /** Relative floating tolerance of the per-commodity columns' sum against the inflow. */
    static final double SUM_TOLERANCE = 1e-9;
    static final int SEEDS = 12;
    static final int MONTHS = 48;
    /**
     * Margin of the pooled share of the inflow against share × margin: about 3.5 standard errors (the seeds' shares
     * spread by 0.035-0.042, so the pooled share of 12 has a standard error of 0.010-0.012).
     */
    static final double SHARE_MARGIN = 0.04;

    /** The scenario with the big cities' commodity mix replaced. */
    static Scenario withMajorCityMix(Scenario s, CommodityMix mix) {
        StationDeals sd = Recs.with(s.deals().majorCity(), "commodities", mix);
        return Recs.with(s, "deals", Recs.with(s.deals(), "majorCity", sd));
    }

    static CommodityMix with(CommodityMix mix, String commodity, CommodityTrade trade) {
        return Recs.with(mix, commodity, trade);
    }

    /**
     * Officials propose any of the station's goods, whatever the counterpart trades, so the mix is drawn by share
     * alone (counterparts' scopes otherwise tilt it toward small goods: docs/ODD.md 8); deals all of the median value,
     * so the test measures the draw and the margins, not the spread of deal sizes; 96 officials in two cities.
     */
    static Scenario byShareOnly(long seed) {
        Scenario s = TinyScenarios.twoCities(MONTHS, seed);
        s = Recs.with(s, "companies", s.companies().stream().map(c -> Recs.with(c, "count", 16)).toList());
        s = Recs.with(s, "cities", s.cities().stream().map(c -> Recs.with(c, "counterparts", 120)).toList());
        StationDeals alike = Recs.with(s.deals().majorCity(), "valueSigma", 0.0);
        return Recs.with(s, "deals", Recs.with(Recs.with(s.deals(), "scopeMatch", 0.0), "majorCity", alike));
    }

    static double total(RunOutput out, Column c) {
        return out.rows().stream().mapToDouble(r -> r.get(c)).sum();
    }

    static void assertColumnsSumToInflow(RunOutput out, String what) {
        for (MonthRow r : out.rows()) {
            double sum = 0;
            for (Commodity g : Commodity.values()) {
                sum += r.get(Column.inflowOf(g));
            }
            double inflow = r.get(Column.OFFICE39_INFLOW_USD);
            assertThat(sum).as("%s, month %d", what, r.month())
                    .isCloseTo(inflow, Offset.offset(SUM_TOLERANCE * Math.max(1.0, inflow)));
        }
    }

    @Test
    void theCommodityColumnsSumToTheInflowEveryMonth() {
        for (long seed = 1; seed <= 3; seed++) {
            RunOutput normal = TinyScenarios.run(TinyScenarios.twoCities(MONTHS, seed));
            assertThat(total(normal, Column.OFFICE39_INFLOW_USD)).isPositive();
            assertColumnsSumToInflow(normal, "normal times, seed " + seed);
            // A purge: flight with funds and lost accounts take their share of every commodity's part.
            RunOutput purged = TinyScenarios.run(PurgeScenarios.network(6, true, MONTHS, seed));
            assertThat(purged.summary().totals().get("accounts_lost") + purged.summary().totals().get("officials_fled"))
                    .as("accounts lost or funds taken, seed " + seed).isPositive();
            assertColumnsSumToInflow(purged, "purge, seed " + seed);
        }
    }

    /**
     * Expected share of the inflow from a commodity: share × margin over the sum (value and length of a deal do not
     * depend on its goods). Pooled over the seeds it must lie within {@link #SHARE_MARGIN} of that.
     */
    static double expectedShare(CommodityMix mix, Commodity g) {
        return mix.at(g).share() * mix.at(g).marginShare() / (mix.totalShare() * mix.meanMarginShare());
    }

    static double pooledShare(Commodity g, java.util.function.LongFunction<Scenario> scenario) {
        double part = 0;
        double all = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            RunOutput out = TinyScenarios.run(scenario.apply(seed));
            part += total(out, Column.inflowOf(g));
            all += total(out, Column.OFFICE39_INFLOW_USD);
        }
        return part / all;
    }

    @Test
    void coalsShareOfTheInflowTracksItsShareTimesItsMargin() {
        CommodityMix mix = TinyScenarios.twoCities(1, 1).deals().majorCity().commodities();
        double expected = expectedShare(mix, Commodity.COAL);
        double atDefaults = pooledShare(Commodity.COAL, CommodityInflowTest::byShareOnly);
        assertThat(atDefaults).as("coal at its defaults").isCloseTo(expected, Offset.offset(SHARE_MARGIN));
        // Double coal's margin: its share of the inflow rises to what share × margin says.
        CommodityMix richer = with(mix, "coal", new CommodityTrade(0.35, 0.5));
        double expectedRicher = expectedShare(richer, Commodity.COAL);
        assertThat(expectedRicher - expected).isGreaterThan(0.15);
        double atTwice = pooledShare(Commodity.COAL, seed -> withMajorCityMix(byShareOnly(seed), richer));
        assertThat(atTwice).as("coal at twice the margin").isCloseTo(expectedRicher, Offset.offset(SHARE_MARGIN));
        assertThat(atTwice - atDefaults).as("rise of coal's share with its margin").isGreaterThan(0.1);
    }

    @Test
    void aStationWithNoCoal_sendsNoCoalMoney() {
        for (long seed = 1; seed <= 3; seed++) {
            Scenario base = TinyScenarios.twoCities(MONTHS, seed);
            CommodityMix noCoal = with(base.deals().majorCity().commodities(), "coal", new CommodityTrade(0, 0.25));
            List<ModelEvent> events = new ArrayList<>();
            RunOutput out = new Simulation(withMajorCityMix(base, noCoal), events::add).run();
            for (MonthRow r : out.rows()) {
                assertThat(r.get(Column.OFFICE39_INFLOW_USD_COAL)).as("coal inflow, month %d", r.month()).isZero();
            }
            assertThat(total(out, Column.OFFICE39_INFLOW_USD)).isPositive();
            assertThat(events).filteredOn(e -> e.type() == EventType.DEAL_SIGNED).isNotEmpty()
                    .noneMatch(e -> e.commodity() == Commodity.COAL);
            assertThat(out.world().companies()).allSatisfy(c -> assertThat(c.city().counterparts)
                    .noneMatch(cp -> cp.deals(Commodity.COAL)));
        }
    }

    @Test
    void aStationTradesOnlyWhatHasAShare() {
        CommodityMix mix = TinyScenarios.twoCities(1, 1).deals().majorCity().commodities();
        assertThat(mix.traded()).containsExactly(Commodity.COAL, Commodity.MINERALS, Commodity.SEAFOOD,
                Commodity.TEXTILES, Commodity.LAND);
        assertThat(mix.meanMarginShare()).isCloseTo(0.2525, Offset.offset(1e-12));
    }
}
