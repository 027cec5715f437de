package org.moneymen.io.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A DuckDB connection over a sweep folder with views {@code runs} and {@code series} on its Parquet parts, and
 * {@code stamps} on the parts' key-value metadata (each part's stamp: file, key, value). The views read the parts
 * {@code parts.jsonl} records, each checked first for its size and SHA-256 (parts are small, and a few bytes
 * overwritten keep the size), so a damaged part is named before any query; a part not recorded (one being written, or
 * left by a kill) is not read. A folder written before parts were recorded has no manifest and is read as it is.
 */
public final class ResultsDb {
    private ResultsDb() {
    }

    /** Opens the views; fails with a clear message when the folder holds no finished runs. */
    public static Connection open(Path dir) throws StoreException, SQLException, IOException {
        if (!Files.isRegularFile(dir.resolve(SweepStore.RESOLVED))) {
            throw new StoreException(dir + " is not a sweep folder (no " + SweepStore.RESOLVED + ")");
        }
        PartCheck.Readable parts = PartCheck.readable(dir);
        if (parts == null ? SweepStore.parts(dir.resolve(SweepStore.RUNS)).isEmpty() : parts.runs().isEmpty()) {
            throw new StoreException(dir + " holds no finished runs yet");
        }
        String runs = parts == null || parts.exact() ? glob(dir, SweepStore.RUNS) : list(dir, parts.runs());
        String series = parts == null || parts.exact() ? glob(dir, SweepStore.SERIES) : list(dir, parts.series());
        Connection c = Duck.memory(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIEW stamps AS " + stamps(SweepStore.RUNS, runs) + " UNION ALL "
                    + stamps(SweepStore.SERIES, series) + " ORDER BY file, key");
            s.execute("CREATE VIEW runs AS SELECT * FROM read_parquet(" + runs + ", union_by_name = true) ORDER BY run");
            s.execute("CREATE VIEW series AS SELECT * FROM read_parquet(" + series
                    + ", union_by_name = true) ORDER BY run, month");
            // Once the views exist, the database reads the sweep's own tables and nothing else: no other file, no
            // extension, and no SET that would give any of it back.
            s.execute("SET allowed_directories = [" + Duck.literal(folder(dir, SweepStore.RUNS)) + ", "
                    + Duck.literal(folder(dir, SweepStore.SERIES)) + "]");
            s.execute("SET enable_external_access = false");
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
            s.execute("SET lock_configuration = true");
        }
        return c;
    }

    private static String folder(Path dir, String table) {
        return dir.toAbsolutePath().normalize().resolve(table) + java.io.File.separator;
    }

    private static String glob(Path dir, String table) {
        return Duck.literal(dir.toAbsolutePath().normalize().resolve(table).toString() + "/part-*.parquet");
    }

    /** The given parts as a DuckDB list of paths. */
    private static String list(Path dir, List<String> files) {
        List<String> paths = new ArrayList<>(files.size());
        files.forEach(f -> paths.add(Duck.literal(dir.resolve(f))));
        return "[" + String.join(", ", paths) + "]";
    }

    /** Which build and command wrote each part of a table: rows of file (runs/part-00000.parquet), key and value. */
    private static String stamps(String table, String files) {
        return "SELECT '" + table + "/' || parse_filename(file_name) AS file, decode(key) AS key,"
                + " decode(value) AS value FROM parquet_kv_metadata(" + files + ")";
    }
}
