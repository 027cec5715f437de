package org.moneymen.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import org.moneymen.experiment.RunResult;
import org.moneymen.io.network.NetworkJsonl;
import org.moneymen.model.Entity;
import org.moneymen.model.EntitySink;
import org.moneymen.model.EventSink;
import org.moneymen.model.RunOutput;
import org.moneymen.model.Simulation;
import org.moneymen.model.config.Scenario;
import org.moneymen.kernel.SimCalendar;

/**
 * Writes a run's output folder: timeseries.csv, events.jsonl, network.jsonl (the entities that existed during the
 * run, with their ids), summary.json and scenario.resolved.yaml.
 */
public final class RunFiles {
    /** File names inside a run folder. */
    public static final String TIMESERIES = "timeseries.csv";
    public static final String EVENTS = "events.jsonl";
    public static final String SUMMARY = "summary.json";
    public static final String RESOLVED = "scenario.resolved.yaml";
    public static final String NETWORK = NetworkJsonl.FILE;

    private RunFiles() {
    }

    /** Writes the folder atomically: it appears whole or not at all. */
    public static void write(Path dir, RunResult result, String resolvedYaml, Stamp stamp) throws IOException {
        var out = result.output();
        SimCalendar calendar = new SimCalendar(out.scenario().start());
        AtomicDirectory.write(dir, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp.resolve(EVENTS), StandardCharsets.UTF_8)) {
                EventsJsonl.write(w, result.events(), calendar);
            }
            try (BufferedWriter w = Files.newBufferedWriter(tmp.resolve(NETWORK), StandardCharsets.UTF_8)) {
                for (Entity e : result.entities()) {
                    NetworkJsonl.write(w, e);
                }
            }
            writeFigures(tmp, out, resolvedYaml, stamp);
        });
    }

    /**
     * Runs a scenario and writes its folder atomically, streaming the event log to disk as the run goes (a large
     * network's log never sits in memory), and the network's entities beside it; with {@code events} false the
     * folder has no {@code events.jsonl} and its {@code network.jsonl} lists no deals. Returns the run's output.
     */
    public static RunOutput run(Path dir, Scenario scenario, String resolvedYaml, boolean events, Stamp stamp)
            throws IOException {
        return run(dir, scenario, resolvedYaml, events, stamp, row -> { });
    }

    /** As {@link #run(Path, Scenario, String, boolean, Stamp)}, handing each recorded month to {@code onMonth}. */
    public static RunOutput run(Path dir, Scenario scenario, String resolvedYaml, boolean events, Stamp stamp,
                                java.util.function.Consumer<org.moneymen.model.MonthRow> onMonth) throws IOException {
        SimCalendar calendar = new SimCalendar(scenario.start());
        RunOutput[] out = new RunOutput[1];
        AtomicDirectory.write(dir, tmp -> {
            try (BufferedWriter net = Files.newBufferedWriter(tmp.resolve(NETWORK), StandardCharsets.UTF_8);
                 BufferedWriter w = events ? Files.newBufferedWriter(tmp.resolve(EVENTS), StandardCharsets.UTF_8)
                         : null) {
                EntitySink entities = e -> {
                    try {
                        NetworkJsonl.write(net, e);
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                };
                EventSink sink = w == null ? EventSink.NONE : e -> {
                    try {
                        EventsJsonl.writeLine(w, e, calendar);
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                };
                out[0] = new Simulation(scenario, sink, entities).onMonth(onMonth).run();
            } catch (UncheckedIOException x) {
                throw x.getCause();
            }
            writeFigures(tmp, out[0], resolvedYaml, stamp);
        });
        return out[0];
    }

    /** The files every run folder has besides its log: time series, summary and the resolved scenario. */
    private static void writeFigures(Path dir, RunOutput out, String resolvedYaml, Stamp stamp) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(TIMESERIES), StandardCharsets.UTF_8)) {
            TimeSeriesCsv.write(w, out.rows());
        }
        Files.writeString(dir.resolve(SUMMARY), SummaryJson.toJson(out.summary(), stamp), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(RESOLVED), resolvedYaml, StandardCharsets.UTF_8);
    }
}
