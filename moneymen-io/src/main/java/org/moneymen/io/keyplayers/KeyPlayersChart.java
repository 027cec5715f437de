package org.moneymen.io.keyplayers;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.moneymen.experiment.keyplayers.KeyPlayersResult;
import org.moneymen.experiment.keyplayers.Player;

/** The chart of a key-player analysis: the officials whose removal costs most, each loss with its paired interval. */
final class KeyPlayersChart {
    static final String FILE = "keyplayers.png";
    private static final int SHOWN = 20;

    private KeyPlayersChart() {
    }

    static void write(Path dir, KeyPlayersResult r) throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (r.officials().isEmpty()) {
            return; // nobody in post on the day: nothing to draw
        }
        List<Player> top = r.officials().subList(0, Math.min(SHOWN, r.officials().size()));
        List<String> labels = new ArrayList<>();
        List<Double> loss = new ArrayList<>();
        List<Double> error = new ArrayList<>();
        for (Player p : top) {
            labels.add(label(p));
            loss.add(p.loss().mean() / 1e6);
            error.add((p.loss().high() - p.loss().mean()) / 1e6);
        }
        var plan = r.plan();
        CategoryChart c = new CategoryChartBuilder().width(1100).height(620)
                .title("Office No. 39's inflow lost in the " + plan.windowMonths() + " months from "
                        + plan.windowStart() + " when each official is removed on " + plan.at() + " (" + r.plan().name()
                        + ", " + plan.replicas() + " paired seeds, 95% intervals)")
                .xAxisTitle("post: official (city)").yAxisTitle("Loss, USD million").build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setXAxisLabelRotation(60);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        c.getStyler().setSeriesColors(new Color[] {new Color(0x0072B2)});
        c.getStyler().setErrorBarsColor(Color.BLACK);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.addSeries("loss", labels, loss, error);
        BitmapEncoder.saveBitmap(c, dir.resolve(FILE).toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    /** The post, then the holder's name (or id) and the city: short enough to stay apart on the axis. */
    static String label(Player p) {
        String who = p.name() != null ? p.name() : p.official() >= 0 ? "official " + p.official() : "vacant";
        if (who.length() > 28) {
            who = who.substring(0, 27) + "…";
        }
        return p.target() + ": " + who + " (" + p.city() + ")";
    }
}
