package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.moneymen.model.MonthRow;

/**
 * A long run's progress on standard error: months recorded of all, and the time left at the pace so far; redrawn in
 * place on a terminal, a line every ten seconds otherwise. The warm-up's months are not recorded, so the first line
 * comes with the first recorded month.
 */
final class RunProgress implements Consumer<MonthRow> {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final long LINE_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final int months;
    private final long started = System.nanoTime();
    private long firstMonth;
    private long lastShown;
    private int done;

    RunProgress(PrintWriter err, boolean terminal, int months) {
        this.err = err;
        this.terminal = terminal;
        this.months = months;
    }

    @Override
    public void accept(MonthRow row) {
        long now = System.nanoTime();
        if (done++ == 0) {
            firstMonth = now;
        }
        if (now - lastShown < (terminal ? REDRAW_NANOS : LINE_NANOS) && done < months) {
            return;
        }
        lastShown = now;
        // The pace is that of the recorded months (the first came after the whole warm-up).
        String left = done > 1 ? String.format(Locale.ROOT, ", about %.0f s left",
                (now - firstMonth) / 1e9 / (done - 1) * (months - done)) : "";
        String line = String.format(Locale.ROOT, "month %d of %d (%s)  %.0f s so far%s", done, months,
                row.date().toString().substring(0, 7), (now - started) / 1e9, left);
        if (terminal) {
            err.print("\r" + line + "   ");
            if (done == months) {
                err.println();
            }
        } else {
            err.println("moneymen: " + line);
        }
        err.flush();
    }
}
