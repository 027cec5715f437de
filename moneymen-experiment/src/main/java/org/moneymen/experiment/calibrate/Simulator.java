package org.moneymen.experiment.calibrate;

import java.util.List;

/**
 * What ABC-SMC calls to simulate: each particle's values in, each particle's simulated target values out (the mean
 * over its replicas). The generation number chooses the runs' seeds, so a generation's simulations are a pure
 * function of the plan, the generation and the values, and a resumed calibration repeats them exactly.
 */
public interface Simulator extends AutoCloseable {

    /** The targets' simulated values, one row per particle, in target order. */
    double[][] simulate(int generation, List<double[]> particles) throws Exception;

    /**
     * The targets' simulated values for a posterior-predictive check: each particle run on seeds of its own (the
     * mean over its replicas), independent of every other particle and of the generations' seeds.
     */
    double[][] predict(List<double[]> particles) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
