package org.moneymen.web;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.moneymen.experiment.keyplayers.KeyPlayers;
import org.moneymen.experiment.keyplayers.KeyPlayersException;
import org.moneymen.experiment.keyplayers.KeyPlayersPlan;
import org.moneymen.experiment.keyplayers.KeyPlayersResult;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;
import org.moneymen.io.AtomicDirectory;
import org.moneymen.io.RunFiles;
import org.moneymen.model.RunSize;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.ScenarioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key-player analyses of finished runs, on the run's own {@code scenario.resolved.yaml}: one at a time, on one worker
 * thread with the local engine on one core (the other stays for the server and its runs), bounded in runs, and kept
 * in the run's folder as {@value #FILE} so a reload shows them.
 */
final class KeyPlayersAnalyses implements AutoCloseable {
    /** The file an analysis is kept in, inside the run's folder. */
    static final String FILE = "keyplayers.json";
    /** The most simulations an analysis from the page may need; larger ones belong to {@code moneymen keyplayers}. */
    static final long MAX_RUNS = 3_000;
    /** Officials shown, each run again on fresh seeds. */
    static final int TOP = 10;
    /** Months of inflow counted after the removals (fewer if the run is shorter). */
    static final int WINDOW = 12;

    private static final Logger LOG = LoggerFactory.getLogger(KeyPlayersAnalyses.class);

    /** Thrown when an analysis is already going: one at a time. */
    static final class BusyException extends Exception {
        private static final long serialVersionUID = 1L;

        BusyException(String run) {
            super("A key-player analysis (of run " + run + ") is already going, and the server runs one at a time."
                    + " Wait for it to finish, then ask again.");
        }
    }

    private final Map<String, KeyPlayersJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "moneymen-keyplayers");
        t.setDaemon(true);
        return t;
    });
    private KeyPlayersJob going;
    private volatile boolean closed;

    /**
     * Starts an analysis of the finished run in {@code dir}; a plan the run cannot take, or one above
     * {@link #MAX_RUNS}, is refused before anything runs.
     */
    KeyPlayersJob start(String id, Path dir, KeyPlayersRequest req) throws KeyPlayersException, BusyException {
        LoadedScenario loaded;
        try {
            loaded = LoadedScenario.load(dir.resolve(RunFiles.RESOLVED), List.of());
        } catch (ScenarioException e) {
            throw new RunFolders.Damaged("The run '" + id + "' could not be read: its " + RunFiles.RESOLVED
                    + " does not load. Run the scenario again; the folder can be deleted.", e);
        }
        Scenario s = loaded.scenario();
        KeyPlayersPlan plan = KeyPlayersPlan.of(loaded, null, Math.min(WINDOW, s.months()), req.replicasOr(),
                0, 1, false, TOP, req.confirmReplicasOr());
        long posts = RunSize.of(s).posts();
        long runs = plan.replicas() * (2 + posts) + (long) plan.confirmReplicas() * (1 + 2L * (Math.min(TOP, posts) + 1));
        if (runs > MAX_RUNS) {
            throw new KeyPlayersException(String.format(java.util.Locale.ROOT, "This run's scenario has %,d posts:"
                    + " with %d replicas and %d fresh seeds the analysis needs about %,d simulations, more than the"
                    + " %,d the dashboard runs. Use fewer replicas here, or run it from the command line:"
                    + " ./moneymen keyplayers runs/.../%s", posts, plan.replicas(), plan.confirmReplicas(), runs,
                    MAX_RUNS, RunFiles.RESOLVED));
        }
        KeyPlayersJob job = new KeyPlayersJob(id);
        synchronized (this) {
            if (going != null && going.state() == KeyPlayersJob.State.RUNNING) {
                throw new BusyException(going.runId());
            }
            going = job;
            jobs.put(id, job);
        }
        worker.execute(() -> execute(job, plan, dir));
        return job;
    }

    private void execute(KeyPlayersJob job, KeyPlayersPlan plan, Path dir) {
        try {
            KeyPlayersResult r = KeyPlayers.run(plan, new LocalEngine(), new EngineOptions(1, null),
                    new KeyPlayers.Listener() {
                        @Override
                        public void stage(String name, long runs) {
                            job.stage(name, runs);
                        }

                        @Override
                        public void runDone() {
                            if (closed) {
                                throw new CancellationException("the server was stopped");
                            }
                            job.runDone();
                        }
                    });
            Map<String, Object> table = KeyPlayersTable.of(r, TOP);
            AtomicDirectory.writeFile(dir.resolve(FILE), Dashboard.JSON.writeValueAsBytes(table));
            job.finish(table);
        } catch (KeyPlayersException e) {
            job.fail("The analysis was refused: " + e.getMessage() + ".");
        } catch (OutOfMemoryError e) {
            job.fail("The analysis ran out of memory; run it from the command line (./moneymen keyplayers).");
        } catch (Throwable e) {
            if (closed) {
                job.fail("The analysis was stopped: the server was stopped.");
                return;
            }
            LOG.error("key-player analysis of run {} failed", job.runId(), e);
            job.fail("The analysis stopped unexpectedly (the server's log has the details).");
        }
    }

    /** The analysis of a run: the one going or ended here, else the one kept in its folder, else none. */
    Optional<Map<String, Object>> view(String id, Path dir) throws IOException {
        KeyPlayersJob job = jobs.get(id);
        if (job != null && job.state() != KeyPlayersJob.State.DONE) {
            return Optional.of(job.view());
        }
        Path file = dir.resolve(FILE);
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return job == null ? Optional.empty() : Optional.of(job.view());
        }
        Map<String, Object> table = Dashboard.JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        return Optional.of(Map.of("run", id, "state", "done", "result", table));
    }

    /** The analysis going or ended here for a run, if any. */
    Optional<KeyPlayersJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
