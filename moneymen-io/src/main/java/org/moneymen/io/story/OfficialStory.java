package org.moneymen.io.story;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One official's story told from a run's event log: a header (who he was), dated plain-English sentences, and a
 * closing summary (deals, money earned for the state, how it ended). Routine deal events (signings, starts, ends,
 * refusals on the approval chain) are grouped by year; collapses, account losses and everything that happened to
 * the official himself get a dated line each, dated with the event's own date.
 *
 * @param official the official's id
 * @param header who he was: posts held, patron organ, family
 * @param lines the story, in the log's order
 * @param summary the closing summary
 */
public record OfficialStory(int official, String header, List<Line> lines, List<String> summary) {

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

    /** The phrase a recall sentence uses for a recall cause (as {@code recalled} events spell it). */
    public static String causeText(String cause) {
        if (cause == null) {
            return "for no recorded reason";
        }
        return switch (cause) {
            case "quota" -> "for meeting his quota (success is suspect)";
            case "underperformance" -> "for falling short of his quota";
            case "term_end" -> "at the end of his term";
            case "rumour" -> "after an investigation prompted by rumours and reports";
            case "purge" -> "in the purge, as his office was sealed";
            default -> "(" + cause.replace('_', ' ') + ")";
        };
    }

    /** Tells one official's story from a run folder. */
    public static OfficialStory tell(RunFolder run, int official) throws StoryException {
        List<LoggedEvent> events = new ArrayList<>();
        Map<Integer, Integer> headAtStart = new HashMap<>();
        int[] range = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        EventLog.forEach(run.events(), e -> {
            if (e.official() >= 0) {
                range[0] = Math.min(range[0], e.official());
                range[1] = Math.max(range[1], e.official());
            }
            if ("posted".equals(e.type()) && e.day() == 0) {
                headAtStart.putIfAbsent(e.company(), e.official());
            }
            if (e.involves(official) || e.official() < 0) {
                events.add(e);
            }
        });
        boolean found = events.stream().anyMatch(e -> e.official() == official);
        if (!found) {
            String known = range[0] <= range[1] ? " (officials " + range[0] + " to " + range[1] + " do)"
                    : " (it names no officials)";
            throw new StoryException("official " + official + " does not appear in " + run.events() + known);
        }
        return new Teller(official, run.network(), headAtStart).tell(events);
    }

    /** Walks the official's events in order, keeping what it needs to word each one. */
    private static final class Teller {
        final int id;
        final Network network;
        final Map<Integer, Integer> headAtStart;
        final List<Line> lines = new ArrayList<>();
        final List<String> posts = new ArrayList<>();
        final Map<Integer, String> organOf = new HashMap<>();
        final Set<Integer> untied = new HashSet<>();
        final Map<Integer, String> commodityOf = new HashMap<>();
        final Map<Integer, Year> years = new TreeMap<>();
        final Map<Integer, Integer> yearLine = new HashMap<>();

        boolean onPost;
        int company = -1;
        String city;
        String lastCity;
        double quota = Double.NaN;
        int periodStart;
        String status = "";
        LoggedEvent end;
        Boolean familyAtHome;

        LoggedEvent purge;
        int purgeIndex = -1;
        boolean purgeTold;

        int lastReviewDay = Integer.MIN_VALUE;
        double earned;
        int closedPeriods;
        double summonedEstimate = Double.NaN;
        int dealsSigned;
        double dealValue;
        int collapsed;
        int accountsLost;
        double accountsLostUsd;
        double taken = Double.NaN;
        int firstDealYear;
        int lastDealYear;

        /** Deal events of one year, told in one line. */
        static final class Year {
            int signed;
            double value;
            final Map<String, Integer> goods = new LinkedHashMap<>();
            int started;
            int ended;
            final Map<String, Integer> refusals = new LinkedHashMap<>();
        }

        Teller(int id, Network network, Map<Integer, Integer> headAtStart) {
            this.id = id;
            this.network = network;
            this.headAtStart = headAtStart;
        }

