package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code moneymen explain} on a run the command itself wrote (the shipped purge-2013 scenario, whose
 * seed 1 gives defections).
 */
class ExplainCommandTest {

    @TempDir
    static Path tmp;
    static Path run;
    static List<JsonNode> events = new ArrayList<>();

    @BeforeAll
    static void writeARun() throws Exception {
        run = tmp.resolve("run");
        Cli r = Cli.run("run", Path.of("..", "scenarios", "purge-2013.yaml").toString(), "--seed", "1",
                "--out", run.toString());
        assertThat(r.status()).as(r.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(run.resolve("events.jsonl"))) {
            events.add(json.readTree(line));
        }
    }

    static List<JsonNode> ofType(String type) {
        return events.stream().filter(e -> e.get("type").asText().equals(type)).toList();
    }

    @Test
    void aDefectorsStoryGivesTheSummonsAndTheDefectionDates() {
        JsonNode defection = ofType("defected").get(0);
        int id = defection.get("official").asInt();
        JsonNode summons = ofType("summoned").stream().filter(e -> e.get("official").asInt() == id).findFirst()
                .orElseThrow();
        Cli r = Cli.run("explain", run.toString(), Integer.toString(id));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Official " + id + ": ")
                .contains(summons.get("date").asText() + "  Summoned home in the purge")
                .contains(defection.get("date").asText() + "  Defected to another country")
                .contains("How it ended: defected on " + defection.get("date").asText());
    }

    @Test
    void aRecalledOfficialsStoryGivesTheRecallDateAndCauseAndOnlyDatesFromTheLog() {
        JsonNode recall = ofType("recalled").stream().filter(e -> e.path("cause").asText().equals("underperformance"))
                .findFirst().orElseThrow();
        int id = recall.get("official").asInt();
        Cli r = Cli.run("explain", run.toString(), Integer.toString(id));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(recall.get("date").asText() + "  Recalled home for falling short of his quota");
        java.util.Set<String> dates = new java.util.HashSet<>();
        for (JsonNode e : events) {
            boolean his = e.path("official").asInt(-1) == id || e.path("other").asInt(-1) == id;
            if (his || !e.has("official")) {
                dates.add(e.get("date").asText());
            }
        }
        Matcher m = Pattern.compile("(?m)^(\\d{4}-\\d{2}-\\d{2})  ").matcher(r.out());
        int dated = 0;
        while (m.find()) {
            assertThat(dates).contains(m.group(1));
            dated++;
        }
        assertThat(dated).isPositive();
    }

    /** What was lost when each official left, recomputed from the log: collapsed deals' revenue, accounts, funds. */
    static Map<Integer, Double> lostWhenTheyLeft() {
        Map<Integer, Double> money = new HashMap<>();
        for (JsonNode e : events) {
            String type = e.get("type").asText();
            boolean lost = type.equals("deal_collapsed") && e.get("cause").asText().equals("maker_left")
                    || type.equals("account_lost") && e.get("cause").asText().equals("unknown") || type.equals("fled");
            if (lost && e.has("official")) {
                money.merge(e.get("official").asInt(), e.get("usd").asDouble(), Double::sum);
            }
        }
        return money;
    }

    @Test
    void topFiveListsFiveDistinctOfficialsInNonIncreasingOrderOfWhatWasLostWhenTheyLeft() {
        Map<Integer, Double> money = lostWhenTheyLeft();
        Cli r = Cli.run("explain", run.toString(), "--top", "5");
        assertThat(r.status()).as(r.err()).isZero();
        List<Integer> officials = new ArrayList<>();
        List<Double> figures = new ArrayList<>();
        // Columns are two spaces or more apart: rank, official, city / company, organ, deals, value, collapsed
        // deals' revenue, accounts lost, funds taken, lost, status.
        for (String line : r.out().lines().filter(l -> l.matches("^\\s+\\d+\\s{2,}\\d+\\s{2,}.*")).toList()) {
            String[] cells = line.trim().split("\\s{2,}");
            assertThat(cells).as(line).hasSize(11);
            assertThat(Integer.parseInt(cells[0])).isEqualTo(officials.size() + 1);
            int id = Integer.parseInt(cells[1]);
            officials.add(id);
            figures.add(money.get(id));
            assertThat(cells[2]).matches("\\S.* / \\d+");
            assertThat(Math.round(money.get(id))).isEqualTo(Long.parseLong(cells[9].replace(",", "")));
        }
        assertThat(officials).as(r.out()).hasSize(5).doesNotHaveDuplicates();
        for (int i = 1; i < figures.size(); i++) {
            assertThat(figures.get(i)).isLessThanOrEqualTo(figures.get(i - 1));
        }
        double best = money.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(figures.get(0)).isEqualTo(best);
        assertThat(r.out()).contains("status at the end", "deal value USD", "collapsed deals' revenue USD",
                "accounts lost USD", "funds taken USD", "patron organ");
    }

    @Test
    void accountsListsEveryLostAccountWithItsBalanceCompanyAndLastKnower() {
        List<JsonNode> lost = ofType("account_lost");
        assertThat(lost).isNotEmpty();
        Cli r = Cli.run("explain", run.toString(), "--accounts");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> rows = r.out().lines().filter(l -> l.matches("^\\d{4}-\\d{2}-\\d{2}\\s.*")).toList();
        assertThat(rows).hasSize(lost.size());
        double total = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split("\\s{2,}");
            JsonNode e = lost.get(i);
            assertThat(cells[0]).isEqualTo(e.get("date").asText());
            assertThat(cells[1]).isEqualTo(e.get("account").asText());
            assertThat(cells[2]).startsWith(e.get("company").asText());
            assertThat(Long.parseLong(cells[4].replace(",", ""))).isEqualTo(Math.round(e.get("usd").asDouble()));
            assertThat(cells[5]).isEqualTo(e.has("official") ? "official " + e.get("official").asInt() : "none");
            total += e.get("usd").asDouble();
        }
        assertThat(r.out()).contains(lost.size() + " accounts lost, USD "
                + String.format(java.util.Locale.ROOT, "%,d", Math.round(total)) + " in all.");
    }

    @Test
    void badRequestsExitWithStatusTwoAndSayWhy() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path old = Files.createDirectories(tmp.resolve("old"));
        Files.copy(run.resolve("events.jsonl"), old.resolve("events.jsonl"), StandardCopyOption.REPLACE_EXISTING);
        Object[][] cases = {
            {new String[] {"explain", tmp.resolve("nowhere").toString(), "1"}, "no such folder"},
            {new String[] {"explain", empty.toString(), "1"}, "not a run folder"},
            {new String[] {"explain", run.toString(), "999999"}, "official 999999 does not appear"},
            {new String[] {"explain", old.toString(), "1"}, "older version of moneymen"},
            {new String[] {"explain", old.toString(), "--top", "3"}, "run it again"},
            {new String[] {"explain", run.toString(), "1", "--top", "5"}, "not several"},
            {new String[] {"explain", run.toString(), "--accounts", "--top", "5"}, "not several"},
            {new String[] {"explain", run.toString()}, "give an OFFICIAL id, --top N or --accounts"},
            {new String[] {"explain", run.toString(), "jang"}, "must be an official's id"},
            {new String[] {"explain", run.toString(), "--top", "0"}, "--top must be at least 1"},
        };
        for (Object[] c : cases) {
            Cli r = Cli.run((String[]) c[0]);
            assertThat(r.status()).as(String.join(" ", (String[]) c[0])).isEqualTo(2);
            assertThat(r.err()).contains("moneymen explain: ", (String) c[1]);
            assertThat(r.out()).isEmpty();
        }
    }
}
