package org.moneymen.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.moneymen.io.Stamp;
import org.moneymen.io.sweep.ReadOnlyQuery;
import org.moneymen.io.sweep.ResultsDb;
import org.moneymen.io.sweep.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneymen query}: SQL over a sweep's tables {@code runs} and {@code series} with embedded DuckDB. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Answer SQL over a sweep folder's tables: runs (one row per run: point, replica, seed,"
                + " parameters, summary figures), series (run, month, date and every time-series column) and stamps"
                + " (file, key, value: the version, commit and command that wrote each Parquet part). Each part is"
                + " checked against the folder's parts.jsonl (size and SHA-256) first; a damaged one is named, with the"
                + " sweep --resume that recomputes it.")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "Sweep output folder")
    Path dir;

    @Parameters(index = "1", paramLabel = "SQL", description = "A query, such as \"SELECT point, avg(office39_inflow_usd) FROM runs GROUP BY point\"")
    String sql;

    @Option(names = "--csv", description = "Print CSV (header, then rows) instead of a table")
    boolean csv;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Print at most N rows (default: ${DEFAULT-VALUE}); more are counted, not printed")
    int maxRows;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop a query still running after this many seconds (default: ${DEFAULT-VALUE})")
    int timeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxRows < 1) {
            err.println("moneymen: --max-rows must be at least 1 (it is " + maxRows + ")");
            return Main.BAD_INPUT;
        }
        if (timeout < 1 || timeout > 86_400) {
            err.println("moneymen: --timeout must be 1 to 86400 seconds (it is " + timeout + ")");
            return Main.BAD_INPUT;
        }
        try (Connection c = ResultsDb.open(dir)) {
            ReadOnlyQuery.Answer a = ReadOnlyQuery.run(c, sql, maxRows, timeout, QueryCommand::text);
            if (csv) {
                Tables.csv(out, a.header(), a.rows());
            } else {
                Tables.aligned(out, a.header(), a.rows());
            }
            out.flush();
            if (a.truncated()) {
                err.println("moneymen: the query returned more than " + maxRows + " rows; the first " + maxRows
                        + " are printed (--max-rows N for more, or LIMIT/aggregate in the SQL)");
            }
            return 0;
        } catch (StoreException e) {
            String m = e.getMessage();
            err.println("moneymen: " + (m.startsWith("the query failed") ? withResume(m) : m));
            return Main.BAD_INPUT;
        } catch (SQLException e) {
            err.println("moneymen: " + withResume("the sweep's tables could not be opened: " + e.getMessage().lines()
                    .findFirst().orElse("")));
            return Main.BAD_INPUT;
        }
    }

    /**
     * A DuckDB error that names a Parquet part, with the resume that repairs it: a folder written before parts.jsonl
     * is not checked before it is read, so a damaged part of one shows here.
     */
    private String withResume(String message) {
        if (!message.contains(".parquet")) {
            return message;
        }
        String d = Stamp.quote(dir.toString());
        return message + " (a part of the sweep may be damaged; ./moneymen sweep " + d + "/sweep.resolved.yaml --out "
                + d + " --resume checks every part and recomputes what fails)";
    }

    /** A value as text: numbers without exponent, NULL as empty. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : d.toString();
        }
        if (v instanceof Float f) {
            return text(f.doubleValue());
        }
        return v.toString();
    }
}
