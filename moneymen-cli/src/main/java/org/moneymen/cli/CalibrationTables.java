package org.moneymen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moneymen.experiment.calibrate.Calibration;
import org.moneymen.experiment.calibrate.CalibrationPlan;
import org.moneymen.io.calibrate.CalibrationReport;

/** The tables calibrate prints: each parameter's posterior, and each target's fit. */
final class CalibrationTables {
    private CalibrationTables() {
    }

    static String parameters(CalibrationPlan plan, Calibration.Result result) {
        List<List<String>> rows = new ArrayList<>();
        for (CalibrationReport.Posterior p : CalibrationReport.posteriors(plan, result.posterior())) {
            rows.add(List.of(p.prior().path(), p.prior().describe(), num(p.mean()), num(p.median()),
                    "[" + num(p.p5()) + ", " + num(p.p95()) + "]"));
        }
        return table("Posterior (generation " + result.posterior().number() + ", " + result.why() + "):",
                List.of("parameter", "prior", "mean", "median", "90% interval"), rows);
    }

    static String fit(CalibrationPlan plan, Calibration.Result result) {
        if (result.predicted().length == 0) {
            return "No posterior-predictive check (method.predictive is 0).";
        }
        List<List<String>> rows = new ArrayList<>();
        for (CalibrationReport.Fit f : CalibrationReport.fits(plan, result.predicted())) {
            rows.add(List.of(f.target().name(), f.target().describe(), num(f.target().value()) + " +/- "
                    + num(f.target().sd()), num(f.median()), "[" + num(f.p5()) + ", " + num(f.p95()) + "]",
                    String.format(Locale.ROOT, "%+.2f", f.z())));
        }
        return table("Fit (" + result.predictive().size() + " posterior-predictive particles):",
                List.of("target", "figure", "observed +/- sd", "predicted median", "90% range", "z"), rows);
    }

    private static String table(String title, List<String> header, List<List<String>> rows) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        w.println(title);
        Tables.aligned(w, header, rows);
        w.flush();
        return s.toString();
    }

    /** Four significant digits, thousands separated. */
    static String num(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return String.valueOf(v == 0 ? "0" : v);
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
