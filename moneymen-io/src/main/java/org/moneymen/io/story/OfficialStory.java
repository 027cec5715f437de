package org.moneymen.io.story;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.moneymen.io.network.NetworkFile;
import org.moneymen.model.Entity.OfficialEntity;
import org.moneymen.model.EventType;

/**
 * One official's story told from a run's event log and network: a header (each post, its city and patron organs),
 * dated plain sentences (routine deal events summed up by year), and a closing summary (deals, money, the end).
 *
 * @param official the official's id
 * @param header who he was: posts held, patron organs, family
 * @param lines the story, in the log's order
 * @param summary the closing summary
 * @param postings the posts he held, as the header tells them: company, city and patron organs by id
 */
public record OfficialStory(int official, String header, List<Line> lines, List<String> summary,
                            List<Posting> postings) {

    /**
     * One sentence of the story.
     *
     * @param date the date of the event it tells, or null for a line that sums up a year
     * @param year the year summed up, or 0 for a dated line
     * @param text the sentence
     */
    public record Line(LocalDate date, int year, String text) {
        /** The line as printed: ISO date (or the year), two spaces, the sentence. */
        public String render() {
            String when = date != null ? date.toString() : Integer.toString(year);
            return String.format("%-10s  %s", when, text);
        }
    }

    /** The story as printed. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(header).append('\n').append('\n');
        for (Line l : lines) {
            b.append(l.render()).append('\n');
        }
        b.append('\n').append("Summary").append('\n');
        for (String s : summary) {
            b.append("  ").append(s).append('\n');
        }
        return b.toString();
    }

    /** Prints the story. */
    public void print(PrintWriter out) {
        out.print(render());
        out.flush();
    }

    /** Tells one official's story from a run folder. */
    public static OfficialStory tell(RunFolder run, int official) throws StoryException {
        OfficialStory s = tellEach(run, id -> id == official).get(official);
        if (s == null) {
            int[] range = run.network().officials().stream().mapToInt(OfficialEntity::id).sorted().toArray();
            String known = range.length > 0 ? " (officials " + range[0] + " to " + range[range.length - 1] + " do)"
                    : " (it names no officials)";
            throw new StoryException("official " + official + " does not appear in " + run.events() + known);
        }
        return s;
    }

    /**
     * Tells the stories of every official {@code which} accepts in one pass of the log, by id; an official the log
     * does not name has none.
     */
    public static Map<Integer, OfficialStory> tellEach(RunFolder run, IntPredicate which) throws StoryException {
        NetworkFile network = run.network();
        Names names = new Names(network);
        Patronage patronage = new Patronage(network);
        Map<Integer, Teller> tellers = new TreeMap<>();
        EventLog.forEach(run.events(), e -> {
            if (e.official() < 0) {
                // Every teller hears it with the organ the company had before: the stories of its officials say
                // from which organ it passed.
                String before = patronage.follow(e);
                for (Teller t : tellers.values()) {
                    t.global(e, before);
                }
                return;
            }
            if (which.test(e.official())) {
                tellers.computeIfAbsent(e.official(), id -> new Teller(id, names, patronage)).own(e);
            }
            if (e.type() == EventType.RUMOUR && e.other() >= 0 && e.other() != e.official() && which.test(e.other())) {
                tellers.computeIfAbsent(e.other(), id -> new Teller(id, names, patronage)).spread(e);
            }
        });
        Map<Integer, OfficialStory> out = new TreeMap<>();
        tellers.forEach((id, t) -> {
            if (t.seen()) {
                out.put(id, t.story());
            }
        });
        return out;
    }
}
