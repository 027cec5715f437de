package org.moneymen.bench;

import org.moneymen.experiment.Runs;
import org.moneymen.model.RunOutput;
import org.moneymen.model.config.Scenario;

/**
 * Measures the heap a world run retains: used heap after a full GC with the run's output (and so its whole world:
 * officials ever posted, companies, counterparts, accounts, deals) still reachable, minus the same before the run.
 * Run in its own JVM: {@code HeapProbe OFFICIALS MONTHS}; prints {@code retained_bytes=N officials=N}.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) {
        int officials = Integer.parseInt(args[0]);
        int months = Integer.parseInt(args[1]);
        System.out.println("retained_bytes=" + retained(officials, months) + " officials=" + officials);
    }

    /** Bytes a world run of that size and length keeps reachable through its output. */
    static long retained(int officials, int months) {
        Scenario scenario = BenchScenarios.world(officials, months);
        long before = usedAfterGc();
        RunOutput out = Runs.runQuiet(scenario);
        long after = usedAfterGc();
        if (out.rows().size() != months) { // keeps the output reachable until after the measurement
            throw new IllegalStateException("the run stopped early");
        }
        return after - before;
    }

    /** Used heap after full collections have settled. */
    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = rt.totalMemory() - rt.freeMemory();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used;
    }
}
