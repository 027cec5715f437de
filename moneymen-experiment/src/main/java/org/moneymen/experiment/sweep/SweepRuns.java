package org.moneymen.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.experiment.Runs;
import org.moneymen.model.Column;
import org.moneymen.model.MonthRow;
import org.moneymen.model.RunOutput;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;

/** Computes one run of a sweep; every engine calls this and nothing else, so engines cannot differ. */
public final class SweepRuns {
    private SweepRuns() {
    }

    /** The scenario a run uses: the resolved base with the point's values and the run's seed. */
    public static Scenario scenario(SweepPlan plan, RunSpec spec) {
        try {
            return ScenarioLoader.parse(SweepPlan.SCENARIO_FILE, plan.scenarioText(), spec.overrides());
        } catch (ScenarioException e) {
            // Every point was loaded when the plan was made, so this is a bug, not bad input.
            throw new IllegalStateException("run " + spec.run() + " no longer loads: " + e.getMessage(), e);
        }
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
