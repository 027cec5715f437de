package org.moneymen.experiment.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.kernel.Seeds;

/**
 * A checked sweep, ready to run: the resolved base scenario, the parameters, the design's points, replicas and
 * the sweep seed. Every run is a pure function of the plan and its run id.
 *
 * @param name sweep name
 * @param scenarioText the base scenario, resolved (every default and base override spelt out)
 * @param resolvedYaml the sweep file, resolved: loading it beside scenarioText gives this plan again
 * @param seed sweep seed
 * @param replicas runs per point
 * @param design how the points were chosen
 * @param levels Morris levels, 0 for other designs
 * @param params swept parameters, in file order
 * @param points the design's points
 */
public record SweepPlan(String name, String scenarioText, String resolvedYaml, long seed, int replicas,
                        DesignKind design, int levels, List<Param> params, List<Point> points) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The name of the resolved base scenario inside a sweep folder. */
    public static final String SCENARIO_FILE = "scenario.resolved.yaml";

    /** Number of runs: points times replicas. */
    public int runs() {
        return points.size() * replicas;
    }

    /** A run's seed: derived from the sweep seed, the point and the replica only. */
    public static long runSeed(long sweepSeed, int point, int replica) {
        return Seeds.derive(sweepSeed, point, replica);
    }

    /** Where a run sits and how to repeat it alone. */
    public RunSpec run(int run) {
        int point = run / replicas;
        int replica = run % replicas;
        long runSeed = runSeed(seed, point, replica);
        List<String> overrides = new ArrayList<>();
        Point p = points.get(point);
        for (int i = 0; i < params.size(); i++) {
            overrides.add(params.get(i).path() + "=" + p.values().get(i));
        }
        overrides.add("seed=" + runSeed);
        return new RunSpec(run, point, replica, runSeed, List.copyOf(overrides));
    }
}
