package org.moneymen.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One key-player analysis of a finished run, going in the background: its stage, runs done of the stage's runs, and
 * how it ended (the page's table, or the reason it failed). Watchers wait on it for progress.
 */
final class KeyPlayersJob {
    /** Where an analysis stands. */
    enum State { RUNNING, DONE, FAILED }

    private final String runId;
    private State state = State.RUNNING;
    private String stage = "starting";
    private long done;
    private long of;
    private long version;
    private Map<String, Object> result;
    private String error;

    KeyPlayersJob(String runId) {
        this.runId = runId;
    }

    String runId() {
        return runId;
    }

    synchronized void stage(String name, long runs) {
        stage = name;
        done = 0;
        of = runs;
        changed();
    }

    synchronized void runDone() {
        done++;
        // Wakes watchers every few runs only: thousands of runs a second must not flood the page.
        if (done == of || done % Math.max(1, of / 50) == 0) {
            changed();
        }
    }

    synchronized void finish(Map<String, Object> table) {
        result = table;
        state = State.DONE;
        changed();
    }

    synchronized void fail(String why) {
        error = why;
        state = State.FAILED;
        changed();
    }

    private void changed() {
        version++;
        notifyAll();
    }

    synchronized State state() {
        return state;
    }

    synchronized Map<String, Object> result() {
        return result;
    }

    synchronized long version() {
        return version;
    }

    /** Waits until something changes after {@code seen}, or the time passes. */
    synchronized void await(long seen, long millis) throws InterruptedException {
        if (version == seen && state == State.RUNNING) {
            wait(millis);
        }
    }

    /** What the page is told: the state, the stage and its runs, the table once done or the reason it failed. */
    synchronized Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", runId);
        m.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        m.put("stage", stage);
        m.put("done", done);
        m.put("of", of);
        if (error != null) {
            m.put("error", error);
        }
        if (result != null) {
            m.put("result", result);
        }
        return m;
    }
}
