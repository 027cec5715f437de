package org.moneymen.experiment.keyplayers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;

/**
 * A checked key-player analysis, ready to run: the scenario cut to end with the loss window, the day of the
 * removals, the window, and how many seeds, sets and candidates.
 *
 * @param name the scenario's name
 * @param scenarioText the scenario, resolved, with its run ending at the window's end (runs stop there: nothing later
 *     counts)
 * @param observeText the same scenario ending with the month of {@code at} (to see who holds which post that day)
 * @param at the day at whose end the removals happen
 * @param windowStart first day of the loss window: the first day of the month of {@code at}
 * @param windowMonths months in the loss window
 * @param seed the seed the replicas' seeds derive from (common to every removal: common random numbers)
 * @param replicas seeds per removal
 * @param sets size of the greedy best set (0: none)
 * @param pool candidates the greedy search draws from: the officials with the largest losses alone
 * @param accounts whether accounts are frozen one by one too
 * @param confirm how many of the first officials (and accounts) are run again on fresh seeds, with the last
 * @param confirmReplicas fresh seeds for those (few removals, so many seeds are cheap)
 */
public record KeyPlayersPlan(String name, String scenarioText, String observeText, LocalDate at, LocalDate windowStart,
                             int windowMonths, long seed, int replicas, int sets, int pool, boolean accounts,
                             int confirm, int confirmReplicas) {

    /** Runs a plan may ask for before it is refused (about an hour of purge-2013 on two cores). */
    public static final long MAX_RUNS = 200_000;

    /** The first day after the window. */
    public LocalDate windowEnd() {
        return windowStart.plusMonths(windowMonths);
    }

    /**
     * Checks the day and counts against the scenario: the day must fall in a recorded month and the window inside the
     * run. {@code at} null means the scenario's start.
     */
    public static KeyPlayersPlan of(LoadedScenario loaded, LocalDate at, int windowMonths, int replicas, int sets,
                                    int pool, boolean accounts, int confirm, int confirmReplicas)
            throws KeyPlayersException {
        Scenario s = loaded.scenario();
        LocalDate day = at == null ? s.start() : at;
        if (windowMonths < 1 || windowMonths > 1200) {
            throw new KeyPlayersException("--window " + windowMonths + ": give 1 to 1200 months");
        }
        if (replicas < 2 || replicas > 10_000) {
            throw new KeyPlayersException("--replicas " + replicas + ": give 2 to 10000 (a paired interval needs two"
                    + " seeds at least)");
        }
        if (confirmReplicas < 2 || confirmReplicas > 100_000) {
            throw new KeyPlayersException("--confirm-replicas " + confirmReplicas + ": give 2 to 100000");
        }
        if (confirm < 0 || confirm > 10_000) {
            throw new KeyPlayersException("--top " + confirm + ": give 0 to 10000");
        }
        if (sets < 0 || sets > 100) {
            throw new KeyPlayersException("--sets " + sets + ": give 0 (no greedy set) to 100");
        }
        if (pool < Math.max(1, sets) || pool > 10_000) {
            throw new KeyPlayersException("--pool " + pool + ": give " + Math.max(1, sets) + " (the set's size) to 10000");
        }
        LocalDate windowStart = day.withDayOfMonth(1);
        if (day.isBefore(s.start()) || !day.isBefore(s.start().plusMonths(s.months()))) {
            throw new KeyPlayersException("--at " + day + " is outside the recorded months of " + s.name() + " ("
                    + s.start() + " to " + s.end() + "); removals before the start would fall in the warm-up, whose"
                    + " money is not recorded");
        }
        int months = (int) ChronoUnit.MONTHS.between(s.start(), windowStart) + windowMonths;
        if (months > s.months()) {
            throw new KeyPlayersException("--at " + day + " with --window " + windowMonths + ": the window runs to "
                    + windowStart.plusMonths(windowMonths).minusDays(1) + ", after the run's last day " + s.end()
                    + "; choose an earlier day, a shorter window, or --set months=" + months);
        }
        int observeMonths = (int) ChronoUnit.MONTHS.between(s.start(), windowStart) + 1;
        try {
            String text = ScenarioLoader.resolvedYaml(loaded.with("months", months).scenario());
            String observe = ScenarioLoader.resolvedYaml(loaded.with("months", observeMonths).scenario());
            return new KeyPlayersPlan(s.name(), text, observe, day, windowStart, windowMonths, s.seed(), replicas,
                    sets, pool, accounts, confirm, confirmReplicas);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the scenario no longer loads with its months cut: " + e.getMessage(), e);
        }
    }

    /** Refuses a plan that would need more runs than {@link #MAX_RUNS}, saying how to make it smaller. */
    public void checkSize(int posts, int accountCount) throws KeyPlayersException {
        long runs = (long) replicas * (1 + posts + (accounts ? accountCount : 0))
                + (long) replicas * Math.max(0, sets - 1) * pool
                + (long) confirmReplicas * (1 + 2L * (confirm + 1) + sets);
        if (runs > MAX_RUNS) {
            throw new KeyPlayersException(String.format(java.util.Locale.ROOT, "%,d runs asked for (%,d posts%s, %d"
                    + " replicas): more than %,d; use fewer --replicas or --confirm-replicas, a smaller --pool, --sets"
                    + " or --top, --no-accounts, or a smaller"
                    + " scenario", runs, posts, accounts ? String.format(java.util.Locale.ROOT, ", %,d accounts",
                    accountCount) : "", replicas, MAX_RUNS));
        }
    }
}
