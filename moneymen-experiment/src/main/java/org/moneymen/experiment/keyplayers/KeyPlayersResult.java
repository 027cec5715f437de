package org.moneymen.experiment.keyplayers;

import java.util.List;
import java.util.Map;

/**
 * What a key-player analysis found.
 *
 * @param plan what was asked
 * @param baselineInflowUsd mean inflow of Office No. 39 in the window without any removal, USD
 * @param officials every post held on the day, the largest loss first
 * @param accounts every account known on the day, the largest loss first (empty unless asked for)
 * @param sets the greedy set, one step per size
 * @param spearman Spearman's rank correlation of each centrality (degree, betweenness, eigenvector) with the loss,
 *     over the officials (NaN with fewer than three)
 * @param runs simulations run
 */
public record KeyPlayersResult(KeyPlayersPlan plan, double baselineInflowUsd, List<Player> officials,
                               List<Player> accounts, List<SetStep> sets, Map<String, Double> spearman, long runs) {
}
