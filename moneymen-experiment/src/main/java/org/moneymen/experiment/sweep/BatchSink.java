package org.moneymen.experiment.sweep;

import java.io.IOException;
import java.util.List;

/** Receives finished work from an engine; may be called from several threads. */
public interface BatchSink {

    /** A whole batch, its records in run order. */
    void batchDone(Batch batch, List<RunRecord> records) throws IOException;

    /** One more run finished (for progress). */
    default void runDone() {
    }
}
