package org.moneymen.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.experiment.keyplayers.KeyPlayersPlan;
import org.moneymen.experiment.keyplayers.KeyPlayersResult;
import org.moneymen.experiment.keyplayers.PairedLoss;
import org.moneymen.experiment.keyplayers.Player;

/** What the page shows of a key-player analysis: its settings, the first officials, and Spearman's rho. */
final class KeyPlayersTable {

    private KeyPlayersTable() {
    }

    /** The table of the first {@code top} officials (every one confirmed on fresh seeds) and the analysis' terms. */
    static Map<String, Object> of(KeyPlayersResult r, int top) {
        KeyPlayersPlan p = r.plan();
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("at", p.at().toString());
        settings.put("window_start", p.windowStart().toString());
        settings.put("window_end", p.windowEnd().minusDays(1).toString());
        settings.put("window_months", p.windowMonths());
        settings.put("replicas", p.replicas());
        settings.put("confirm_replicas", p.confirmReplicas());
        settings.put("sets", p.sets());
        settings.put("accounts", p.accounts());
        m.put("settings", settings);
        m.put("baseline_inflow_usd", finite(r.baselineInflowUsd()));
        m.put("posts", r.officials().size());
        m.put("runs", r.runs());
        List<Map<String, Object>> officials = new ArrayList<>();
        for (int i = 0; i < Math.min(top, r.officials().size()); i++) {
            officials.add(player(i + 1, r.officials().get(i)));
        }
        m.put("officials", officials);
        Map<String, Object> rho = new LinkedHashMap<>();
        r.spearman().forEach((k, v) -> rho.put(k, finite(v)));
        m.put("spearman", rho);
        return m;
    }

    private static Map<String, Object> player(int rank, Player p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", rank);
        m.put("post", p.target());
        m.put("official", p.official());
        m.put("name", p.name());
        m.put("external_id", p.externalId());
        m.put("company", p.company());
        m.put("company_name", p.companyName());
        m.put("city", p.city());
        m.put("held", p.held());
        m.put("loss", loss(p.loss()));
        m.put("confirmed", p.confirmed() == null ? null : loss(p.confirmed()));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("degree", finite(p.centrality().degree()));
        c.put("betweenness", finite(p.centrality().betweenness()));
        c.put("eigenvector", finite(p.centrality().eigenvector()));
        m.put("centrality", c);
        return m;
    }

    private static Map<String, Object> loss(PairedLoss l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", finite(l.mean()));
        m.put("low", finite(l.low()));
        m.put("high", finite(l.high()));
        m.put("n", l.n());
        return m;
    }

    /** JSON has no NaN: a measure that is not defined (too few officials, say) is null. */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
