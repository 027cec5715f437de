package org.moneymen.io.sweep;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.duckdb.DuckDBResultSetMetaData;
import org.duckdb.StatementReturnType;

/**
 * A user's SQL over a sweep's tables, answered read-only: only a statement that returns rows runs (no COPY, ATTACH,
 * INSTALL, SET or CREATE), at most {@code maxRows} rows are kept, and a statement still running after the time limit
 * is interrupted.
 */
public final class ReadOnlyQuery {

    /**
     * What a query answered.
     *
     * @param header column labels
     * @param rows the rows kept, each as text
     * @param truncated whether the statement returned more rows than were kept
     */
    public record Answer(List<String> header, List<List<String>> rows, boolean truncated) {
    }

    private ReadOnlyQuery() {
    }

    /**
     * How many statements the SQL holds: semicolons outside quotes and comments, not counting a final one (text
     * after the last semicolon that is only spaces and comments is no statement).
     */
    static int statements(String sql) {
        int n = 1;
        boolean pending = false;
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == ch) {
                        if (end + 1 < sql.length() && sql.charAt(end + 1) == ch) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                i = end + 1;
                pending = false;
            } else if (ch == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (ch == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (ch == ';') {
                pending = true;
                i++;
            } else {
                if (pending && !Character.isWhitespace(ch)) {
                    n++;
                    pending = false;
                }
                i++;
            }
        }
        return n;
    }

    /** Runs one statement; a refused, failed or interrupted one is a {@link StoreException} saying which. */
    public static Answer run(Connection c, String sql, int maxRows, int timeoutSeconds, Function<Object, String> text)
            throws StoreException {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "moneymen-query-timeout");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean timedOut = new AtomicBoolean();
        if (statements(sql) > 1) {
            timer.shutdownNow();
            // DuckDB runs every statement but the last while preparing: more than one is refused before that.
            throw new StoreException("give one statement at a time (the SQL holds a ';' followed by more)");
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (!(ps.getMetaData() instanceof DuckDBResultSetMetaData m)
                    || m.getReturnType() != StatementReturnType.QUERY_RESULT) {
                throw new StoreException("only a query that reads the tables runs here (SELECT or WITH ... SELECT);"
                        + " COPY, ATTACH, INSTALL, SET, CREATE and other statements are refused");
            }
            timer.schedule(() -> {
                timedOut.set(true);
                try {
                    ps.cancel();
                } catch (SQLException ignored) {
                    // the statement finished meanwhile
                }
            }, timeoutSeconds, TimeUnit.SECONDS);
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            boolean more = false;
            try (ResultSet r = ps.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                for (int i = 1; i <= n; i++) {
                    header.add(r.getMetaData().getColumnLabel(i));
                }
                while (r.next()) {
                    if (rows.size() == maxRows) {
                        more = true;
                        break;
                    }
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(text.apply(r.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            return new Answer(header, rows, more);
        } catch (SQLException e) {
            if (timedOut.get()) {
                throw new StoreException("the query was stopped after " + timeoutSeconds + " s (--timeout)");
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            throw new StoreException("the query failed: " + why);
        } finally {
            timer.shutdownNow();
        }
    }
}
