package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.Column;
import org.moneymen.model.EventSink;
import org.moneymen.model.MonthRow;
import org.moneymen.model.Simulation;
import org.moneymen.model.config.Scenario;

/**
 * purge-2013 before its purge runs like the baseline in normal times: its network is twice the baseline's, and its
 * approval capacities and counterparts are sized to it, so the eleven months before Jang's fall have the baseline's
 * approval lead time, vacancy share and ratio to quota. Six seeds of each, the first eleven months (the baseline's
 * 2012, purge-2013's 2013 to November); margins: lead time within 20% of the baseline's, vacancy share within 0.05,
 * mean ratio to quota within 20% (Jang's 25 European offices, a third of its officials, earn less against their quotas
 * than big-city ones, so the mix alone puts it lower: 0.78 against 0.93). Measured before the sizing: lead time 212-250 days against 79, 63 of 195 posts
 * vacant on the first day, ratio 0.57.
 */
final class PurgeNormalTimesTest {
    static final int SEEDS = 6;

    record Normal(double leadDays, double vacancyShare, double ratio) {
    }

    static Normal normalTimes(String name) throws ScenarioException {
        LoadedScenario loaded = LoadedScenario.load(Path.of("..", "scenarios", name + ".yaml"), List.of("months=11"));
        double lead = 0;
        double vacancy = 0;
        double ratio = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Scenario s = loaded.scenario().withSeed(seed);
            List<MonthRow> rows = new Simulation(s, EventSink.NONE).run().rows();
            double leadSum = 0;
            int leadMonths = 0;
            double posted = 0;
            double vacant = 0;
            double ratioSum = 0;
            for (MonthRow r : rows) {
                double l = r.get(Column.APPROVAL_LEAD_TIME_DAYS);
                if (!Double.isNaN(l)) {
                    leadSum += l;
                    leadMonths++;
                }
                posted += r.get(Column.OFFICIALS_POSTED);
                vacant += r.get(Column.POSTS_VACANT);
                ratioSum += r.get(Column.MEAN_PERFORMANCE_RATIO);
            }
            lead += leadSum / leadMonths / SEEDS;
            vacancy += vacant / (posted + vacant) / SEEDS;
            ratio += ratioSum / rows.size() / SEEDS;
        }
        return new Normal(lead, vacancy, ratio);
    }

    @Test
    void beforeItsPurge_purge2013RunsLikeTheBaseline() throws ScenarioException {
        Normal baseline = normalTimes("baseline");
        Normal purge = normalTimes("purge-2013");
        assertThat(purge.leadDays()).as("approval lead time before the purge, days (baseline %.0f)", baseline.leadDays())
                .isCloseTo(baseline.leadDays(), within(0.2 * baseline.leadDays()));
        assertThat(purge.vacancyShare()).as("vacancy share before the purge (baseline %.3f)", baseline.vacancyShare())
                .isCloseTo(baseline.vacancyShare(), within(0.05));
        assertThat(purge.ratio()).as("mean ratio to quota before the purge (baseline %.3f)", baseline.ratio())
                .isCloseTo(baseline.ratio(), within(0.2 * baseline.ratio()));
    }
}
