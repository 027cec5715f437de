package org.moneymen.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.io.network.NetworkFile;
import org.moneymen.io.story.EventLog;
import org.moneymen.io.story.LoggedEvent;
import org.moneymen.io.story.RunFolder;
import org.moneymen.io.story.StoryException;
import org.moneymen.model.Entity.CompanyEntity;
import org.moneymen.model.Entity.OfficialEntity;
import org.moneymen.model.Entity.OrganEntity;
import org.moneymen.model.EventType;
import org.moneymen.model.Status;
import org.moneymen.model.config.ApprovalStepSpec;
import org.moneymen.model.config.OrganKind;
import org.moneymen.model.config.Scenario;

/**
 * The network of a finished run, month by month, read from its folder: organs, companies and officials as
 * {@code network.jsonl} has them, each company's patron organ over time (its transfers) and each official's status
 * and company over time from the event log, and the approval funnel.
 */
final class NetworkData {

    private NetworkData() {
    }

    /** One official's changes: month index (0 = first month), status and company after the change. */
    private static final class Person {
        final int id;
        final List<int[]> changes = new ArrayList<>();
        int company = -1;
        int status = -1;
        boolean summoned;

        Person(int id) {
            this.id = id;
        }

        void change(int month, int newStatus, int newCompany) {
            if (newStatus == status && newCompany == company) {
                return;
            }
            status = newStatus;
            company = newCompany;
            if (!changes.isEmpty() && changes.get(changes.size() - 1)[0] == month) {
                changes.set(changes.size() - 1, new int[] {month, newStatus, newCompany});
            } else {
                changes.add(new int[] {month, newStatus, newCompany});
            }
        }
    }

    /** The network of the run in a folder. */
    static Map<String, Object> of(Path dir) throws StoryException {
        RunFolder run = RunFolder.open(dir);
        NetworkFile net = run.network();
        Scenario s = RunData.scenario(dir);
        YearMonth first = YearMonth.from(s.start());
        int months = s.months();
        Map<Integer, Person> people = new LinkedHashMap<>();
        List<Map<String, Object>> transfers = new ArrayList<>();
        Set<Integer> sentForApproval = new HashSet<>();
        Map<String, Integer> passed = new LinkedHashMap<>();
        int[] started = {0};
        EventLog.forEach(run.events(), e -> {
            int m = monthIndex(first, e.date(), months);
            switch (e.type()) {
                case COMPANY_TRANSFERRED -> {
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("company", e.company());
                    t.put("month", m);
                    t.put("organ", e.organ());
                    transfers.add(t);
                }
                case APPROVAL_PASSED -> {
                    sentForApproval.add(e.deal());
                    if (e.step() != null) {
                        passed.merge(e.step().label(), 1, Integer::sum);
                    }
                }
                case DEAL_REJECTED -> sentForApproval.add(e.deal());
                case DEAL_STARTED -> {
                    if (sentForApproval.contains(e.deal())) {
                        started[0]++;
                    }
                }
                default -> personEvent(people, e, m);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            dates.add(first.plusMonths(i).atDay(1).toString());
        }
        out.put("dates", dates);
        List<String> statuses = new ArrayList<>();
        for (Status st : Status.values()) {
            statuses.add(st.label());
        }
        out.put("statuses", statuses);
        out.put("organs", organs(net));
        out.put("companies", companies(net));
        out.put("transfers", transfers);
        List<Map<String, Object>> officials = new ArrayList<>();
        for (Person p : people.values()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", p.id);
            OfficialEntity known = net.official(p.id);
            o.put("name", known == null ? null : known.name());
            o.put("external_id", known == null ? null : known.externalId());
            o.put("changes", p.changes);
            o.put("summoned", p.summoned);
            officials.add(o);
        }
        out.put("officials", officials);
        List<Map<String, Object>> funnel = new ArrayList<>();
        funnel.add(stage("Sent for approval", sentForApproval.size()));
        for (ApprovalStepSpec step : s.approval().steps()) {
            String organ = net.organ(step.organ()) == null ? step.step().label() : net.organName(step.organ());
            funnel.add(stage("Passed " + organ, passed.getOrDefault(step.step().label(), 0)));
        }
        funnel.add(stage("Started earning", started[0]));
        out.put("funnel", funnel);
        return out;
    }

    private static Map<String, Object> stage(String label, int count) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("count", count);
        return m;
    }

    private static void personEvent(Map<Integer, Person> people, LoggedEvent e, int month) {
        Status st = e.statusAfter();
        if (st == null || e.official() < 0) {
            return;
        }
        Person p = people.computeIfAbsent(e.official(), Person::new);
        // A posting (or a move, whose posting follows) names the company; a later status keeps the last one.
        int company = st == Status.POSTED || p.company < 0 ? e.company() : p.company;
        p.change(month, st.ordinal(), company);
        if (e.type() == EventType.SUMMONED) {
            p.summoned = true;
        }
    }

    /** The month index of a date: 0 for the run's first month, clamped to the run. */
    static int monthIndex(YearMonth first, LocalDate date, int months) {
        long i = ChronoUnit.MONTHS.between(first, YearMonth.from(date));
        return (int) Math.max(0, Math.min(months - 1, i));
    }

    private static List<Map<String, Object>> organs(NetworkFile net) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OrganEntity o : net.organs()) {
            if (o.organKind() == OrganKind.APPROVAL) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("name", o.name());
            m.put("kind", o.organKind().name().toLowerCase(java.util.Locale.ROOT));
            out.add(m);
        }
        return out;
    }

    /** Every company of the network: its city and patron (person) at the start; the transfers say what changed. */
    private static List<Map<String, Object>> companies(NetworkFile net) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CompanyEntity c : net.companies()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("external_id", c.externalId());
            m.put("city", net.cityName(c.city()));
            m.put("organ", c.organ());
            m.put("patron_person", c.patronPerson() == null ? null : net.patronName(c.patronPerson()));
            out.add(m);
        }
        return out;
    }
}
