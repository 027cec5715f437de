package org.moneymen.experiment.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.BatchSink;
import org.moneymen.experiment.sweep.DesignKind;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.experiment.sweep.Point;
import org.moneymen.experiment.sweep.RunRecord;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.kernel.Seeds;

/**
 * Simulates particles with the model through a sweep engine, in memory: each generation is a sweep plan whose points
 * are the particles (values set on the resolved scenario, typed, as a sweep sets them), run on the local engine's
 * cores or on Spark, and each run reduced to the targets as it returns. The engine stays open across generations.
 */
public final class ModelSimulator implements Simulator {
    private final CalibrationPlan plan;
    private final SweepEngine engine;
    private final EngineOptions options;
    private final AutoCloseable handle;
    private final List<Param> params;
    private final Runnable runDone;

    /** Opens the engine; {@code runDone} is called after each run (for progress). */
    public ModelSimulator(CalibrationPlan plan, SweepEngine engine, EngineOptions options, Runnable runDone)
            throws Exception {
        this.plan = plan;
        this.engine = engine;
        this.options = options;
        this.runDone = runDone;
        List<Param> ps = new ArrayList<>();
        for (Prior p : plan.priors()) {
            ps.add(new Param(p.path(), p.column(), List.of(), p.lo(), p.hi(), 0, p.integer(), null, 0, 0));
        }
        this.params = List.copyOf(ps);
        this.handle = engine.open(options);
    }

    /** The seed of a generation's sweep: common to its particles when the plan says so. */
    static long generationSeed(long seed, int generation) {
        return Seeds.derive(seed, generation);
    }

    @Override
    public double[][] simulate(int generation, List<double[]> particles) throws Exception {
        return run(generationSeed(plan.seed(), generation), plan.commonRandomNumbers(), "generation " + generation,
                particles);
    }

    @Override
    public double[][] predict(List<double[]> particles) throws Exception {
        return run(Seeds.derive(plan.seed(), "predictive"), false, "predictive", particles);
    }

    private double[][] run(long seed, boolean common, String label, List<double[]> particles) throws Exception {
        List<Point> points = new ArrayList<>(particles.size());
        for (int i = 0; i < particles.size(); i++) {
            double[] x = particles.get(i);
            List<Object> values = new ArrayList<>(x.length);
            for (int d = 0; d < x.length; d++) {
                values.add(plan.priors().get(d).scenarioValue(x[d]));
            }
            points.add(new Point(i, -1, x.clone(), List.copyOf(values)));
        }
        SweepPlan sweep = new SweepPlan(plan.name() + " " + label, plan.scenarioText(), "", seed, common,
                plan.replicas(), DesignKind.GRID, 0, params, List.copyOf(points));
        int targets = plan.targets().size();
        AtomicReferenceArray<double[]> figures = new AtomicReferenceArray<>(sweep.runs());
        engine.run(sweep, Batch.of(sweep.runs()), options, new BatchSink() {
            @Override
            public void batchDone(Batch batch, List<RunRecord> records) {
                for (RunRecord r : records) {
                    double[] f = new double[targets];
                    for (int k = 0; k < targets; k++) {
                        f[k] = plan.targets().get(k).of(r);
                    }
                    figures.set(r.run(), f);
                }
            }

            @Override
            public void runDone() {
                runDone.run();
            }
        });
        double[][] out = new double[particles.size()][targets];
        for (int run = 0; run < sweep.runs(); run++) {
            double[] f = figures.get(run);
            if (f == null) {
                throw new IllegalStateException("the engine returned no result for run " + run + " of " + label);
            }
            int point = run / plan.replicas();
            for (int k = 0; k < targets; k++) {
                out[point][k] += f[k] / plan.replicas();
            }
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        handle.close();
    }
}
