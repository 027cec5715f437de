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
    private static final int BINS = 80;

    /** Colours safe for colour-blind readers (Okabe and Ito). */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442)};

    private static String k1(int k) {
        return Integer.toString(k + 1);
    }

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
        double width = (hi - lo) / (BINS - 1);
        double[] xs = new double[BINS];
        double[] prior = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            xs[i] = lo + i * width;
            prior[i] = p.density(xs[i]);
        }
        c.addSeries("prior", xs, prior).setMarker(SeriesMarkers.NONE)
                .setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0))
                .setLineColor(Color.GRAY);
        for (Generation g : gens) {
            double[] w = g.weights();
            double[] x = Weighted.column(g.values(), d);
            // A weighted Gaussian kernel density, Silverman's bandwidth on the effective sample size.
            double bw = 1.06 * Math.max(Weighted.sd(x, w), (hi - lo) * 1e-3) * Math.pow(g.effectiveSize(), -0.2);
            double[] h = new double[BINS];
            for (int b = 0; b < BINS; b++) {
                for (int i = 0; i < x.length; i++) {
                    double z = (xs[b] - x[i]) / bw;
                    h[b] += w[i] * Math.exp(-0.5 * z * z) / (bw * Math.sqrt(2 * Math.PI));
                }
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
            XYSeries range = c.addSeries(t.name() + " (" + k1(k) + ")", new double[] {k + 1, k + 1}, new double[] {
                (Weighted.quantile(col, w, 0.05) - t.value()) / t.sd(), (Weighted.quantile(col, w, 0.95) - t.value()) / t.sd()});
            range.setMarker(SeriesMarkers.NONE).setLineColor(PALETTE[k % PALETTE.length]).setLineWidth(6);
        }
        XYSeries median = c.addSeries("median", xs, med);
        median.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        median.setMarker(SeriesMarkers.DIAMOND).setMarkerColor(Color.BLACK);
        c.addSeries("observed +/- 1 sd", new double[] {0.5, n + 0.5, n + 0.5, 0.5, 0.5},
                new double[] {-1, -1, 1, 1, -1}).setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY);
        c.getStyler().setXAxisMin(0.5);
        c.getStyler().setXAxisMax(n + 0.5);
        c.getStyler().setXAxisTicksVisible(false);
        c.setXAxisTitle("target (left to right, as listed)");
        return c;
    }

    private static void save(XYChart c, Path file) throws IOException {
        BitmapEncoder.saveBitmap(c, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
