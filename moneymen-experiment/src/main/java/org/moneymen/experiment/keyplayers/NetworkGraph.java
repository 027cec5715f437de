package org.moneymen.experiment.keyplayers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.moneymen.model.PostView;

/**
 * The network on a day as an undirected graph (JGraphT): a node per official in post, per company, per account and
 * per counterpart; an official is joined to his company, to each account he knows and to each counterpart he has
 * relationship capital with; an account to its company (an official knows his own company's accounts). Degree, betweenness and eigenvector centrality of the
 * officials and accounts.
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
        Map<String, Double> between = new BetweennessCentrality<>(graph, true).getScores();
        Map<String, Double> eigen = eigenvector();
        Map<String, Centrality> out = new HashMap<>();
        for (String v : graph.vertexSet()) {
            out.put(v, new Centrality(graph.degreeOf(v), between.get(v), eigen.get(v)));
        }
        return out;
    }

    /**
     * Eigenvector centrality in each connected part of the network (the stations are joined only through a company
     * with posts in two cities, so the network falls apart by city), scaled so the largest in each part is 1. On the
     * whole graph the power iteration would give every part but the one with the largest eigenvalue zero.
     */
    private Map<String, Double> eigenvector() {
        Map<String, Double> out = new HashMap<>();
        for (Set<String> part : new ConnectivityInspector<>(graph).connectedSets()) {
            if (part.size() < 2) {
                part.forEach(v -> out.put(v, 0.0));
                continue;
            }
            Map<String, Double> raw = new EigenvectorCentrality<>(new AsSubgraph<>(graph, part), 1_000, 1e-9)
                    .getScores();
            double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
            raw.forEach((v, x) -> out.put(v, max > 0 ? x / max : 0));
        }
        return out;
    }
}
