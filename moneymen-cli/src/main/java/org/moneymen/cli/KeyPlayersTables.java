package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moneymen.experiment.keyplayers.KeyPlayersResult;
import org.moneymen.experiment.keyplayers.PairedLoss;
import org.moneymen.experiment.keyplayers.Player;
import org.moneymen.experiment.keyplayers.SetStep;

/** What {@code keyplayers} prints: the top officials, the greedy set, the centralities' rank correlations. */
final class KeyPlayersTables {
    private KeyPlayersTables() {
    }

    static void print(PrintWriter out, KeyPlayersResult r, int top) {
        out.printf(Locale.ROOT, "%nWithout removals Office No. 39 receives USD %s in the window (mean of %d seeds).%n",
                usd(r.baselineInflowUsd()), r.plan().replicas());
        List<Player> officials = r.officials();
        if (officials.isEmpty()) {
            out.println("Nobody holds a post on " + r.plan().at() + ": there is no one to remove.");
            return;
        }
        out.printf(Locale.ROOT, "%nThe %d of %d officials whose removal costs most (loss in USD with its paired 95%%"
                + " interval, on the %d seeds that ranked them and again on %d fresh seeds):%n",
                Math.min(top, officials.size()), officials.size(), r.plan().replicas(), r.plan().confirmReplicas());
        players(out, officials.subList(0, Math.min(top, officials.size())), "post");
        Player first = officials.get(0);
        Player last = officials.get(officials.size() - 1);
        if (officials.size() > 1 && first.confirmed() != null && last.confirmed() != null) {
            out.printf(Locale.ROOT, "On fresh seeds, removing the first (post %d) costs USD %s %s and the last (post"
                            + " %d) USD %s %s: %s.%n", first.target(), usd(first.confirmed().mean()),
                    interval(first.confirmed()), last.target(), usd(last.confirmed().mean()), interval(last.confirmed()),
                    first.confirmed().beyond(last.confirmed()) ? "apart beyond both intervals"
                            : "the intervals overlap; more --replicas would tell them apart");
        }
        if (!r.sets().isEmpty()) {
            out.printf(Locale.ROOT, "%nThe greedy best set (each step adds the official whose removal with those"
                    + " before costs most):%n");
            List<List<String>> rows = new ArrayList<>();
            for (SetStep s : r.sets()) {
                rows.add(List.of(Integer.toString(s.size()), Integer.toString(s.added()), usd(s.loss().mean()),
                        interval(s.loss()), s.confirmed() == null ? "" : usd(s.confirmed().mean()),
                        s.confirmed() == null ? "" : interval(s.confirmed())));
            }
            Tables.aligned(out, List.of("size", "adds post", "loss_usd", "95% interval", "fresh_seeds_usd",
                    "95% interval"), rows);
        }
        out.printf(Locale.ROOT, "%nHow well each centrality ranks the losses (Spearman's rho over %d officials):%n",
                officials.size());
        for (Map.Entry<String, Double> e : r.spearman().entrySet()) {
            out.printf(Locale.ROOT, "  %-12s %s%n", e.getKey(), Double.isNaN(e.getValue()) ? "n/a"
                    : String.format(Locale.ROOT, "%.3f", e.getValue()));
        }
        if (!r.accounts().isEmpty()) {
            out.printf(Locale.ROOT, "%nThe %d of %d accounts whose freezing costs most:%n",
                    Math.min(top, r.accounts().size()), r.accounts().size());
            players(out, r.accounts().subList(0, Math.min(top, r.accounts().size())), "account");
        }
        out.println();
    }

    private static void players(PrintWriter out, List<Player> ps, String target) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (Player p : ps) {
            rows.add(List.of(Integer.toString(++rank), Integer.toString(p.target()),
                    p.name() != null ? p.name() : p.official() >= 0 ? "official " + p.official() : "",
                    p.companyName() != null ? p.companyName() : "company " + p.company(), p.city(),
                    usd(p.loss().mean()), interval(p.loss()), p.confirmed() == null ? "" : usd(p.confirmed().mean()),
                    p.confirmed() == null ? "" : interval(p.confirmed()), fixed(p.centrality().degree(), 1),
                    fixed(p.centrality().betweenness(), 4), fixed(p.centrality().eigenvector(), 3)));
        }
        Tables.aligned(out, List.of("rank", target, target.equals("post") ? "official" : "last knower", "company",
                "city", "loss_usd", "95% interval", "fresh_seeds_usd", "95% interval", "degree", "betweenness",
                "eigenvector"), rows);
    }

    private static String interval(PairedLoss l) {
        return "[" + usd(l.low()) + ", " + usd(l.high()) + "]";
    }

    /** Whole dollars with thousands separators. */
    static String usd(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
