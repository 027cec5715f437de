package org.moneymen.experiment;

import java.util.List;
import org.moneymen.model.Entity;
import org.moneymen.model.ModelEvent;
import org.moneymen.model.RunOutput;

/**
 * A finished run with its event log and the entities of its network.
 *
 * @param output the time series, summary and final state
 * @param events the event log in the order things happened
 * @param entities the network's entities in the order the run created them
 */
public record RunResult(RunOutput output, List<ModelEvent> events, List<Entity> entities) {
}
