package org.moneymen.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.moneymen.cli.Main;
import org.moneymen.spark.cluster.ClusterRecord;
import org.moneymen.spark.cluster.StandaloneCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneymen cluster down}: stops the processes {@code cluster up} recorded, and only those. */
@Command(name = "down", mixinStandardHelpOptions = true,
        description = "Stop the Master, Workers and executors that cluster up started, as recorded in its folder:"
                + " each pid is checked to be still the process it started (start time and folder) before it is stopped."
                + " The logs stay.")
final class ClusterDownCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "runs/cluster",
            description = "The cluster's folder, as given to up (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ClusterRecord> record;
        try {
            record = ClusterRecord.read(dir);
        } catch (java.io.IOException | IllegalArgumentException e) {
            err.println("moneymen cluster down: cannot read the record in " + dir + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (record.isEmpty()) {
            err.println("moneymen cluster down: no cluster recorded in " + dir + " (nothing to stop)");
            return Main.BAD_INPUT;
        }
        List<String> stopped = StandaloneCluster.stop(record.get());
        if (stopped.isEmpty()) {
            out.println("The cluster at " + record.get().masterUrl() + " had already stopped.");
        } else {
            out.println("Stopped the cluster at " + record.get().masterUrl() + ": " + String.join(", ", stopped) + ".");
        }
        out.println("Logs kept in " + record.get().folder().resolve("logs") + "/");
        out.flush();
        return 0;
    }
}
