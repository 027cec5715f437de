package org.moneymen.experiment.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.scenario.Location;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioValues;
import org.moneymen.scenario.YamlNode;

/** The parameters of a sweep file, read and checked: path, column name, and listed values, a range or a distribution. */
final class SweepParams {
    private static final Set<String> RESERVED = Set.of("run", "point", "replica", "seed", "month", "date");

    private SweepParams() {
    }

    /** The parameters, each checked; problems are added, located at what caused them. */
    static List<Param> read(SweepSpec spec, YamlNode.MapNode map, Map<String, Location> at, Location top,
                                      List<Problem> problems) {
        List<Param> out = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (int i = 0; i < spec.parameters().size(); i++) {
            ParameterSpec p = spec.parameters().get(i);
            String key = "parameters[" + i + "]";
            Location pAt = SweepFiles.loc(at, key, top);
            if (p.path().isBlank()) {
                problems.add(new Problem(SweepFiles.loc(at, key + ".path", pAt), key + ".path", "is empty; give a scenario parameter path such as quota.recall_line"));
                continue;
            }
            if (p.path().trim().equals("seed")) {
                problems.add(new Problem(SweepFiles.loc(at, key + ".path", pAt), key + ".path", "'seed' cannot be swept: a sweep"
                        + " sets each run's seed from its seed (" + spec.seed() + ") and the replica, "
                        + (spec.commonRandomNumbers() ? "the same at every point (common_random_numbers: true)"
                        : "and the point (common_random_numbers: false)") + "; give more replicas for more seeds"));
                continue;
            }
            if (!paths.add(p.path())) {
                problems.add(new Problem(SweepFiles.loc(at, key + ".path", pAt), key + ".path", "'" + p.path() + "' is swept twice; give each path once"));
            }
            String column = p.name() != null ? p.name() : p.path().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
            if (!column.matches("[a-z_][a-z0-9_]*") || RESERVED.contains(column) || !columns.add(column)) {
                problems.add(new Problem(SweepFiles.loc(at, key + (p.name() != null ? ".name" : ".path"), pAt), key + ".name",
                        "column name '" + column + "' is taken or not a plain lower-case name (a-z, 0-9, _; not "
                                + String.join(", ", RESERVED.stream().sorted().toList()) + "); give another name:"));
            }
            int given = (p.values() != null ? 1 : 0) + (p.range() != null ? 1 : 0) + (p.distribution() != null ? 1 : 0);
            if (given != 1) {
                problems.add(new Problem(pAt, key, "give exactly one of values, range or distribution (found " + given + ")"));
                continue;
            }
            if (p.values() != null) {
                if (p.values().isEmpty()) {
                    problems.add(new Problem(SweepFiles.loc(at, key + ".values", pAt), key + ".values", "is empty; give at least one value"));
                    continue;
                }
                List<Object> typed = typed(p.values(), key + ".values", at, pAt, problems);
                if (typed != null) {
                    out.add(new Param(p.path(), column, typed, 0, 0, 0, false, null, 0, 0));
                }
            } else if (p.range() != null) {
                RangeSpec r = p.range();
                if (!(r.max() > r.min())) {
                    problems.add(new Problem(SweepFiles.loc(at, key + ".range.max", pAt), key + ".range.max",
                            "is " + ScenarioValues.text(r.max()) + ", not above min " + ScenarioValues.text(r.min())
                                    + "; give max > min"));
                    continue;
                }
                boolean integer = r.integer() != null ? r.integer() : wholeNumbers(map, i);
                out.add(new Param(p.path(), column, List.of(), r.min(), r.max(), r.steps() == null ? 0 : r.steps(),
                        integer, null, 0, 0));
            } else {
                Param d = distribution(p.distribution(), key + ".distribution", at, pAt, problems, p.path(), column);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** Listed values as a scenario file reads them (0.5 a number, 2013-12-08 a date's text); null on a problem. */
    private static List<Object> typed(List<String> values, String key, Map<String, Location> at, Location pAt,
                                      List<Problem> problems) {
        List<Object> out = new ArrayList<>(values.size());
        boolean ok = true;
        for (int j = 0; j < values.size(); j++) {
            String entry = key + "[" + j + "]";
            try {
                out.add(ScenarioValues.read(entry, values.get(j)));
            } catch (ScenarioException e) {
                problems.add(new Problem(SweepFiles.loc(at, entry, pAt), entry, "'" + values.get(j) + "' is not a value as a"
                        + " scenario file writes one: " + e.problems().get(0).message()));
                ok = false;
            }
        }
        return ok ? Collections.unmodifiableList(out) : null;
    }

    private static Param distribution(DistributionSpec d, String key, Map<String, Location> at, Location pAt,
                                      List<Problem> problems, String path, String column) {
        Location dAt = SweepFiles.loc(at, key, pAt);
        switch (d.kind()) {
            case UNIFORM:
                if (d.min() == null || d.max() == null || !(d.max() > d.min())) {
                    problems.add(new Problem(dAt, key, "a uniform distribution needs min and max with max > min"));
                    return null;
                }
                return new Param(path, column, List.of(), d.min(), d.max(), 0, false, null, 0, 0);
            case NORMAL:
                if (d.mean() == null || d.sd() == null) {
                    problems.add(new Problem(dAt, key, "a normal distribution needs mean and sd"));
                    return null;
                }
                return new Param(path, column, List.of(), 0, 0, 0, false, DistributionKind.NORMAL, d.mean(), d.sd());
            default:
                if (d.median() == null || d.sigma() == null || d.median() <= 0) {
                    problems.add(new Problem(dAt, key, "a lognormal distribution needs median > 0 and sigma"));
                    return null;
                }
                return new Param(path, column, List.of(), 0, 0, 0, false, DistributionKind.LOGNORMAL, d.median(), d.sigma());
        }
    }

    private static boolean wholeNumbers(YamlNode.MapNode map, int index) {
        YamlNode.Entry params = map.entries().get("parameters");
        if (params == null || !(params.value() instanceof YamlNode.ListNode list)
                || !(list.items().get(index) instanceof YamlNode.MapNode p)) {
            return false;
        }
        YamlNode.Entry range = p.entries().get("range");
        if (range == null || !(range.value() instanceof YamlNode.MapNode r)) {
            return false;
        }
        return isInteger(r.entries().get("min")) && isInteger(r.entries().get("max"));
    }

    private static boolean isInteger(YamlNode.Entry e) {
        return e != null && e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.INTEGER;
    }
}
