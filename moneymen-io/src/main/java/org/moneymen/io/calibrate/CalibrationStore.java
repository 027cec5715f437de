package org.moneymen.io.calibrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.moneymen.experiment.calibrate.CalibrationPlan;
import org.moneymen.experiment.calibrate.Generation;
import org.moneymen.io.AtomicDirectory;
import org.moneymen.io.OutputGuard;
import org.moneymen.io.Stamp;
import org.moneymen.io.sweep.Duck;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.scenario.InputLimits;
import org.moneymen.scenario.ScenarioException;

/**
 * The one writer of a calibration folder. Each finished generation becomes {@code posterior/generation-NNN.parquet}
 * (written to a hidden name, then renamed into place), and only then is {@code generations.csv} rewritten (atomically)
 * with the generation's tolerance, acceptance, simulations, and the file's size and SHA-256. A resume reads the
 * generations listed there back from their files, each checked against its size and hash, and continues after the
 * last; a generation written but not yet listed is computed again. Same plan, same files, whether killed or not.
 */
public final class CalibrationStore implements AutoCloseable {
    public static final String POSTERIOR = "posterior";
    public static final String RESOLVED = "calibration.resolved.yaml";
    public static final String GENERATIONS = "generations.csv";
    private static final String HEADER = "generation,tolerance_sd,acceptance,particles,effective_size,simulations,"
            + "file,bytes,sha256";
    private static final String STARTED = "# started: ";

    private final Path dir;
    private final CalibrationPlan plan;
    private final DuckDBConnection db;
    private final String metadata;
    private final LocalDate started;
    private final List<String> lines = new ArrayList<>();
    private final List<Generation> resumed;

    private CalibrationStore(Path dir, CalibrationPlan plan, Stamp stamp, LocalDate started) throws IOException {
        this.dir = dir;
        this.plan = plan;
        this.started = started;
        // The build, not the command: a resumed generation's file is the same bytes as an uninterrupted one's.
        this.metadata = "KV_METADATA {" + Duck.literal(Stamp.KEY + ".version") + ": " + Duck.literal(stamp.version())
                + ", " + Duck.literal(Stamp.KEY + ".commit") + ": " + Duck.literal(stamp.commit()) + "}";
        try {
            this.db = Duck.memory(1);
        } catch (SQLException e) {
            throw new IOException("cannot start DuckDB: " + e.getMessage(), e);
        }
        this.resumed = new ArrayList<>();
    }

    /** Starts a calibration folder, or with {@code resume} continues the same calibration's folder. */
    public static CalibrationStore open(Path dir, CalibrationPlan plan, boolean resume, Stamp stamp, LocalDate today)
            throws IOException, StoreException {
        boolean exists = Files.isDirectory(dir) && !AtomicDirectory.isEmpty(dir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file; give --out a new folder");
        }
        if (exists && !resume) {
            throw new StoreException(dir + " already holds files; add --resume to continue the calibration in it, or"
                    + " give another --out");
        }
        if (!exists) {
            Files.createDirectories(dir.resolve(POSTERIOR));
            Files.writeString(dir.resolve(OutputGuard.MARKER), "written by moneymen\n");
            Outputs.write(dir.resolve(CalibrationPlan.SCENARIO_FILE), plan.scenarioText());
            Outputs.write(dir.resolve(RESOLVED), plan.resolvedYaml() + STARTED + today + "\n" + stamp.toYaml());
            CalibrationStore store = new CalibrationStore(dir, plan, stamp, today);
            store.rewrite();
            return store;
        }
        String written = text(dir.resolve(RESOLVED), dir);
        String scenario = text(dir.resolve(CalibrationPlan.SCENARIO_FILE), dir);
        if (!written.startsWith(plan.resolvedYaml() + STARTED) || !scenario.equals(plan.scenarioText())) {
            throw new StoreException(dir + " holds another calibration (its " + RESOLVED + " or "
                    + CalibrationPlan.SCENARIO_FILE + " differs from this calibration file); resume with the same"
                    + " file, or give another --out");
        }
        String rest = written.substring(plan.resolvedYaml().length() + STARTED.length());
        LocalDate started;
        try {
            started = LocalDate.parse(rest.substring(0, rest.indexOf('\n')));
        } catch (RuntimeException e) {
            throw new StoreException(dir.resolve(RESOLVED) + " has no start date after its settings; it is not a"
                    + " calibration folder as moneymen writes it");
        }
        CalibrationStore store = new CalibrationStore(dir, plan, stamp, started);
        store.readBack();
        return store;
    }

    /** The day the calibration started: the date its provenance notes give. */
    public LocalDate started() {
        return started;
    }

