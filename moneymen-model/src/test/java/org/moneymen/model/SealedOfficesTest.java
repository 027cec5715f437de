package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.PurgeSpec;
import org.moneymen.model.config.Scenario;

/**
 * Sealed offices stay closed (purges[i].seal_months): from the purge until the seal lifts, nobody is posted to a
 * purged company whose office is sealed (no replacement, no relocation) and it signs no deal; then replacements
 * arrive, under the organ the company passed to. With seal_months 0 replacements come within the same months, so
 * this test fails without the mechanism. The network: three cities, 6 of 8 companies in each tied to the purged
 * patron (18 sealed offices).
 */
final class SealedOfficesTest {
    static final int SEAL_MONTHS = 6;
    static final int PURGE_DAY = day(PurgeScenarios.PURGE);
    static final int OPEN_DAY = day(PurgeScenarios.PURGE.plusMonths(SEAL_MONTHS));

    static int day(LocalDate d) {
        return (int) ChronoUnit.DAYS.between(PurgeScenarios.START, d);
    }

    record Run(RunOutput out, List<ModelEvent> events, Set<Integer> purged) {
        static Run of(int sealMonths, long seed) {
            Scenario s = PurgeScenarios.network(6, true, 48, seed);
            PurgeSpec p = Recs.with(s.purges().get(0), "sealMonths", sealMonths);
            s = Recs.with(s, "purges", List.of(p));
            List<ModelEvent> events = new ArrayList<>();
            RunOutput out = new Simulation(s, events::add).run();
            Set<Integer> purged = events.stream().filter(e -> e.type() == EventType.COMPANY_TRANSFERRED)
                    .map(ModelEvent::company).collect(Collectors.toSet());
            return new Run(out, events, purged);
        }

        long inPurged(EventType type, int fromDay, int toDayExclusive) {
            return events.stream().filter(e -> e.type() == type && purged.contains(e.company())
                    && e.day() >= fromDay && e.day() < toDayExclusive).count();
        }
    }

    @Test
    void aSealedOfficeIsNotRefilled_norSignsDeals_untilTheSealLifts() {
        for (long seed = 1; seed <= 5; seed++) {
            Run run = Run.of(SEAL_MONTHS, seed);
            assertThat(run.purged()).as("purged companies, seed %d", seed).hasSize(18);
            // An arrival on the purge's own day comes before the purge (priority 1 before 6): from the next day on.
            assertThat(run.inPurged(EventType.POSTED, PURGE_DAY + 1, OPEN_DAY)).as("posted while sealed, seed %d", seed)
                    .isZero();
            assertThat(run.inPurged(EventType.DEAL_SIGNED, PURGE_DAY, OPEN_DAY)).as("signed while sealed, seed %d",
                    seed).isZero();
            assertThat(run.inPurged(EventType.POSTED, OPEN_DAY, OPEN_DAY + 1))
                    .as("replacements held back, arriving the day the seal lifts, seed %d", seed).isGreaterThan(20);
            assertThat(run.inPurged(EventType.DEAL_SIGNED, OPEN_DAY, Integer.MAX_VALUE))
                    .as("deals signed after it, seed %d", seed).isPositive();
            for (TradeCompany c : run.out().world().companies()) {
                if (run.purged().contains(c.id())) {
                    assertThat(c.patron().id()).as("organ of a reopened office").isNotEqualTo("admin");
                }
            }
        }
    }

    @Test
    void withoutASealedPeriod_replacementsComeWithinTheseMonths() {
        long posted = 0;
        for (long seed = 1; seed <= 5; seed++) {
            posted += Run.of(0, seed).inPurged(EventType.POSTED, PURGE_DAY + 1, OPEN_DAY);
        }
        assertThat(posted).as("officials posted to the purged companies in the six months, no seal").isGreaterThan(20);
    }

    @Test
    void theSealedOfficesAreCountedAtEachMonthsEnd() {
        Run run = Run.of(SEAL_MONTHS, 1);
        List<MonthRow> rows = run.out().rows();
        for (MonthRow r : rows) {
            LocalDate end = r.date().plusMonths(1);
            boolean sealed = !end.isBefore(PurgeScenarios.PURGE) && end.isBefore(PurgeScenarios.PURGE.plusMonths(
                    SEAL_MONTHS));
            assertThat(r.get(Column.OFFICES_SEALED)).as("offices sealed at the end of %s", r.date())
                    .isEqualTo(sealed ? 18.0 : 0.0);
        }
        assertThat(Run.of(0, 1).out().rows()).allSatisfy(r -> assertThat(r.get(Column.OFFICES_SEALED)).isZero());
    }
}
