package org.moneymen.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
                + " (file, key, value: the version, commit and command that wrote each Parquet part).")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "Sweep output folder")
    Path dir;

    @Parameters(index = "1", paramLabel = "SQL", description = "A query, such as \"SELECT point, avg(office39_inflow_usd) FROM runs GROUP BY point\"")
    String sql;

    @Option(names = "--csv", description = "Print CSV (header, then rows) instead of a table")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Connection c = ResultsDb.open(dir); Statement s = c.createStatement()) {
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery(sql)) {
                int n = r.getMetaData().getColumnCount();
                for (int i = 1; i <= n; i++) {
                    header.add(r.getMetaData().getColumnLabel(i));
                }
                while (r.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(text(r.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            if (csv) {
                Tables.csv(out, header, rows);
            } else {
                Tables.aligned(out, header, rows);
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (SQLException e) {
            err.println("moneymen: the query failed: " + e.getMessage());
            return Main.BAD_INPUT;
        }
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
