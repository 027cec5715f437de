package org.moneymen.experiment.sweep;

import java.util.List;

/**
 * One run of a sweep: where it sits and how to repeat it alone.
 *
 * @param run 0-based run id (point x replicas + replica)
 * @param point point number
 * @param replica replica number within the point
 * @param seed the run's root seed
 * @param overrides the point's parameter values as path=value (every digit kept), then seed=N
 */
public record RunSpec(int run, int point, int replica, long seed, List<String> overrides) {
}
