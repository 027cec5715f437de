package org.moneymen.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.moneymen.experiment.sweep.Comparison;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.Stamp;
import org.moneymen.io.sweep.Sweeps;
import org.moneymen.model.RunSize;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paired what-ifs started from the page, one at a time: the scenario with and without the change on the same seeds,
 * written as the sweep folder {@code ./moneymen compare} writes (two points on common random numbers), so query,
 * analyze and plot read it as well.
 */
final class WhatIfs implements AutoCloseable {
    /** Thrown when a what-if is already going. */
    static final class BusyException extends Exception {
        private static final long serialVersionUID = 1L;

        BusyException(String going) {
            super("A what-if is already going (" + going + "); the dashboard runs one at a time. Wait for it to"
                    + " finish, then press the button again.");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(WhatIfs.class);
    private final RunManager runs;
    private final Stamp stamp;
    private final Map<String, WhatIfJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "moneymen-whatif");
        t.setDaemon(true);
        return t;
    });
    private WhatIfJob going;

    WhatIfs(RunManager runs, Stamp stamp) {
        this.runs = runs;
        this.stamp = stamp;
    }

    /**
     * Checks the what-if and starts it: the form's changes on both sides (a seed among them is the seed the pairs'
     * seeds derive from), the change on one, the baseline's own values on the other.
     *
     * @param source the name errors cite
     * @param file the scenario's file (an upload is written to a temporary one first)
     */
    WhatIfJob start(String source, Path file, String text, WhatIfRequest req) throws ScenarioException, IOException,
            BusyException, RunManager.TooBigException {
        List<String> both = new ArrayList<>();
        long seed = 1;
        if (req.overrides() != null) {
            for (var e : req.overrides().entrySet()) {
                if (e.getKey().equals("seed")) {
                    seed = seed(e.getValue());
                } else {
                    both.add(e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()));
                }
            }
        }
        // Each side is checked as a run of it would be, so a refused value is named at its own field.
        Scenario base = ScenarioLoader.parse(source, text, join(both, req.against()));
        ScenarioLoader.parse(source, text, join(both, req.change()));
        if (req.overrides() == null || !req.overrides().containsKey("seed")) {
            seed = base.seed();
        }
        SweepPlan plan = SweepFiles.parse("what-if of " + source, Comparison.sweepText(file, sets(req.change()),
                sets(req.against()), both, req.replicasOr(), seed), file.getParent(), List.of());
        int threads = Runtime.getRuntime().availableProcessors();
        RunSize size = RunSize.of(base);
        if (!size.fits(Runtime.getRuntime().maxMemory() / 2 / threads)) {
            throw new RunManager.TooBigException("This what-if is too big for the server's memory: " + threads
                    + " runs go at once and " + size.describe() + " need about " + size.bytes() / (1L << 20)
                    + " MB each. Make it smaller, or use ./moneymen compare.");
        }
        WhatIfJob job;
        synchronized (this) {
            if (going != null && going.state() == WhatIfJob.State.RUNNING) {
                throw new BusyException(going.id());
            }
            String id = runs.reserve(base.name() + "-whatif");
            job = new WhatIfJob(id, base.name(), req.replicasOr());
            jobs.put(id, job);
            going = job;
        }
        Path dir = runs.root().resolve(job.id());
        worker.execute(() -> execute(job, plan, dir));
        return job;
    }

    private void execute(WhatIfJob job, SweepPlan plan, Path dir) {
        try {
            Sweeps.execute(plan, new LocalEngine(), new EngineOptions(0, null), dir, false, job, stamp);
            job.succeed();
        } catch (OutOfMemoryError e) {
            job.fail("The what-if ran out of memory. Use fewer replicas, a smaller scenario, or ./moneymen compare.");
        } catch (Exception e) {
            LOG.error("what-if {} failed", job.id(), e);
            job.fail("The what-if stopped: " + (e.getMessage() == null ? "the server's log has the details"
                    : e.getMessage()));
        }
    }

    private static long seed(String text) throws ScenarioException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new ScenarioException(new org.moneymen.scenario.Problem(org.moneymen.scenario.Location.commandLine(
                    "seed=" + text), "seed", "expected a whole number, got '" + text + "'"));
        }
    }

    private static List<String> sets(Map<String, String> m) {
        List<String> out = new ArrayList<>();
        if (m != null) {
            m.forEach((k, v) -> out.add(k + "=" + (v == null ? "" : v)));
        }
        return out;
    }

    private static List<String> join(List<String> both, Map<String, String> side) {
        List<String> out = new ArrayList<>(both);
        out.addAll(sets(side));
        return out;
    }

    /** A what-if started here. */
    Optional<WhatIfJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Every what-if started here. */
    List<WhatIfJob> all() {
        return List.copyOf(jobs.values());
    }

    /** Writes an upload to a temporary file the sweep file can name; the caller deletes its folder. */
    static Path temporary(String fileName, String text) throws IOException {
        Path dir = Files.createTempDirectory("moneymen-whatif-");
        String safe = fileName == null ? "uploaded.yaml" : fileName.replaceAll("[^A-Za-z0-9._-]+", "-");
        Path file = dir.resolve(safe.isEmpty() || safe.startsWith(".") ? "uploaded.yaml" : safe);
        Files.writeString(file, text);
        return file;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
