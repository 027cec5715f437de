package org.moneymen.web;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.experiment.sweep.SweepRuns;
import org.moneymen.io.RunFiles;
import org.moneymen.io.sweep.ResultsDb;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.io.sweep.SweepAnalysis;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.param.Doc;
import org.moneymen.scenario.Parameter;
import org.moneymen.scenario.Parameters;

/**
 * One side of a comparison as read from its folder: a run (one replica) or one point of a sweep folder (its replicas),
 * with every parameter it ran with and, per replica, the monthly values of the columns compared.
 *
 * @param ref how the page names it: a run's id, or {@code id#point}
 * @param label what the page calls it
 * @param folder the folder's id (a sweep point's folder is shared by its points)
 * @param commonSeeds true for a point of a sweep on common random numbers: replica r has the same seed at every point
 * @param dates the months, first day of each
 * @param seeds each replica's seed
 * @param columns column, then replica, then month
 * @param parameters every parameter but the seed: path to its label and value as a scenario file writes it
 */
record Samples(String ref, String label, String folder, boolean commonSeeds, List<LocalDate> dates,
               Map<Integer, Long> seeds, Map<String, Map<Integer, double[]>> columns,
               Map<String, Setting> parameters) {

    /** A parameter's label (its documentation) and value. */
    record Setting(String label, String value) {
    }

    /** A run folder. */
    static Samples ofRun(String id, Path dir, List<String> wanted) throws IOException {
        Scenario s = RunData.scenario(dir);
        List<String> header = RunData.header(dir.resolve(RunFiles.TIMESERIES));
        List<Map<String, Object>> rows = RunData.rows(dir.resolve(RunFiles.TIMESERIES));
        List<LocalDate> dates = new ArrayList<>();
        rows.forEach(r -> dates.add(LocalDate.parse((String) r.get("date"))));
        Map<String, Map<Integer, double[]>> columns = new LinkedHashMap<>();
        for (String c : wanted) {
            int at = header.indexOf(c);
            double[] x = new double[rows.size()];
            for (int m = 0; m < rows.size(); m++) {
                Object v = at < 0 ? null : ((List<?>) rows.get(m).get("values")).get(at);
                x[m] = v == null ? Double.NaN : ((Number) v).doubleValue();
            }
            columns.put(c, Map.of(0, x));
        }
        return new Samples(id, "run " + id + " (" + s.name() + ", seed " + s.seed() + ")", id, false,
                List.copyOf(dates), Map.of(0, s.seed()), columns, settings(s));
    }

    /** Point {@code point} of a sweep folder. */
    static Samples ofPoint(String id, Path dir, int point, List<String> wanted) throws IOException, StoreException,
            SQLException {
        SweepPlan plan = SweepAnalysis.plan(dir);
        if (point < 0 || point >= plan.points().size()) {
            throw new Dashboard.NotFound("'" + id + "' has points 0 to " + (plan.points().size() - 1) + "; there is no"
                    + " point " + point + ".");
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        Map<Integer, Long> seeds = new TreeMap<>();
        Map<Integer, Map<LocalDate, double[]>> byReplica = new TreeMap<>();
        StringBuilder cols = new StringBuilder();
        wanted.forEach(c -> cols.append(", CAST(s.\"").append(c.replace("\"", "")).append("\" AS DOUBLE)"));
        try (Connection c = ResultsDb.open(dir); PreparedStatement q = c.prepareStatement("SELECT r.replica, r.seed,"
                + " s.date" + cols + " FROM series s JOIN runs r ON s.run = r.run WHERE r.point = ? ORDER BY r.replica,"
                + " s.date")) {
            q.setInt(1, point);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int replica = rs.getInt(1);
                    seeds.put(replica, rs.getLong(2));
                    LocalDate date = rs.getObject(3, LocalDate.class);
                    dates.add(date);
                    double[] v = new double[wanted.size()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getDouble(4 + i);
                        if (rs.wasNull()) {
                            v[i] = Double.NaN;
                        }
                    }
                    byReplica.computeIfAbsent(replica, k -> new TreeMap<>()).put(date, v);
                }
            }
        }
        List<LocalDate> months = List.copyOf(dates);
        Map<String, Map<Integer, double[]>> columns = new LinkedHashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            Map<Integer, double[]> perReplica = new TreeMap<>();
            for (var e : byReplica.entrySet()) {
                double[] x = new double[months.size()];
                for (int m = 0; m < x.length; m++) {
                    double[] v = e.getValue().get(months.get(m));
                    x[m] = v == null ? Double.NaN : v[i];
                }
                perReplica.put(e.getKey(), x);
            }
            columns.put(wanted.get(i), perReplica);
        }
        Scenario s = SweepRuns.scenario(plan, plan.run(point * plan.replicas()));
        return new Samples(id + "#" + point, pointLabel(id, plan, point), id, plan.commonRandomNumbers(), months,
                seeds, columns, settings(s));
    }

    /** "purge-2013-whatif-1, point 1 (purges = [])": the point's own values. */
    static String pointLabel(String id, SweepPlan plan, int point) {
        List<String> parts = new ArrayList<>();
        List<String> texts = plan.points().get(point).texts();
        for (int i = 0; i < plan.params().size(); i++) {
            Param p = plan.params().get(i);
            String v = texts.get(i);
            parts.add(p.path() + " = " + (v.length() > 40 ? v.substring(0, 37) + "..." : v));
        }
        String role = plan.design() == org.moneymen.experiment.sweep.DesignKind.POINTS
                ? (point == 0 ? "the baseline" : "the change") : "point " + point;
        return id + ", " + role + " (" + String.join(", ", parts) + ")";
    }

    /** Every parameter but the seed, with its label. */
    static Map<String, Setting> settings(Scenario s) {
        Map<String, Setting> out = new LinkedHashMap<>();
        for (Parameter p : Parameters.of(s)) {
            if (p.path().equals("seed")) {
                continue;
            }
            Doc d = p.component().getAnnotation(Doc.class);
            out.put(p.path(), new Setting(d == null ? p.path() : d.value(), ScenarioForm.text(p.value())));
        }
        return out;
    }

    /** Replicas present. */
    int replicas() {
        return seeds.size();
    }
}
