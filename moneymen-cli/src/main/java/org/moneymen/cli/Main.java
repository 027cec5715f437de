package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.List;
import org.moneymen.io.Stamp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

/** The moneymen command: simulates the DPRK's overseas foreign-currency network. */
@Command(name = "moneymen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Simulates the DPRK's overseas foreign-currency network: officials, trade companies, deals,"
                + " quotas, recalls, and the money sent to Office No. 39.",
        subcommands = {RunCommand.class, ImportCommand.class, ValidateCommand.class, SweepCommand.class, CalibrateCommand.class, QueryCommand.class, AnalyzeCommand.class, PlotCommand.class, ExplainCommand.class, CompareCommand.class, KeyPlayersCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    /** Exit status for bad input (scenario files, arguments). */
    public static final int BAD_INPUT = 2;

    /** {@code moneymen --version}: the build's version and commit, as outputs are stamped with them. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Stamp build = Stamp.of(List.of());
            return new String[] {"moneymen " + build.version() + " (" + build.commit() + ")"};
        }
    }

    /** The stamp for what a command writes: this build, and the whole command line that ran the command. */
    public static Stamp stamp(CommandSpec spec) {
        return Stamp.of(spec.root().commandLine().getParseResult().originalArgs());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status (0 ok, 1 failure, 2 bad input). */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error streams and returns its exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(commandLine(), out, err, args);
    }

    /** The moneymen command line, to which an application may add subcommands (the dashboard's serve). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("moneymen: " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    /** Runs a command line made by {@link #commandLine()} with the given streams and returns its exit status. */
    public static int execute(CommandLine cl, PrintWriter out, PrintWriter err, String... args) {
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }
}
