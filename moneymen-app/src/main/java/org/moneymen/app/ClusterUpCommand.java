package org.moneymen.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.moneymen.cli.Main;
import org.moneymen.spark.cluster.ClusterException;
import org.moneymen.spark.cluster.ClusterRecord;
import org.moneymen.spark.cluster.StandaloneCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneymen cluster up}: starts the Master and Workers, waits until they are registered, prints the URL. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start a Spark Master and N Workers on 127.0.0.1, wait until every Worker has registered, and"
                + " print the master URL and where the logs are. The pids are recorded so that down stops exactly them.")
final class ClusterUpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2", description = "Workers (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--cores", paramLabel = "C", defaultValue = "1",
            description = "Cores each Worker offers (default: ${DEFAULT-VALUE})")
    int cores;

    @Option(names = "--memory", paramLabel = "M", defaultValue = "2g",
            description = "Memory each Worker offers its executors, such as 2g or 1500m (default: ${DEFAULT-VALUE};"
                    + " an executor takes 1g unless told otherwise)")
    String memory;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "runs/cluster",
            description = "The cluster's folder: its record, logs/ and work/ (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "How long to wait for the cluster to be up (default: ${DEFAULT-VALUE})")
    int timeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = workers < 1 || workers > 64 ? "--workers must be 1 to 64, got " + workers
                : cores < 1 || cores > 1024 ? "--cores must be 1 to 1024, got " + cores
                : !memory.matches("[1-9][0-9]{0,6}[mMgG]") ? "--memory must be a size such as 2g or 1500m, got " + memory
                : timeout < 1 ? "--timeout must be at least 1 second, got " + timeout : null;
        if (problem != null) {
            err.println("moneymen cluster up: " + problem);
            return Main.BAD_INPUT;
        }
        out.printf("Starting a Spark master and %d worker%s (%d core%s, %s each) on 127.0.0.1...%n", workers,
                workers == 1 ? "" : "s", cores, cores == 1 ? "" : "s", memory);
        out.flush();
        ClusterRecord up;
        try {
            up = StandaloneCluster.start(dir, workers, cores, memory, Duration.ofSeconds(timeout));
        } catch (ClusterException e) {
            err.println("moneymen cluster up: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        out.println("Cluster up: " + up.masterUrl());
        out.println("Logs: " + up.folder().resolve("logs") + "/ (master, workers), " + up.folder().resolve("work")
                + "/ (executors)");
        out.println("Sweep on it:  ./moneymen sweep sweeps/smoke.yaml --engine spark --master " + up.masterUrl());
        out.println("Stop it:      ./moneymen cluster down" + (dir.equals(Path.of("runs/cluster")) ? "" : " --dir " + dir));
        out.flush();
        return 0;
    }
}