        OfficialStory tell(List<LoggedEvent> events) {
            for (LoggedEvent e : events) {
                if (e.official() < 0) {
                    global(e);
                } else if (e.official() == id) {
                    own(e);
                } else if (e.other() == id && "rumour".equals(e.type())) {
                    say(e, "Spread a rumour about official " + e.official() + " of company " + e.company() + ".");
                }
            }
            for (Map.Entry<Integer, Integer> y : yearLine.entrySet()) {
                lines.set(y.getValue(), new Line(null, y.getKey(), yearText(years.get(y.getKey()))));
            }
            return new OfficialStory(id, header(), List.copyOf(lines), summary());
        }

        private void say(LoggedEvent e, String text) {
            lines.add(new Line(e.date(), 0, text));
        }

        private void global(LoggedEvent e) {
            switch (e.type()) {
                case "purge" -> {
                    if (onPost) {
                        purge = e;
                        purgeIndex = lines.size();
                        purgeTold = false;
                    }
                }
                case "company_transferred" -> {
                    String before = organ(e.company());
                    organOf.put(e.company(), e.detail());
                    untied.add(e.company());
                    if (e.company() == company && (onPost || isPurgeStatus())) {
                        tellPurge();
                        say(e, "His company " + e.company() + " passed from the " + nameOf(before) + " to the "
                                + nameOf(e.detail()) + ".");
                    }
                }
                case "squad_arrived" -> {
                    if (isPurgeStatus() && e.detail() != null && e.detail().equals(lastCity)) {
                        say(e, "An arrest squad arrived in " + e.detail() + ".");
                    }
                }
                default -> {
                }
            }
        }

        private boolean isPurgeStatus() {
            return status.equals("summoned") || status.equals("hiding");
        }

        /** Tells the purge that reached him, at its own place in the story, once. */
        private void tellPurge() {
            if (purge != null && !purgeTold) {
                String what = purge.detail() == null ? "a purge" : purge.detail();
                lines.add(purgeIndex, new Line(purge.date(), 0, "Purge: " + what + "."));
                shiftYearLines(purgeIndex);
                purgeTold = true;
            }
        }

        private void shiftYearLines(int from) {
            yearLine.replaceAll((y, i) -> i >= from ? i + 1 : i);
        }

