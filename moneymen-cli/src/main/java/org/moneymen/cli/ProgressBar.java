package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.moneymen.io.sweep.SweepProgress;

/**
 * A sweep's progress on standard error: a bar redrawn in place on a terminal, plain lines every few seconds
 * otherwise (logs, pipes). Shows runs done of total, runs per second and time left.
 */
final class ProgressBar implements SweepProgress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private int total;
    private int before;
    private int done;
    private long started;
    private long lastShown;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void start(int totalRuns, int alreadyDone) {
        total = totalRuns;
        before = alreadyDone;
        done = alreadyDone;
        started = System.nanoTime();
        lastShown = started;
        if (alreadyDone > 0) {
            err.printf(Locale.ROOT, "moneymen: resuming: %d of %d runs already done%n", alreadyDone, total);
        }
        show(true);
    }

    @Override
    public synchronized void runDone() {
        done++;
        long now = System.nanoTime();
        if (now - lastShown >= (terminal ? REDRAW_NANOS : LINE_NANOS)) {
            lastShown = now;
            show(false);
        }
    }

    @Override
    public synchronized void finish() {
        show(true);
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void show(boolean force) {
        double seconds = (System.nanoTime() - started) / 1e9;
        int fresh = done - before;
        double rate = seconds > 0 ? fresh / seconds : 0;
        String left = rate > 0 ? clock((total - done) / rate) : "--:--";
        String figures = String.format(Locale.ROOT, "%d/%d runs  %.1f runs/s  %s left", done, total, rate, left);
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * done / total);
            err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + figures + "   ");
            err.flush();
        } else if (force || fresh > 0) {
            err.println("moneymen: " + figures);
            err.flush();
        }
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
