package org.moneymen.io.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.Stamp;

/**
 * Checks a sweep folder's Parquet parts against {@link PartManifest}: for a resume, which recomputes every batch with a
 * part missing, damaged (size or SHA-256 not as recorded) or not recorded; and for the readers (query, analyze,
 * plot), which refuse a folder with a damaged part, naming it.
 */
final class PartCheck {
    private static final List<String> TABLES = List.of(SweepStore.SERIES, SweepStore.RUNS);

    /**
     * What a resume found.
     *
     * @param done the batches whose parts are whole and recorded
     * @param verified how many part files were checked and found whole
     * @param messages what the check found, line by line: how many parts were whole, then each part missing, damaged
     *     or not recorded and what was done about it
     */
    record Resume(TreeSet<Integer> done, int verified, List<String> messages) {
    }

    /**
     * The parts the readers may read.
     *
     * @param runs the runs parts recorded, relative to the folder
     * @param series the series parts recorded
     * @param exact whether the folder holds exactly these parts (so a glob reads the same files)
     */
    record Readable(List<String> runs, List<String> series, boolean exact) {
    }

    /** A part that failed its check, and why in a few words. */
    private record Damage(String file, String why) {
    }

    private PartCheck() {
    }

    /** A batch's part file in a table, relative to the folder: {@code runs/part-00003.parquet}. */
    static String file(String table, int batch) {
        return table + "/" + String.format(Locale.ROOT, "part-%05d.parquet", batch);
    }