        private void own(LoggedEvent e) {
            String s = TopOfficials.status(e);
            if (s != null && !"posted".equals(e.type())) {
                status = s;
                end = e;
            }
            switch (e.type()) {
                case "posted" -> posted(e);
                case "deal_signed" -> {
                    Year y = year(e);
                    y.signed++;
                    y.value += usd(e);
                    String good = e.detail() == null ? "unrecorded goods" : e.detail().replace('_', ' ');
                    y.goods.merge(good, 1, Integer::sum);
                    commodityOf.put(e.deal(), good);
                    dealsSigned++;
                    dealValue += usd(e);
                    if (firstDealYear == 0) {
                        firstDealYear = e.date().getYear();
                    }
                    lastDealYear = e.date().getYear();
                }
                case "deal_started" -> year(e).started++;
                case "deal_ended" -> year(e).ended++;
                case "deal_rejected" -> {
                    String step = e.detail() == null ? "unknown step" : e.detail().split(":", 2)[0].replace('_', ' ');
                    year(e).refusals.merge(step, 1, Integer::sum);
                }
                case "approval_passed", "vacancy", "defection_shock" -> {
                }
                case "deal_collapsed" -> {
                    collapsed++;
                    String good = commodityOf.get(e.deal());
                    String why = "maker left".equals(e.detail()) ? "it rested on his relationships and he had left"
                            : e.detail() == null ? "no reason recorded" : e.detail();
                    say(e, "Deal " + e.deal() + " (" + (good == null ? "" : good + ", ") + "worth " + Usd.format(usd(e))
                            + (e.counterpart() >= 0 ? ", with counterpart " + e.counterpart() : "") + ") collapsed: "
                            + why + ".");
                }
                case "reviewed" -> reviewed(e);
                case "punished" -> {
                    if (e.day() != lastReviewDay) {
                        say(e, "Punished" + (e.hasRatio() ? " for earning " + Usd.ratio(e.ratio()) + " times his quota"
                                : "") + ".");
                    }
                }
                case "quota_raised" -> {
                    quota = usd(e);
                    say(e, "Quota raised to " + Usd.format(e.usd()) + " a year.");
                }
                case "term_renewed" -> say(e, "Term renewed.");
                case "relocated" -> {
                    onPost = false;
                    say(e, "Moved to a vacant post in " + (e.detail() == null ? "another city" : e.detail()) + ".");
                }
                case "recalled" -> recalled(e);
                case "rumour" -> say(e, "A rumour about him was spread by official " + e.other() + ".");
                case "reported" -> say(e, "The " + nameOf(e.detail()) + " reported on his company to the centre.");
                case "investigated" -> {
                    String how = "recalled".equals(e.detail()) ? "found against him"
                            : "cleared".equals(e.detail()) ? "cleared him" : e.detail();
                    say(e, "Investigated by the centre" + (e.hasRatio() ? " (earning " + Usd.ratio(e.ratio())
                            + " times his quota so far)" : "") + ", which " + how + ".");
                }
                case "account_handed_over" -> say(e, "Handed over account " + e.account() + " (balance "
                        + Usd.format(usd(e)) + ") to be held for his successor.");
                case "account_lost" -> {
                    accountsLost++;
                    accountsLostUsd += usd(e);
                    say(e, "Account " + e.account() + " of company " + e.company() + " was lost with its balance of "
                            + Usd.format(usd(e)) + ": no one left knew it.");
                }
                case "summoned" -> {
                    tellPurge();
                    onPost = false;
                    if (e.hasRatio() && !Double.isNaN(quota)) {
                        summonedEstimate = e.ratio() * quota * (e.day() - periodStart) / 365.0;
                    }
                    if (e.detail() != null) {
                        familyAtHome = e.detail().equals("family at home");
                    }
                    say(e, "Summoned home in the purge" + (e.hasRatio() ? " (he had earned " + Usd.ratio(e.ratio())
                            + " times his quota so far that period)" : "")
                            + (Boolean.TRUE.equals(familyAtHome) ? "; his family was held at home" : "")
                            + (Boolean.FALSE.equals(familyAtHome) ? "; his family was not held at home" : "") + ".");
                }
                case "returned" -> {
                    if (e.detail() != null) {
                        familyAtHome = e.detail().contains("family");
                    }
                    say(e, "Went home" + (Boolean.TRUE.equals(familyAtHome) ? ", where his family was held" : "") + ".");
                }
                case "hid" -> say(e, "Went into hiding" + (e.detail() == null ? "" : " in " + e.detail())
                        + (e.hasUsd() ? ", with savings of " + Usd.format(e.usd()) : "") + ".");
                case "arrested" -> {
                    if ("found in hiding".equals(e.detail())) {
                        say(e, "Found in hiding and arrested by an arrest squad.");
                    } else {
                        say(e, "Arrested by an arrest squad" + (e.detail() == null ? "" : ", " + e.detail()) + ".");
                    }
                }
                case "defected" -> say(e, "Defected to another country" + (e.detail() == null ? "" : " " + e.detail())
                        + (e.hasUsd() ? ", with savings of " + Usd.format(e.usd()) : "") + ".");
                case "fled" -> {
                    taken = usd(e);
                    say(e, "Fled with " + Usd.format(usd(e)) + " taken from the accounts he knew.");
                }
                default -> say(e, e.type().replace('_', ' ') + (e.detail() == null ? "" : ": " + e.detail())
                        + (e.hasUsd() ? " (" + Usd.format(e.usd()) + ")" : "") + ".");
            }
        }

