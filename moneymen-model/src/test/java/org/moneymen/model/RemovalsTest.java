package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.RemovalSpec;
import org.moneymen.model.config.Scenario;

/**
 * What-if removals: a post's holder removed at a day's end, or an account frozen, against the same seed without.
 * Everything before the removal is the run without it, event for event; the removal itself is one event; the removed
 * official hands nothing over, and a frozen account is lost with its balance.
 */
final class RemovalsTest {
    static final LocalDate DAY = LocalDate.of(2014, 7, 15);

    static List<ModelEvent> events(Scenario s) {
        List<ModelEvent> out = new ArrayList<>();
        new Simulation(s, out::add).run();
        return out;
    }

    static Scenario removing(Scenario s, RemovalSpec r) {
        return Recs.with(s, "removals", List.of(r));
    }

    @Test
    void aRemovedHolderLeavesAtTheDaysEndHandingNothingOver() {
        for (long seed = 1; seed <= 10; seed++) {
            Scenario base = TinyScenarios.twoCities(24, seed);
            List<ModelEvent> without = events(base);
            List<ModelEvent> with = events(removing(base, RemovalSpec.post(DAY, 1)));
            List<ModelEvent> removed = with.stream().filter(e -> e.type() == EventType.REMOVED).toList();
            assertThat(removed).as("seed %d", seed).hasSize(1);
            ModelEvent r = removed.get(0);
            int at = with.indexOf(r);
            // The removal is the day's last event, so every event before it is the run without removal's.
            assertThat(with.subList(0, at)).as("seed %d", seed).isEqualTo(without.subList(0, at));
            assertThat(without.get(at).day()).as("seed %d: the next event without removal", seed)
                    .isGreaterThan(r.day());
            assertThat(with.subList(at, with.size())).as("seed %d: no account handed over by him", seed)
                    .noneMatch(e -> e.type() == EventType.ACCOUNT_HANDED_OVER && e.official() == r.official()
                            && e.day() == r.day());
            assertThat(with.subList(at + 1, with.size()))
                    .as("seed %d: his post falls vacant at once", seed)
                    .anyMatch(e -> e.type() == EventType.VACANCY && e.official() == r.official());
        }
    }

    @Test
    void aFrozenAccountIsLostWithItsBalanceAndOnlyOnce() {
        Scenario base = TinyScenarios.twoCities(24, 3);
        List<ModelEvent> with = events(Recs.with(base, "removals",
                List.of(RemovalSpec.account(DAY, 2), RemovalSpec.account(DAY.plusDays(40), 2))));
        List<ModelEvent> lost = with.stream().filter(e -> e.type() == EventType.ACCOUNT_LOST && e.account() == 2)
                .toList();
        assertThat(lost).hasSize(1);
        assertThat(lost.get(0).usd()).as("the balance lost").isPositive();
        int at = with.indexOf(lost.get(0));
        // Deals that opened on it name it still as their account (their revenue goes to another of the company's).
        assertThat(with.subList(at + 1, with.size())).as("nobody hands it over or loses it again afterwards")
                .noneMatch(e -> e.account() == 2 && (e.type() == EventType.ACCOUNT_HANDED_OVER
                        || e.type() == EventType.ACCOUNT_LOST));
    }
}
