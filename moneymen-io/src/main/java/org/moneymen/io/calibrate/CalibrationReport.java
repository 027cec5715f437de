package org.moneymen.io.calibrate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.experiment.calibrate.Calibration;
import org.moneymen.experiment.calibrate.CalibrationPlan;
import org.moneymen.experiment.calibrate.Generation;
import org.moneymen.experiment.calibrate.Prior;
import org.moneymen.experiment.calibrate.Target;
import org.moneymen.experiment.calibrate.Weighted;
import org.moneymen.scenario.ScenarioException;

/** A finished calibration's tables, scenario and charts: fit.csv, parameters.csv, calibrated.yaml, charts/. */
public final class CalibrationReport {
    public static final String FIT = "fit.csv";
    public static final String PARAMETERS = "parameters.csv";
    public static final String CALIBRATED = "calibrated.yaml";
    public static final String CHARTS = "charts";

    private CalibrationReport() {
    }

    /** One target's fit: observed value and sd, and the posterior-predictive median and 90% range. */
    public record Fit(Target target, double median, double p5, double p95) {
        /** The median's distance from the observed value in sd. */
        public double z() {
            return (median - target.value()) / target.sd();
        }
    }

    /** One parameter's posterior: weighted mean, sd, median and 90% interval. */
    public record Posterior(Prior prior, double mean, double sd, double median, double p5, double p95) {
    }

    public static List<Fit> fits(CalibrationPlan plan, double[][] predicted) {
        List<Fit> out = new ArrayList<>();
        for (int k = 0; k < plan.targets().size(); k++) {
            double[] col = Weighted.column(predicted, k);
            double[] w = Weighted.equal(col.length);
            out.add(new Fit(plan.targets().get(k), Weighted.quantile(col, w, 0.5), Weighted.quantile(col, w, 0.05),
                    Weighted.quantile(col, w, 0.95)));
        }
        return out;
    }

    public static List<Posterior> posteriors(CalibrationPlan plan, Generation g) {
        double[] w = g.weights();
        List<Posterior> out = new ArrayList<>();
        for (int d = 0; d < plan.priors().size(); d++) {
            double[] x = Weighted.column(g.values(), d);
            out.add(new Posterior(plan.priors().get(d), Weighted.mean(x, w), Weighted.sd(x, w),
                    Weighted.quantile(x, w, 0.5), Weighted.quantile(x, w, 0.05), Weighted.quantile(x, w, 0.95)));
        }
        return out;
    }

    /** Writes the report files into the calibration folder, each atomically. */
    public static void write(CalibrationStore store, CalibrationPlan plan, Calibration.Result result)
            throws IOException, ScenarioException {
        Path dir = store.dir();
        StringBuilder fit = new StringBuilder("target,output,statistic,from,to,observed,sd,predictive_median,"
                + "predictive_p5,predictive_p95,z,source\n");
        if (result.predicted().length > 0) {
            for (Fit f : fits(plan, result.predicted())) {
                Target t = f.target();
                fit.append(String.join(",", Outputs.csv(t.name()), t.output(), t.statistic().name().toLowerCase(
                        java.util.Locale.ROOT), t.from() == null ? "" : t.from().toString(),
                        t.to() == null ? "" : t.to().toString(), Outputs.num(t.value()), Outputs.num(t.sd()),
                        Outputs.num(f.median()), Outputs.num(f.p5()), Outputs.num(f.p95()), Outputs.num(f.z()),
                        Outputs.csv(t.source()))).append('\n');
            }
        }
        Outputs.write(dir.resolve(FIT), fit.toString());
        StringBuilder params = new StringBuilder("parameter,path,prior,mean,sd,median,p5,p95\n");
        for (Posterior p : posteriors(plan, result.posterior())) {
            params.append(String.join(",", p.prior().column(), p.prior().path(), Outputs.csv(p.prior().describe()),
                    Outputs.num(p.mean()), Outputs.num(p.sd()), Outputs.num(p.median()), Outputs.num(p.p5()),
                    Outputs.num(p.p95()))).append('\n');
        }
        Outputs.write(dir.resolve(PARAMETERS), params.toString());
        Outputs.write(dir.resolve(CALIBRATED), CalibratedScenario.yaml(plan, result.posterior(), store.started()));
        org.moneymen.io.AtomicDirectory.write(dir.resolve(CHARTS),
                tmp -> CalibrationCharts.write(tmp, plan, result.generations(), result.predicted()));
    }
}
