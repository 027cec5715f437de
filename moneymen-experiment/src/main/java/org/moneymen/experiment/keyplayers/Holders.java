package org.moneymen.experiment.keyplayers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.model.EventSink;
import org.moneymen.model.PostView;
import org.moneymen.model.Simulation;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.ScenarioException;

/**
 * Who holds which post on the day of the removals, replica by replica (each replica's seed, as its removals run),
 * and where each post and account sits in that replica's network. Under a warm-up different seeds put different
 * officials in a post, so a removal targets the post, and what is reported of its holder comes from the first
 * replica holding it.
 */
final class Holders {
    /** Posts held on the day, by post id: the holder in each replica (null where the post is vacant). */
    final TreeMap<Integer, PostView[]> posts = new TreeMap<>();
    /**
     * Accounts the network was built with and known on the day, by account id: a knower in each replica (null where
     * nobody knows it). Accounts opened later are numbered in the order they open, which differs from seed to seed.
     */
    final TreeMap<Integer, PostView[]> accounts = new TreeMap<>();
    /** Each replica's centralities, by node name. */
    final List<Map<String, Centrality>> scores = new ArrayList<>();

    Holders(KeyPlayersPlan plan) {
        Scenario base;
        try {
            base = LoadedScenario.parse(SweepPlan.SCENARIO_FILE, plan.observeText(), List.of()).scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException("the resolved scenario no longer loads: " + e.getMessage(), e);
        }
        int replicas = plan.replicas();
        List<List<PostView>> seen = IntStream.range(0, replicas).parallel().mapToObj(r -> {
            List<List<PostView>> out = new ArrayList<>(1);
            new Simulation(base.withSeed(SweepPlan.commonSeed(plan.seed(), r)), EventSink.NONE)
                    .observe(plan.at(), out::add).run();
            return out.isEmpty() ? List.<PostView>of() : out.get(0);
        }).toList();
        for (int r = 0; r < replicas; r++) {
            List<PostView> views = seen.get(r);
            for (PostView v : views) {
                posts.computeIfAbsent(v.post(), k -> new PostView[replicas])[r] = v;
                for (int a : v.accounts()) {
                    if (a > base.builtAccounts()) {
                        continue; // opened during the run: its id is another account's on another seed
                    }
                    PostView[] knowers = accounts.computeIfAbsent(a, k -> new PostView[replicas]);
                    if (knowers[r] == null) {
                        knowers[r] = v;
                    }
                }
            }
        }
        scores.addAll(IntStream.range(0, replicas).parallel()
                .mapToObj(r -> new NetworkGraph(seen.get(r)).scores()).toList());
    }

    /** A node's centrality averaged over the replicas in which it is there (NONE if in none). */
    Centrality centrality(String node) {
        double degree = 0;
        double between = 0;
        double eigen = 0;
        int n = 0;
        for (Map<String, Centrality> s : scores) {
            Centrality c = s.get(node);
            if (c != null) {
                degree += c.degree();
                between += c.betweenness();
                eigen += c.eigenvector();
                n++;
            }
        }
        return n == 0 ? Centrality.NONE : new Centrality(degree / n, between / n, eigen / n);
    }

    /** The first non-null view, and how many there are. */
    static PostView first(PostView[] views) {
        for (PostView v : views) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static int held(PostView[] views) {
        int n = 0;
        for (PostView v : views) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }
}
