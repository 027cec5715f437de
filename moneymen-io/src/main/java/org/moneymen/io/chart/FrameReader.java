package org.moneymen.io.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.experiment.sweep.DesignKind;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.RunFiles;
import org.moneymen.io.sweep.ResultsDb;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.io.sweep.SweepAnalysis;
import org.moneymen.io.sweep.SweepStore;
import org.moneymen.scenario.InputLimits;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.YamlReader;

/** Reads a run folder (timeseries.csv) or a sweep folder (Parquet through DuckDB) into a {@link Frame}. */
final class FrameReader {
    static final String INFLOW = "office39_inflow_usd";
    private static final int MAX_BANDS = 6;

    private FrameReader() {
    }

    static Frame run(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(RunFiles.TIMESERIES));
        String[] header = lines.get(0).split(",", -1);
        List<LocalDate> dates = new ArrayList<>();
        LinkedHashMap<String, double[]> cols = new LinkedHashMap<>();
        int n = lines.size() - 1;
        for (int c = 2; c < header.length; c++) {
            cols.put(header[c], new double[n]);
        }
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",", -1);
            dates.add(LocalDate.parse(f[1]));
            for (int c = 2; c < header.length; c++) {
                cols.get(header[c])[i] = f[c].isEmpty() ? Double.NaN : Double.parseDouble(f[c]);
            }
        }
        double[] inflow = cols.getOrDefault(INFLOW, new double[n]);
        return new Frame(dates, cols, List.of(new Frame.Band("this run", inflow, inflow, inflow)),
                purges(dir.resolve(RunFiles.RESOLVED)), Map.of(), "", new LinkedHashMap<>());
    }

    static Frame sweep(Path dir) throws IOException, SQLException, StoreException {
        return sweep(dir, null);
    }

    /**
     * A sweep's frame; with {@code by} (a varied parameter's path or column), one inflow band per value of that
     * parameter, pooling the other parameters and the replicas.
     */
    static Frame sweep(Path dir, String by) throws IOException, SQLException, StoreException {
        SweepPlan plan = SweepAnalysis.plan(dir);
        Param byParam = null;
        if (by != null) {
            for (Param p : plan.params()) {
                if (p.path().equals(by) || p.column().equals(by)) {
                    byParam = p;
                }
            }
            if (byParam == null) {
                List<String> known = plan.params().stream().map(Param::path).toList();
                throw new StoreException("--by " + by + ": not a parameter of this sweep; its parameters: "
                        + String.join(", ", known));
            }
        }
        List<LocalDate> dates = new ArrayList<>();
        LinkedHashMap<String, double[]> cols = new LinkedHashMap<>();
        List<Frame.Band> bands = new ArrayList<>();
        try (Connection c = ResultsDb.open(dir); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            ResultSet meta = s.executeQuery("SELECT * FROM series LIMIT 0");
            for (int i = 1; i <= meta.getMetaData().getColumnCount(); i++) {
                String name = meta.getMetaData().getColumnName(i);
                if (!List.of("run", "month", "date").contains(name)) {
                    names.add(name);
                }
            }
            StringBuilder sql = new StringBuilder("SELECT month, min(date)");
            for (String name : names) {
                sql.append(", avg(").append(quote(name)).append(")");
            }
            ResultSet r = s.executeQuery(sql.append(" FROM series GROUP BY month ORDER BY month").toString());
            List<double[]> rows = new ArrayList<>();
            while (r.next()) {
                dates.add(r.getObject(2, LocalDate.class));
                double[] row = new double[names.size()];
                for (int i = 0; i < names.size(); i++) {
                    row[i] = r.getDouble(3 + i);
                }
                rows.add(row);
            }
            for (int i = 0; i < names.size(); i++) {
                double[] v = new double[rows.size()];
                for (int m = 0; m < rows.size(); m++) {
                    v[m] = rows.get(m)[i];
                }
                cols.put(names.get(i), v);
            }
            boolean perPoint = byParam == null && plan.points().size() <= MAX_BANDS && plan.points().size() > 1;
            String group = byParam != null ? "CAST(r." + quote(byParam.column()) + " AS VARCHAR)"
                    : perPoint ? "CAST(r.point AS VARCHAR)" : "'all'";
            ResultSet b = s.executeQuery("SELECT " + group + " AS g, s.month, quantile_cont(s." + INFLOW + ", 0.1), avg(s."
                    + INFLOW + "), quantile_cont(s." + INFLOW + ", 0.9) FROM series s JOIN runs r USING (run)"
                    + " GROUP BY ALL ORDER BY 1, 2");
            Map<String, List<double[]>> byGroup = new LinkedHashMap<>();
            while (b.next()) {
                byGroup.computeIfAbsent(b.getString(1), k -> new ArrayList<>())
                        .add(new double[] {b.getDouble(3), b.getDouble(4), b.getDouble(5)});
            }
            for (Map.Entry<String, List<double[]>> e : byGroup.entrySet()) {
                String label = byParam != null ? byParam.path() + " = " + e.getKey()
                        : perPoint ? pointLabel(plan, Integer.parseInt(e.getKey())) : "all " + plan.runs() + " runs";
                bands.add(band(label + " (mean, 10-90%)", e.getValue()));
            }
        }
        Map<String, Double> ranking = new LinkedHashMap<>();
        String rankingLabel = "";
        if (plan.design() != DesignKind.GRID && !plan.params().isEmpty()) {
            var result = SweepAnalysis.analyze(dir, INFLOW);
            boolean morris = plan.design() == DesignKind.MORRIS;
            rankingLabel = morris ? "Morris mu* (USD per unit of the parameter's range)"
                    : plan.design() == DesignKind.SOBOL ? "total Sobol index ST (share of the variance)"
                    : "standardized regression coefficient |SRC|";
            for (var e : result.ranking()) {
                ranking.put(e.parameter(), Math.abs(Double.isNaN(e.muStar()) ? e.mu() : e.muStar()));
            }
        }
        LinkedHashMap<String, LinkedHashMap<String, double[]>> groups = byParam == null ? new LinkedHashMap<>()
                : groups(dir, byParam, dates.size());
        return new Frame(dates, cols, bands, purges(dir.resolve(SweepPlan.SCENARIO_FILE)), ranking, rankingLabel,
                groups);
    }

    /** Each value of a parameter with the mean of every series column over its runs, month by month. */
    private static LinkedHashMap<String, LinkedHashMap<String, double[]>> groups(Path dir, Param by, int months)
            throws SQLException, IOException, StoreException {
        LinkedHashMap<String, LinkedHashMap<String, double[]>> out = new LinkedHashMap<>();
        try (Connection c = ResultsDb.open(dir); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            ResultSet meta = s.executeQuery("SELECT * FROM series LIMIT 0");
            for (int i = 1; i <= meta.getMetaData().getColumnCount(); i++) {
                String name = meta.getMetaData().getColumnName(i);
                if (!List.of("run", "month", "date").contains(name)) {
                    names.add(name);
                }
            }
            StringBuilder sql = new StringBuilder("SELECT CAST(r." + quote(by.column()) + " AS VARCHAR) AS g, s.month");
            for (String name : names) {
                sql.append(", avg(s.").append(quote(name)).append(")");
            }
            sql.append(" FROM series s JOIN runs r USING (run) GROUP BY ALL ORDER BY 1, 2");
            ResultSet r = s.executeQuery(sql.toString());
            while (r.next()) {
                String label = by.path() + " = " + r.getString(1);
                LinkedHashMap<String, double[]> cols = out.computeIfAbsent(label, k -> {
                    LinkedHashMap<String, double[]> m = new LinkedHashMap<>();
                    names.forEach(n -> m.put(n, new double[months]));
                    return m;
                });
                int month = r.getInt(2) - 1;
                for (int i = 0; i < names.size(); i++) {
                    if (month >= 0 && month < months) {
                        cols.get(names.get(i))[month] = r.getDouble(3 + i);
                    }
                }
            }
        }
        return out;
    }

    private static String pointLabel(SweepPlan plan, int point) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < plan.params().size(); j++) {
            Param p = plan.params().get(j);
            String name = p.path().contains(".") ? p.path().substring(p.path().lastIndexOf('.') + 1) : p.path();
            parts.add(name + "=" + plan.points().get(point).texts().get(j));
        }
        return parts.isEmpty() ? "point " + point : String.join(", ", parts);
    }

    private static Frame.Band band(String label, List<double[]> rows) {
        double[] lo = new double[rows.size()];
        double[] mid = new double[rows.size()];
        double[] hi = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            lo[i] = rows.get(i)[0];
            mid[i] = rows.get(i)[1];
            hi[i] = rows.get(i)[2];
        }
        return new Frame.Band(label, lo, mid, hi);
    }

    /** Dates of the scenario's purges ({@code purges: [{date: ...}]}), if it has any. */
    static List<LocalDate> purges(Path resolvedScenario) throws IOException {
        List<LocalDate> out = new ArrayList<>();
        if (!Files.isRegularFile(resolvedScenario)) {
            return out;
        }
        JsonNode root;
        try {
            root = new ObjectMapper(YamlReader.factory()).readTree(InputLimits.read(resolvedScenario,
                    "the scenario.resolved.yaml moneymen wrote"));
        } catch (ScenarioException e) {
            throw new IOException(e.getMessage(), e);
        }
        JsonNode purges = root == null ? null : root.get("purges");
        if (purges != null && purges.isArray()) {
            for (JsonNode p : purges) {
                JsonNode d = p.get("date");
                if (d != null && d.isTextual()) {
                    try {
                        out.add(LocalDate.parse(d.asText()));
                    } catch (java.time.format.DateTimeParseException e) {
                        // Not a date: nothing to mark.
                    }
                }
            }
        }
        return out;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
