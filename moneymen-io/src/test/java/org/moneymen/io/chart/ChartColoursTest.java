package org.moneymen.io.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Every series of a chart has a colour of its own, from a palette safe for colour-blind readers. */
final class ChartColoursTest {

    static Frame frame(List<String> columns) {
        LinkedHashMap<String, double[]> cols = new LinkedHashMap<>();
        columns.forEach(c -> cols.put(c, new double[] {1, 2, 3}));
        List<LocalDate> dates = List.of(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 2, 1), LocalDate.of(2013, 3, 1));
        return new Frame(dates, cols, List.of(), List.of(), Map.of(), "", new LinkedHashMap<>());
    }

    @Test
    void theApprovalFunnelsNineSeriesHaveNineColours() {
        List<String> funnel = new ArrayList<>(List.of("deals_in_approval", "deals_signed", "deals_active",
                "deals_collapsed"));
        for (String organ : List.of("party", "trade_office", "customs", "quarantine", "planning")) {
            funnel.add("approval_rejections_" + organ);
        }
        XYChart c = Charts.lines(frame(funnel), "Approval funnel", "deals", funnel);
        Set<Color> colours = new HashSet<>();
        for (XYSeries s : c.getSeriesCollection()) {
            if (s.isShowInLegend() && !s.getName().startsWith("purge")) {
                colours.add(s.getLineColor());
            }
        }
        assertThat(colours).hasSize(9);
    }

    @Test
    void thePaletteIsOkabeAndItosWithGrey() {
        assertThat(Charts.PALETTE).hasSize(9).doesNotHaveDuplicates();
        assertThat(Charts.PALETTE[0]).isEqualTo(new Color(0x0072B2));
        assertThat(Charts.PALETTE[1]).isEqualTo(new Color(0xD55E00));
    }
}
