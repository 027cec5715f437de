package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moneymen.model.Column;
import org.moneymen.model.EventSink;
import org.moneymen.model.MonthRow;
import org.moneymen.model.Simulation;
import org.moneymen.model.config.Scenario;

/**
 * The Thae Yong Ho shock is seen in scenarios/recall-2016.yaml: in the twelve months from the shock's month
 * (August 2016 to July 2017), investigations and rumour recalls are higher than on the same seeds with
 * {@code shocks=[]}. Paired seeds (common random numbers: the runs are the same until the shock), 40 pairs; margin:
 * the 95% interval of the mean paired difference (t with 39 degrees of freedom, 2.023) lies above zero for both.
 * At one defection's size (shocks[0].suspicion = rivalry.defection_shock, the size before shocks had their own)
 * the rise in investigations is less than half as large: the shock's size is what makes it visible.
 */
final class ThaeYongHoShockTest {
    static final Path RECALL_2016 = Path.of("..", "scenarios", "recall-2016.yaml");
    static final int PAIRS = 40;
    static final double T_39 = 2.023;
    static LoadedScenario shocked;
    static int first;

    @BeforeAll
    static void load() throws ScenarioException {
        shocked = LoadedScenario.load(RECALL_2016, List.of());
        Scenario s = shocked.scenario();
        first = (int) ChronoUnit.MONTHS.between(s.start(), s.shocks().get(0).date().withDayOfMonth(1));
    }

    /** Each pair's difference (run {@code a} minus run {@code b}, same seed) of a column over the year. */
    static double[] differences(LoadedScenario a, LoadedScenario b, Column column) {
        return IntStream.rangeClosed(1, PAIRS).parallel().mapToDouble(seed -> {
            List<MonthRow> ra = new Simulation(a.scenario().withSeed(seed), EventSink.NONE).run().rows();
            List<MonthRow> rb = new Simulation(b.scenario().withSeed(seed), EventSink.NONE).run().rows();
            double d = 0;
            for (int m = first; m < first + 12; m++) {
                d += ra.get(m).get(column) - rb.get(m).get(column);
            }
            return d;
        }).toArray();
    }

    /** The mean and the half-width of its 95% interval. */
    static double[] interval(double[] d) {
        double mean = Arrays.stream(d).average().orElseThrow();
        double var = Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (d.length - 1);
        return new double[] {mean, T_39 * Math.sqrt(var / d.length)};
    }

    @Test
    void theShockRaisesInvestigationsAndRumourRecallsInTheYearAfter() throws ScenarioException {
        assertThat(shocked.scenario().shocks()).as("recall-2016's shocks").hasSize(1);
        assertThat(shocked.scenario().shocks().get(0).suspicion()).as("the shock's own size").isNotNull();
        LoadedScenario without = shocked.with("shocks", List.of());
        for (Column c : List.of(Column.INVESTIGATIONS, Column.RECALLS_RUMOUR)) {
            double[] ci = interval(differences(shocked, without, c));
            System.out.printf("recall-2016, %s in the year after the shock, with minus without: %.2f +- %.2f%n",
                    c.label(), ci[0], ci[1]);
            assertThat(ci[0] - ci[1]).as("lower end of the 95%% interval of %s, with minus without", c.label())
                    .isGreaterThan(0);
        }
    }

    @Test
    void atOneDefectionsSize_theShockIsLessThanHalfAsVisible() throws ScenarioException {
        LoadedScenario without = shocked.with("shocks", List.of());
        LoadedScenario small = shocked.with("shocks[0].suspicion", shocked.scenario().rivalry().defectionShock());
        double full = interval(differences(shocked, without, Column.INVESTIGATIONS))[0];
        double weak = interval(differences(small, without, Column.INVESTIGATIONS))[0];
        System.out.printf("recall-2016, investigations in the year after: +%.2f at the shock's size, +%.2f at one"
                + " defection's%n", full, weak);
        assertThat(weak).as("rise in investigations at one defection's size (at the shock's own: %.2f)", full)
                .isLessThan(full / 2);
    }
}
