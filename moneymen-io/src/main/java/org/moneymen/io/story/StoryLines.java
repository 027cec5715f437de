package org.moneymen.io.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's sentences in the log's order, with one line a year for the routine deal events (signings, starts, ends,
 * refusals): the year's line takes the place of its first such event and is worded once the year is complete.
 */
final class StoryLines {
    private final List<OfficialStory.Line> lines = new ArrayList<>();
    private final Map<Integer, Year> years = new HashMap<>();
    private final Map<Integer, Integer> yearLine = new HashMap<>();

    /** Deal events of one year, told in one line. */
    static final class Year {
        int signed;
        double value;
        final Map<String, Integer> goods = new LinkedHashMap<>();
        int started;
        int ended;
        final Map<String, Integer> refusals = new LinkedHashMap<>();

        String text() {
            List<String> parts = new ArrayList<>();
            if (signed > 0) {
                StringBuilder g = new StringBuilder();
                for (Map.Entry<String, Integer> e : goods.entrySet()) {
                    g.append(g.length() == 0 ? "" : ", ").append(e.getKey())
                            .append(signed > 1 ? " " + e.getValue() : "");
                }
                parts.add("signed " + count(signed, "deal") + " worth " + Usd.format(value) + " (" + g + ")");
            }
            if (started > 0 || ended > 0) {
                String began = started == 0 ? "" : started + " began earning";
                String ran = ended == 0 ? "" : ended + (ended == 1 ? " ran its course" : " ran their course");
                parts.add("of his deals, " + began + (began.isEmpty() || ran.isEmpty() ? "" : " and ") + ran);
            }
            if (!refusals.isEmpty()) {
                int n = refusals.values().stream().mapToInt(Integer::intValue).sum();
                StringBuilder at = new StringBuilder();
                for (Map.Entry<String, Integer> r : refusals.entrySet()) {
                    at.append(at.length() == 0 ? "" : ", ").append(r.getKey()).append(n > 1 ? " " + r.getValue() : "");
                }
                parts.add(count(n, "deal") + " refused on the approval chain (at " + at + ")");
            }
            return "Deals over the year: " + String.join("; ", parts) + ".";
        }
    }

    /** Adds a dated sentence. */
    void say(LocalDate date, String text) {
        lines.add(new OfficialStory.Line(date, 0, text));
    }

    /** Where the next sentence goes. */
    int size() {
        return lines.size();
    }

    /** Puts a dated sentence back at an earlier place (the purge, told once it is known to concern him). */
    void insert(int index, LocalDate date, String text) {
        lines.add(index, new OfficialStory.Line(date, 0, text));
        yearLine.replaceAll((y, i) -> i >= index ? i + 1 : i);
    }

    /** The deal tallies of the year of a date, its line placed here if the year has none yet. */
    Year year(LocalDate date) {
        int y = date.getYear();
        if (!yearLine.containsKey(y)) {
            yearLine.put(y, lines.size());
            lines.add(null);
        }
        return years.computeIfAbsent(y, k -> new Year());
    }

    /** The sentences, each year's deal line worded. */
    List<OfficialStory.Line> finish() {
        List<OfficialStory.Line> out = new ArrayList<>(lines);
        yearLine.forEach((y, i) -> out.set(i, new OfficialStory.Line(null, y, years.get(y).text())));
        return List.copyOf(out);
    }

    /** "1 deal", "3 deals". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
