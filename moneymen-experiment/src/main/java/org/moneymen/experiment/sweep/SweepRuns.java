package org.moneymen.experiment.sweep;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.moneymen.experiment.Runs;
import org.moneymen.model.Column;
import org.moneymen.model.MonthRow;
import org.moneymen.model.RunOutput;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.ScenarioException;

/**
 * Computes one run of a sweep; every engine calls this and nothing else, so engines cannot differ.
 *
 * <p>A run's scenario is its point's scenario with the run's seed. The resolved base scenario is parsed once per plan
 * instance (once per JVM on Spark); each point's values are then set on it in memory, typed, through
 * {@link LoadedScenario#with(Map)}, with the checks {@code --set} gives and no text in between, so a design value
 * reaches the run to the last bit. Each run then only swaps the seed in. The seed is a plain value that no check or
 * default reads, so the scenario is equal, component for component, to the resolved YAML parsed with the run's
 * {@code --set} overrides and {@code seed=N} (a test checks this).
 */
public final class SweepRuns {
    /** Scenario's components, and its canonical constructor, to copy a scenario with another seed. */
    private static final RecordComponent[] COMPONENTS = Scenario.class.getRecordComponents();
    private static final Constructor<Scenario> CANONICAL = canonical();
    private static final int SEED = seedIndex();

    /**
     * The parsed base and point scenarios of the last plan seen (by identity): one slot, read without locks. Two
     * threads missing at once both parse and keep equal values, so a race costs time, never a different result.
     */
    private static volatile PointScenarios last;

    private SweepRuns() {
    }

    /** The base scenario and the point scenarios made so far of one plan instance. */
    private record PointScenarios(SweepPlan plan, LoadedScenario base, AtomicReferenceArray<Scenario> points) {
    }

    /** The scenario a run uses: the resolved base with the point's values and the run's seed. */
    public static Scenario scenario(SweepPlan plan, RunSpec spec) {
        return withSeed(pointScenario(plan, spec.point()), spec.seed());
    }

    /** The resolved base with a point's values set (the base seed): the checks of {@code --set}, no text. */
    static LoadedScenario point(LoadedScenario base, SweepPlan plan, int point) throws ScenarioException {
        return base.with(plan.values(point));
    }

    /** Keeps the base and point scenarios a plan was checked with, so its runs need not make them again. */
    static void remember(SweepPlan plan, LoadedScenario base, List<Scenario> points) {
        AtomicReferenceArray<Scenario> slots = new AtomicReferenceArray<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            slots.set(i, points.get(i));
        }
        last = new PointScenarios(plan, base, slots);
    }

    private static Scenario pointScenario(SweepPlan plan, int point) {
        PointScenarios cache = last;
        if (cache == null || cache.plan() != plan) {
            cache = new PointScenarios(plan, base(plan), new AtomicReferenceArray<>(plan.points().size()));
            last = cache;
        }
        Scenario s = cache.points().get(point);
        if (s == null) {
            try {
                s = point(cache.base(), plan, point).scenario();
            } catch (ScenarioException e) {
                // Every point was loaded when the plan was made, so this is a bug, not bad input.
                throw new IllegalStateException("point " + point + " no longer loads: " + e.getMessage(), e);
            }
            cache.points().set(point, s);
        }
        return s;
    }

    private static LoadedScenario base(SweepPlan plan) {
        try {
            return LoadedScenario.parse(SweepPlan.SCENARIO_FILE, plan.scenarioText(), List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the resolved base scenario no longer loads: " + e.getMessage(), e);
        }
    }

    /** The same scenario with another root seed. */
    static Scenario withSeed(Scenario s, long seed) {
        if (s.seed() == seed) {
            return s;
        }
        Object[] args = new Object[COMPONENTS.length];
        try {
            for (int i = 0; i < args.length; i++) {
                args[i] = i == SEED ? seed : COMPONENTS[i].getAccessor().invoke(s);
            }
            return CANONICAL.newInstance(args);
        } catch (IllegalAccessException | InstantiationException | InvocationTargetException e) {
            throw new IllegalStateException("cannot copy the scenario with seed " + seed + ": " + e, e);
        }
    }

    private static Constructor<Scenario> canonical() {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return Scenario.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Scenario has no canonical constructor", e);
        }
    }

    private static int seedIndex() {
        for (int i = 0; i < COMPONENTS.length; i++) {
            if (COMPONENTS[i].getName().equals("seed") && COMPONENTS[i].getType() == long.class) {
                return i;
            }
        }
        throw new IllegalStateException("Scenario has no long seed");
    }

    /** Runs one run of the plan and keeps its figures and series. */
    public static RunRecord compute(SweepPlan plan, int run) {
        RunSpec spec = plan.run(run);
        RunOutput out = Runs.runQuiet(scenario(plan, spec));
        Column[] cols = Column.values();
        List<String> names = new ArrayList<>(cols.length);
        for (Column c : cols) {
            names.add(c.label());
        }
        List<MonthRow> rows = out.rows();
        int[] months = new int[rows.size()];
        int[] days = new int[rows.size()];
        double[][] series = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            MonthRow r = rows.get(i);
            months[i] = r.month();
            days[i] = (int) r.date().toEpochDay();
            series[i] = r.values().clone();
        }
        return new RunRecord(run, spec.point(), spec.replica(), spec.seed(), plan.points().get(spec.point()).values(),
                SummaryFields.flatten(out.summary()), List.copyOf(names), months, days, series);
    }
}
