package org.moneymen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.moneymen.io.RunFiles;
import org.moneymen.io.network.NetworkFile;
import org.moneymen.io.story.RunFolder;
import org.moneymen.io.story.StoryException;
import org.moneymen.io.Stamp;
import org.moneymen.model.Column;
import org.moneymen.model.MonthRow;
import org.moneymen.model.config.PurgeSpec;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;

/** What the page shows of a finished run, read back from its folder: figures, purges, totals, files, its stamp. */
final class RunData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunData() {
    }

    /** The columns of the time series with their units and plain-words descriptions. */
    static List<Map<String, Object>> columns() {
        return columns(java.util.Arrays.stream(Column.values()).map(Column::label).toList());
    }

    /** Columns named in a file's header, described where the model knows them. */
    static List<Map<String, Object>> columns(List<String> keys) {
        Map<String, Column> known = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            known.put(c.label(), c);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String k : keys) {
            Column c = known.get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", k);
            m.put("unit", c == null ? null : c.unit().name());
            m.put("description", c == null ? k.replace('_', ' ') : c.description());
            out.add(m);
        }
        return out;
    }

    /** One month as JSON: month number, date, and the values in column order (empty values are null). */
    static Map<String, Object> row(MonthRow r) {
        List<Double> values = new ArrayList<>(r.values().length);
        for (double v : r.values()) {
            values.add(Double.isFinite(v) ? v : null);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", r.month());
        m.put("date", r.date().toString());
        m.put("values", values);
        return m;
    }

    /** The scenario a run folder says ran. */
    static Scenario scenario(Path dir) {
        try {
            return ScenarioLoader.load(dir.resolve(RunFiles.RESOLVED), List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the run's " + RunFiles.RESOLVED + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The run as the page shows it; a folder written before runs wrote their network is refused. */
    static Map<String, Object> of(String id, Path dir) throws IOException, StoryException {
        NetworkFile network = RunFolder.readNetwork(dir);
        Scenario s = scenario(dir);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("state", "done");
        m.put("scenario", about(s, network::organName, network::patronName));
        Path csv = dir.resolve(RunFiles.TIMESERIES);
        m.put("columns", columns(header(csv)));
        m.put("rows", rows(csv));
        Map<?, ?> summary = JSON.readValue(Files.readString(dir.resolve(RunFiles.SUMMARY), StandardCharsets.UTF_8),
                Map.class);
        m.put("summary", summary);
        m.put("files", files(dir));
        // What made the run, as its summary says (none for a folder written before outputs were stamped).
        m.put(Stamp.KEY, summary.get(Stamp.KEY));
        return m;
    }

    /** The scenario's name, dates, rates and purges, named as the scenario names them (before a run has a network). */
    static Map<String, Object> about(Scenario s) {
        Map<String, String> organs = new LinkedHashMap<>();
        s.organs().forEach(o -> organs.put(o.id(), o.name()));
        Map<String, String> patrons = new LinkedHashMap<>();
        s.patrons().forEach(p -> patrons.put(p.id(), p.name()));
        return about(s, id -> organs.getOrDefault(id, id), id -> patrons.getOrDefault(id, id));
    }

    /** The scenario's name, dates, rates and purges, a purge's organ or patron person named by the functions. */
    private static Map<String, Object> about(Scenario s, UnaryOperator<String> organName,
                                             UnaryOperator<String> patronName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("start", s.start().toString());
        m.put("end", s.end().toString());
        m.put("months", s.months());
        m.put("seed", s.seed());
        m.put("rmb_per_usd", s.rates().rmbPerUsd());
        m.put("krw_per_usd", s.rates().krwPerUsd());
        List<Map<String, Object>> purges = new ArrayList<>();
        for (PurgeSpec p : s.purges()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("date", p.date().toString());
            pm.put("who", p.patron() != null ? patronName.apply(p.patron()) : organName.apply(p.organ()));
            pm.put("description", p.description());
            purges.add(pm);
        }
        m.put("purges", purges);
        return m;
    }

    /** The column keys of timeseries.csv after month and date. */
    static List<String> header(Path csv) throws IOException {
        try (var in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            List<String> keys = first == null ? List.of() : List.of(first.split(",", -1));
            return keys.size() < 2 ? List.of() : keys.subList(2, keys.size());
        }
    }

    /** The rows of timeseries.csv: month, date and values by column key (empty cells are null). */
    static List<Map<String, Object>> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<Map<String, Object>> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        String[] head = lines.get(0).split(",", -1);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("month", Integer.parseInt(cells[0]));
            r.put("date", cells[1]);
            List<Double> values = new ArrayList<>();
            for (int i = 2; i < head.length; i++) {
                String c = i < cells.length ? cells[i] : "";
                values.add(c.isEmpty() ? null : Double.valueOf(c));
            }
            r.put("values", values);
            out.add(r);
        }
        return out;
    }

    /** The regular files of a run folder a user may download (not the hidden marker), with their sizes in bytes. */
    static List<Map<String, Object>> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().map(f -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", f.getFileName().toString());
                try {
                    m.put("bytes", Files.size(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return m;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
