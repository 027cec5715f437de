package org.moneymen.io.sweep;

/** Follows a sweep's progress; called from engine threads. */
public interface SweepProgress {
    /** No progress shown. */
    SweepProgress NONE = new SweepProgress() { };

    /** The sweep starts with {@code done} of {@code total} runs already finished (on resume). */
    default void start(int total, int done) {
    }

    /** One more run finished. */
    default void runDone() {
    }

    /** The sweep ended (finished or failed). */
    default void finish() {
    }
}
