package org.moneymen.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.moneymen.io.sweep.SweepProgress;

/** One paired what-if going in the background: runs done of its runs, and how it ended. */
final class WhatIfJob implements SweepProgress {
    /** Where a what-if stands. */
    enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String name;
    private final int replicas;
    private State state = State.RUNNING;
    private int done;
    private int of;
    private String error;

    WhatIfJob(String id, String name, int replicas) {
        this.id = id;
        this.name = name;
        this.replicas = replicas;
        this.of = 2 * replicas;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    int replicas() {
        return replicas;
    }

    @Override
    public synchronized void start(int total, int already) {
        of = total;
        done = already;
    }

    @Override
    public synchronized void runDone() {
        done++;
    }

    synchronized void succeed() {
        state = State.DONE;
    }

    synchronized void fail(String why) {
        error = why;
        state = State.FAILED;
    }

    synchronized State state() {
        return state;
    }

    /** Its progress as the page polls it. */
    synchronized Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("kind", "whatif");
        m.put("name", name);
        m.put("state", state.name().toLowerCase(Locale.ROOT));
        m.put("runs_done", done);
        m.put("runs", of);
        m.put("replicas", replicas);
        m.put("error", error);
        return m;
    }
}
