package org.moneymen.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.moneymen.model.config.CitySpec;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.OrganKind;
import org.moneymen.model.config.OrganSpec;
import org.moneymen.model.config.PatronSpec;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.config.StationDeals;

/**
 * Checks that need the whole scenario: references between entries (a company's city, patron organ and
 * patron person; a patron's organ; an organ's rivals), unique identifiers, and ranges that depend on each other.
 */
final class ScenarioChecks {

    private final Scenario s;
    private final Map<String, Location> locations;
    private final Location fallback;
    private final List<Problem> problems = new ArrayList<>();

    private ScenarioChecks(Scenario s, Map<String, Location> locations, Location fallback) {
        this.s = s;
        this.locations = locations;
        this.fallback = fallback;
    }

    /** Every problem found in a bound scenario. */
    static List<Problem> check(Scenario s, Map<String, Location> locations, Location fallback) {
        ScenarioChecks c = new ScenarioChecks(s, locations, fallback);
        c.run();
        return c.problems;
    }

    private void run() {
        Map<String, OrganSpec> organs = new HashMap<>();
        for (int i = 0; i < s.organs().size(); i++) {
            OrganSpec o = s.organs().get(i);
            if (organs.put(o.id(), o) != null) {
                problem("organs[" + i + "].id", "organ id '" + o.id() + "' is given twice; ids must be unique");
            }
        }
        if (s.organs().stream().noneMatch(o -> o.kind() == OrganKind.OFFICE_39)) {
            problem("organs", "no organ of kind office_39: the network needs Office No. 39 to remit to");
        }
        for (int i = 0; i < s.organs().size(); i++) {
            List<String> rivals = s.organs().get(i).rivals();
            for (int r = 0; r < rivals.size(); r++) {
                if (!organs.containsKey(rivals.get(r))) {
                    unknown("organs[" + i + "].rivals[" + r + "]", "organ", rivals.get(r), organs.keySet());
                }
            }
        }
        Set<String> patronIds = new HashSet<>();
        for (int i = 0; i < s.patrons().size(); i++) {
            PatronSpec p = s.patrons().get(i);
            if (!patronIds.add(p.id())) {
                problem("patrons[" + i + "].id", "patron id '" + p.id() + "' is given twice; ids must be unique");
            }
            checkOrgan("patrons[" + i + "].organ", p.organ(), organs);
        }
        Set<String> cities = new HashSet<>();
        for (int i = 0; i < s.cities().size(); i++) {
            CitySpec c = s.cities().get(i);
            if (!cities.add(c.name())) {
                problem("cities[" + i + "].name", "city '" + c.name() + "' is given twice; names must be unique");
            }
        }
        if (s.companies().isEmpty()) {
            problem("companies", "no trade companies; give at least one group (city, patron, count, ...)");
        }
        for (int i = 0; i < s.companies().size(); i++) {
            CompanySpec c = s.companies().get(i);
            String at = "companies[" + i + "]";
            if (!cities.contains(c.city())) {
                unknown(at + ".city", "city", c.city(), cities);
            }
            checkOrgan(at + ".patron", c.patron(), organs);
            if (c.patronPerson() != null && !patronIds.contains(c.patronPerson())) {
                unknown(at + ".patron_person", "patron", c.patronPerson(), patronIds);
            }
            if (c.named() && c.count() != 1) {
                problem(at + ".count", "a company with a name, an external id or named officials is one company;"
                        + " give count: 1 (it is " + c.count() + ")");
            }
            if (c.officials().size() > 1 + c.staff()) {
                problem(at + ".officials", c.officials().size() + " named officials for " + (1 + c.staff())
                        + (c.staff() == 0 ? " post (the head)" : " posts (the head and " + c.staff() + " staff)") + "; name at most " + (1 + c.staff()));
            }
        }
        Set<org.moneymen.model.config.ApprovalStep> stepsSeen = new HashSet<>();
        for (int i = 0; i < s.approval().steps().size(); i++) {
            var step = s.approval().steps().get(i);
            String at = "approval.steps[" + i + "]";
            if (!stepsSeen.add(step.step())) {
                problem(at + ".step", "step " + step.step().label() + " is given twice; each step comes once in the chain");
            }
            OrganSpec organ = organs.get(step.organ());
            if (organ == null) {
                unknown(at + ".organ", "organ", step.organ(), organs.keySet());
            } else if (organ.kind() != OrganKind.APPROVAL) {
                problem(at + ".organ", "organ '" + step.organ() + "' is of kind " + Names.constant(organ.kind())
                        + "; approval steps are performed by organs of kind approval");
            }
        }
        for (int i = 0; i < s.purges().size(); i++) {
            var purge = s.purges().get(i);
            String at = "purges[" + i + "]";
            if (purge.patron() == null && purge.organ() == null) {
                problem(at, "a purge names its target: give patron (a patron person) or organ (a patron organ)");
            }
            if (purge.patron() != null && !patronIds.contains(purge.patron())) {
                unknown(at + ".patron", "patron", purge.patron(), patronIds);
            }
            if (purge.organ() != null) {
                checkOrgan(at + ".organ", purge.organ(), organs);
            }
            if (purge.successor() != null) {
                checkOrgan(at + ".successor", purge.successor(), organs);
            }
            checkHeir(at, purge, s, organs);
            checkReinterpretation(at + ".reinterpretation", purge.reinterpretation());
        }
        checkRemovals();
        checkDurations("deals.major_city", s.deals().majorCity());
        checkDurations("deals.border", s.deals().border());
        checkDurations("deals.europe", s.deals().europe());
        checkGoods("deals.major_city", s.deals().majorCity());
        checkGoods("deals.border", s.deals().border());
        checkGoods("deals.europe", s.deals().europe());
        if (s.deals().signProbabilityKnown() < s.deals().signProbabilityStranger()) {
            problem("deals.sign_probability_known", "is below sign_probability_stranger ("
                    + s.deals().signProbabilityStranger() + "); a known official cannot be less trusted than a stranger");
        }
        if (s.quota().recallLine() < s.quota().punishBelow()) {
            problem("quota.recall_line", "is below quota.punish_below (" + s.quota().punishBelow()
                    + "); an official cannot be both punished and recalled for success");
        }
    }

