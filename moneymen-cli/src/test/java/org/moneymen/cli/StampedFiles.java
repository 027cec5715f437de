package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBDriver;

/**
 * Outputs read with their stamp's command line set aside: commands typed differently (another --out, --threads,
 * --resume) must write files that are identical except for the command each records.
 */
final class StampedFiles {
    /** The stamp's command line in summary.json ({@code "command" : "..."}) or sweep.resolved.yaml. */
    private static final Pattern COMMAND = Pattern.compile("(?m)^(\\s*\"?command\"?\\s*:\\s*)\".*\"$");

    private StampedFiles() {
    }

    /** A stamped text file with its one command line blanked. */
    static String withoutCommand(Path file) throws Exception {
        String text = Files.readString(file);
        Matcher m = COMMAND.matcher(text);
        assertThat(m.results().count()).as("command lines in " + file).isEqualTo(1);
        return m.replaceFirst("$1\"\"");
    }

    /** A Parquet part as text without its command: its other key-value metadata, its columns and every row. */
    static String partWithoutCommand(Path part) throws Exception {
        StringBuilder out = new StringBuilder();
        metadata(part).forEach((k, v) -> {
            if (!k.equals("moneymen.command")) {
                out.append(k).append('=').append(v).append('\n');
            }
        });
        try (Connection c = duck(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM read_parquet(" + literal(part) + ")")) {
            ResultSetMetaData md = r.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.append(md.getColumnName(i)).append(' ').append(md.getColumnTypeName(i)).append('\n');
            }
            while (r.next()) {
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    out.append(r.getString(i)).append(i < md.getColumnCount() ? "," : "\n");
                }
            }
        }
        return out.toString();
    }

    /** A Parquet part's key-value metadata. */
    static TreeMap<String, String> metadata(Path part) throws Exception {
        TreeMap<String, String> kv = new TreeMap<>();
        try (Connection c = duck(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT decode(key), decode(value) FROM parquet_kv_metadata("
                     + literal(part) + ")")) {
            while (r.next()) {
                kv.put(r.getString(1), r.getString(2));
            }
        }
        return kv;
    }

    private static Connection duck() throws Exception {
        return new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
