package org.moneymen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.moneymen.io.story.LostAccounts;
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
        description = {"Tell one official's story from a run's event log in dated plain sentences; with --top N list"
                + " the officials whose leaving cost the most (the revenue still to come of their deals that collapsed,"
                + " the balances of the accounts lost with them, the funds they took; the face value of their deals"
                + " apart); with --accounts list every account lost with its balance, company and last knower.",
            "Examples:  moneymen explain runs/baseline-1 17",
            "           moneymen explain runs/baseline-1 --top 5",
            "           moneymen explain runs/baseline-1 --accounts"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A folder written by moneymen run")
    Path runDir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OFFICIAL", description = "The official's id (a number)")
    String official;

    @Option(names = "--top", paramLabel = "N", description = "List the N officials whose leaving cost the most")
    Integer top;

    @Option(names = "--accounts", description = "List every account lost, with its balance, company and last knower")
    boolean accounts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int asked = (official == null ? 0 : 1) + (top == null ? 0 : 1) + (accounts ? 1 : 0);
        if (asked != 1) {
            return fail(err, asked == 0
                    ? "give an OFFICIAL id, --top N or --accounts (see moneymen explain --help)"
                    : "give one of an OFFICIAL id, --top N and --accounts, not several");
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
            if (accounts) {
                LostAccounts.print(out, run, LostAccounts.of(run));
            } else if (top != null) {
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
