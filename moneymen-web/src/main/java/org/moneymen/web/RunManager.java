package org.moneymen.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.moneymen.experiment.RunResult;
import org.moneymen.io.RunFiles;
import org.moneymen.io.Stamp;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;

/** Starts runs on worker threads, at most a fixed number at once, and writes each run's folder when it ends. */
final class RunManager implements AutoCloseable {
    /** Thrown when every run slot is taken. */
    static final class BusyException extends Exception {
        private static final long serialVersionUID = 1L;

        BusyException(int max) {
            super("The server is busy: " + max + (max == 1 ? " run is" : " runs are") + " already going, the most it"
                    + " runs at once. Wait for one to finish (watch its progress), then press Run again.");
        }
    }

    private final Path root;
    private final int maxRuns;
    private final Semaphore slots;
    private final ScenarioRunner runner;
    private final Stamp stamp;
    private final Map<String, WebRun> runs = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "moneymen-run-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    RunManager(Path root, int maxRuns, ScenarioRunner runner, Stamp stamp) {
        this.root = root.toAbsolutePath().normalize();
        this.maxRuns = maxRuns;
        this.slots = new Semaphore(maxRuns);
        this.runner = runner;
        this.stamp = stamp;
    }

    /** The folder runs are written to. */
    Path root() {
        return root;
    }

    /** Starts a run of the scenario, or refuses when {@code maxRuns} are going. */
    WebRun start(Scenario scenario) throws BusyException {
        if (!slots.tryAcquire()) {
            throw new BusyException(maxRuns);
        }
        WebRun run;
        synchronized (this) {
            String id = newId(scenario.name());
            run = new WebRun(id, scenario, root.resolve(id));
            runs.put(id, run);
        }
        WebRun started = run;
        pool.execute(() -> {
            try {
                execute(started);
            } finally {
                slots.release();
            }
        });
        return run;
    }

    private void execute(WebRun run) {
        try {
            RunResult result = runner.run(run.scenario(), row -> {
                if (run.cancelled()) {
                    throw new CancellationException("the server was stopped");
                }
                run.add(row);
            });
            RunFiles.write(run.dir(), result, ScenarioLoader.resolvedYaml(run.scenario()), stamp);
            run.finish();
        } catch (IOException e) {
            run.fail("The results could not be written to " + run.dir() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            run.fail(failure(run, e));
        }
    }

    /** Says, in plain words, when and why a run failed. */
    private static String failure(WebRun run, Throwable e) {
        int done = run.monthsDone();
        YearMonth month = YearMonth.from(run.scenario().start()).plusMonths(done);
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return "The run stopped in month " + (done + 1) + " of " + run.scenario().months() + " ("
                + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear() + "): " + why;
    }

    /** A fresh id: the scenario's name and the first number no run here uses. */
    private String newId(String name) {
        String base = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (base.isEmpty()) {
            base = "run";
        }
        base = base.length() > 80 ? base.substring(0, 80) : base;
        for (int n = 1; ; n++) {
            String id = base + "-" + n;
            if (!runs.containsKey(id) && !Files.exists(root.resolve(id))) {
                return id;
            }
        }
    }

    /** A run started by this server. */
    Optional<WebRun> live(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** The folder of a finished run with this id, if there is one (never a path, never a link out of the root). */
    Optional<Path> folder(String id) {
        return RunFolders.finished(root, id);
    }

    /** Runs going now. */
    int running() {
        return maxRuns - slots.availablePermits();
    }

    /** Every run started here (live or ended). */
    Map<String, WebRun> all() {
        return Map.copyOf(runs);
    }

    /** Stops runs that are going and the worker threads. */
    @Override
    public void close() {
        runs.values().forEach(WebRun::cancel);
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
