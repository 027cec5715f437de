package org.moneymen.experiment.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.kernel.Seeds;
import org.moneymen.scenario.ScenarioValues;

/**
 * A checked sweep, ready to run: the resolved base scenario, the parameters, the design's points, replicas and
 * the sweep seed. Every run is a pure function of the plan and its run id.
 *
 * @param name sweep name
 * @param scenarioText the base scenario, resolved (every default and base override spelt out)
 * @param resolvedYaml the sweep file, resolved: loading it beside scenarioText gives this plan again
 * @param seed sweep seed
 * @param commonRandomNumbers whether replica r has the same seed at every point
 * @param replicas runs per point
 * @param design how the points were chosen
 * @param levels Morris levels, 0 for other designs
 * @param params swept parameters, in file order
 * @param points the design's points
 */
public record SweepPlan(String name, String scenarioText, String resolvedYaml, long seed, boolean commonRandomNumbers,
                        int replicas, DesignKind design, int levels, List<Param> params, List<Point> points)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The name of the resolved base scenario inside a sweep folder. */
    public static final String SCENARIO_FILE = "scenario.resolved.yaml";

    /** Number of runs: points times replicas. */
    public int runs() {
        return points.size() * replicas;
    }

    /** An independent run's seed: derived from the sweep seed, the point and the replica only. */
    public static long runSeed(long sweepSeed, int point, int replica) {
        return Seeds.derive(sweepSeed, point, replica);
    }

    /** A common-random-numbers run's seed: derived from the sweep seed and the replica only, the same at every point. */
    public static long commonSeed(long sweepSeed, int replica) {
        return Seeds.derive(sweepSeed, replica);
    }

    /** The seed of a point's replica under this plan's seeding. */
    public long runSeed(int point, int replica) {
        return commonRandomNumbers ? commonSeed(seed, replica) : runSeed(seed, point, replica);
    }

    /** A point's values by parameter path, in parameter order: what {@code LoadedScenario.with} takes. */
    public Map<String, Object> values(int point) {
        Map<String, Object> out = new LinkedHashMap<>();
        Point p = points.get(point);
        for (int i = 0; i < params.size(); i++) {
            out.put(params.get(i).path(), p.values().get(i));
        }
        return out;
    }

    /** Where a run sits and how to repeat it alone. */
    public RunSpec run(int run) {
        int point = run / replicas;
        int replica = run % replicas;
        long runSeed = runSeed(point, replica);
        List<String> overrides = new ArrayList<>();
        values(point).forEach((path, value) -> overrides.add(path + "=" + ScenarioValues.text(value)));
        overrides.add("seed=" + runSeed);
        return new RunSpec(run, point, replica, runSeed, List.copyOf(overrides));
    }
}
