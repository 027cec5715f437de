package org.moneymen.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import org.moneymen.io.OutputGuard;
import org.moneymen.io.RunFiles;
import org.moneymen.io.Stamp;
import org.moneymen.model.RunSize;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    /** Thrown when a run cannot fit in the memory left for runs: its size and the budget, in words. */
    static final class TooBigException extends Exception {
        private static final long serialVersionUID = 1L;

        TooBigException(String message) {
            super(message);
        }
    }

    private static final long MB = 1L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(RunManager.class);

    private final Path root;
    private final long budget;
    private long held;
    private final int maxRuns;
    private final Semaphore slots;
    private final ScenarioRunner runner;
    private final Stamp stamp;
    private final Map<String, WebRun> runs = new ConcurrentHashMap<>();
    private final java.util.Set<String> reserved = ConcurrentHashMap.newKeySet();
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
        // Runs share the heap but one share of it, which stays for the server's own answers: so no run, nor all
        // of them together, can leave the server without memory to answer a status poll.
        this.budget = Runtime.getRuntime().maxMemory() / (maxRuns + 1L) * maxRuns;
        this.runner = runner;
        this.stamp = stamp;
    }

    /** The folder runs are written to. */
    Path root() {
        return root;
    }

    /**
     * Starts a run of the scenario, or refuses when {@code maxRuns} are going or when its size estimate does not fit
     * in the memory left for runs (the budget less what the running runs' estimates hold).
     */
    WebRun start(Scenario scenario) throws BusyException, TooBigException {
        RunSize size = RunSize.of(scenario);
        if (!slots.tryAcquire()) {
            throw new BusyException(maxRuns);
        }
        WebRun run;
        synchronized (this) {
            long left = budget - held;
            if (!size.fits(left)) {
                slots.release();
                throw new TooBigException("This run is too big for the memory the server has for runs: "
                        + size.describe() + " need about " + size.bytes() / MB + " MB, and " + Math.max(0, left) / MB
                        + " MB of the " + budget / MB + " MB for runs is free" + (held > 0 ? " while other runs go" : "")
                        + ". Make it smaller (fewer companies, staff or counterparts), or start the server with more"
                        + " memory: MONEYMEN_JAVA_OPTS=-Xmx" + (size.heapNeededGb() * (maxRuns + 1L) / maxRuns + 1)
                        + "g ./moneymen serve.");
            }
            String id = newId(scenario.name());
            run = new WebRun(id, scenario, root.resolve(id), size.bytes());
            held += run.bytes();
            runs.put(id, run);
        }
        WebRun started = run;
        pool.execute(() -> execute(started));
        return run;
    }

    /** Runs it; whatever happens (memory running out included) the slot and the budget are given back first. */
    private void execute(WebRun run) {
        Runnable outcome;
        try {
            RunResult result = runner.run(run.scenario(), row -> {
                if (run.cancelled()) {
                    throw new CancellationException(run.cancelledBy());
                }
                run.add(row);
            });
            outcome = write(run, result);
        } catch (CancellationException e) {
            outcome = () -> run.end(WebRun.State.CANCELLED, "The run was cancelled (" + e.getMessage() + ") after "
                    + run.monthsDone() + " of " + run.scenario().months() + " months; nothing was written.");
        } catch (OutOfMemoryError e) {
            // What the run held is unreachable once this frame is left; the log says which run it was.
            outcome = () -> run.fail(failure(run, "it ran out of memory. Make it smaller or give the server more"
                    + " (MONEYMEN_JAVA_OPTS=-Xmx...)."));
        } catch (Throwable e) {
            LOG.error("run {} failed", run.id(), e);
            outcome = () -> run.fail(failure(run, e.getMessage() == null || e.getMessage().isBlank()
                    ? "the model stopped unexpectedly (the server's log has the details)" : e.getMessage()));
        }
        synchronized (this) {
            held -= run.bytes();
        }
        slots.release();
        outcome.run();
    }

    /** Writes the run's folder, never over one moneymen did not make; says what to tell the user. */
    private Runnable write(WebRun run, RunResult result) {
        try {
            OutputGuard.check(run.dir(), OutputGuard.Kind.RUN, false, "the dashboard's runs folder");
            RunFiles.write(run.dir(), result, ScenarioLoader.resolvedYaml(run.scenario()), stamp);
            return run::finish;
        } catch (OutputGuard.Refused e) {
            return () -> run.fail("The results were not written: " + e.getMessage());
        } catch (IOException e) {
            return () -> run.fail("The results could not be written to " + run.dir() + ": " + e.getMessage());
        }
    }

    /** Cancels a running run: true if it was running (it stops at its next month), false if it had ended. */
    boolean cancel(String id) {
        WebRun run = runs.get(id);
        if (run == null || run.state() != WebRun.State.RUNNING) {
            return false;
        }
        run.cancel("cancelled by DELETE /api/runs/" + id);
        return true;
    }

    /** Says, in plain words, when and why a run failed. */
    private static String failure(WebRun run, String why) {
        int done = run.monthsDone();
        YearMonth month = YearMonth.from(run.scenario().start()).plusMonths(done);
        return "The run stopped in month " + (done + 1) + " of " + run.scenario().months() + " ("
                + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear() + "): " + why;
    }

    /** Reserves a fresh id for a folder of another kind (a what-if) in the runs folder, never one a run has. */
    synchronized String reserve(String name) {
        String id = newId(name);
        reserved.add(id);
        return id;
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
            // NOFOLLOW: a dangling link is taken too; the run never writes through it.
            if (!runs.containsKey(id) && !reserved.contains(id) && !Files.exists(root.resolve(id), LinkOption.NOFOLLOW_LINKS)) {
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
        runs.values().forEach(r -> r.cancel("the server was stopped"));
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
