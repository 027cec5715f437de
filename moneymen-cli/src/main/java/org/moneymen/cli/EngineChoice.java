package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.experiment.sweep.SweepEngines;
import picocli.CommandLine.Option;

/** Where a command's simulations run: the options sweep, calibrate, compare and keyplayers share. */
final class EngineChoice {

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
            description = "local (all cores, the default) or spark")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master URL (default local[*]; a cluster's"
            + " spark://host:port, see cluster up)")
    String master;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads of the local engine (default: all cores)")
    int threads;

    /** The engine by name with a valid thread count, or empty after saying what is wrong. */
    Optional<SweepEngine> find(PrintWriter err) {
        if (threads < 0) {
            err.println("moneymen: --threads must be 0 (all cores) or more");
            return Optional.empty();
        }
        Optional<SweepEngine> found = SweepEngines.find(engine);
        if (found.isEmpty()) {
            err.println("moneymen: no sweep engine '" + engine + "' on the class path; available: "
                    + String.join(", ", SweepEngines.names()));
        }
        return found;
    }

    /** The engine's settings. */
    EngineOptions options() {
        return new EngineOptions(threads, master);
    }

    /** The engine's name, for what the commands print. */
    String name() {
        return engine;
    }
}
