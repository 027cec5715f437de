package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.moneymen.model.MonthRow;

/** A long run's progress: off a terminal, a plain line at the first and the last month (and every ten seconds). */
final class RunProgressTest {

    @Test
    void offATerminalTheFirstAndLastMonthsArePrintedAsLines() {
        StringWriter text = new StringWriter();
        RunProgress p = new RunProgress(new PrintWriter(text, true), false, 3);
        for (int m = 1; m <= 3; m++) {
            p.accept(new MonthRow(m, LocalDate.of(2013, m, 1), new double[0]));
        }
        String[] lines = text.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("moneymen: month 1 of 3 (2013-01)").doesNotContain("left");
        assertThat(lines[1]).startsWith("moneymen: month 3 of 3 (2013-03)").contains("about 0 s left");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndEndedAtTheLastMonth() {
        StringWriter text = new StringWriter();
        RunProgress p = new RunProgress(new PrintWriter(text, true), true, 2);
        p.accept(new MonthRow(1, LocalDate.of(2013, 1, 1), new double[0]));
        p.accept(new MonthRow(2, LocalDate.of(2013, 2, 1), new double[0]));
        assertThat(text.toString()).startsWith("\rmonth 1 of 2").contains("\rmonth 2 of 2").endsWith("\n");
    }
}
