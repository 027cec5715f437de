package org.moneymen.io.sweep;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/** Embedded DuckDB connections and SQL quoting. */
public final class Duck {
    private Duck() {
    }

    /** A new in-memory database; one thread so that written files are the same on every run. */
    public static DuckDBConnection memory(int threads) throws SQLException {
        // The driver directly, not through DriverManager: its service lookup fails under some class loaders (Spark's).
        Connection c = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
        try (Statement s = c.createStatement()) {
            s.execute("SET threads=" + threads);
        }
        return (DuckDBConnection) c;
    }

    /** A SQL string literal. */
    public static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A file path as a SQL string literal. */
    public static String literal(Path p) {
        return literal(p.toAbsolutePath().normalize().toString());
    }

    /** A quoted identifier. */
    public static String name(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
