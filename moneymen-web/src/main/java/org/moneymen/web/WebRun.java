package org.moneymen.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.model.MonthRow;
import org.moneymen.model.config.Scenario;

/** One run the dashboard started: its months so far and how it ended. Watchers wait on it for new months. */
final class WebRun {
    /** Where a run stands. */
    enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final Scenario scenario;
    private final Path dir;
    private final List<MonthRow> rows = new ArrayList<>();
    private State state = State.RUNNING;
    private String error;
    private volatile boolean cancelled;

    WebRun(String id, Scenario scenario, Path dir) {
        this.id = id;
        this.scenario = scenario;
        this.dir = dir;
    }

    String id() {
        return id;
    }

    Scenario scenario() {
        return scenario;
    }

    Path dir() {
        return dir;
    }

    synchronized void add(MonthRow row) {
        rows.add(row);
        notifyAll();
    }

    synchronized void finish() {
        state = State.DONE;
        notifyAll();
    }

    synchronized void fail(String why) {
        state = State.FAILED;
        error = why;
        notifyAll();
    }

    synchronized State state() {
        return state;
    }

    synchronized String error() {
        return error;
    }

    synchronized int monthsDone() {
        return rows.size();
    }

    /** The rows from index {@code from} on. */
    synchronized List<MonthRow> rowsFrom(int from) {
        return new ArrayList<>(rows.subList(Math.min(from, rows.size()), rows.size()));
    }

    /** Waits until there are more than {@code seen} rows, the run ends, or the time passes. */
    synchronized void await(int seen, long millis) throws InterruptedException {
        if (rows.size() <= seen && state == State.RUNNING) {
            wait(millis);
        }
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }
}
