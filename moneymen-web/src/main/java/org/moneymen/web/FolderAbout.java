package org.moneymen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moneymen.experiment.sweep.DesignKind;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.RunFiles;
import org.moneymen.io.Stamp;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.io.sweep.SweepAnalysis;
import org.moneymen.io.sweep.SweepStore;
import org.moneymen.io.sweep.Sweeps;

/**
 * What the list of past runs says of a folder in the runs folder: its kind (run, what-if, sweep), scenario, seed or
 * replicas, the version that wrote it, when, and whether it is whole.
 */
final class FolderAbout {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private FolderAbout() {
    }

    /** A finished run's folder. */
    static Map<String, Object> run(String id, Path dir) {
        Map<String, Object> m = start(id, "run");
        try {
            Map<?, ?> summary = JSON.readValue(Files.readString(dir.resolve(RunFiles.SUMMARY), StandardCharsets.UTF_8),
                    Map.class);
            Object scenario = summary.get("scenario");
            if (scenario instanceof Map<?, ?> s) {
                m.put("name", s.get("name"));
                m.put("seed", s.get("seed"));
            }
            stamp(m, summary.get(Stamp.KEY));
            m.put("date", when(dir.resolve(RunFiles.SUMMARY)));
            m.put("state", "done");
        } catch (IOException | RuntimeException e) {
            m.put("state", "damaged");
        }
        return m;
    }

    /** A sweep or what-if folder: done when its manifest records every run of its plan. */
    static Map<String, Object> sweep(String id, Path dir) {
        Map<String, Object> m = start(id, "sweep");
        try {
            SweepPlan plan = SweepAnalysis.plan(dir);
            boolean whatIf = plan.design() == DesignKind.POINTS && plan.points().size() == 2;
            m.put("kind", whatIf ? "whatif" : "sweep");
            // A what-if's plan is named after its scenario, as compare names it: NAME-compare.
            m.put("name", whatIf && plan.name().endsWith("-compare")
                    ? plan.name().substring(0, plan.name().length() - "-compare".length()) : plan.name());
            m.put("replicas", plan.replicas());
            m.put("points", plan.points().size());
            long written = Sweeps.runsWritten(dir);
            m.put("runs", plan.runs());
            m.put("runs_written", written);
            boolean whole = written < 0 || written >= plan.runs();
            m.put("state", whole ? "done" : "incomplete");
            if (!whole) {
                // A what-if stopped with the server (or a killed sweep) is finished by the command line, which checks
                // every part it keeps against the manifest.
                Path abs = dir.toAbsolutePath().normalize();
                m.put("resume", "./moneymen sweep " + abs.resolve(SweepStore.RESOLVED) + " --out " + abs + " --resume");
            }
            Path resolved = dir.resolve(SweepStore.RESOLVED);
            stamp(m, YAML.readValue(Files.readString(resolved, StandardCharsets.UTF_8), Map.class).get(Stamp.KEY));
            m.put("date", when(resolved));
        } catch (IOException | StoreException | RuntimeException e) {
            m.put("state", "damaged");
        }
        return m;
    }

    private static Map<String, Object> start(String id, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("kind", kind);
        return m;
    }

    private static void stamp(Map<String, Object> m, Object stamp) {
        if (stamp instanceof Map<?, ?> s) {
            m.put("version", s.get("version"));
            m.put("command", s.get("command"));
        }
    }

    private static String when(Path file) throws IOException {
        return WHEN.format(Files.getLastModifiedTime(file).toInstant());
    }
}
