package org.moneymen.io.calibrate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.moneymen.experiment.calibrate.CalibrationPlan;
import org.moneymen.experiment.calibrate.Generation;
import org.moneymen.experiment.calibrate.Prior;
import org.moneymen.experiment.calibrate.Weighted;

/**
 * A calibration's charts: each parameter's marginal density by generation with the prior's, each pair of parameters
 * in the posterior, and the fit (each target's posterior-predictive 90% range and median against the observed value
 * and its sd, in units of that sd).
 */
final class CalibrationCharts {
    private static final int BINS = 24;

    private CalibrationCharts() {
    }

    static List<String> write(Path dir, CalibrationPlan plan, List<Generation> gens, double[][] predicted)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> files = new ArrayList<>();
        for (int d = 0; d < plan.priors().size(); d++) {
            String name = "marginal-" + plan.priors().get(d).column() + ".png";
            save(marginal(plan.priors().get(d), d, gens), dir.resolve(name));
            files.add(name);
        }
        Generation last = gens.get(gens.size() - 1);
        for (int a = 0; a < plan.priors().size(); a++) {
            for (int b = a + 1; b < plan.priors().size(); b++) {
                String name = "pairs-" + plan.priors().get(a).column() + "-" + plan.priors().get(b).column() + ".png";
                save(pair(plan.priors().get(a), plan.priors().get(b), a, b, last), dir.resolve(name));
                files.add(name);
            }
        }
        if (predicted.length > 0) {
            save(fit(plan, predicted), dir.resolve("fit.png"));
            files.add("fit.png");
        }
        return files;
    }

    private static XYChart chart(String title, String x, String y) {
        XYChart c = new XYChart(900, 520);
        c.setTitle(title);
        c.setXAxisTitle(x);
        c.setYAxisTitle(y);
        var s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(0xdddddd));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setLocale(Locale.ROOT);
        s.setChartTitleBoxVisible(false);
        return c;
    }

    private static XYChart marginal(Prior p, int d, List<Generation> gens) {
        XYChart c = chart(p.path() + ": density by generation", p.path(), "density");
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Generation g : gens) {
            for (double[] v : g.values()) {
                lo = Math.min(lo, v[d]);
                hi = Math.max(hi, v[d]);
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1e-9 + Math.abs(lo) * 1e-6;
        }
        double width = (hi - lo) / BINS;
        double[] xs = new double[BINS];
        double[] prior = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            xs[i] = lo + (i + 0.5) * width;
            prior[i] = p.density(xs[i]);
        }
        c.addSeries("prior", xs, prior).setMarker(SeriesMarkers.NONE)
                .setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0))
                .setLineColor(Color.GRAY);
        for (Generation g : gens) {
            double[] w = g.weights();
            double[] h = new double[BINS];
            for (int i = 0; i < g.size(); i++) {
                int bin = Math.min(BINS - 1, (int) ((g.values()[i][d] - lo) / width));
                h[bin] += w[i] / width;
            }
            XYSeries s = c.addSeries("generation " + g.number(), xs, h);
            s.setMarker(SeriesMarkers.NONE);
            float shade = gens.size() == 1 ? 1 : (float) (g.number() - 1) / (gens.size() - 1);
            s.setLineColor(new Color(0.75f - 0.7f * shade, 0.8f - 0.55f * shade, 0.95f - 0.25f * shade));
        }
        return c;
    }

    private static XYChart pair(Prior a, Prior b, int da, int db, Generation g) {
        XYChart c = chart("Posterior, generation " + g.number(), a.path(), b.path());
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        c.getStyler().setMarkerSize(5);
        c.getStyler().setLegendVisible(false);
        c.addSeries("particles", Weighted.column(g.values(), da), Weighted.column(g.values(), db))
                .setMarkerColor(new Color(0x1f77b4));
        return c;
    }

    private static XYChart fit(CalibrationPlan plan, double[][] predicted) {
        XYChart c = chart("Fit: posterior-predictive 90% range and median, in sd from the observed value", "target",
                "(simulated - observed) / sd");
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        int n = plan.targets().size();
        double[] xs = new double[n];
        double[] med = new double[n];
        for (int k = 0; k < n; k++) {
            var t = plan.targets().get(k);
            double[] col = Weighted.column(predicted, k);
            double[] w = Weighted.equal(col.length);
            xs[k] = k + 1;
            med[k] = (Weighted.quantile(col, w, 0.5) - t.value()) / t.sd();
            XYSeries range = c.addSeries(t.name(), new double[] {k + 1, k + 1}, new double[] {
                (Weighted.quantile(col, w, 0.05) - t.value()) / t.sd(), (Weighted.quantile(col, w, 0.95) - t.value()) / t.sd()});
            range.setMarker(SeriesMarkers.NONE).setLineColor(new Color(0x1f77b4)).setLineWidth(4);
            range.setShowInLegend(false);
        }
        c.addSeries("median", xs, med).setMarker(SeriesMarkers.DIAMOND).setMarkerColor(new Color(0xd62728))
                .setLineStyle(new BasicStroke(0f));
        c.addSeries("observed +/- 1 sd", new double[] {0.5, n + 0.5, n + 0.5, 0.5, 0.5},
                new double[] {-1, -1, 1, 1, -1}).setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY);
        c.getStyler().setxAxisTickLabelsFormattingFunction(v -> {
            int k = (int) Math.round(v) - 1;
            return Math.abs(v - Math.round(v)) < 1e-9 && k >= 0 && k < n ? plan.targets().get(k).name() : "";
        });
        return c;
    }

    private static void save(XYChart c, Path file) throws IOException {
        BitmapEncoder.saveBitmap(c, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
