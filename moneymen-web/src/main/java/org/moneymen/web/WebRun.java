package org.moneymen.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.model.MonthRow;
import org.moneymen.model.config.Scenario;

/** One run the dashboard started: its months so far and how it ended. Watchers wait on it for new months. */
final class WebRun {
    /** Where a run stands. */
    enum State { RUNNING, DONE, FAILED, CANCELLED }

    private final String id;
    private final Scenario scenario;
    private final Path dir;
    private final List<MonthRow> rows = new ArrayList<>();
    private State state = State.RUNNING;
    private String error;
    private final long bytes;
    private volatile boolean cancelled;
    private volatile String cancelledBy;

    WebRun(String id, Scenario scenario, Path dir, long bytes) {
        this.id = id;
        this.scenario = scenario;
        this.dir = dir;
        this.bytes = bytes;
    }

    /** The memory its size estimate holds out of the runs' budget while it runs. */
    long bytes() {
        return bytes;
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
        end(State.FAILED, why);
    }

    /** Ends the run in a state other than done, with the reason the user is shown. */
    synchronized void end(State how, String why) {
        state = how;
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

    /** Asks the run to stop at its next month; {@code who} says why, for the user ("the server was stopped"). */
    void cancel(String who) {
        cancelledBy = who;
        cancelled = true;
    }

    String cancelledBy() {
        return cancelledBy;
    }

    boolean cancelled() {
        return cancelled;
    }
}
