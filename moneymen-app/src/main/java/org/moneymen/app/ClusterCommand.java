package org.moneymen.app;

import picocli.CommandLine.Command;

/** {@code moneymen cluster up|down}: a Spark standalone cluster on this machine, from moneymen's own jars. */
@Command(name = "cluster", mixinStandardHelpOptions = true, subcommands = {ClusterUpCommand.class, ClusterDownCommand.class},
        description = {"Start (up) or stop (down) a Spark standalone cluster on 127.0.0.1: a Master and Workers, each"
                + " its own JVM, started from moneymen's jars (no Spark install needed). Sweep or calibrate on it with"
                + " --engine spark --master spark://127.0.0.1:PORT.",
            "Its record (master URL, pids) and logs are kept in runs/cluster/ unless --dir says otherwise."})
final class ClusterCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
