package org.moneymen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.moneymen.io.story.OfficialStory;
import org.moneymen.io.story.RunFolder;
import org.moneymen.io.story.StoryException;
import org.moneymen.io.story.TopOfficials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneymen explain}: one official's story, or the officials the most money depended on, from a run folder. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Tell one official's story from a run's event log in dated plain sentences, or with --top N"
                + " list the officials the most money depended on (value of the deals they signed plus balances of"
                + " the accounts lost when they left).",
            "Examples:  moneymen explain runs/baseline-1 17",
            "           moneymen explain runs/baseline-1 --top 5"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A folder written by moneymen run")
    Path runDir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OFFICIAL", description = "The official's id (a number)")
    String official;

    @Option(names = "--top", paramLabel = "N", description = "List the N officials the most money depended on")
    Integer top;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((official == null) == (top == null)) {
            return fail(err, official == null
                    ? "give an OFFICIAL id or --top N (see moneymen explain --help)"
                    : "give either an OFFICIAL id or --top N, not both");
        }
        if (top != null && top < 1) {
            return fail(err, "--top must be at least 1, got " + top);
        }
        int id = -1;
        if (official != null) {
            try {
                id = Integer.parseInt(official.trim());
            } catch (NumberFormatException e) {
                return fail(err, "OFFICIAL must be an official's id (a whole number), got '" + official + "'");
            }
            if (id < 0) {
                return fail(err, "OFFICIAL must be an official's id (a whole number from 1), got " + id);
            }
        }
        try {
            RunFolder run = RunFolder.open(runDir);
            if (top != null) {
                List<TopOfficials.Row> rows = TopOfficials.top(run, top);
                TopOfficials.print(out, run, rows);
            } else {
                OfficialStory.tell(run, id).print(out);
            }
        } catch (StoryException e) {
            return fail(err, e.getMessage());
        }
        out.flush();
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("moneymen explain: " + message);
        err.flush();
        return Main.BAD_INPUT;
    }
}