    private void checkOrgan(String path, String id, Map<String, OrganSpec> organs) {
        OrganSpec organ = organs.get(id);
        if (organ == null) {
            unknown(path, "organ", id, organs.keySet());
        } else if (organ.kind() != OrganKind.PATRON) {
            problem(path, "organ '" + id + "' is of kind " + Names.constant(organ.kind())
                    + "; only organs of kind patron can run trade companies or lead patrons");
        }
    }

    private void checkDurations(String path, StationDeals d) {
        if (d.durationMinMonths() > d.durationMaxMonths()) {
            problem(path + ".duration_min_months", "is " + d.durationMinMonths() + ", above duration_max_months ("
                    + d.durationMaxMonths() + "); the shortest deal cannot be longer than the longest");
        }
    }

    private void checkReinterpretation(String at, org.moneymen.model.config.ReinterpretParams r) {
        double sum = r.renegotiateProbability() + r.disputeProbability() + r.cancelProbability();
        if (sum > 1 + 1e-12) {
            problem(at, "renegotiate_probability + dispute_probability + cancel_probability"
                    + " is " + sum + ", above 1; they are the chances of exclusive outcomes (the rest are kept)");
        }
        if (r.disputeMinMonths() > r.disputeMaxMonths()) {
            problem(at + ".dispute_min_months", "is " + r.disputeMinMonths() + ", above dispute_max_months ("
                    + r.disputeMaxMonths() + "); the shortest dispute cannot be longer than the longest");
        }
    }

    private void checkGoods(String path, StationDeals d) {
        if (d.commodities().totalShare() <= 0) {
            problem(path + ".commodities", "gives every commodity a share of 0; a station trades something: give at"
                    + " least one of " + java.util.Arrays.stream(org.moneymen.model.config.Commodity.values())
                    .map(org.moneymen.model.config.Commodity::label).collect(java.util.stream.Collectors.joining(", "))
                    + " a share above 0");
        }
    }

    /** Each removal names one post or one account that the network has, on a day the run simulates. */
    private void checkRemovals() {
        int posts = s.builtPosts();
        int accounts = s.builtAccounts();
        for (int i = 0; i < s.removals().size(); i++) {
            var r = s.removals().get(i);
            String at = "removals[" + i + "]";
            if ((r.post() == null) == (r.account() == null)) {
                problem(at, "a removal names one target: give post (a post id) or account (an account id), not "
                        + (r.post() == null ? "neither" : "both"));
            }
            if (r.post() != null && (r.post() < 1 || r.post() > posts)) {
                problem(at + ".post", "no post " + r.post() + ": the network's posts are 1 to " + posts
                        + " (network.jsonl lists them)");
            }
            if (r.account() != null && (r.account() < 1 || r.account() > accounts)) {
                problem(at + ".account", "no account " + r.account() + ": the accounts opened with the network are 1 to " + accounts
                        + " (network.jsonl lists them)");
            }
            if (r.date().isBefore(s.warmupStart()) || r.date().isAfter(s.end())) {
                problem(at + ".date", r.date() + " is outside the simulated days, " + s.warmupStart() + " to "
                        + s.end());
            }
        }
    }

    private void unknown(String path, String what, String value, Set<String> known) {
        String suggestion = Names.closest(value, known);
        problem(path, "no " + what + " '" + value + "'"
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
                + " Known: " + String.join(", ", new TreeSet<>(known)));
    }

    private void problem(String path, String message) {
        problems.add(new Problem(locate(path), path, message));
    }

    private Location locate(String path) {
        String p = path;
        while (true) {
            Location l = locations.get(p);
            if (l != null) {
                return l;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return locations.getOrDefault("", fallback);
            }
            p = p.substring(0, cut);
        }
    }

    /**
     * The fallen organ's companies must pass to another organ: a successor that is not the fallen organ itself, or,
     * when none is named, another patron organ in good standing (without one they would "pass" to the fallen organ
     * and the loss would never end, by accident).
     */
    private void checkHeir(String at, org.moneymen.model.config.PurgeSpec purge, Scenario s, Map<String, OrganSpec> organs) {
        String fallen = purge.organ();
        if (fallen == null && purge.patron() != null) {
            fallen = s.patrons().stream().filter(p -> p.id().equals(purge.patron())).map(p -> p.organ()).findFirst()
                    .orElse(null);
        }
        if (fallen == null || !organs.containsKey(fallen)) {
            return;
        }
        if (fallen.equals(purge.successor())) {
            problem(at + ".successor", "is the purged organ '" + fallen + "' itself; name another patron organ to"
                    + " receive its companies");
            return;
        }
        if (purge.successor() == null) {
            String f = fallen;
            boolean heir = organs.values().stream().anyMatch(o -> o.kind() == OrganKind.PATRON && !o.id().equals(f)
                    && o.standing() >= 0.5);
            if (!heir) {
                problem(at, "purges '" + fallen + "', the only patron organ in good standing, so its companies would"
                        + " have no organ to pass to; add another patron organ or name a successor");
            }
        }
    }
}
