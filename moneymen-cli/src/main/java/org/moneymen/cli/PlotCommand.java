package org.moneymen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.moneymen.io.chart.Charts;
import org.moneymen.io.sweep.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.moneymen.io.OutputGuard;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneymen plot}: PNG and SVG charts of a run or a sweep. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Write charts (PNG and SVG) of a run folder or a sweep folder: money sent to Office No. 39"
                + " over time (a 10-90%% band over replicas for a sweep, purge dates marked), recalls by cause,"
                + " officials by status, the approval funnel, and for a Morris or Latin hypercube sweep the"
                + " sensitivity ranking.")
final class PlotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR|SWEEP_DIR", description = "A run or sweep output folder")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the charts (default: DIR/charts/)")
    Path out;

    @Option(names = "--by", paramLabel = "PARAMETER",
            description = "For a sweep: one band of the inflow chart per value of this varied parameter (its path)")
    String by;

    @Option(names = "--overwrite", description = "Replace charts an earlier plot wrote there (never other files)")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : dir.resolve("charts");
        List<String> files;
        try {
            OutputGuard.check(target, OutputGuard.Kind.CHARTS, overwrite, "--out");
        } catch (OutputGuard.Refused e) {
            spec.commandLine().getErr().println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        try {
            files = Charts.plot(dir, target, by);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + target + "/ (" + String.join(", ", files) + ")");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