        private void posted(LoggedEvent e) {
            onPost = true;
            company = e.company();
            city = e.detail();
            lastCity = city;
            quota = usd(e);
            periodStart = Math.max(e.day(), 0);
            status = "posted";
            end = e;
            String rank = rank(e);
            String where = city == null ? "a post abroad" : city;
            posts.add(rank + " of company " + company + " in " + where + " (" + companyText(company) + ")");
            String text = (e.day() == 0 ? "In post in " + where + " when the run starts, as "
                    : "Posted to " + where + " as ") + rank + " of company " + company + " (" + companyText(company)
                    + "), quota " + Usd.format(quota) + " a year.";
            say(e, text);
        }

        private void reviewed(LoggedEvent e) {
            lastReviewDay = e.day();
            earned += usd(e);
            closedPeriods++;
            String outcome = e.detail() == null ? "" : switch (e.detail()) {
                case "kept" -> "; kept in post";
                case "punished" -> "; punished for falling short";
                case "recalled_under" -> "; punished and recalled for falling short";
                case "recalled_success" -> "; judged too successful to stay";
                default -> "; " + e.detail().replace('_', ' ');
            };
            if ("kept".equals(e.detail()) || "punished".equals(e.detail())) {
                periodStart = e.day();
            }
            say(e, "Reviewed: earned " + Usd.format(usd(e)) + " for the state"
                    + (e.hasRatio() ? ", " + Usd.ratio(e.ratio()) + " times the quota" : "") + outcome + ".");
        }

        private void recalled(LoggedEvent e) {
            onPost = false;
            boolean atReview = e.day() == lastReviewDay;
            if ("purge".equals(e.detail())) {
                tellPurge();
            }
            String since = "";
            if (!atReview && e.hasUsd()) {
                earned += e.usd();
                closedPeriods++;
                since = "; he had earned " + Usd.format(e.usd()) + " for the state since his last review"
                        + (e.hasRatio() ? " (" + Usd.ratio(e.ratio()) + " times the quota)" : "");
            }
            say(e, "Recalled home " + causeText(e.detail()) + since + ".");
        }

        private Year year(LoggedEvent e) {
            int y = e.date().getYear();
            if (!yearLine.containsKey(y)) {
                yearLine.put(y, lines.size());
                lines.add(null);
            }
            return years.computeIfAbsent(y, k -> new Year());
        }

        private static String yearText(Year y) {
            List<String> parts = new ArrayList<>();
            if (y.signed > 0) {
                StringBuilder goods = new StringBuilder();
                for (Map.Entry<String, Integer> g : y.goods.entrySet()) {
                    goods.append(goods.length() == 0 ? "" : ", ").append(g.getKey())
                            .append(y.signed > 1 ? " " + g.getValue() : "");
                }
                parts.add("signed " + count(y.signed, "deal") + " worth " + Usd.format(y.value) + " (" + goods + ")");
            }
            if (y.started > 0 || y.ended > 0) {
                String began = y.started == 0 ? "" : y.started + " began earning";
                String ran = y.ended == 0 ? "" : y.ended + (y.ended == 1 ? " ran its course" : " ran their course");
                parts.add("of his deals, " + began + (began.isEmpty() || ran.isEmpty() ? "" : " and ") + ran);
            }
            if (!y.refusals.isEmpty()) {
                int n = y.refusals.values().stream().mapToInt(Integer::intValue).sum();
                StringBuilder at = new StringBuilder();
                for (Map.Entry<String, Integer> r : y.refusals.entrySet()) {
                    at.append(at.length() == 0 ? "" : ", ").append(r.getKey())
                            .append(n > 1 ? " " + r.getValue() : "");
                }
                parts.add(count(n, "deal") + " refused on the approval chain (at " + at + ")");
            }
            String text = String.join("; ", parts);
            return "Deals over the year: " + text + ".";
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }

        private String rank(LoggedEvent e) {
            Network.Company c = network.company(e.company());
            if (c != null && c.headQuotaUsd() != c.staffQuotaUsd() && e.hasUsd()) {
                return Math.abs(e.usd() - c.headQuotaUsd()) < Math.abs(e.usd() - c.staffQuotaUsd()) ? "head" : "staff";
            }
            if (e.day() == 0 && headAtStart.containsKey(e.company())) {
                return headAtStart.get(e.company()) == id ? "head" : "staff";
            }
            return "an official";
        }

