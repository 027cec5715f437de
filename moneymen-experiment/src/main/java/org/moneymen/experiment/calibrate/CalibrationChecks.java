package org.moneymen.experiment.calibrate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.experiment.sweep.DistributionKind;
import org.moneymen.model.Column;
import org.moneymen.model.RunSummary;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.param.Range;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.Location;
import org.moneymen.scenario.Names;
import org.moneymen.scenario.Parameter;
import org.moneymen.scenario.Parameters;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;

/** The checks of a calibration file's parameters, targets and method, each problem located at what caused it. */
final class CalibrationChecks {
    private CalibrationChecks() {
    }

    static List<Prior> priors(CalibrationSpec spec, LoadedScenario base, Map<String, Location> at, Location top,
                              List<Problem> problems) {
        if (spec.parameters().isEmpty()) {
            problems.add(new Problem(CalibrationFiles.loc(at, "parameters", top), "parameters",
                    "name at least one free parameter: {path: ..., prior: {kind: uniform, min: ..., max: ...}}"));
        }
        Map<String, Parameter> byPath = new LinkedHashMap<>();
        for (Parameter p : Parameters.of(base.scenario())) {
            byPath.put(p.path(), p);
        }
        Set<String> columns = CalibrationFiles.fixedColumns();
        Set<String> paths = new HashSet<>();
        List<Prior> out = new ArrayList<>();
        for (int i = 0; i < spec.parameters().size(); i++) {
            CalibratedParameterSpec c = spec.parameters().get(i);
            String key = "parameters[" + i + "]";
            Location pAt = CalibrationFiles.loc(at, key, top);
            Parameter param = byPath.get(c.path());
            if (param == null || !(param.value() instanceof Number)) {
                problems.add(new Problem(CalibrationFiles.loc(at, key + ".path", pAt), key + ".path", "'" + c.path()
                        + "' is " + (param == null ? "not a parameter of the scenario" : "not a number (it is "
                        + param.value() + ")") + "; a free parameter is a numeric path as --set takes it"));
                continue;
            }
            if (!paths.add(c.path())) {
                problems.add(new Problem(CalibrationFiles.loc(at, key + ".path", pAt), key + ".path",
                        "'" + c.path() + "' is calibrated twice"));
            }
            String column = c.name() != null ? c.name() : c.path().replaceAll("[.\\[\\]]+", "_").replaceAll("_$", "");
            if (!columns.add(column)) {
                problems.add(new Problem(pAt, key + ".name", "column '" + column + "' is taken; give another name"));
            }
            if (c.prior() == null) {
                problems.add(new Problem(pAt, key + ".prior", "give a prior: {kind: uniform, min: A, max: B}"));
                continue;
            }
            Prior prior = prior(c, column, param, at, key + ".prior", pAt, problems);
            if (prior != null) {
                out.add(prior);
            }
        }
        return out;
    }

    private static Prior prior(CalibratedParameterSpec c, String column, Parameter param, Map<String, Location> at,
                               String key, Location pAt, List<Problem> problems) {
        PriorSpec p = c.prior();
        Location kAt = CalibrationFiles.loc(at, key, pAt);
        Range range = param.component().getAnnotation(Range.class);
        double rlo = range == null ? Double.NEGATIVE_INFINITY : range.min();
        double rhi = range == null ? Double.POSITIVE_INFINITY : range.max();
        double lo = p.min() != null ? p.min() : Double.NEGATIVE_INFINITY;
        double hi = p.max() != null ? p.max() : Double.POSITIVE_INFINITY;
        int before = problems.size();
        double a;
        double b;
        switch (p.kind()) {
            case UNIFORM:
                if (p.min() == null || p.max() == null) {
                    problems.add(new Problem(kAt, key, "a uniform prior needs min and max"));
                    return null;
                }
                a = lo;
                b = hi;
                break;
            case NORMAL:
                if (p.mean() == null || p.sd() == null || p.sd() <= 0) {
                    problems.add(new Problem(kAt, key, "a normal prior needs mean and sd (above 0)"));
                    return null;
                }
                a = p.mean();
                b = p.sd();
                break;
            default:
                if (p.median() == null || p.sigma() == null || p.median() <= 0 || p.sigma() <= 0) {
                    problems.add(new Problem(kAt, key, "a lognormal prior needs median and sigma (both above 0)"));
                    return null;
                }
                a = p.median();
                b = p.sigma();
                lo = Math.max(lo, 0);
        }
        if (!(lo < hi)) {
            problems.add(new Problem(CalibrationFiles.loc(at, key + ".max", kAt), key + ".max",
                    "is " + hi + ", not above min " + lo));
        }
        if (lo < rlo || hi > rhi) {
            // An unbounded side of a normal or log-normal prior is cut at the parameter's own limit, as a modeller
            // would; a bound written outside it is a mistake.
            boolean written = (lo < rlo && p.min() != null) || (hi > rhi && p.max() != null)
                    || p.kind() == DistributionKind.UNIFORM;
            if (written) {
                problems.add(new Problem(kAt, key, "the prior's support [" + lo + ", " + hi + "] leaves " + c.path()
                        + "'s allowed range [" + rlo + ", " + rhi + "]"));
            }
            lo = Math.max(lo, rlo);
            hi = Math.min(hi, rhi);
        }
        if (problems.size() > before) {
            return null;
        }
        boolean integer = param.value() instanceof Integer || param.value() instanceof Long;
        Prior prior = new Prior(c.path(), column, p.kind(), a, b, lo, hi, integer, c.why() == null ? "" : c.why());
        if (!(prior.mass() > 1e-9)) {
            problems.add(new Problem(kAt, key, "the prior puts no probability inside [" + lo + ", " + hi + "]"));
            return null;
        }
        return prior;
    }

