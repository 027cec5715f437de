package org.moneymen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.moneymen.experiment.calibrate.AbcSmc;
import org.moneymen.experiment.calibrate.Calibration;
import org.moneymen.experiment.calibrate.CalibrationFiles;
import org.moneymen.experiment.calibrate.CalibrationPlan;
import org.moneymen.experiment.calibrate.Generation;
import org.moneymen.experiment.calibrate.ModelSimulator;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.io.calibrate.CalibrationReport;
import org.moneymen.io.calibrate.CalibrationStore;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneymen calibrate}: ABC-SMC of a scenario's free parameters against observed figures. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate a scenario's free parameters to observed figures by approximate Bayesian computation"
                + " (sequential Monte Carlo with adaptive tolerances), running the simulations on all cores or on"
                + " Spark. Writes the posterior by generation (Parquet), the fit, the calibrated scenario and charts.")
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration file (YAML), such as calibration/world.yaml")
    Path file;

    @Mixin
    EngineChoice engines = new EngineChoice();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<name>-calibration/)")
    Path out;

    @Option(names = "--resume", description = "Continue a killed calibration in its folder from the last generation"
            + " written whole (each checked against generations.csv: size and SHA-256)")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Optional<SweepEngine> found = engines.find(err);
        if (found.isEmpty()) {
            return Main.BAD_INPUT;
        }
        CalibrationPlan plan;
        try {
            plan = CalibrationFiles.load(file);
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                err.println("error: " + p);
            }
            int n = e.problems().size();
            err.println("moneymen: " + n + (n == 1 ? " problem" : " problems") + " in the calibration; nothing was run or written.");
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out : Path.of("runs", RunCommand.safe(plan.name()) + "-calibration");
        int g1 = plan.firstDraws();
        int later = plan.laterDraws();
        stdout.printf(Locale.ROOT, "Calibration %s: %d parameters, %d targets; ABC-SMC keeping %d particles, %d runs"
                        + " in generation 1 and %d in each later one (%d replicas each), at most %d generations, on the %s engine%n",
                plan.name(), plan.priors().size(), plan.targets().size(), plan.method().population(),
                g1 * plan.replicas(), later * plan.replicas(), plan.replicas(), plan.method().generations(), engines.name());
        stdout.flush();
        long t0 = System.nanoTime();
        AtomicLong runs = new AtomicLong();
        Calibration.Result result;
        try (CalibrationStore store = CalibrationStore.open(dir, plan, resume, Main.stamp(spec),
                LocalDate.now(ZoneOffset.UTC))) {
            for (Generation g : store.resumed()) {
                stdout.println(line(g, "resumed: "));
            }
            try (ModelSimulator sim = new ModelSimulator(plan, found.get(), engines.options(),
                    runs::incrementAndGet)) {
                result = Calibration.run(plan, sim, store.resumed(), new Calibration.Listener() {
                    @Override
                    public void generationDone(Generation g, AbcSmc abc) throws Exception {
                        store.generationDone(g);
                        double s = (System.nanoTime() - t0) / 1e9;
                        long left = abc.done(g) ? 0 : (long) (plan.method().generations() - g.number()) * later * plan.replicas();
                        left += (long) plan.method().predictive() * plan.replicas();
                        double rate = runs.get() / Math.max(1e-9, s);
                        stdout.println(line(g, "") + String.format(Locale.ROOT, "; %.0f s, at most about %.0f s left",
                                s, left / Math.max(1e-9, rate)) + (abc.done(g) ? "; stopping: " + abc.why(g) : ""));
                        stdout.flush();
                    }

                    @Override
                    public void predictive(int particles) {
                        stdout.printf(Locale.ROOT, "Posterior-predictive check: %d particles drawn from the posterior,"
                                + " each on seeds of its own%n", particles);
                        stdout.flush();
                    }
                });
            }
            CalibrationReport.write(store, plan, result);
        } catch (StoreException e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IllegalStateException e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        stdout.printf(Locale.ROOT, "%n%d runs in %.1f s (%.1f runs/s).%n", runs.get(), seconds, runs.get() / seconds);
        stdout.println(CalibrationTables.parameters(plan, result));
        stdout.println(CalibrationTables.fit(plan, result));
        stdout.printf("Wrote %s/ (%s/, %s, %s, %s, %s, %s/)%n", dir, CalibrationStore.POSTERIOR,
                CalibrationStore.GENERATIONS, CalibrationReport.FIT, CalibrationReport.PARAMETERS,
                CalibrationReport.CALIBRATED, CalibrationReport.CHARTS);
        stdout.flush();
        return 0;
    }

    private static String line(Generation g, String prefix) {
        return String.format(Locale.ROOT, "%sgeneration %d: tolerance %.3f sd, acceptance %.0f%%, %d particles"
                        + " (effective %.0f), %,d runs so far", prefix, g.number(), g.tolerance(), 100 * g.acceptance(),
                g.size(), g.effectiveSize(), g.simulations());
    }
}
