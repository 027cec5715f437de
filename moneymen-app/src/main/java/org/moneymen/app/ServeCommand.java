package org.moneymen.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.moneymen.web.Dashboard;
import org.moneymen.web.DashboardConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneymen serve}: the dashboard in the browser, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the dashboard: pick or upload a scenario, change its parameters, run it and watch the"
                + " months come in, then browse charts, the network, officials' stories, comparisons and files.",
            "Runs are written to runs/web/<id>/. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port = 7070;

    @Option(names = "--host", paramLabel = "H",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network)")
    String host = "127.0.0.1";

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Folder of scenarios to offer (default:"
            + " scenarios/ here, else the scenarios/ of moneymen's installation)")
    Path scenarios;

    @Option(names = "--runs", paramLabel = "DIR", description = "Folder the dashboard's runs are written to (default: ${DEFAULT-VALUE})")
    Path runs = Path.of("runs", "web");

    @Option(names = "--max-runs", paramLabel = "N", description = "Runs allowed at once (default: ${DEFAULT-VALUE})")
    int maxRuns = 2;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("moneymen serve: --port must be 0 to 65535, got " + port);
            return org.moneymen.cli.Main.BAD_INPUT;
        }
        if (maxRuns < 1) {
            err.println("moneymen serve: --max-runs must be at least 1, got " + maxRuns);
            return org.moneymen.cli.Main.BAD_INPUT;
        }
        Path offered = scenarios;
        if (offered != null && !java.nio.file.Files.isDirectory(offered)) {
            err.println("moneymen serve: --scenarios " + offered + ": no such folder");
            return org.moneymen.cli.Main.BAD_INPUT;
        }
        if (offered == null) {
            java.util.List<Path> looked = ScenarioFolder.candidates(Path.of(""), ScenarioFolder.codeLocation());
            offered = ScenarioFolder.first(looked);
            if (offered == null) {
                offered = looked.get(0);
                err.println("moneymen serve: no scenarios to offer: looked in " + String.join(" and ",
                        looked.stream().map(Path::toString).toList()) + "; give --scenarios DIR (uploads still work)");
            }
        }
        out.println("moneymen dashboard: offering " + ScenarioFolder.yamlFiles(offered) + " scenario files from "
                + offered.toAbsolutePath().normalize());
        // The dashboard's runs are stamped with the serve command that started it: that is what the user typed.
        DashboardConfig config = DashboardConfig.defaults().withAddress(host, port).withFolders(offered, runs)
                .withMaxRuns(maxRuns).withStamp(org.moneymen.cli.Main.stamp(spec));
        Dashboard dashboard;
        try {
            dashboard = Dashboard.start(config);
        } catch (RuntimeException e) {
            err.println("moneymen serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dashboard.close();
            stopped.countDown();
        }, "moneymen-serve-stop"));
        out.println("moneymen dashboard: open " + dashboard.url() + " in a browser (Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
