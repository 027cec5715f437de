package org.moneymen.io.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.moneymen.io.RunFiles;
import org.moneymen.model.Column;
import org.moneymen.model.EventType;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;

/**
 * The three outputs tell one story: every event of {@code events.jsonl}, recounted by type and month, gives exactly
 * the counts of {@code timeseries.csv} (and the money of the events the series sums), and the series' totals give
 * {@code summary.json}'s. Nothing of the warm-up is logged or counted and nothing is dated after the end. Every
 * shipped scenario, three seeds (the world at a small size).
 */
final class RecountTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The series columns each event type is counted in. */
    private static final Map<EventType, List<Column>> COUNTED = Map.ofEntries(
            Map.entry(EventType.RELOCATED, List.of(Column.RELOCATIONS)),
            Map.entry(EventType.PUNISHED, List.of(Column.PUNISHMENTS)),
            Map.entry(EventType.DEAL_SIGNED, List.of(Column.DEALS_SIGNED)),
            Map.entry(EventType.DEAL_ENDED, List.of(Column.DEALS_ENDED)),
            Map.entry(EventType.DEAL_COLLAPSED, List.of(Column.DEALS_COLLAPSED)),
            Map.entry(EventType.DEAL_REJECTED, List.of(Column.DEALS_REJECTED)),
            Map.entry(EventType.DEAL_RENEGOTIATED, List.of(Column.DEALS_RENEGOTIATED)),
            Map.entry(EventType.DEAL_DISPUTED, List.of(Column.DEALS_DISPUTED)),
            Map.entry(EventType.ACCOUNT_LOST, List.of(Column.ACCOUNTS_LOST)),
            Map.entry(EventType.SUMMONED, List.of(Column.OFFICIALS_SUMMONED, Column.RECALLS_PURGE,
                    Column.POSTINGS_ENDED)),
            Map.entry(EventType.RECALLED, List.of(Column.POSTINGS_ENDED)),
            Map.entry(EventType.DEFECTED, List.of(Column.OFFICIALS_DEFECTED)),
            Map.entry(EventType.ARRESTED, List.of(Column.OFFICIALS_ARRESTED)),
            Map.entry(EventType.RETURNED, List.of(Column.OFFICIALS_RETURNED)),
            Map.entry(EventType.FLED, List.of(Column.OFFICIALS_FLED)),
            Map.entry(EventType.RUMOUR, List.of(Column.RUMOURS)),
            Map.entry(EventType.REPORTED, List.of(Column.REPORTS)),
            Map.entry(EventType.INVESTIGATED, List.of(Column.INVESTIGATIONS)));

    /** Money columns that are the sum of an event's {@code usd}. */
    private static final Map<EventType, Column> SUMMED = Map.of(
            EventType.ACCOUNT_LOST, Column.ACCOUNTS_LOST_USD,
            EventType.FLED, Column.FUNDS_TAKEN_USD);

    @TempDir
    static Path tmp;

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (String s : List.of("baseline", "recall-2016", "purge-2013")) {
            for (long seed = 1; seed <= 3; seed++) {
                out.add(Arguments.of(s, seed, List.of()));
            }
        }
        for (long seed = 1; seed <= 3; seed++) {
            out.add(Arguments.of("world", seed, List.of("target_officials=600", "months=72")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("runs")
    void eventsRecountedGiveTheSeriesAndTheSummary(String name, long seed, List<String> set) throws Exception {
        List<String> overrides = new ArrayList<>(set);
        overrides.add("seed=" + seed);
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", name + ".yaml"), overrides);
        Path dir = tmp.resolve(name + "-" + seed);
        RunFiles.run(dir, s, ScenarioLoader.resolvedYaml(s), true, new org.moneymen.io.Stamp("test", "test", "moneymen test"));

        Map<String, Map<String, Double>> series = readSeries(dir.resolve(RunFiles.TIMESERIES));
        Map<String, Map<String, Double>> recount = new HashMap<>();
        Map<String, Map<String, Double>> money = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve(RunFiles.EVENTS))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode e = JSON.readTree(line);
                String date = e.get("date").asText();
                assertThat(date).as("event date").isBetween(s.start().toString(), s.end().toString());
                String month = date.substring(0, 7);
                EventType type = EventType.ofLabel(e.get("type").asText());
                assertThat(type).as("type of " + line).isNotNull();
                Map<String, Double> m = recount.computeIfAbsent(month, k -> new HashMap<>());
                for (Column c : COUNTED.getOrDefault(type, List.of())) {
                    m.merge(c.label(), 1.0, Double::sum);
                }
                if (type == EventType.DEFECTED && "from_post".equals(e.path("cause").asText())) {
                    m.merge(Column.POSTINGS_ENDED.label(), 1.0, Double::sum); // a posting ends: recall, summons, defection
                }
                if (type == EventType.RECALLED) {
                    m.merge("recalls_" + e.get("cause").asText(), 1.0, Double::sum);
                }
                if (type == EventType.DEAL_REJECTED) {
                    m.merge("approval_rejections_" + e.get("step").asText(), 1.0, Double::sum);
                }
                if (SUMMED.containsKey(type)) {
                    money.computeIfAbsent(month, k -> new HashMap<>())
                            .merge(SUMMED.get(type).label(), e.get("usd").asDouble(), Double::sum);
                }
            }
        }
        assertThat(series.keySet()).as("months of the series").containsAll(recount.keySet());
        for (var row : series.entrySet()) {
            Map<String, Double> counted = recount.getOrDefault(row.getKey(), Map.of());
            for (Column c : Column.values()) {
                if (countedFromEvents(c)) {
                    assertThat(counted.getOrDefault(c.label(), 0.0)).as("%s in %s", c.label(), row.getKey())
                            .isEqualTo(row.getValue().get(c.label()));
                }
            }
            for (Column c : SUMMED.values()) {
                // Each event's amount is written to the cent: the month's sum agrees to a cent per event.
                double logged = money.getOrDefault(row.getKey(), Map.of()).getOrDefault(c.label(), 0.0);
                double n = counted.getOrDefault(c == Column.ACCOUNTS_LOST_USD ? "accounts_lost" : "officials_fled",
                        0.0);
                assertThat(logged).as("%s in %s", c.label(), row.getKey())
                        .isCloseTo(row.getValue().get(c.label()), org.assertj.core.data.Offset.offset(0.01 * n + 0.01));
            }
        }
        JsonNode summary = JSON.readTree(dir.resolve(RunFiles.SUMMARY).toFile());
        for (Column c : Column.values()) {
            if (c.isFlow() && c.unit() == Column.Unit.COUNT) {
                double sum = series.values().stream().mapToDouble(r -> r.get(c.label())).sum();
                assertThat(summary.get("totals").get(c.label()).asDouble()).as("totals." + c.label()).isEqualTo(sum);
            }
        }
        summary.get("recalls").fields().forEachRemaining(f -> assertThat(f.getValue().asDouble())
                .as("recalls." + f.getKey()).isEqualTo(summary.get("totals").get("recalls_" + f.getKey()).asDouble()));
        summary.get("approval_rejections").fields().forEachRemaining(f -> assertThat(f.getValue().asDouble())
                .as("approval_rejections." + f.getKey())
                .isEqualTo(summary.get("totals").get("approval_rejections_" + f.getKey()).asDouble()));
        assertThat(summary.get("defections").asDouble()).isEqualTo(summary.get("totals").get("officials_defected")
                .asDouble());
        assertThat(summary.get("accounts_lost").asDouble()).isEqualTo(summary.get("totals").get("accounts_lost")
                .asDouble());
    }

    private static boolean countedFromEvents(Column c) {
        return c.isFlow() && c.unit() == Column.Unit.COUNT;
    }

    private static Map<String, Map<String, Double>> readSeries(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            Map<String, Double> row = new HashMap<>();
            for (int i = 2; i < header.length; i++) {
                row.put(header[i], v[i].isEmpty() ? Double.NaN : Double.parseDouble(v[i]));
            }
            out.put(v[1].substring(0, 7), row);
        }
        return out;
    }
}
