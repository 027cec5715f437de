package org.moneymen.io.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.BatchSink;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.experiment.sweep.RunRecord;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.AtomicDirectory;
import org.moneymen.io.Stamp;
import org.moneymen.scenario.InputLimits;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioValues;

/**
 * The one writer of sweep results: each finished batch becomes part files {@code runs/part-NNNNN.parquet} and
 * {@code series/part-NNNNN.parquet}, written through embedded DuckDB to a hidden temporary name and renamed
 * into place (series first), so a part either exists whole or not at all and a batch is done exactly when its
 * runs part exists. Whatever engine computed the records, the files are the same. Each part carries the stamp of
 * the command that wrote it in its key-value metadata; {@code sweep.resolved.yaml} ends with the stamp of the one
 * that started the sweep. Each part is recorded in {@link PartManifest parts.jsonl} with its rows, size and SHA-256
 * just before it is renamed into place, and a resume checks every part against it (see {@link PartCheck}) and
 * recomputes the batches that fail.
 */
public final class SweepStore implements BatchSink, AutoCloseable {
    /** Layout of a sweep folder. */
    public static final String RUNS = "runs";
    public static final String SERIES = "series";
    public static final String RESOLVED = "sweep.resolved.yaml";
    /** A part's file name; the number is its batch's. */
    static final Pattern PART = Pattern.compile("part-(\\d{5,})\\.parquet");
    private static final String STAMP_COMMENT = "# The build and command that started this sweep (each Parquet part's"
            + " key-value metadata names the ones\n# that wrote it: moneymen query's view stamps lists them):\n";

    private final Path dir;
    private final SweepPlan plan;
    private final TreeSet<Integer> done;
    private final DuckDBConnection db;
    private final String metadata;
    /** Every part recorded, by batch: what the manifest is rewritten with, in order, when the sweep finishes. */
    private final TreeMap<Integer, List<PartManifest.Entry>> recorded = new TreeMap<>();
    private final PartCheck.Resume checked;