    static List<Target> targets(CalibrationSpec spec, Scenario scenario, List<Prior> priors, Map<String, Location> at,
                                Location top, List<Problem> problems) {
        if (spec.targets().isEmpty()) {
            problems.add(new Problem(CalibrationFiles.loc(at, "targets", top), "targets",
                    "name at least one target: {name, output, statistic, value, sd, source}"));
        }
        Set<String> columns = CalibrationFiles.fixedColumns();
        priors.forEach(p -> columns.add(p.column()));
        Set<String> series = new HashSet<>();
        for (Column c : Column.values()) {
            series.add(c.label());
        }
        LocalDate first = scenario.start();
        LocalDate last = scenario.start().plusMonths(scenario.months()).minusDays(1);
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < spec.targets().size(); i++) {
            TargetSpec t = spec.targets().get(i);
            String key = "targets[" + i + "]";
            Location tAt = CalibrationFiles.loc(at, key, top);
            int before = problems.size();
            if (t.name().isBlank() || !columns.add(t.name())) {
                problems.add(new Problem(CalibrationFiles.loc(at, key + ".name", tAt), key + ".name", t.name().isBlank()
                        ? "give the target a name" : "'" + t.name() + "' is taken by another column; give another name"));
            }
            if (!(t.sd() > 0)) {
                problems.add(new Problem(CalibrationFiles.loc(at, key + ".sd", tAt), key + ".sd",
                        "is " + t.sd() + "; a target's sd must be above 0 (it scales the distance)"));
            }
            if (t.source() == null || t.source().isBlank()) {
                problems.add(new Problem(tAt, key + ".source", "say where the value comes from: report, outlet, date"));
            }
            if (t.statistic() == Statistic.SUMMARY) {
                if (!summaryFigure(t.output())) {
                    problems.add(new Problem(CalibrationFiles.loc(at, key + ".output", tAt), key + ".output", "'"
                            + t.output() + "' is not a summary figure of a run; figures: " + summaryFigures()));
                }
                if (t.from() != null || t.to() != null) {
                    problems.add(new Problem(tAt, key, "a summary figure covers the whole run; from and to are for"
                            + " series statistics"));
                }
            } else {
                if (!series.contains(t.output())) {
                    problems.add(new Problem(CalibrationFiles.loc(at, key + ".output", tAt), key + ".output", "'"
                            + t.output() + "' is not a time-series column; columns: " + String.join(", ", series.stream().sorted().toList())));
                }
                LocalDate from = t.from() == null ? first : t.from();
                LocalDate to = t.to() == null ? last : t.to();
                if (to.isBefore(from) || to.isBefore(first) || from.isAfter(last)) {
                    problems.add(new Problem(CalibrationFiles.loc(at, key + ".from", tAt), key + ".from", "the window "
                            + from + " to " + to + " holds no month of the run (" + first + " to " + last + ")"));
                }
            }
            if (problems.size() == before) {
                out.add(new Target(t.name(), t.output(), t.statistic(), t.from(), t.to(), t.value(), t.sd(), t.source()));
            }
        }
        return out;
    }

    static void method(CalibrationSpec spec, Map<String, Location> at, Location top, List<Problem> problems) {
        MethodSpec m = spec.method();
        if ((long) Math.ceil(m.population() / m.keep()) * spec.replicas() > 50_000_000L) {
            problems.add(new Problem(CalibrationFiles.loc(at, "method.population", top), "method.population",
                    "population / keep x replicas is more than 50,000,000 runs a generation"));
        }
    }

    /** The scenario at each corner of the priors' supports that is finite: a value no run could take is found now. */
    static void corners(LoadedScenario base, List<Prior> priors, Map<String, Location> at, Location top)
            throws ScenarioException {
        for (double u : new double[] {0, 0.5, 1}) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Prior p : priors) {
                values.put(p.path(), p.scenarioValue(p.quantile(u)));
            }
            try {
                base.with(values);
            } catch (ScenarioException e) {
                List<Problem> located = new ArrayList<>();
                for (Problem q : e.problems()) {
                    located.add(new Problem(CalibrationFiles.loc(at, "parameters", top), "parameters",
                            "the priors' " + (u == 0 ? "lowest" : u == 1 ? "highest" : "median") + " values "
                                    + values + " make a scenario that does not load: " + q));
                }
                throw new ScenarioException(located);
            }
        }
    }

    private static boolean summaryFigure(String name) {
        for (var c : RunSummary.class.getRecordComponents()) {
            String key = Names.snake(c.getName());
            boolean map = Map.class.isAssignableFrom(c.getType());
            if (map ? name.startsWith(key + "_") : name.equals(key)) {
                return !key.equals("seed");
            }
        }
        return false;
    }

    private static String summaryFigures() {
        List<String> out = new ArrayList<>();
        for (var c : RunSummary.class.getRecordComponents()) {
            String key = Names.snake(c.getName());
            out.add(Map.class.isAssignableFrom(c.getType()) ? key + "_KEY" : key);
        }
        out.remove("seed");
        return String.join(", ", out);
    }
}
