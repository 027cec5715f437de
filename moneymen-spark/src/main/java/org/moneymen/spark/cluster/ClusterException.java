package org.moneymen.spark.cluster;

/** A cluster could not be started or stopped, for a reason its message gives (a folder not moneymen's, a port taken). */
public final class ClusterException extends Exception {
    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(message);
    }
}
