package org.moneymen.model;

import java.util.List;
import org.moneymen.model.config.Scenario;

/**
 * What a run produced.
 *
 * @param scenario exactly what ran
 * @param rows the monthly time series
 * @param summary totals
 * @param world the final state, for stories and network views
 */
public record RunOutput(Scenario scenario, List<MonthRow> rows, RunSummary summary, World world) {
}
