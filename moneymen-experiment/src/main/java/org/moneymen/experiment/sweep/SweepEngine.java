package org.moneymen.experiment.sweep;

import java.util.List;

/**
 * Computes a sweep's runs and hands each finished batch to a sink. Engines differ only in where runs execute;
 * each run is {@link SweepRuns#compute}, so results are identical whatever the engine. Engines are found by
 * {@link #name()} through {@link java.util.ServiceLoader}.
 */
public interface SweepEngine {

    /** The name users choose the engine by: local, spark. */
    String name();

    /** Computes the runs of the given batches; each batch goes to the sink whole, its records in run order. */
    void run(SweepPlan plan, List<Batch> batches, EngineOptions options, BatchSink sink) throws Exception;

    /**
     * Starts what the engine needs across sweeps (Spark: its session) and keeps it up until the handle is closed,
     * so that several sweeps in one JVM pay its start-up once. Sweeps run without it start and stop their own.
     */
    default AutoCloseable open(EngineOptions options) throws Exception {
        return () -> { };
    }
}
