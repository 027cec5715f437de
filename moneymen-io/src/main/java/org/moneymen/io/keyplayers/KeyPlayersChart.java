package org.moneymen.io.keyplayers;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.moneymen.experiment.keyplayers.KeyPlayersResult;
import org.moneymen.experiment.keyplayers.Player;

/** The chart of a key-player analysis: the officials whose removal costs most, and the last, on fresh seeds. */
final class KeyPlayersChart {
    static final String FILE = "keyplayers.png";

    private KeyPlayersChart() {
    }

    /**
     * The officials run again on fresh seeds (the first ones and the last), each loss with its interval there: the
     * ranking seeds' losses of the first ones are too high by selection, so they are not the ones drawn.
     */
    static void write(Path dir, KeyPlayersResult r) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Player> shown = r.officials().stream().filter(p -> p.confirmed() != null).toList();
        if (shown.isEmpty()) {
            return; // nobody in post on the day, or nothing confirmed: nothing to draw
        }
        List<String> labels = new ArrayList<>();
        List<Double> loss = new ArrayList<>();
        List<Double> error = new ArrayList<>();
        for (Player p : shown) {
            labels.add(label(p));
            loss.add(p.confirmed().mean() / 1e6);
            error.add((p.confirmed().high() - p.confirmed().mean()) / 1e6);
        }
        var plan = r.plan();
        CategoryChart c = new CategoryChartBuilder().width(1100).height(640)
                .title(plan.name() + ": inflow lost when each is removed on " + plan.at())
                .xAxisTitle("post: official (city); " + (shown.size() == r.officials().size()
                        ? "all " + shown.size() : "the first " + (shown.size() - 1) + " and the last of "
                        + r.officials().size()))
                .yAxisTitle("USD million lost, " + plan.windowStart() + " to " + plan.windowEnd().minusDays(1)
                        + " (" + plan.confirmReplicas() + " fresh seeds, 95%)").build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setXAxisLabelRotation(45);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        c.getStyler().setSeriesColors(new Color[] {new Color(0x0072B2)});
        c.getStyler().setErrorBarsColor(Color.BLACK);
        c.getStyler().setAxisTickLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
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
