package org.moneymen.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the page may send to start a key-player analysis: both optional, each within the dashboard's bounds.
 *
 * @param replicas paired seeds per removal (default {@value #REPLICAS}, 2 to {@value #MAX_REPLICAS})
 * @param confirmReplicas fresh seeds for the first officials and the last (default {@value #CONFIRM}, 2 to
 *     {@value #MAX_CONFIRM})
 */
record KeyPlayersRequest(@JsonProperty("replicas") Integer replicas,
                         @JsonProperty("confirm_replicas") Integer confirmReplicas) {
    static final int REPLICAS = 10;
    static final int MAX_REPLICAS = 20;
    static final int CONFIRM = 40;
    static final int MAX_CONFIRM = 100;

    /** The page's defaults. */
    static KeyPlayersRequest defaults() {
        return new KeyPlayersRequest(null, null);
    }

    /** Refuses a count outside the bounds, saying what is allowed. */
    KeyPlayersRequest check() {
        if (replicas != null && (replicas < 2 || replicas > MAX_REPLICAS)) {
            throw new Dashboard.BadRequest("replicas " + replicas + " is outside what the dashboard runs: give 2 to "
                    + MAX_REPLICAS + " (default " + REPLICAS + ").");
        }
        if (confirmReplicas != null && (confirmReplicas < 2 || confirmReplicas > MAX_CONFIRM)) {
            throw new Dashboard.BadRequest("confirm_replicas " + confirmReplicas + " is outside what the dashboard"
                    + " runs: give 2 to " + MAX_CONFIRM + " (default " + CONFIRM + ").");
        }
        return this;
    }

    int replicasOr() {
        return replicas == null ? REPLICAS : replicas;
    }

    int confirmReplicasOr() {
        return confirmReplicas == null ? CONFIRM : confirmReplicas;
    }
}
