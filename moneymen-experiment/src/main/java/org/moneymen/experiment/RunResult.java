package org.moneymen.experiment;

import java.util.List;
import org.moneymen.model.ModelEvent;
import org.moneymen.model.RunOutput;

/**
 * A finished run with its event log.
 *
 * @param output the time series, summary and final state
 * @param events the event log in the order things happened
 */
public record RunResult(RunOutput output, List<ModelEvent> events) {
}
