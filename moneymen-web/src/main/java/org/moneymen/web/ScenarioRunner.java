package org.moneymen.web;

import java.util.function.Consumer;
import org.moneymen.experiment.RunResult;
import org.moneymen.model.MonthRow;
import org.moneymen.model.config.Scenario;

/** How the dashboard runs a scenario: {@code Runs::run}, or a stand-in in tests. */
@FunctionalInterface
public interface ScenarioRunner {
    /** Runs the scenario, passing each month's row to {@code onMonth} as it is recorded. */
    RunResult run(Scenario scenario, Consumer<MonthRow> onMonth);
}
