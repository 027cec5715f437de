package org.moneymen.io.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.moneymen.io.AtomicDirectory;
import org.moneymen.io.RunFiles;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.io.sweep.SweepStore;

/**
 * Charts of a run or a sweep, each as PNG and SVG: inflow to Office No. 39 over time, recalls by cause
 * (stacked), officials by status, the approval funnel, and for a Morris or Latin hypercube sweep the
 * sensitivity ranking. Columns that do not exist are left out.
 */
public final class Charts {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;
    private static final List<String> OFFICIALS = List.of("officials_posted", "officials_summoned", "officials_hiding",
            "officials_defected", "officials_arrested");
    private static final List<String> FUNNEL = List.of("deals_in_approval", "deals_signed", "deals_active", "deals_collapsed");
    /**
     * Colours safe for colour-blind readers (Okabe and Ito, 2008), then grey: nine distinct colours, enough for the
     * largest chart (the approval funnel's four levels and five organs' rejections).
     */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442),
        new Color(0x999999)};

    private Charts() {
    }

    /** Whether a folder is a sweep folder (else a run folder). */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(SweepStore.RESOLVED));
    }

    /** Writes the charts of a run or sweep folder into {@code out}, atomically; returns the file names. */
    public static List<String> plot(Path dir, Path out) throws IOException, SQLException, StoreException {
        return plot(dir, out, null);
    }

    /**
     * Writes the charts; for a sweep with {@code by} (a varied parameter), the inflow chart has one band per value
     * of that parameter and every other chart is drawn once per value ({@code recalls-1.png}, ...). {@code by} on a
     * run folder is refused: a run has no parameter to split by.
     */
    public static List<String> plot(Path dir, Path out, String by) throws IOException, SQLException, StoreException {
        System.setProperty("java.awt.headless", "true");
        Frame f;
        if (isSweep(dir)) {
            f = FrameReader.sweep(dir, by);
        } else if (Files.isRegularFile(dir.resolve(RunFiles.TIMESERIES))) {
            if (by != null) {
                throw new StoreException("--by " + by + ": " + dir + " is a run folder, one run with one value of every"
                        + " parameter; --by splits a sweep's runs by a parameter it varies");
            }
            f = FrameReader.run(dir);
        } else {
            throw new StoreException(dir + " is neither a run folder (" + RunFiles.TIMESERIES + ") nor a sweep folder ("
                    + SweepStore.RESOLVED + ")");
        }
        List<Chart<?, ?>> charts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        charts.add(inflow(f));
        names.add("inflow");
        if (f.groups().isEmpty()) {
            addOthers(f, "", "", charts, names);
        } else {
            // Split by the parameter: each value's runs averaged apart, never pooled with the other values' runs.
            int i = 0;
            for (String label : f.groups().keySet()) {
                addOthers(f.group(label), " (" + shortLabel(label) + ")", "-" + ++i, charts, names);
            }
        }
        if (!f.ranking().isEmpty()) {
            charts.add(ranking(f));
            names.add("sensitivity");
        }
        List<String> files = new ArrayList<>();
        AtomicDirectory.write(out, tmp -> {
            for (int i = 0; i < charts.size(); i++) {
                String png = names.get(i) + ".png";
                String svg = names.get(i) + ".svg";
                BitmapEncoder.saveBitmap(charts.get(i), tmp.resolve(png).toString(), BitmapEncoder.BitmapFormat.PNG);
                VectorGraphicsEncoder.saveVectorGraphic(charts.get(i), tmp.resolve(svg).toString(),
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                files.add(png);
                files.add(svg);
            }
        });
        return files;
    }

    /** The charts other than the inflow: recalls by cause, officials by status, the approval funnel. */
    private static void addOthers(Frame f, String titleSuffix, String nameSuffix, List<Chart<?, ?>> charts,
                                  List<String> names) {
        XYChart recalls = stacked(f, "Recalls by cause" + titleSuffix, "recalls per month", prefixed(f, "recalls_"));
        if (recalls != null) {
            charts.add(recalls);
            names.add("recalls" + nameSuffix);
        }
        XYChart officials = lines(f, "Officials by status" + titleSuffix, "officials", existing(f, OFFICIALS));
        if (officials != null) {
            charts.add(officials);
            names.add("officials" + nameSuffix);
        }
        List<String> funnel = existing(f, FUNNEL);
        funnel.addAll(prefixed(f, "approval_rejections_"));
        XYChart approval = lines(f, "Approval funnel" + titleSuffix, "deals (levels at month end, flows per month)",
                funnel);
        if (approval != null) {
            charts.add(approval);
            names.add("approval" + nameSuffix);
        }
    }

    /** A group's label short enough for a title (a long list value is cut). */
    static String shortLabel(String label) {
        return label.length() <= 70 ? label : label.substring(0, 69) + "…";
    }

    private static XYChart inflow(Frame f) {
        XYChart c = timeChart("Money sent to Office No. 39", "USD per month", f);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        List<Double> x = dates(f.dates());
        for (int i = 0; i < f.bands().size(); i++) {
            Frame.Band b = f.bands().get(i);
            Color color = PALETTE[i % PALETTE.length];
            boolean band = !java.util.Arrays.equals(b.low(), b.high());
            if (band) {
                List<Double> px = new ArrayList<>(x);
                List<Double> py = new ArrayList<>(boxed(b.high()));
                for (int m = x.size() - 1; m >= 0; m--) {
                    px.add(x.get(m));
                    py.add(b.low()[m]);
                }
                XYSeries area = c.addSeries(b.label() + " band", px, py);
                area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                area.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 60));
                area.setLineColor(new Color(0, 0, 0, 0));
                area.setMarker(SeriesMarkers.NONE);
                area.setShowInLegend(false);
            }
            XYSeries line = c.addSeries(b.label(), x, boxed(b.mid()));
            line.setLineColor(color);
            line.setMarker(SeriesMarkers.NONE);
        }
        markPurges(c, f, max(f.bands().stream().map(Frame.Band::high).toList()));
        return c;
    }

    static XYChart stacked(Frame f, String title, String unit, List<String> cols) {
        if (cols.isEmpty()) {
            return null;
        }
        XYChart c = timeChart(title, unit, f);
        List<Double> x = dates(f.dates());
        int n = f.dates().size();
        double[][] cum = new double[cols.size()][n];
        for (int k = 0; k < cols.size(); k++) {
            double[] v = f.columns().get(cols.get(k));
            for (int m = 0; m < n; m++) {
                cum[k][m] = (k == 0 ? 0 : cum[k - 1][m]) + (Double.isNaN(v[m]) ? 0 : v[m]);
            }
        }
        // Areas fill down to zero: draw the highest sum first so each cause shows as its own layer.
        for (int k = cols.size() - 1; k >= 0; k--) {
            XYSeries s = c.addSeries(label(cols.get(k), "recalls_"), x, boxed(cum[k]));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            s.setMarker(SeriesMarkers.NONE);
            Color color = PALETTE[k % PALETTE.length];
            s.setFillColor(color);
            s.setLineColor(color.darker());
        }
        markPurges(c, f, max(List.of(cum[cols.size() - 1])));
        return c;
    }

    static XYChart lines(Frame f, String title, String unit, List<String> cols) {
        if (cols.isEmpty()) {
            return null;
        }
        XYChart c = timeChart(title, unit, f);
        List<Double> x = dates(f.dates());
        List<double[]> all = new ArrayList<>();
        for (int k = 0; k < cols.size(); k++) {
            double[] v = f.columns().get(cols.get(k));
            all.add(v);
            XYSeries s = c.addSeries(label(cols.get(k), ""), x, boxed(v));
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(PALETTE[k % PALETTE.length]);
        }
        markPurges(c, f, max(all));
        return c;
    }

    private static CategoryChart ranking(Frame f) {
        CategoryChart c = new CategoryChart(WIDTH, HEIGHT);
        c.setTitle("Sensitivity of the money sent to Office No. 39, by parameter");
        c.setXAxisTitle("parameter (largest effect first)");
        c.setYAxisTitle(f.rankingLabel());
        style(c.getStyler());
        c.getStyler().setLegendVisible(false);
        c.getStyler().setXAxisLabelRotation(20);
        c.getStyler().setYAxisDecimalPattern("#,##0.###");
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Map.Entry<String, Double> e : f.ranking().entrySet()) {
            names.add(e.getKey());
            values.add(Double.isNaN(e.getValue()) ? 0 : e.getValue());
        }
        c.addSeries("effect", names, values).setFillColor(PALETTE[0]);
        return c;
    }

    private static XYChart timeChart(String title, String unit, Frame f) {
        XYChart c = new XYChart(WIDTH, HEIGHT);
        c.setTitle(title);
        c.setXAxisTitle("month");
        c.setYAxisTitle(unit);
        style(c.getStyler());
        monthLabels(c, f.dates());
        c.getStyler().setYAxisDecimalPattern("#,##0");
        c.getStyler().setYAxisMin(0.0);
        return c;
    }

    private static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(0xdddddd));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setChartTitleBoxVisible(false);
        s.setTimezone(java.util.TimeZone.getTimeZone("UTC"));
        s.setLocale(java.util.Locale.ROOT);
    }

    private static void markPurges(XYChart c, Frame f, double top) {
        for (LocalDate d : f.purges()) {
            double at = position(f.dates(), d);
            XYSeries s = c.addSeries("purge " + d, List.of(at, at), List.of(0.0, top > 0 ? top : 1.0));
            s.setLineColor(Color.BLACK);
            s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            s.setMarker(SeriesMarkers.NONE);
        }
    }

    private static List<String> prefixed(Frame f, String prefix) {
        return f.columns().keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }

    private static List<String> existing(Frame f, List<String> wanted) {
        List<String> out = new ArrayList<>();
        for (String w : wanted) {
            if (f.columns().containsKey(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String label(String column, String prefix) {
        return column.substring(prefix.length()).replace('_', ' ');
    }

    /** Months as positions 0, 1, 2, ... on the x axis; labels show each position's month (XChart's date axis
     * puts month labels at fixed 30-day steps, which drift off the months). */
    private static List<Double> dates(List<LocalDate> ds) {
        List<Double> out = new ArrayList<>(ds.size());
        for (int i = 0; i < ds.size(); i++) {
            out.add((double) i);
        }
        return out;
    }

    private static void monthLabels(XYChart c, List<LocalDate> ds) {
        c.getStyler().setxAxisTickLabelsFormattingFunction(v -> {
            long i = Math.round(v);
            return Math.abs(v - i) > 1e-6 || i < 0 || i >= ds.size() ? "" : ds.get((int) i).toString().substring(0, 7);
        });
    }

    private static double position(List<LocalDate> ds, LocalDate d) {
        LocalDate first = ds.get(0);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first.withDayOfMonth(1), d.withDayOfMonth(1));
        return months + (d.getDayOfMonth() - 1) / (double) d.lengthOfMonth();
    }

    private static List<Double> boxed(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) {
            out.add(Double.isNaN(d) ? 0.0 : d);
        }
        return out;
    }

    private static double max(List<double[]> series) {
        double m = 0;
        for (double[] s : series) {
            for (double v : s) {
                if (!Double.isNaN(v)) {
                    m = Math.max(m, v);
                }
            }
        }
        return m;
    }
}