        private String organ(int c) {
            if (organOf.containsKey(c)) {
                return organOf.get(c);
            }
            Network.Company k = network.company(c);
            return k == null ? null : k.organ();
        }

        private String nameOf(String organ) {
            return organ == null ? "unrecorded organ" : network.organName(organ);
        }

        private String companyText(int c) {
            String organ = organ(c);
            Network.Company k = network.company(c);
            String text = organ == null ? "patron organ not recorded" : nameOf(organ);
            if (k != null && k.patronPerson() != null && !untied.contains(c)) {
                text += ", tied to " + network.patronName(k.patronPerson());
            }
            return text;
        }

        private static double usd(LoggedEvent e) {
            return e.hasUsd() ? e.usd() : 0;
        }

        private String header() {
            StringBuilder b = new StringBuilder("Official ").append(id);
            if (posts.isEmpty()) {
                b.append(": no posting in the log");
            } else {
                b.append(": ").append(posts.get(0));
                for (int i = 1; i < posts.size(); i++) {
                    b.append("; later ").append(posts.get(i));
                }
            }
            b.append(". Family held at home: ").append(familyAtHome == null ? "not recorded in the log"
                    : familyAtHome ? "yes" : "no").append('.');
            return b.toString();
        }

        private List<String> summary() {
            List<String> out = new ArrayList<>();
            if (dealsSigned == 0) {
                out.add("Signed no new deals in the run.");
            } else {
                out.add("Signed " + count(dealsSigned, "deal") + " worth " + Usd.format(dealValue) + " in all"
                        + (firstDealYear == lastDealYear ? " in " + firstDealYear
                        : " from " + firstDealYear + " to " + lastDealYear)
                        + (collapsed > 0 ? "; " + collapsed + " of his deals collapsed" : "") + ".");
            }
            if (dealsSigned == 0 && collapsed > 0) {
                out.add(count(collapsed, "deal") + " he ran collapsed.");
            }
            String money;
            if (closedPeriods > 0) {
                money = "Earned " + Usd.format(earned) + " for the state in the " + count(closedPeriods, "period")
                        + " closed by a review or recall";
                if (!Double.isNaN(summonedEstimate)) {
                    money += ", and about " + Usd.format(summonedEstimate) + " more before he was summoned (from his"
                            + " running ratio)";
                } else if ("posted".equals(status)) {
                    money += ", plus what he earned after his last review (not in the log)";
                }
            } else if (!Double.isNaN(summonedEstimate)) {
                money = "Earned about " + Usd.format(summonedEstimate) + " for the state before he was summoned (from"
                        + " his running ratio; no review had closed a period)";
            } else {
                money = "No review or recall closed a period of his, so the log does not say what he earned";
            }
            out.add(money + ".");
            if (accountsLost > 0) {
                out.add("Accounts lost when he left: " + accountsLost + ", with " + Usd.format(accountsLostUsd) + ".");
            }
            out.add("How it ended: " + ending() + ".");
            return out;
        }

        private String ending() {
            if (end == null) {
                return "not recorded";
            }
            String on = " on " + end.date();
            return switch (end.type()) {
                case "posted" -> "still in post in " + (city == null ? "his city" : city) + " at the end of the run";
                case "recalled" -> "recalled home " + causeText(end.detail()) + on;
                case "summoned" -> "summoned" + on + "; still deciding at the end of the run";
                case "hid" -> "went into hiding" + on + " and was not found by the end of the run";
                case "returned" -> "summoned" + " and went home" + on;
                case "arrested" -> "arrested by an arrest squad" + on
                        + (end.detail() == null ? "" : " (" + end.detail() + ")");
                case "defected" -> "defected" + on;
                case "fled" -> "fled" + on + " with " + Usd.format(taken);
                default -> end.type() + on;
            };
        }
    }
}