    private SweepStore(Path dir, SweepPlan plan, PartCheck.Resume checked, List<PartManifest.Entry> entries,
                       Stamp stamp) throws IOException {
        this.dir = dir;
        this.plan = plan;
        this.done = new TreeSet<>(checked.done());
        this.checked = checked;
        for (PartManifest.Entry e : entries) {
            recorded.computeIfAbsent(PartCheck.index(e.file()), k -> new ArrayList<>()).add(e);
        }
        this.metadata = metadata(stamp);
        try {
            this.db = Duck.memory(1);
        } catch (SQLException e) {
            throw new IOException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a sweep folder, or with {@code resume} continues the same sweep's folder, its parts stamped with
     * {@code stamp}; refuses anything else.
     */
    public static SweepStore open(Path dir, SweepPlan plan, boolean resume, Stamp stamp)
            throws IOException, StoreException {
        boolean exists = Files.isDirectory(dir) && !AtomicDirectory.isEmpty(dir);
        if (exists && !resume) {
            throw new StoreException(dir + " already holds files; add --resume to continue the sweep in it, or give"
                    + " another --out");
        }
        if (!exists) {
            Files.createDirectories(dir.resolve(RUNS));
            Files.createDirectories(dir.resolve(SERIES));
            AtomicDirectory.writeFile(dir.resolve(SweepPlan.SCENARIO_FILE), plan.scenarioText().getBytes(StandardCharsets.UTF_8));
            AtomicDirectory.writeFile(dir.resolve(RESOLVED), (plan.resolvedYaml() + STAMP_COMMENT + stamp.toYaml())
                    .getBytes(StandardCharsets.UTF_8));
            PartManifest.rewrite(dir, List.of());
            return new SweepStore(dir, plan, new PartCheck.Resume(new TreeSet<>(), 0, List.of()), List.of(), stamp);
        }
        Path resolved = dir.resolve(RESOLVED);
        Path scenario = dir.resolve(SweepPlan.SCENARIO_FILE);
        if (!Files.isRegularFile(resolved) || !Files.isRegularFile(scenario)) {
            throw new StoreException(dir + " is not a sweep folder (no " + RESOLVED + "); give another --out");
        }
        String written = text(resolved);
        String difference = samePlan(written, plan) ? null : difference(RESOLVED, written, plan.resolvedYaml());
        if (difference == null) {
            difference = difference(SweepPlan.SCENARIO_FILE, text(scenario), plan.scenarioText());
        }
        if (difference != null) {
            throw new StoreException(dir + " holds another sweep (its " + RESOLVED + " or " + SweepPlan.SCENARIO_FILE
                    + " differs from this sweep file and --set: " + difference + "); resume with the same sweep, or"
                    + " give another --out");
        }
        Files.createDirectories(dir.resolve(RUNS));
        Files.createDirectories(dir.resolve(SERIES));
        removeLeftovers(dir.resolve(RUNS));
        removeLeftovers(dir.resolve(SERIES));
        removeManifestLeftovers(dir);
        PartCheck.Resume checked = PartCheck.resume(dir, plan);
        Map<String, PartManifest.Entry> entries = PartManifest.read(dir);
        return new SweepStore(dir, plan, checked, new ArrayList<>(entries.values()), stamp);
    }

    /** A file of the folder moneymen wrote, read within the input limits (a link to a device is refused). */
    private static String text(Path file) throws StoreException {
        try {
            return InputLimits.read(file, "the file the sweep wrote there");
        } catch (ScenarioException e) {
            throw new StoreException(e.getMessage() + "; this folder is not a sweep folder as moneymen writes it");
        }
    }

    /** What the resume's check of the parts found: the parts verified, and each one recomputed or removed. */
    PartCheck.Resume checked() {
        return checked;
    }

    /**
     * Whether a folder's sweep.resolved.yaml is this plan's: the plan's text, then any stamp, since the command that
     * resumes a sweep is not the one that started it (and folders written before stamps have none).
     */
    private static boolean samePlan(String written, SweepPlan plan) {
        if (!written.startsWith(plan.resolvedYaml())) {
            return false;
        }
        String rest = written.substring(plan.resolvedYaml().length()).replaceFirst("\\A(#[^\n]*\n)*", "");
        return rest.isEmpty() || rest.startsWith(Stamp.KEY + ":\n");
    }

    /** The stamp as DuckDB's KV_METADATA option: each field under the key moneymen.FIELD. */
    private static String metadata(Stamp stamp) {
        List<String> fields = new ArrayList<>();
        stamp.toMap().forEach((k, v) -> fields.add(Duck.literal(Stamp.KEY + "." + k) + ": " + Duck.literal(v)));
        return "KV_METADATA {" + String.join(", ", fields) + "}";
    }

    /** The first line where a folder's file and this sweep's differ, in words; null when they are the same. */
    static String difference(String name, String there, String here) {
        if (there.equals(here)) {
            return null;
        }
        String[] a = there.split("\n", -1);
        String[] b = here.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        String was = i < a.length ? "'" + a[i].strip() + "'" : "nothing";
        String now = i < b.length ? "'" + b[i].strip() + "'" : "nothing";
        return name + " line " + (i + 1) + " is " + was + " there but " + now + " for this sweep";
    }

    /** Batch numbers already written (their runs part exists). */
    public synchronized TreeSet<Integer> doneBatches() {
        return new TreeSet<>(done);
    }

    /** The batches still to compute. */
    public List<Batch> pending() {
        TreeSet<Integer> have = doneBatches();
        return Batch.of(plan.runs()).stream().filter(b -> !have.contains(b.index())).toList();
    }

    @Override
    public synchronized void batchDone(Batch batch, List<RunRecord> records) throws IOException {
        String series = PartCheck.file(SERIES, batch.index());
        String runs = PartCheck.file(RUNS, batch.index());
        Path seriesTmp = tmp(dir.resolve(series));
        Path runsTmp = tmp(dir.resolve(runs));
        try {
            writePart("series", seriesColumns(records.get(0)), records, true, seriesTmp);
            writePart("runs", runsColumns(records), records, false, runsTmp);
        } catch (SQLException e) {
            throw new IOException("cannot write " + runs + ": " + e.getMessage(), e);
        }
        // Recorded before they are renamed into place, so every part in place is in the manifest (a kill in between
        // leaves a recorded part missing, which a resume recomputes), then series first: a batch is done exactly
        // when its runs part exists.
        long months = records.stream().mapToLong(r -> r.months().length).sum();
        List<PartManifest.Entry> entries = List.of(PartManifest.describe(seriesTmp, series, months),
                PartManifest.describe(runsTmp, runs, records.size()));
        PartManifest.append(dir, entries);
        Files.move(seriesTmp, dir.resolve(series), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.move(runsTmp, dir.resolve(runs), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        recorded.put(batch.index(), entries);
        done.add(batch.index());
    }

    /** The hidden temporary name a part is written under before it is renamed into place. */
    private static Path tmp(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    /** The sweep is complete: the manifest is rewritten in part order, the same whatever order batches finished in. */
    public synchronized void finish() throws IOException {
        List<PartManifest.Entry> all = new ArrayList<>();
        recorded.values().forEach(all::addAll);
        PartManifest.rewrite(dir, all);
    }


    private Map<String, String> runsColumns(List<RunRecord> records) {
        Map<String, String> cols = new LinkedHashMap<>();
        cols.put("run", "INTEGER");
        cols.put("point", "INTEGER");
        cols.put("replica", "INTEGER");
        cols.put("seed", "BIGINT");
        for (Param p : plan.params()) {
            cols.put(p.column(), p.numeric() ? "DOUBLE" : "VARCHAR");
        }
        for (RunRecord r : records) {
            for (Map.Entry<String, Object> e : r.summary().entrySet()) {
                String type = e.getValue() instanceof Long ? "BIGINT" : e.getValue() instanceof Double ? "DOUBLE" : "VARCHAR";
                String key = summaryColumn(e.getKey());
                String before = cols.get(key);
                cols.put(key, before == null || before.equals(type) ? type
                        : before.equals("VARCHAR") || type.equals("VARCHAR") ? "VARCHAR" : "DOUBLE");
            }
        }
        return cols;
    }

    private String summaryColumn(String key) {
        boolean clash = List.of("run", "point", "replica", "seed").contains(key)
                || plan.params().stream().anyMatch(p -> p.column().equals(key));
        return clash ? "summary_" + key : key;
    }

    private static Map<String, String> seriesColumns(RunRecord r) {
        Map<String, String> cols = new LinkedHashMap<>();
        cols.put("run", "INTEGER");
        cols.put("month", "INTEGER");
        cols.put("date", "DATE");
        for (String c : r.columns()) {
            cols.put(c, "DOUBLE");
        }
        return cols;
    }

    /** Writes a table's part to a temporary file, not yet in place. */
    private void writePart(String table, Map<String, String> cols, List<RunRecord> records, boolean series, Path tmp)
            throws SQLException, IOException {
        List<String> defs = new ArrayList<>();
        cols.forEach((k, v) -> defs.add(Duck.name(k) + " " + v));
        try (Statement s = db.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE " + table + " (" + String.join(", ", defs) + ")");
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (RunRecord r : records) {
                if (series) {
                    appendSeries(a, r);
                } else {
                    appendRun(a, r, cols);
                }
            }
        }
        Files.deleteIfExists(tmp);
        try (Statement s = db.createStatement()) {
            s.execute("COPY " + table + " TO " + Duck.literal(tmp) + " (FORMAT PARQUET, " + metadata + ")");
            s.execute("DROP TABLE " + table);
        }
    }

    private static void appendSeries(DuckDBAppender a, RunRecord r) throws SQLException {
        for (int m = 0; m < r.months().length; m++) {
            a.beginRow();
            a.append(r.run());
            a.append(r.months()[m]);
            a.append(LocalDate.ofEpochDay(r.epochDays()[m]));
            for (double v : r.series()[m]) {
                a.append(v);
            }
            a.endRow();
        }
    }

    private void appendRun(DuckDBAppender a, RunRecord r, Map<String, String> cols) throws SQLException {
        a.beginRow();
        a.append(r.run());
        a.append(r.point());
        a.append(r.replica());
        a.append(r.seed());
        for (int i = 0; i < plan.params().size(); i++) {
            Object v = r.values().get(i);
            if (plan.params().get(i).numeric()) {
                a.append(((Number) v).doubleValue());
            } else {
                a.append(ScenarioValues.text(v));
            }
        }
        Map<String, Object> byColumn = new LinkedHashMap<>();
        r.summary().forEach((k, v) -> byColumn.put(summaryColumn(k), v));
        int fixed = 4 + plan.params().size();
        int i = 0;
        for (Map.Entry<String, String> c : cols.entrySet()) {
            if (i++ < fixed) {
                continue;
            }
            Object v = byColumn.get(c.getKey());
            if (v == null) {
                a.appendNull();
            } else if (c.getValue().equals("BIGINT")) {
                a.append(((Number) v).longValue());
            } else if (c.getValue().equals("DOUBLE")) {
                a.append(((Number) v).doubleValue());
            } else {
                a.append(v.toString());
            }
        }
        a.endRow();
    }

    /** The batch numbers of the whole parts in a folder. */
    static TreeSet<Integer> parts(Path folder) throws IOException {
        TreeSet<Integer> out = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = PART.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return out;
    }

    /** Deletes the hidden temporary files a killed sweep may leave. */
    private static void removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith(".")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Deletes the temporary file a kill during a rewrite of the manifest may leave. */
    private static void removeManifestLeftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("." + PartManifest.FILE + ".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