    /**
     * Checks every part of a sweep folder being resumed: whole, recorded batches are done; the parts of any other batch
     * are deleted so that it is computed again, and parts of no batch of this sweep are deleted. The manifest is then
     * rewritten with the parts that passed. A folder without a manifest (written before parts were recorded) has each
     * part read whole, its runs checked, and recorded.
     */
    static Resume resume(Path dir, SweepPlan plan) throws IOException, StoreException {
        Map<String, PartManifest.Entry> manifest = PartManifest.read(dir);
        boolean legacy = manifest == null;
        TreeSet<String> onDisk = onDisk(dir);
        List<Batch> batches = Batch.of(plan.runs());
        List<PartManifest.Entry> good = new ArrayList<>();
        TreeSet<Integer> done = new TreeSet<>();
        List<String> messages = new ArrayList<>();
        try (Connection db = legacy ? Duck.memory(1) : null) {
            for (Batch b : batches) {
                String series = file(SweepStore.SERIES, b.index());
                String runs = file(SweepStore.RUNS, b.index());
                List<Damage> damage = new ArrayList<>();
                List<PartManifest.Entry> whole = new ArrayList<>();
                if (legacy) {
                    legacy(dir, db, b, series, runs, onDisk, damage, whole);
                } else if (manifest.containsKey(series) || manifest.containsKey(runs) || onDisk.contains(runs)) {
                    // (A series part alone, unrecorded, is what a kill between a batch's two parts leaves: that batch
                    // was never done, and is computed as if new.)
                    for (String f : List.of(series, runs)) {
                        PartManifest.Entry e = manifest.get(f);
                        String why = e != null ? PartManifest.problem(dir, e)
                                : onDisk.contains(f) ? "not in " + PartManifest.FILE : "missing";
                        if (why != null) {
                            damage.add(new Damage(f, why));
                        } else {
                            whole.add(e);
                        }
                    }
                }
                if (damage.isEmpty() && whole.size() == 2) {
                    done.add(b.index());
                    good.addAll(whole);
                    continue;
                }
                // Runs first: a batch is done exactly when its runs part exists.
                Files.deleteIfExists(dir.resolve(runs));
                Files.deleteIfExists(dir.resolve(series));
                if (!damage.isEmpty()) {
                    messages.add(words(damage, b.size()));
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot start DuckDB: " + e.getMessage(), e);
        }
        for (String f : onDisk) {
            if (index(f) >= batches.size()) {
                Files.deleteIfExists(dir.resolve(f));
                messages.add("part " + f + ": not a part of this sweep (its parts are numbered 0 to "
                        + (batches.size() - 1) + "), removed");
            }
        }
        PartManifest.rewrite(dir, good);
        String head = legacy ? "No " + PartManifest.FILE + " (a folder written before parts were recorded): read each"
                + " part whole; " + good.size() + " whole, now recorded in " + PartManifest.FILE
                : "Checked the parts against " + PartManifest.FILE + " (size and SHA-256): " + good.size() + " whole";
        messages.replaceAll(m -> "  " + m);
        messages.add(0, head + ".");
        return new Resume(done, good.size(), messages);
    }

    /**
     * A folder written before manifests: a batch's parts are whole when DuckDB reads every row of both and they hold
     * exactly the batch's runs.
     */
    private static void legacy(Path dir, Connection db, Batch b, String series, String runs, TreeSet<String> onDisk,
                               List<Damage> damage, List<PartManifest.Entry> whole) throws IOException {
        if (!onDisk.contains(runs)) {
            return;
        }
        if (!onDisk.contains(series)) {
            damage.add(new Damage(series, "missing"));
            return;
        }
        for (String f : List.of(series, runs)) {
            String sql = "SELECT count(*), count(DISTINCT run), min(run), max(run), bit_xor(hash(t)) FROM read_parquet("
                    + Duck.literal(dir.resolve(f)) + ") t";
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                long rows = r.getLong(1);
                if (r.getLong(2) != b.size() || r.getLong(3) != b.from() || r.getLong(4) != b.to() - 1
                        || (f.equals(runs) && rows != b.size())) {
                    damage.add(new Damage(f, "holds other runs than runs " + b.from() + " to " + (b.to() - 1)));
                } else {
                    whole.add(PartManifest.describe(dir.resolve(f), f, rows));
                }
            } catch (SQLException e) {
                String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
                damage.add(new Damage(f, "unreadable: " + why));
            }
        }
    }

    /** "part runs/part-00003.parquet: checksum mismatch, recomputed 40 runs", or the same for both parts. */
    private static String words(List<Damage> damage, int runs) {
        String recomputed = "recomputed " + runs + (runs == 1 ? " run" : " runs");
        if (damage.size() == 1) {
            return "part " + damage.get(0).file() + ": " + damage.get(0).why() + ", " + recomputed;
        }
        List<String> each = new ArrayList<>();
        damage.forEach(d -> each.add(d.file() + " (" + d.why() + ")"));
        return "parts " + String.join(" and ", each) + ": " + recomputed;
    }

    /**
     * What the readers may read: the batches with both parts recorded (a batch being written, or cut short by a kill,
     * is left out), each part checked for size and SHA-256; null for a folder without a manifest, read as it is. A
     * recorded part missing or damaged is refused, naming it and the resume that recomputes it.
     */
    static Readable readable(Path dir) throws IOException, StoreException {
        Map<String, PartManifest.Entry> manifest = PartManifest.read(dir);
        if (manifest == null) {
            return null;
        }
        TreeMap<Integer, Integer> recorded = new TreeMap<>();
        for (String f : manifest.keySet()) {
            recorded.merge(index(f), 1, Integer::sum);
        }
        List<String> runs = new ArrayList<>();
        List<String> series = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : recorded.entrySet()) {
            if (e.getValue() != 2) {
                continue;
            }
            for (String table : TABLES) {
                String f = file(table, e.getKey());
                String why = PartManifest.problem(dir, manifest.get(f));
                if (why != null) {
                    damaged.add(f + ": " + why);
                }
                (table.equals(SweepStore.RUNS) ? runs : series).add(f);
            }
        }
        if (!damaged.isEmpty()) {
            String d = Stamp.quote(dir.toString());
            throw new StoreException(dir + " has " + (damaged.size() == 1 ? "a damaged part, " : damaged.size()
                    + " damaged parts, ") + String.join("; ", damaged) + ". " + (damaged.size() == 1 ? "It is" : "They are")
                    + " not what the sweep wrote (" + PartManifest.FILE + " records each part's size and SHA-256)."
                    + " Recompute " + (damaged.size() == 1 ? "it" : "them") + " with: ./moneymen sweep " + d + "/"
                    + SweepStore.RESOLVED + " --out " + d + " --resume");
        }
        TreeSet<String> all = new TreeSet<>(runs);
        all.addAll(series);
        return new Readable(runs, series, all.equals(onDisk(dir)));
    }

    /** The part files in a folder's tables, relative to it. */
    private static TreeSet<String> onDisk(Path dir) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (String table : TABLES) {
            Path folder = dir.resolve(table);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    if (SweepStore.PART.matcher(f.getFileName().toString()).matches()) {
                        out.add(table + "/" + f.getFileName());
                    }
                }
            }
        }
        return out;
    }

    /** The batch number in a part's name ({@code runs/part-00003.parquet}: 3). */
    static int index(String file) {
        Matcher m = SweepStore.PART.matcher(file.substring(file.indexOf('/') + 1));
        if (!m.matches()) {
            throw new IllegalArgumentException(file);
        }
        String digits = m.group(1);
        // A number too large for an int is no batch of any sweep.
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
