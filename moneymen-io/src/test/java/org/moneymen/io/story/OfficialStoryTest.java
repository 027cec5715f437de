package org.moneymen.io.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.Runs;
import org.moneymen.io.RunFiles;
import org.moneymen.io.network.NetworkFile;
import org.moneymen.model.EventType;
import org.moneymen.model.RecallCause;
import org.moneymen.io.Stamp;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;

/**
 * Stories and the top list checked against the event log of a real run: the shipped purge-2013 scenario (Jang Song
 * Thaek's network summoned in December 2013), whose seed 1 gives defections as well as summonses and recalls.
 */
class OfficialStoryTest {

    static final long SEED = 1;
    /** Events that each get a dated line of their own in the official's story. */
    static final Set<EventType> OWN_LINE = EnumSet.of(EventType.POSTED, EventType.REVIEWED, EventType.RECALLED,
            EventType.RELOCATED, EventType.QUOTA_RAISED, EventType.TERM_RENEWED, EventType.ACCOUNT_LOST,
            EventType.ACCOUNT_HANDED_OVER, EventType.DEAL_COLLAPSED, EventType.SUMMONED, EventType.HID,
            EventType.DEFECTED, EventType.FLED, EventType.ARRESTED, EventType.RETURNED, EventType.RUMOUR,
            EventType.INVESTIGATED, EventType.REPORTED);

    @TempDir
    static Path tmp;
    static RunFolder run;
    static List<LoggedEvent> events;

