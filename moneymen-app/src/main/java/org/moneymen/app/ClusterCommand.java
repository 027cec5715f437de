package org.moneymen.app;

import picocli.CommandLine.Command;

/** {@code moneymen cluster up|down}: a Spark standalone cluster on this machine, from moneymen's own jars. */
@Command(name = "cluster", mixinStandardHelpOptions = true, subcommands = {ClusterUpCommand.class, ClusterDownCommand.class},
        description = {"Start (up) or stop (down) a Spark standalone cluster on 127.0.0.1: a Master and Workers, each"
                + " its own JVM, started from moneymen's jars (no Spark install needed). Sweep or calibrate on it with"
                + " --engine spark --master spark://127.0.0.1:PORT.",
            "Its record (master URL, pids) and logs are kept in runs/cluster/ unless --dir says otherwise."})
final class ClusterCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without up or down: the usage, and status 2 (a script that forgot the word should not go on). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("moneymen cluster: say up or down");
        spec.commandLine().usage(spec.commandLine().getErr());
        return org.moneymen.cli.Main.BAD_INPUT;
    }
}
