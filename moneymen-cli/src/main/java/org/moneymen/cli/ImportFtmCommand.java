package org.moneymen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.moneymen.io.AtomicDirectory;
import org.moneymen.io.OutputGuard;
import org.moneymen.io.ftm.FtmException;
import org.moneymen.io.ftm.FtmFilter;
import org.moneymen.io.ftm.FtmImport;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneymen import ftm}: a scenario from FollowTheMoney exports (OpenSanctions' JSON lines). */
@Command(name = "ftm", mixinStandardHelpOptions = true,
        description = {"Stream FollowTheMoney exports (one JSON entity a line) and write a scenario whose network is"
                + " the DPRK's named bodies, companies and officials, each with its FtM id as external_id.",
            "Example:  moneymen import ftm entities.ftm.json --country kp --as-of 2016-01-01 --out scenarios/ftm.yaml"})
final class ImportFtmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "FtM export files (JSON lines)")
    List<Path> files;

    @Option(names = "--country", paramLabel = "CODE", defaultValue = "kp",
            description = "Keep parties of this country, nationality or jurisdiction (default: kp; 'any' for all)")
    String country;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Keep only entities of this data set")
    String dataset;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2016-01-01",
            description = "Links in force on this day; the scenario starts that month (default: 2016-01-01)")
    LocalDate asOf;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "ftm-import", description = "Scenario name")
    String name;

    @Option(names = "--out", paramLabel = "SCENARIO.yaml", required = true, description = "The scenario to write")
    Path out;

    @Option(names = "--overwrite", description = "Replace a scenario an earlier import wrote there (never another file)")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            OutputGuard.checkFile(out, FtmImport.HEADER, overwrite, "--out");
        } catch (OutputGuard.Refused e) {
            return fail(err, e.getMessage());
        }
        String c = country.strip().toLowerCase(Locale.ROOT);
        FtmFilter filter = new FtmFilter(c.equals("any") ? null : c, dataset, asOf);
        FtmImport.Result r;
        try {
            r = FtmImport.run(files, filter, name);
        } catch (FtmException e) {
            return fail(err, e.getMessage() + "; nothing was written");
        }
        try {
            ScenarioLoader.parseSourced(out.toString(), r.yaml(), List.of());
        } catch (ScenarioException e) {
            err.println("moneymen import: the imported scenario does not validate (a bug; please report it):");
            return ScenarioOptions.report(e, err);
        }
        AtomicDirectory.writeFile(out, r.yaml().getBytes(StandardCharsets.UTF_8));
        r.report().print(stdout);
        stdout.printf("Wrote %s: %d companies, %d named officials, %d organs (validated; run it with ./moneymen run"
                + " %s)%n", out, r.companies(), r.officials(), r.organs(), out);
        stdout.flush();
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("moneymen import ftm: " + message);
        err.flush();
        return Main.BAD_INPUT;
    }
}
