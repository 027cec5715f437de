package org.moneymen.io.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A DuckDB connection over a sweep folder with views {@code runs} and {@code series} on its Parquet parts, and
 * {@code stamps} on the parts' key-value metadata (each part's stamp: file, key, value).
 */
public final class ResultsDb {
    private ResultsDb() {
    }

    /** Opens the views; fails with a clear message when the folder holds no finished runs. */
    public static Connection open(Path dir) throws StoreException, SQLException, IOException {
        if (!Files.isRegularFile(dir.resolve(SweepStore.RESOLVED))) {
            throw new StoreException(dir + " is not a sweep folder (no " + SweepStore.RESOLVED + ")");
        }
        if (SweepStore.parts(dir.resolve(SweepStore.RUNS)).isEmpty()) {
            throw new StoreException(dir + " holds no finished runs yet");
        }
        Connection c = Duck.memory(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIEW stamps AS " + stamps(dir, SweepStore.RUNS) + " UNION ALL "
                    + stamps(dir, SweepStore.SERIES) + " ORDER BY file, key");
            s.execute("CREATE VIEW runs AS SELECT * FROM read_parquet(" + glob(dir, SweepStore.RUNS)
                    + ", union_by_name = true) ORDER BY run");
            s.execute("CREATE VIEW series AS SELECT * FROM read_parquet(" + glob(dir, SweepStore.SERIES)
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

    /** Which build and command wrote each part of a table: rows of file (runs/part-00000.parquet), key and value. */
    private static String stamps(Path dir, String table) {
        return "SELECT '" + table + "/' || parse_filename(file_name) AS file, decode(key) AS key,"
                + " decode(value) AS value FROM parquet_kv_metadata(" + glob(dir, table) + ")";
    }
}
