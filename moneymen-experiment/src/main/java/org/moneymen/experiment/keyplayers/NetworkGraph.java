package org.moneymen.experiment.keyplayers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.moneymen.model.PostView;

/**
 * The network on a day as an undirected graph (JGraphT): a node per official in post, per company, per account and
 * per counterpart; an official is joined to his company, to each account he knows and to each counterpart he has
 * relationship capital with; an account to its company (an official knows his own company's accounts). Degree and
 * betweenness (JGraphT) and eigenvector centrality of every node.
 */
final class NetworkGraph {
    private final Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);

    NetworkGraph(List<PostView> holders) {
        for (PostView p : holders) {
            String official = official(p.post());
            String company = "c" + p.company();
            graph.addVertex(official);
            graph.addVertex(company);
            graph.addEdge(official, company);
            for (int a : p.accounts()) {
                String account = account(a);
                graph.addVertex(account);
                graph.addEdge(official, account);
                graph.addEdge(account, company); // an official knows his own company's accounts
            }
            for (int k : p.counterparts()) {
                String counterpart = "k" + k;
                graph.addVertex(counterpart);
                graph.addEdge(official, counterpart);
            }
        }
    }

    static String official(int post) {
        return "p" + post;
    }

    static String account(int id) {
        return "a" + id;
    }

    /** The centrality of every node, by node name. */
    Map<String, Centrality> scores() {
        // JGraphT's normalised betweenness divides an undirected graph's pair counts by (n-1)(n-2), so its values run
        // to 1/2; the usual normalisation (each unordered pair once, over the (n-1)(n-2)/2 pairs) runs to 1.
        Map<String, Double> between = new BetweennessCentrality<>(graph, false).getScores();
        int n = graph.vertexSet().size();
        double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
        Map<String, Double> eigen = eigenvector();
        Map<String, Centrality> out = new HashMap<>();
        for (String v : graph.vertexSet()) {
            out.put(v, new Centrality(graph.degreeOf(v), between.get(v) / pairs, eigen.get(v)));
        }
        return out;
    }

    /**
     * Eigenvector centrality in each connected part of the network (the stations are joined only through shared
     * counterparts and companies, so the network falls apart by city), scaled so the largest in each part is 1. On
     * the whole graph the power iteration would give every part but the one with the largest eigenvalue zero.
     *
     * <p>The iteration is on A + I, whose leading eigenvector is A's: a part that is a star (an official with his
     * company and counterparts, no account) is bipartite, where plain power iteration on A (JGraphT's
     * {@code EigenvectorCentrality}) swings between two vectors and never settles.
     */
    private Map<String, Double> eigenvector() {
        Map<String, Double> out = new HashMap<>();
        for (Set<String> part : new ConnectivityInspector<>(graph).connectedSets()) {
            List<String> nodes = new ArrayList<>(part);
            nodes.sort(null);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                index.put(nodes.get(i), i);
            }
            int[][] neighbours = new int[nodes.size()][];
            for (int i = 0; i < nodes.size(); i++) {
                neighbours[i] = Graphs.neighborListOf(graph, nodes.get(i)).stream().mapToInt(index::get).toArray();
            }
            double[] x = leading(neighbours);
            for (int i = 0; i < nodes.size(); i++) {
                out.put(nodes.get(i), x[i]);
            }
        }
        return out;
    }

    /** Power iteration on A + I from all ones, scaled to a largest entry of 1, until no entry moves by 1e-10. */
    static double[] leading(int[][] neighbours) {
        int n = neighbours.length;
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1);
        for (int iteration = 0; iteration < 100_000; iteration++) {
            double[] y = new double[n];
            double max = 0;
            for (int i = 0; i < n; i++) {
                double s = x[i];
                for (int j : neighbours[i]) {
                    s += x[j];
                }
                y[i] = s;
                max = Math.max(max, s);
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                y[i] /= max;
                change = Math.max(change, Math.abs(y[i] - x[i]));
            }
            x = y;
            if (change < 1e-10) {
                break;
            }
        }
        return x;
    }
}