    /** The generations a resume found whole, in order. */
    public List<Generation> resumed() {
        return List.copyOf(resumed);
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** Writes a finished generation's file, then lists it. */
    public synchronized void generationDone(Generation g) throws IOException {
        String name = file(g.number());
        Path target = dir.resolve(name);
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            write(g, tmp);
        } catch (SQLException e) {
            throw new IOException("cannot write " + name + ": " + e.getMessage(), e);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        while (lines.size() >= g.number()) {
            lines.remove(lines.size() - 1);
        }
        lines.add(String.format(Locale.ROOT, "%d,%s,%s,%d,%s,%d,%s,%d,%s", g.number(), Outputs.num(g.tolerance()),
                Outputs.num(g.acceptance()), g.size(), Outputs.num(g.effectiveSize()), g.simulations(), name,
                Files.size(target), sha256(target)));
        rewrite();
    }

    private void rewrite() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        lines.forEach(l -> sb.append(l).append('\n'));
        Outputs.write(dir.resolve(GENERATIONS), sb.toString());
    }

    static String file(int generation) {
        return POSTERIOR + "/" + String.format(Locale.ROOT, "generation-%03d.parquet", generation);
    }

    private void write(Generation g, Path tmp) throws SQLException, IOException {
        List<String> defs = new ArrayList<>(List.of("generation INTEGER", "particle INTEGER", "weight DOUBLE",
                "importance DOUBLE", "distance DOUBLE"));
        plan.priors().forEach(p -> defs.add(Duck.name(p.column()) + " DOUBLE"));
        plan.targets().forEach(t -> defs.add(Duck.name(t.name()) + " DOUBLE"));
        try (Statement s = db.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE posterior (" + String.join(", ", defs) + ")");
        }
        double[] w = g.weights();
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "posterior")) {
            for (int i = 0; i < g.size(); i++) {
                a.beginRow();
                a.append(g.number());
                a.append(i);
                a.append(w[i]);
                a.append(g.importance()[i]);
                a.append(g.distance()[i]);
                for (double v : g.values()[i]) {
                    a.append(v);
                }
                for (double v : g.simulated()[i]) {
                    a.append(v);
                }
                a.endRow();
            }
        }
        Files.deleteIfExists(tmp);
        try (Statement s = db.createStatement()) {
            s.execute("COPY posterior TO " + Duck.literal(tmp) + " (FORMAT PARQUET, " + metadata + ")");
            s.execute("DROP TABLE posterior");
        }
    }

    /** Reads back the generations generations.csv lists, each checked; stops at the first that fails. */
    private void readBack() throws IOException, StoreException {
        try (Stream<Path> files = Files.list(dir.resolve(POSTERIOR))) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith(".")) {
                    Files.deleteIfExists(f);
                }
            }
        }
        List<String> listed = Files.exists(dir.resolve(GENERATIONS))
                ? List.of(text(dir.resolve(GENERATIONS), dir).split("\n")) : List.of();
        for (int i = 1; i < listed.size(); i++) {
            String[] f = listed.get(i).split(",");
            if (f.length != 9 || !f[0].equals(Integer.toString(i)) || !f[6].equals(file(i))) {
                break;
            }
            Path p = dir.resolve(f[6]);
            if (!Files.isRegularFile(p) || Files.size(p) != Long.parseLong(f[7]) || !sha256(p).equals(f[8])) {
                break;
            }
            try {
                resumed.add(read(p, i, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[5])));
            } catch (SQLException | RuntimeException e) {
                break;
            }
            lines.add(listed.get(i));
        }
        rewrite();
    }

    private Generation read(Path p, int number, double tolerance, double acceptance, long sims) throws SQLException {
        int dims = plan.priors().size();
        int targets = plan.targets().size();
        List<double[]> values = new ArrayList<>();
        List<double[]> simulated = new ArrayList<>();
        List<Double> importance = new ArrayList<>();
        List<Double> distance = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM read_parquet(" + Duck.literal(p) + ") ORDER BY particle")) {
            while (rs.next()) {
                importance.add(rs.getDouble(4));
                distance.add(rs.getDouble(5));
                double[] v = new double[dims];
                for (int d = 0; d < dims; d++) {
                    v[d] = rs.getDouble(6 + d);
                }
                double[] t = new double[targets];
                for (int k = 0; k < targets; k++) {
                    t[k] = rs.getDouble(6 + dims + k);
                }
                values.add(v);
                simulated.add(t);
            }
        }
        return new Generation(number, values.toArray(new double[0][]),
                importance.stream().mapToDouble(Double::doubleValue).toArray(),
                distance.stream().mapToDouble(Double::doubleValue).toArray(), simulated.toArray(new double[0][]),
                tolerance, acceptance, sims);
    }

    private static String text(Path file, Path dir) throws StoreException {
        try {
            return InputLimits.read(file, "the file the calibration wrote there");
        } catch (ScenarioException e) {
            throw new StoreException(e.getMessage() + "; " + dir + " is not a calibration folder as moneymen writes it");
        }
    }

    static String sha256(Path p) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
