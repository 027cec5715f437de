package org.moneymen.bench;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a benchmark run, computed from the medians of JMH's single-shot times (milliseconds), with the
 * issue's targets.
 *
 * @param plan the plan that produced them
 * @param values figure by key, in report order
 * @param detail the raw measurements behind them, by name
 */
public record Figures(BenchPlan plan, Map<String, Double> values, Map<String, Double> detail) {

    /** The keys every report prints, in order: exactly the issue's. */
    public static final List<String> KEYS = List.of("kernel_vs_bare_queue", "kernel_vs_mason",
            "official_months_per_s_10k", "official_months_per_s_100k", "official_months_per_s_1m", "cost_1m_over_100k",
            "world_100k_10y_s", "bytes_per_official", "sweep_parallel_efficiency", "spark_over_local",
            "calibration_sims_per_s");

    private record Target(String text, boolean atLeast, double bound) {
        boolean met(double v) {
            return atLeast ? v >= bound : v <= bound;
        }
    }

    private static final Map<String, Target> TARGETS = Map.of(
            "kernel_vs_bare_queue", new Target(">= 10", true, 10),
            "kernel_vs_mason", new Target(">= 20", true, 20),
            "cost_1m_over_100k", new Target("<= 11", false, 11),
            "world_100k_10y_s", new Target("< 5 s", false, 5 - 1e-9),
            "bytes_per_official", new Target("<= 4294 (1M in 4 GB)", false, 4_294.967296),
            "sweep_parallel_efficiency", new Target(">= 0.9", true, 0.9),
            "spark_over_local", new Target("<= 1.5", false, 1.5),
            "calibration_sims_per_s", new Target(">= 11.1 (10,000 in 15 min)", true, 10_000 / 900.0));

    /** Computes the figures from raw single-shot times in milliseconds (and the retained heap in bytes). */
    static Figures of(BenchPlan plan, Map<String, Double> raw, int cores) {
        Map<String, Double> v = new LinkedHashMap<>();
        double kernel = raw.get("kernel.kernel");
        v.put("kernel_vs_bare_queue", raw.get("kernel.bareQueue") / kernel);
        v.put("kernel_vs_mason", raw.get("kernel.mason") / kernel);
        String[] sizes = {"10k", "100k", "1m"};
        for (int i = 0; i < 3; i++) {
            double officialMonths = (double) plan.worldSizes().get(i) * plan.worldMonths();
            v.put("official_months_per_s_" + sizes[i], officialMonths / (raw.get("world." + i) / 1000));
        }
        double perOfficial1m = raw.get("world.2") / plan.worldSizes().get(2);
        double perOfficial100k = raw.get("world.1") / plan.worldSizes().get(1);
        // Cost at 1M over cost at 100k, per the sizes measured: 10x the officials should cost at most 11x the time.
        v.put("cost_1m_over_100k", perOfficial1m / perOfficial100k * 10);
        v.put("world_100k_10y_s", raw.get("world.1") / 1000 * (120.0 / plan.worldMonths())
                * (100_000.0 / plan.worldSizes().get(1)));
        v.put("bytes_per_official", raw.get("heap.bytes") / plan.heapOfficials());
        v.put("sweep_parallel_efficiency", raw.get("sweep.local.1") / raw.get("sweep.local.0") / cores);
        v.put("spark_over_local", raw.get("sweep.spark.0") / raw.get("sweep.local.0"));
        v.put("calibration_sims_per_s", CalibrationBench.simulations(plan.calibrationPopulation())
                / (raw.get("calibration") / 1000));
        Map<String, Double> d = new LinkedHashMap<>();
        long events = KernelWorkload.events(plan.kernelAgents(), plan.kernelMonths());
        d.put("kernel events/s", events / (kernel / 1000));
        d.put("bare PriorityQueue events/s", events / (raw.get("kernel.bareQueue") / 1000));
        d.put("MASON Schedule events/s", events / (raw.get("kernel.mason") / 1000));
        for (int i = 0; i < 3; i++) {
            d.put("world " + plan.worldSizes().get(i) + " x " + plan.worldMonths() + " months, s",
                    raw.get("world." + i) / 1000);
        }
        d.put("sweep runs/s, local engine, 1 thread", plan.sweepRuns() / (raw.get("sweep.local.1") / 1000));
        d.put("sweep runs/s, local engine, " + cores + " cores", plan.sweepRuns() / (raw.get("sweep.local.0") / 1000));
        d.put("sweep runs/s, Spark local[*] (session up)", plan.sweepRuns() / (raw.get("sweep.spark.0") / 1000));
        d.put("Spark session start-up and stop (cold), s", raw.get("spark.start") / 1000);
        d.put("calibration: 10,000 simulations of world.yaml x " + plan.calibrationMonths() + " months, min",
                10_000 / v.get("calibration_sims_per_s") / 60);
        return new Figures(plan, v, d);
    }

    /** Prints the table, then one key=value line per figure. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "moneymen bench (%s plan)%n", plan.name());
        if (!plan.name().equals("full")) {
            out.println("Not the real numbers: sizes or lengths are reduced; run ./moneymen bench for those.");
        }
        String line = "-".repeat(78);
        out.println(line);
        out.printf(Locale.ROOT, "%-30s %16s  %-22s %s%n", "figure", "value", "target", "met");
        out.println(line);
        for (String k : KEYS) {
            Target t = TARGETS.get(k);
            double x = values.get(k);
            out.printf(Locale.ROOT, "%-30s %16s  %-22s %s%n", k, format(x), t == null ? "-" : t.text(),
                    t == null ? "" : t.met(x) ? "yes" : "NO");
        }
        out.println(line);
        for (Map.Entry<String, Double> e : detail.entrySet()) {
            out.printf(Locale.ROOT, "%-47s %16s%n", e.getKey(), format(e.getValue()));
        }
        out.println(line);
        for (String k : KEYS) {
            out.printf(Locale.ROOT, "%s=%s%n", k, format(values.get(k)));
        }
        out.flush();
    }

    private static String format(double x) {
        if (Math.abs(x) >= 1000) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }
}
