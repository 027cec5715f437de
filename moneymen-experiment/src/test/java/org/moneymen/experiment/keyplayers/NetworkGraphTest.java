package org.moneymen.experiment.keyplayers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moneymen.model.PostView;

/**
 * The network's centralities against plain reference computations on random networks: degree as the count of
 * distinct neighbours, betweenness by counting shortest paths pair by pair (Brandes' algorithm, which JGraphT uses,
 * is the clever index; this is the naive definition), and eigenvector centrality as the fixed point of "each node's
 * score is proportional to the sum of its neighbours'" within each connected part, largest 1.
 */
final class NetworkGraphTest {

    /** A random network of officials in companies of a few cities, sharing accounts and counterparts. */
    static List<PostView> randomNetwork(Random rnd) {
        List<PostView> out = new ArrayList<>();
        int companies = 1 + rnd.nextInt(5);
        int post = 1;
        for (int c = 1; c <= companies; c++) {
            int city = rnd.nextInt(2);
            int staff = 1 + rnd.nextInt(3);
            for (int s = 0; s < staff; s++) {
                List<Integer> accounts = new ArrayList<>();
                for (int a = 0; a < 2; a++) {
                    if (rnd.nextBoolean()) {
                        accounts.add(c * 10 + a);
                    }
                }
                Set<Integer> counterparts = new LinkedHashSet<>();
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    counterparts.add(city * 100 + rnd.nextInt(5));
                }
                out.add(new PostView(post, 100 + post, null, null, c, null, "city" + city, accounts,
                        List.copyOf(counterparts)));
                post++;
            }
        }
        return out;
    }

    /** The same network as plain adjacency sets. */
    static Map<String, Set<String>> adjacency(List<PostView> views) {
        Map<String, Set<String>> adj = new HashMap<>();
        for (PostView p : views) {
            String o = "p" + p.post();
            String c = "c" + p.company();
            link(adj, o, c);
            for (int a : p.accounts()) {
                link(adj, o, "a" + a);
                link(adj, "a" + a, c);
            }
            for (int k : p.counterparts()) {
                link(adj, o, "k" + k);
            }
        }
        return adj;
    }

    private static void link(Map<String, Set<String>> adj, String a, String b) {
        adj.computeIfAbsent(a, x -> new HashSet<>()).add(b);
        adj.computeIfAbsent(b, x -> new HashSet<>()).add(a);
    }

    /** Distances and shortest-path counts from one node (breadth first). */
    static Map<String, long[]> paths(Map<String, Set<String>> adj, String from) {
        Map<String, long[]> out = new HashMap<>(); // node -> {distance, count}
        out.put(from, new long[] {0, 1});
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            long[] dv = out.get(v);
            for (String w : adj.get(v)) {
                long[] dw = out.get(w);
                if (dw == null) {
                    out.put(w, new long[] {dv[0] + 1, dv[1]});
                    queue.add(w);
                } else if (dw[0] == dv[0] + 1) {
                    dw[1] += dv[1];
                }
            }
        }
        return out;
    }

    /** Betweenness by its definition: over unordered pairs s, t not v, the share of s-t shortest paths through v. */
    static double naiveBetweenness(Map<String, Set<String>> adj, String v) {
        List<String> nodes = new ArrayList<>(adj.keySet());
        Map<String, Map<String, long[]>> all = new HashMap<>();
        for (String s : nodes) {
            all.put(s, paths(adj, s));
        }
        double sum = 0;
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                String s = nodes.get(i);
                String t = nodes.get(j);
                if (s.equals(v) || t.equals(v)) {
                    continue;
                }
                long[] st = all.get(s).get(t);
                long[] sv = all.get(s).get(v);
                long[] vt = all.get(v).get(t);
                if (st == null || sv == null || vt == null || sv[0] + vt[0] != st[0]) {
                    continue;
                }
                sum += (double) sv[1] * vt[1] / st[1];
            }
        }
        int n = nodes.size();
        return n > 2 ? sum / ((n - 1) * (n - 2) / 2.0) : 0;
    }

    @Test
    void degreeAndBetweennessMatchTheirDefinitionsOnRandomNetworks() {
        for (long seed = 1; seed <= 60; seed++) {
            List<PostView> views = randomNetwork(new Random(seed));
            Map<String, Set<String>> adj = adjacency(views);
            Map<String, Centrality> scores = new NetworkGraph(views).scores();
            assertThat(scores.keySet()).as("nodes, seed %d", seed).isEqualTo(adj.keySet());
            for (String v : adj.keySet()) {
                assertThat(scores.get(v).degree()).as("degree of %s, seed %d", v, seed).isEqualTo(adj.get(v).size());
                assertThat(scores.get(v).betweenness()).as("betweenness of %s, seed %d", v, seed)
                        .isCloseTo(naiveBetweenness(adj, v), within(1e-9));
            }
        }
    }

    @Test
    void eigenvectorIsTheNeighbourSumFixedPointInEachPartWithItsLargestAtOne() {
        for (long seed = 1; seed <= 60; seed++) {
            List<PostView> views = randomNetwork(new Random(seed));
            Map<String, Set<String>> adj = adjacency(views);
            Map<String, Centrality> scores = new NetworkGraph(views).scores();
            for (Set<String> part : parts(adj)) {
                double max = part.stream().mapToDouble(v -> scores.get(v).eigenvector()).max().orElseThrow();
                assertThat(max).as("largest in a part, seed %d", seed).isCloseTo(1.0, within(1e-6));
                // x_v = (1/lambda) sum of neighbours: the ratio is the same lambda at every node with a score.
                Double lambda = null;
                for (String v : part) {
                    double x = scores.get(v).eigenvector();
                    double s = adj.get(v).stream().mapToDouble(w -> scores.get(w).eigenvector()).sum();
                    if (x > 1e-3) {
                        double ratio = s / x;
                        if (lambda == null) {
                            lambda = ratio;
                        }
                        assertThat(ratio).as("neighbour sum over score at %s, seed %d", v, seed)
                                .isCloseTo(lambda, within(1e-3 * lambda));
                    }
                }
            }
        }
    }

    private static List<Set<String>> parts(Map<String, Set<String>> adj) {
        List<Set<String>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String v : adj.keySet()) {
            if (seen.add(v)) {
                Set<String> part = new HashSet<>(paths(adj, v).keySet());
                seen.addAll(part);
                out.add(part);
            }
        }
        return out;
    }
}
