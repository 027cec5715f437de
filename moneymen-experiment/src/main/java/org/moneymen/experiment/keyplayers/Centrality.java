package org.moneymen.experiment.keyplayers;

/**
 * Where a node sits in the network of companies, officials, accounts and counterparts on the day of the removals,
 * averaged over the replicas in which it is there.
 *
 * @param degree neighbours: his company, the accounts he knows, the counterparts he deals with
 * @param betweenness share of shortest paths between other nodes that pass through him (normalised, 0 to 1)
 * @param eigenvector eigenvector centrality within its connected part of the network (the largest there is 1)
 */
public record Centrality(double degree, double betweenness, double eigenvector) {

    /** No node: NaN in every measure. */
    public static final Centrality NONE = new Centrality(Double.NaN, Double.NaN, Double.NaN);
}
