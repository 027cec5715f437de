package org.moneymen.experiment.sweep;

/**
 * Engine settings.
 *
 * @param threads worker threads of the local engine (0: all cores)
 * @param master Spark master URL (null: local[*])
 */
public record EngineOptions(int threads, String master) {

    /** All cores, Spark in local mode. */
    public static EngineOptions defaults() {
        return new EngineOptions(0, null);
    }
}
