package org.moneymen.app;

import java.io.PrintWriter;
import org.moneymen.cli.Main;
import picocli.CommandLine;

/** The entry point of {@code ./moneymen}: the command line's commands plus {@code serve}, the dashboard. */
public final class MoneymenMain {

    private MoneymenMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns its exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return Main.execute(commandLine(), out, err, args);
    }

    /** The command line with every command, serve included. */
    static CommandLine commandLine() {
        CommandLine cl = Main.commandLine();
        cl.addSubcommand(new ServeCommand());
        cl.addSubcommand(new ClusterCommand());
        cl.addSubcommand(new org.moneymen.bench.BenchCommand());
        return cl;
    }
}