    @BeforeAll
    static void runTheScenario() throws Exception {
        // Offices sealed for six months leave no official in post in a purged company when it passes to its new
        // organ (at two months); without the seal replacements are in post then, as the transfer test below needs.
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "purge-2013.yaml"),
                List.of("seed=" + SEED, "purges[0].seal_months=0"));
        Path dir = tmp.resolve("run");
        RunFiles.write(dir, Runs.run(s), ScenarioLoader.resolvedYaml(s),
                new Stamp("0.0.0-test", "abc", "moneymen test"));
        run = RunFolder.open(dir);
        events = EventLog.readAll(run.events());
    }

    static List<LoggedEvent> of(int official) {
        return events.stream().filter(e -> e.involves(official)).toList();
    }

    /** Dates of the events a story may cite: the official's own and the run-wide ones (purges, squads, transfers). */
    static Set<LocalDate> citable(int official) {
        Set<LocalDate> dates = new HashSet<>();
        for (LoggedEvent e : events) {
            if (e.involves(official) || e.official() < 0) {
                dates.add(e.date());
            }
        }
        return dates;
    }

    static void assertDatedLinesMatchTheLog(OfficialStory story) {
        int id = story.official();
        Set<LocalDate> citable = citable(id);
        assertThat(story.lines()).isNotEmpty();
        LocalDate previous = LocalDate.MIN;
        Map<LocalDate, Integer> linesOn = new HashMap<>();
        for (OfficialStory.Line l : story.lines()) {
            assertThat(l.render()).matches("(\\d{4}-\\d{2}-\\d{2}|\\d{4}      )  \\S.*");
            if (l.date() != null) {
                assertThat(citable).as("official %d: %s", id, l.render()).contains(l.date());
                assertThat(l.date()).as("dated lines in order: %s", l.render()).isAfterOrEqualTo(previous);
                previous = l.date();
                linesOn.merge(l.date(), 1, Integer::sum);
            }
        }
        List<LoggedEvent> mine = of(id);
        Map<LocalDate, Integer> ownEvents = new HashMap<>();
        for (LoggedEvent e : mine) {
            if (e.official() == id && OWN_LINE.contains(e.type())) {
                ownEvents.merge(e.date(), 1, Integer::sum);
            }
        }
        for (Map.Entry<LocalDate, Integer> d : ownEvents.entrySet()) {
            assertThat(linesOn.getOrDefault(d.getKey(), 0)).as("official %d on %s", id, d.getKey())
                    .isGreaterThanOrEqualTo(d.getValue());
        }
        // The yearly deal lines count exactly the deals the log says he signed that year.
        Map<Integer, Integer> signed = new LinkedHashMap<>();
        for (LoggedEvent e : mine) {
            if (e.official() == id && e.type() == EventType.DEAL_SIGNED) {
                signed.merge(e.date().getYear(), 1, Integer::sum);
            }
        }
        Pattern p = Pattern.compile("signed (\\d+) deals? worth USD [\\d,]+");
        Map<Integer, Integer> told = new LinkedHashMap<>();
        for (OfficialStory.Line l : story.lines()) {
            Matcher m = p.matcher(l.text());
            if (l.date() == null && m.find()) {
                told.put(l.year(), Integer.parseInt(m.group(1)));
            }
        }
        assertThat(told).isEqualTo(signed);
    }

    @Test
    void recalledOfficialsStoriesMatchTheirEventsAndGiveTheRecallDateAndCause() throws Exception {
        Map<RecallCause, Integer> firstByCause = new LinkedHashMap<>();
        for (LoggedEvent e : events) {
            if (e.type() == EventType.RECALLED) {
                firstByCause.putIfAbsent(e.recallCause(), e.official());
            }
        }
        assertThat(firstByCause).containsKeys(RecallCause.UNDERPERFORMANCE, RecallCause.QUOTA);
        for (Map.Entry<RecallCause, Integer> c : firstByCause.entrySet()) {
            int id = c.getValue();
            OfficialStory story = OfficialStory.tell(run, id);
            assertDatedLinesMatchTheLog(story);
            List<LoggedEvent> recalls = of(id).stream()
                    .filter(e -> e.official() == id && e.type() == EventType.RECALLED).toList();
            for (LoggedEvent r : recalls) {
                assertThat(story.lines()).as(story.render()).anySatisfy(l -> {
                    assertThat(l.date()).isEqualTo(r.date());
                    assertThat(l.text()).startsWith("Recalled home " + Phrases.recall(r.recallCause()));
                });
            }
            assertThat(story.header()).startsWith("Official " + id + ": ");
            assertThat(story.render()).contains("Summary", "How it ended: ");
            LoggedEvent last = lastStatus(id);
            if (last.type() == EventType.RECALLED) {
                assertThat(story.summary().get(story.summary().size() - 1))
                        .contains("recalled home " + Phrases.recall(last.recallCause()) + " on " + last.date());
            }
            assertThat(story.render()).doesNotContainPattern("USD \\d{4,}").doesNotContain("NaN");
        }
    }

    static LoggedEvent lastStatus(int id) {
        LoggedEvent last = null;
        for (LoggedEvent e : of(id)) {
            if (e.official() == id && e.statusAfter() != null) {
                last = e;
            }
        }
        return last;
    }

    @Test
    void aDefectorsStoryGivesTheSummonsAndTheDefection() throws Exception {
        LoggedEvent defection = events.stream().filter(e -> e.type() == EventType.DEFECTED).findFirst().orElse(null);
        assertThat(defection).as("seed %d should give a defection", SEED).isNotNull();
        int id = defection.official();
        LoggedEvent summons = of(id).stream().filter(e -> e.type() == EventType.SUMMONED).findFirst().orElseThrow();
        OfficialStory story = OfficialStory.tell(run, id);
        assertDatedLinesMatchTheLog(story);
        String text = story.render();
        assertThat(text).contains(summons.date() + "  Summoned home in the purge")
                .contains(defection.date() + "  Defected to another country")
                .contains("Purge: Jang Song Thaek")
                .contains("How it ended: defected on " + defection.date());
        assertThat(text.indexOf("Summoned home")).isLessThan(text.indexOf("Defected to another country"));
        assertThat(text.indexOf("Purge: ")).isLessThan(text.indexOf("Summoned home"));
    }

    @Test
    void everySummonedOfficialsStoryMatchesTheLog() throws Exception {
        List<Integer> summoned = events.stream().filter(e -> e.type() == EventType.SUMMONED)
                .map(LoggedEvent::official).distinct().toList();
        assertThat(summoned).isNotEmpty();
        for (int id : summoned) {
            OfficialStory story = OfficialStory.tell(run, id);
            assertDatedLinesMatchTheLog(story);
            LoggedEvent last = lastStatus(id);
            assertThat(story.summary().get(story.summary().size() - 1)).as(story.render())
                    .contains(last.type() == EventType.HID ? "hiding" : last.type() == EventType.RETURNED
                            ? "went home" : last.type().label());
        }
    }

    @Test
    void topFiveAreDistinctInNonIncreasingOrderOfWhatWasLostWhenTheyLeft_recomputedFromTheLog() throws Exception {
        Map<Integer, Double> money = new HashMap<>();
        Map<Integer, Integer> deals = new HashMap<>();
        Map<Integer, Double> value = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(run.events())) {
            JsonNode e = json.readTree(line);
            String type = e.get("type").asText();
            boolean lost = type.equals("deal_collapsed") && e.get("cause").asText().equals("maker_left")
                    || type.equals("account_lost") && e.get("cause").asText().equals("unknown") || type.equals("fled");
            if (lost && e.has("official")) {
                money.merge(e.get("official").asInt(), e.get("usd").asDouble(), Double::sum);
            }
            if (type.equals("deal_signed")) {
                deals.merge(e.get("official").asInt(), 1, Integer::sum);
                value.merge(e.get("official").asInt(), e.get("usd").asDouble(), Double::sum);
            }
        }
        List<TopOfficials.Row> top = TopOfficials.top(run, 5);
        assertThat(top).hasSize(5);
        assertThat(top.stream().map(TopOfficials.Row::official).distinct().count()).isEqualTo(5);
        List<Double> sorted = new ArrayList<>(money.values());
        sorted.sort((a, b) -> Double.compare(b, a));
        for (int i = 0; i < top.size(); i++) {
            TopOfficials.Row r = top.get(i);
            assertThat(r.rank()).isEqualTo(i + 1);
            assertThat(r.lostUsd()).isCloseTo(money.get(r.official()), org.assertj.core.data.Offset.offset(0.01));
            assertThat(r.lostUsd()).isCloseTo(sorted.get(i), org.assertj.core.data.Offset.offset(0.01));
            assertThat(r.dealsSigned()).isEqualTo(deals.getOrDefault(r.official(), 0));
            assertThat(r.dealValueUsd()).isCloseTo(value.getOrDefault(r.official(), 0.0),
                    org.assertj.core.data.Offset.offset(0.01));
            LoggedEvent last = lastStatus(r.official());
            assertThat(r.status()).isEqualTo(last.statusAfter());
            assertThat(r.recallCause()).isEqualTo(last.recallCause());
            if (i > 0) {
                assertThat(r.lostUsd()).isLessThanOrEqualTo(top.get(i - 1).lostUsd());
            }
        }
    }

    @Test
    void badRunFoldersAndUnknownOfficialsAreRefusedWithAReason() throws Exception {
        assertThatThrownBy(() -> RunFolder.open(tmp.resolve("nowhere"))).isInstanceOf(StoryException.class)
                .hasMessageContaining("no such folder");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> RunFolder.open(empty)).isInstanceOf(StoryException.class)
                .hasMessageContaining("not a run folder");
        assertThatThrownBy(() -> OfficialStory.tell(run, 999_999)).isInstanceOf(StoryException.class)
                .hasMessageContaining("official 999999 does not appear");
    }

    @Test
    void everyPostingIsACompanyAndCityThatAPostedEventGivesUnderTheOrgansOfItsTransfers() throws Exception {
        NetworkFile net = run.network();
        Map<Integer, OfficialStory> all = OfficialStory.tellEach(run, id -> true);
        assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(
                events.stream().filter(e -> e.official() >= 0).map(LoggedEvent::official).distinct().toList());
        boolean sawATransferInPost = false;
        for (OfficialStory story : all.values()) {
            List<LoggedEvent> posted = of(story.official()).stream()
                    .filter(e -> e.official() == story.official() && e.type() == EventType.POSTED).toList();
            assertThat(story.postings()).as(story.render()).hasSameSizeAs(posted);
            for (int i = 0; i < posted.size(); i++) {
                Posting p = story.postings().get(i);
                assertThat(p.from()).isEqualTo(posted.get(i).date());
                assertThat(p.company()).isEqualTo(posted.get(i).company());
                assertThat(p.city()).isEqualTo(posted.get(i).city()).isEqualTo(net.company(p.company()).city());
                assertThat(story.header()).contains(" of company " + p.company() + " in " + net.cityName(p.city())
                        + " (" + net.organName(p.organs().get(0)));
                for (String later : p.organs().subList(1, p.organs().size())) {
                    sawATransferInPost = true;
                    assertThat(story.header()).contains(", then the " + net.organName(later));
                    assertThat(events).anySatisfy(e -> {
                        assertThat(e.type()).isEqualTo(EventType.COMPANY_TRANSFERRED);
                        assertThat(e.company()).isEqualTo(p.company());
                        assertThat(e.organ()).isEqualTo(later);
                    });
                }
            }
        }
        assertThat(sawATransferInPost).as("some company passed to another organ under an official in post").isTrue();
    }

    @Test
    void aFolderWrittenBeforeRunsWroteTheirNetworkIsRefusedWithWordToRunItAgain() throws Exception {
        Path old = Files.createDirectories(tmp.resolve("old"));
        Files.copy(run.events(), old.resolve(RunFiles.EVENTS));
        assertThatThrownBy(() -> RunFolder.open(old)).isInstanceOf(StoryException.class)
                .hasMessageContaining("older version of moneymen")
                .hasMessageContaining("no network.jsonl")
                .hasMessageContaining("run it again");
    }

    @Test
    void moneyIsLabelledUsdWithThousandsSeparators() {
        assertThat(Usd.format(1_234_567.49)).isEqualTo("USD 1,234,567");
        assertThat(Usd.format(999)).isEqualTo("USD 999");
        assertThat(Usd.format(-0.2)).isEqualTo("USD 0");
    }
}
