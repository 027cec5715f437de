package org.moneymen.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs every benchmark of a plan through JMH (and the heap probe in its own JVM) and reports the figures. */
public final class Bench {
    /** The flags Spark needs on Java 17, for the JVM that runs the Spark sweep. */
    static final List<String> SPARK_FLAGS = org.moneymen.spark.SparkJvmFlags.FLAGS;
    /** The heap the world runs (1M officials included) and the heap probe get: the 4 GB. */
    static final String WORLD_HEAP = "-Xmx4g";
    /**
     * The world runs' collector and pages, as ./moneymen uses them for one long run: the throughput collector
     * (one simulation thread, a live set of gigabytes at 1M officials; G1's concurrent cycles cost 15% there) and
     * transparent huge pages (random access over a heap of gigabytes misses the TLB; 10% at 1M officials).
     */
    static final List<String> WORLD_JVM = List.of(WORLD_HEAP, "-XX:+UseParallelGC", "-XX:+UseTransparentHugePages");

    private final BenchPlan plan;
    private final PrintWriter progress;
    private final Path log;

    public Bench(BenchPlan plan, PrintWriter progress) throws IOException {
        this.plan = plan;
        this.progress = progress;
        this.log = Files.createTempFile("moneymen-bench-", ".log");
    }

    /** Runs every benchmark and returns the figures. */
    public Figures run() throws Exception {
        Map<String, Double> raw = new LinkedHashMap<>();
        say("kernel workload: " + plan.kernelAgents() + " agents x " + plan.kernelMonths()
                + " months on the kernel, a bare PriorityQueue and MASON");
        for (RunResult r : jmh(KernelBench.class, plan.kernelShots(), List.of("-Xmx2g"), Map.of(
                "agents", String.valueOf(plan.kernelAgents()), "months", String.valueOf(plan.kernelMonths())))) {
            raw.put("kernel." + method(r), median(r));
        }
        for (int i = 0; i < plan.worldSizes().size(); i++) {
            int n = plan.worldSizes().get(i);
            say("world: " + n + " officials x " + plan.worldMonths() + " months, one thread, "
                    + String.join(" ", WORLD_JVM));
            for (RunResult r : jmh(WorldBench.class, plan.worldShots().get(i), WORLD_JVM, Map.of(
                    "officials", String.valueOf(n), "months", String.valueOf(plan.worldMonths())))) {
                raw.put("world." + i, median(r));
            }
        }
        say("retained heap: world at " + plan.heapOfficials() + " officials x " + plan.worldMonths() + " months");
        raw.put("heap.bytes", (double) heapProbe(plan.heapOfficials(), plan.worldMonths()));
        say("sweep: " + plan.sweepRuns() + " runs of the baseline x " + plan.sweepMonths()
                + " months on the local engine (1 thread, all cores) and Spark local[*]");
        List<String> sweepJvm = new ArrayList<>(SPARK_FLAGS);
        sweepJvm.add("-Xmx2g");
        for (String[] engine : new String[][] {{"local", "1"}, {"local", "0"}, {"spark", "0"}}) {
            for (RunResult r : jmh(SweepBench.class, plan.sweepShots(), sweepJvm, Map.of("runs",
                    String.valueOf(plan.sweepRuns()), "months", String.valueOf(plan.sweepMonths()),
                    "engine", engine[0], "threads", engine[1]))) {
                raw.put("sweep." + engine[0] + "." + engine[1], median(r));
            }
        }
        say("calibration: two generations of calibration/world.yaml (" + CalibrationBench.simulations(
                plan.calibrationPopulation()) + " runs of world.yaml x " + plan.calibrationMonths() + " months), all cores");
        for (RunResult r : jmh(CalibrationBench.class, plan.calibrationShots(), List.of("-Xmx2g"), Map.of(
                "population", String.valueOf(plan.calibrationPopulation()),
                "months", String.valueOf(plan.calibrationMonths())))) {
            raw.put("calibration", median(r));
        }
        say("Spark session start-up and stop in a fresh JVM (cold, as sweep --engine spark pays it)");
        for (RunResult r : jmh(SparkStartBench.class, new BenchPlan.Shots(0, 1), sweepJvm, Map.of())) {
            raw.put("spark.start", median(r));
        }
        return Figures.of(plan, raw, Runtime.getRuntime().availableProcessors());
    }

    private Collection<RunResult> jmh(Class<?> bench, BenchPlan.Shots shots, List<String> jvmArgs,
                                      Map<String, String> params) throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include("^" + bench.getName().replace(".", "\\.") + "\\.")
                .forks(plan.forks())
                .warmupIterations(shots.warmup())
                .measurementIterations(shots.measured())
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .output(log.toString());
        params.forEach(o::param);
        try {
            return new Runner(o.build()).run();
        } catch (RunnerException e) {
            throw new RunnerException(e.getMessage() + " (JMH log: " + log + ")", e);
        }
    }

    /**
     * The median of a benchmark's measured shots, in its unit: one shot of a whole run can be lengthened by a GC or
     * a compilation landing in it, and the mean of a few shots follows such an outlier.
     */
    static double median(RunResult r) {
        return r.getPrimaryResult().getStatistics().getPercentile(50);
    }

    private static String method(RunResult r) {
        String b = r.getParams().getBenchmark();
        return b.substring(b.lastIndexOf('.') + 1);
    }

    /** Runs the heap probe in a JVM of its own with the 4 GB heap (in this JVM when forks are off). */
    private long heapProbe(int officials, int months) throws IOException, InterruptedException {
        if (plan.forks() == 0) {
            return HeapProbe.retained(officials, months);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, WORLD_HEAP, "-cp", System.getProperty("java.class.path"),
                HeapProbe.class.getName(), String.valueOf(officials), String.valueOf(months))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long bytes = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("retained_bytes=")) {
                    bytes = Long.parseLong(line.substring("retained_bytes=".length(), line.indexOf(' ')));
                }
            }
        }
        if (p.waitFor() != 0 || bytes < 0) {
            throw new IllegalStateException("the heap probe failed (exit " + p.exitValue() + "; log: " + log + ")");
        }
        return bytes;
    }

    private void say(String what) {
        progress.println("bench: " + what);
        progress.flush();
    }
}
