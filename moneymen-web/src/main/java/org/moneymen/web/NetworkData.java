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
import org.moneymen.io.story.EventLog;
import org.moneymen.io.story.LoggedEvent;
import org.moneymen.io.story.Network;
import org.moneymen.io.story.RunFolder;
import org.moneymen.io.story.StoryException;
import org.moneymen.model.Status;
import org.moneymen.model.config.ApprovalStepSpec;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.OrganKind;
import org.moneymen.model.config.OrganSpec;
import org.moneymen.model.config.Scenario;

/**
 * The network of a finished run, month by month, read from its folder: organs, companies (with their patron organ
 * over time) and officials (with their status and company over time), and the approval funnel, from the event log.
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
                case "company_transferred" -> {
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("company", e.company());
                    t.put("month", m);
                    t.put("organ", e.detail());
                    transfers.add(t);
                }
                case "approval_passed" -> {
                    sentForApproval.add(e.deal());
                    passed.merge(e.detail(), 1, Integer::sum);
                }
                case "deal_rejected" -> sentForApproval.add(e.deal());
                case "deal_started" -> {
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
        out.put("organs", organs(s));
        out.put("companies", companies(s));
        out.put("transfers", transfers);
        List<Map<String, Object>> officials = new ArrayList<>();
        for (Person p : people.values()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", p.id);
            o.put("changes", p.changes);
            o.put("summoned", p.summoned);
            officials.add(o);
        }
        out.put("officials", officials);
        List<Map<String, Object>> funnel = new ArrayList<>();
        funnel.add(stage("Sent for approval", sentForApproval.size()));
        Map<String, String> organNames = new LinkedHashMap<>();
        s.organs().forEach(o -> organNames.put(o.id(), o.name()));
        for (ApprovalStepSpec step : s.approval().steps()) {
            funnel.add(stage("Passed " + organNames.getOrDefault(step.organ(), step.step().label()),
                    passed.getOrDefault(step.step().label(), 0)));
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
        Status st = switch (e.type()) {
            case "posted" -> Status.POSTED;
            case "recalled" -> Status.RECALLED;
            case "summoned" -> Status.SUMMONED;
            case "hid" -> Status.HIDING;
            case "defected" -> Status.DEFECTED;
            case "fled" -> Status.FLED;
            case "arrested" -> Status.ARRESTED;
            case "returned" -> Status.RETURNED;
            default -> null;
        };
        if (st == null || e.official() < 0) {
            return;
        }
        Person p = people.computeIfAbsent(e.official(), Person::new);
        int company = st == Status.POSTED || p.company < 0 ? e.company() : p.company;
        p.change(month, st.ordinal(), company);
        if (st == Status.SUMMONED) {
            p.summoned = true;
        }
    }

    /** The month index of a date: 0 for the run's first month, clamped to the run. */
    static int monthIndex(YearMonth first, LocalDate date, int months) {
        long i = ChronoUnit.MONTHS.between(first, YearMonth.from(date));
        return (int) Math.max(0, Math.min(months - 1, i));
    }

    private static List<Map<String, Object>> organs(Scenario s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OrganSpec o : s.organs()) {
            if (o.kind() == OrganKind.APPROVAL) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("name", o.name());
            m.put("kind", o.kind().name().toLowerCase(java.util.Locale.ROOT));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> companies(Scenario s) {
        Network net = Network.of(s);
        List<Map<String, Object>> out = new ArrayList<>();
        int total = s.companies().stream().mapToInt(CompanySpec::count).sum();
        for (int id = 1; id <= total; id++) {
            Network.Company c = net.company(id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("city", c.city());
            m.put("organ", c.organ());
            m.put("patron_person", c.patronPerson() == null ? null : net.patronName(c.patronPerson()));
            out.add(m);
        }
        return out;
    }
}
