package org.moneymen.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneymen bench}: runs the benchmarks and prints the figures of docs/PERFORMANCE.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs the JMH benchmarks: the kernel against a bare PriorityQueue and MASON, the world scenario at"
                + " 10k, 100k and 1M officials, retained heap per official, and sweep throughput on the local engine and"
                + " Spark. Prints a table, then one key=value line per figure. The full run takes about 25 minutes on 2 cores."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Check that the command works in about two minutes (reduced sizes; not the real numbers).")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Figures f = new Bench(quick ? BenchPlan.quick() : BenchPlan.full(), err).run();
        f.print(out);
        return 0;
    }
}
