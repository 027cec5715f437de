package org.moneymen.web;

import java.util.Map;

/**
 * What the page sends to start a paired what-if: the scenario (shipped or uploaded, with the form's changes, which
 * both sides share), the change asked about, the baseline's own change if any, and how many pairs of runs.
 *
 * @param scenario the name of a shipped scenario, or null
 * @param yaml the text of an uploaded scenario, or null
 * @param fileName the uploaded file's name, for error messages
 * @param overrides the form's changes, applied to both sides (path to value as a scenario file writes it)
 * @param change the what-if: path to value, the change side only
 * @param against the baseline's own values (default: the scenario as it is), path to value
 * @param replicas pairs of runs (default {@value #REPLICAS}, 2 to {@value #MAX_REPLICAS})
 */
record WhatIfRequest(String scenario, String yaml, String fileName, Map<String, String> overrides,
                     Map<String, String> change, Map<String, String> against, Integer replicas) {
    static final int REPLICAS = 10;
    static final int MAX_REPLICAS = 200;

    /** Refuses what cannot be compared, saying what to send. */
    WhatIfRequest check() {
        if ((change == null || change.isEmpty()) && (against == null || against.isEmpty())) {
            throw new Dashboard.BadRequest("The what-if has no change: give at least one in \"change\" (path to value,"
                    + " such as {\"purges\": \"[]\"}).");
        }
        if (replicas != null && (replicas < 2 || replicas > MAX_REPLICAS)) {
            throw new Dashboard.BadRequest("replicas " + replicas + " is outside what the dashboard runs: give 2 to "
                    + MAX_REPLICAS + " (default " + REPLICAS + "; a paired interval needs two pairs; larger ones:"
                    + " ./moneymen compare).");
        }
        return this;
    }

    int replicasOr() {
        return replicas == null ? REPLICAS : replicas;
    }

    /** The same source as a run request, for the shared loading of shipped and uploaded scenarios. */
    RunRequest source() {
        return new RunRequest(scenario, yaml, fileName, overrides);
    }
}
