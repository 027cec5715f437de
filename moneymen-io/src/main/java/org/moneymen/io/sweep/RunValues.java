package org.moneymen.io.sweep;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One figure per run of a sweep: a numeric column of the runs table (a summary figure of the whole run), or a
 * column of the series table summed over a window of months.
 */
final class RunValues {
    private RunValues() {
    }

    /** A run's figure with where it sits and its seed. */
    record Value(int run, int point, int replica, long seed, double value) {
    }

    /**
     * The figures, in run order, and the months they cover.
     *
     * @param values one per run that has the figure
     * @param coverage the months summed
     */
    record Fetched(List<Value> values, Coverage coverage) {
    }

    /** The output per run: from the runs table when {@code window} is null, else summed over the window's months. */
    static Fetched fetch(Connection c, String output, MonthWindow window) throws SQLException, StoreException {
        try (Statement s = c.createStatement()) {
            return window == null ? whole(s, output) : windowed(s, output, window);
        }
    }

    private static Fetched whole(Statement s, String output) throws SQLException, StoreException {
        List<String> numeric = numericColumns(s, "runs", List.of());
        if (!numeric.contains(output)) {
            throw new StoreException("--output " + output + ": no numeric column '" + output + "' in the runs table;"
                    + " numeric columns: " + String.join(", ", numeric));
        }
        List<Value> out = new ArrayList<>();
        ResultSet r = s.executeQuery("SELECT run, point, replica, seed, CAST(" + Duck.name(output)
                + " AS DOUBLE) FROM runs ORDER BY run");
        while (r.next()) {
            double v = r.getDouble(5);
            if (!r.wasNull()) {
                out.add(new Value(r.getInt(1), r.getInt(2), r.getInt(3), r.getLong(4), v));
            }
        }
        return new Fetched(out, Coverage.WHOLE_RUN);
    }

    private static Fetched windowed(Statement s, String output, MonthWindow window) throws SQLException, StoreException {
        List<String> numeric = numericColumns(s, "series", List.of("run", "month"));
        if (!numeric.contains(output)) {
            throw new StoreException("--output " + output + ": with --from/--to the output is a column of the series"
                    + " table, and it has no numeric column '" + output + "'; its columns: " + String.join(", ", numeric));
        }
        ResultSet span = s.executeQuery("SELECT min(date), max(date) FROM series WHERE " + window.where());
        span.next();
        LocalDate first = span.getObject(1, LocalDate.class);
        LocalDate last = span.getObject(2, LocalDate.class);
        if (first == null) {
            ResultSet all = s.executeQuery("SELECT min(date), max(date) FROM series");
            all.next();
            throw new StoreException(window.flags() + ": no month of the runs falls in this window; the runs cover "
                    + month(all.getObject(1, LocalDate.class)) + " to " + month(all.getObject(2, LocalDate.class)));
        }
        List<Value> out = new ArrayList<>();
        int most = 0;
        int fewest = Integer.MAX_VALUE;
        ResultSet r = s.executeQuery("SELECT r.run, r.point, r.replica, r.seed, w.v, w.months FROM runs r JOIN"
                + " (SELECT run, sum(CAST(" + Duck.name(output) + " AS DOUBLE)) AS v, count(*) AS months FROM series"
                + " WHERE " + window.where() + " GROUP BY run) w USING (run) ORDER BY r.run");
        while (r.next()) {
            out.add(new Value(r.getInt(1), r.getInt(2), r.getInt(3), r.getLong(4), r.getDouble(5)));
            most = Math.max(most, r.getInt(6));
            fewest = Math.min(fewest, r.getInt(6));
        }
        return new Fetched(out, new Coverage(first, last, most, fewest != most));
    }

    /** A month as 2013-12. */
    static String month(LocalDate d) {
        return d == null ? "?" : d.toString().substring(0, 7);
    }

    /** The numeric columns of a table, in order, but for the given bookkeeping columns. */
    static List<String> numericColumns(Statement s, String table, List<String> except) throws SQLException {
        List<String> out = new ArrayList<>();
        ResultSet r = s.executeQuery("SELECT * FROM " + table + " LIMIT 0");
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
            int t = r.getMetaData().getColumnType(i);
            String name = r.getMetaData().getColumnName(i);
            if (!except.contains(name) && (t == Types.DOUBLE || t == Types.BIGINT || t == Types.INTEGER
                    || t == Types.FLOAT || t == Types.DECIMAL)) {
                out.add(name);
            }
        }
        return out;
    }
}
