package org.moneymen.scenario;

import java.util.Map;
import java.util.Optional;
import org.moneymen.model.config.Provenance;
import org.moneymen.model.config.Scenario;

/** Finds the source or assumption note that covers a parameter: the most specific provenance key naming it. */
public final class ProvenanceLookup {

    private ProvenanceLookup() {
    }

    /**
     * The note covering a parameter path, with its key; the longest covering key wins, so {@code deals.border.value_median_usd}
     * beats {@code deals.border}, which beats {@code deals}.
     */
    public static Optional<Map.Entry<String, Provenance>> find(Scenario scenario, String path) {
        Map.Entry<String, Provenance> best = null;
        for (Map.Entry<String, Provenance> e : scenario.provenance().entrySet()) {
            if (ProvenanceCheck.covers(e.getKey(), path)
                    && (best == null || e.getKey().length() > best.getKey().length())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }
}
