package org.moneymen.io.ftm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.moneymen.model.config.CitySpec;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.OrganKind;
import org.moneymen.model.config.OrganSpec;
import org.moneymen.model.config.PersonSpec;
import org.moneymen.model.config.Provenance;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.config.StationKind;

/**
 * Maps the selected entities onto the model's network: public bodies and known organs to organs, companies and banks
 * to trade companies (city from addresses or notes, patron organ from the links), people with a role at a company
 * to its officials, bank accounts to its accounts; sanctions become dated designations the scenario can use.
 */
final class FtmMapping {
    /** Patron organ of companies whose owner in the data is Office No. 39 (a patron organ must own them). */
    static final String OFFICE39_OWNER = "office39_owner";
    /** Patron organ of companies the data ties to no organ. */
    static final String UNATTRIBUTED = "unattributed";

    final List<OrganSpec> organs = new ArrayList<>(Scenario.standardOrgans());
    final List<CitySpec> cities = new ArrayList<>();
    final List<CompanySpec> companies = new ArrayList<>();
    final Map<String, Provenance> provenance = new LinkedHashMap<>();
    final List<String> designations = new ArrayList<>();

    private final FtmSelection sel;
    private final ImportReport report;
    private final String source;
    private final Map<String, String> organOf = new TreeMap<>();
    private final Map<String, List<String[]>> byParty = new TreeMap<>();

    FtmMapping(FtmSelection sel, ImportReport report, String source) {
        this.sel = sel;
        this.report = report;
        this.source = source;
    }

    void map() {
        for (FtmEntity l : sel.links.values()) {
            FtmSchemas.Ends ends = FtmSchemas.LINKS.get(l.schema());
            if (ends != null) {
                for (String a : l.values(ends.from())) {
                    for (String b : l.values(ends.to())) {
                        byParty.computeIfAbsent(a, k -> new ArrayList<>()).add(new String[] {l.schema(), b, "from"});
                        byParty.computeIfAbsent(b, k -> new ArrayList<>()).add(new String[] {l.schema(), a, "to"});
                    }
                }
            }
        }
        Map<String, FtmEntity> parties = new TreeMap<>(sel.core);
        sel.outer.values().stream().filter(e -> FtmSchemas.PARTIES.contains(e.schema()))
                .forEach(e -> parties.put(e.id(), e));
        for (FtmEntity e : parties.values()) {
            if (!e.schema().equals("Person") && (e.schema().equals("PublicBody") || KnownOrgans.idOf(e.caption()) != null)) {
                organOf.put(e.id(), organ(e));
            }
        }
        Map<String, List<FtmEntity>> staff = officials(parties);
        Map<String, Integer> perCity = new TreeMap<>();
        List<String[]> placed = new ArrayList<>();
        for (FtmEntity e : parties.values()) {
            if (e.schema().equals("Person") || organOf.containsKey(e.id())) {
                continue;
            }
            String city = city(e);
            perCity.merge(city, 1, Integer::sum);
            placed.add(new String[] {e.id(), city});
        }
        perCity.forEach((city, n) -> cities.add(new CitySpec(city, Stations.kind(city), Math.max(20, 8 * n))));
        for (String[] p : placed) {
            company(parties.get(p[0]), p[1], staff.getOrDefault(p[0], List.of()));
        }
        for (FtmEntity l : sel.links.values()) {
            if (l.schema().equals("Sanction")) {
                designation(l);
            } else if (!l.schema().equals("BankAccount")) {
                report.map(l.schema(), "links between kept entities");
            }
        }
        for (FtmEntity e : sel.outer.values()) {
            if (e.schema().equals("Address")) {
                report.map("Address", "cities of companies");
            }
        }
    }

    private String organ(FtmEntity e) {
        String known = KnownOrgans.idOf(e.caption());
        if (known != null) {
            report.map(e.schema(), "organ " + known);
            return known;
        }
        String id = "ftm_" + e.caption().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        id = id.length() > 40 ? id.substring(0, 40) : id;
        String base = id;
        for (int i = 2; organIds().contains(id); i++) {
            id = base + "_" + i;
        }
        organs.add(new OrganSpec(id, e.caption(), OrganKind.PATRON, 1.0, List.of()));
        report.map(e.schema(), "patron organs");
        return id;
    }

    private List<String> organIds() {
        return organs.stream().map(OrganSpec::id).toList();
    }

    /** People with a role at a company, by company id, strongest role first; each person at one company. */
    private Map<String, List<FtmEntity>> officials(Map<String, FtmEntity> parties) {
        Map<String, List<FtmEntity>> out = new TreeMap<>();
        for (FtmEntity p : parties.values()) {
            if (!p.schema().equals("Person")) {
                continue;
            }
            String at = null;
            for (String role : FtmSchemas.ROLES) {
                for (String[] l : byParty.getOrDefault(p.id(), List.of())) {
                    FtmEntity other = parties.get(l[1]);
                    if (at == null && l[0].equals(role) && l[2].equals("from") && other != null
                            && !other.schema().equals("Person") && !organOf.containsKey(other.id())) {
                        at = other.id();
                    }
                }
            }
            if (at != null) {
                out.computeIfAbsent(at, k -> new ArrayList<>()).add(p);
                report.map("Person", "officials");
            } else {
                report.skip("Person", "no role at a company (an organ's people, relatives, associates)");
            }
        }
        return out;
    }

    private String city(FtmEntity e) {
        List<String> texts = new ArrayList<>();
        for (String a : e.values("addressEntity")) {
            FtmEntity addr = sel.get(a);
            if (addr != null) {
                texts.addAll(addr.values("city"));
                texts.addAll(addr.values("full"));
            }
        }
        texts.addAll(e.values("address"));
        texts.addAll(e.values("notes"));
        texts.addAll(e.values("description"));
        for (String t : texts) {
            String c = Stations.find(t);
            if (c != null) {
                return c;
            }
        }
        return Stations.UNKNOWN;
    }

    private void company(FtmEntity e, String city, List<FtmEntity> people) {
        String patron = UNATTRIBUTED;
        String patronFrom = "no organ linked in the data";
        for (String[] l : byParty.getOrDefault(e.id(), List.of())) {
            String o = organOf.get(l[1]);
            if (o != null && patron.equals(UNATTRIBUTED) && (o.equals("office39") || isPatron(o))) {
                patron = o.equals("office39") ? OFFICE39_OWNER : o;
                patronFrom = l[0] + " link to " + sel.get(l[1]).caption();
            }
        }
        for (String parent : e.values("parent")) {
            String o = organOf.get(parent);
            if (o != null && patron.equals(UNATTRIBUTED) && (o.equals("office39") || isPatron(o))) {
                patron = o.equals("office39") ? OFFICE39_OWNER : o;
                patronFrom = "parent " + sel.get(parent).caption();
            }
        }
        ensurePatron(patron);
        int accounts = 0;
        for (FtmEntity l : sel.links.values()) {
            if (l.schema().equals("BankAccount") && l.values("holder").contains(e.id())) {
                accounts++;
                report.map("BankAccount", "accounts of companies");
            }
        }
        for (String[] l : byParty.getOrDefault(e.id(), List.of())) {
            FtmEntity asset = sel.get(l[1]);
            if (l[0].equals("Ownership") && l[2].equals("from") && asset != null
                    && asset.schema().equals("BankAccount")) {
                accounts++;
                report.map("BankAccount", "accounts of companies");
            }
        }
        StationKind kind = Stations.kind(city);
        double head = kind == StationKind.BORDER ? 200_000 : kind == StationKind.EUROPE ? 500_000 : 1_000_000;
        double staffQuota = kind == StationKind.BORDER ? 80_000 : kind == StationKind.EUROPE ? 150_000 : 300_000;
        List<PersonSpec> named = people.stream().map(p -> new PersonSpec(p.caption(), p.id(), familyAtHome(p)))
                .toList();
        int staff = Math.min(1000, Math.max(2, named.size() - 1));
        int i = companies.size();
        companies.add(new CompanySpec(city, patron, null, 1, staff, Math.min(100, Math.max(2, accounts)), head,
                staffQuota, 0.5, e.caption(), e.id(), named));
        report.map(e.schema(), "trade companies");
        provenance.put("companies[" + i + "]", new Provenance(source + " (data sets: "
                + String.join(", ", e.datasets()) + ")", e.schema() + " " + e.id() + ": " + e.caption()
                + (named.isEmpty() ? "" : "; officials: " + String.join(", ", named.stream().map(PersonSpec::name)
                .toList())), "One named company (count 1). City: " + city + " (from its addresses and notes). Patron"
                + " organ: " + patron + " (" + patronFrom + "). Staff (at least 2), accounts (at least 2), quotas for"
                + " a " + kind.name().toLowerCase(Locale.ROOT) + " station and tie 0.5 are moneymen defaults: the"
                + " data gives none."));
    }

    /**
     * True when the data ties the person by a Family link to a relative of the DPRK (nationality, citizenship or
     * country kp): his family is held at home. Null otherwise: the data is silent, and the default share decides.
     */
    private Boolean familyAtHome(FtmEntity person) {
        for (String[] l : byParty.getOrDefault(person.id(), List.of())) {
            FtmEntity relative = sel.get(l[1]);
            if (l[0].equals("Family") && relative != null && relative.schema().equals("Person")
                    && (relative.values("nationality").contains("kp") || relative.values("citizenship").contains("kp")
                    || relative.values("country").contains("kp"))) {
                report.map("Family", "family held at home (a relative in the DPRK)");
                return true;
            }
        }
        return null;
    }

    private boolean isPatron(String organ) {
        return organs.stream().anyMatch(o -> o.id().equals(organ) && o.kind() == OrganKind.PATRON);
    }

    private void ensurePatron(String id) {
        if (!organIds().contains(id)) {
            organs.add(new OrganSpec(id, id.equals(OFFICE39_OWNER) ? "Office No. 39, as owner of its companies"
                    : "Patron organ not named in the data", OrganKind.PATRON, 1.0, List.of()));
        }
    }

    private void designation(FtmEntity s) {
        String date = s.first("startDate") != null ? s.first("startDate") : s.first("listingDate");
        String day = WhatIfs.day(date);
        WhatIfs whatIfs = new WhatIfs(companies);
        for (String target : s.values("entity")) {
            FtmEntity t = sel.get(target);
            boolean person = t != null && t.schema().equals("Person");
            String what = organOf.containsKey(target) ? "organ: " + organOf.get(target)
                    : person ? "official: " + t.caption() : "company: " + (t == null ? target : t.caption());
            String whatIf = day == null ? null : organOf.containsKey(target) ? WhatIfs.purge(day, organOf.get(target))
                    : person ? whatIfs.removal(day, target) : whatIfs.freeze(day, target);
            designations.add((date == null ? "undated" : date) + "  " + String.join("/", s.values("authority"))
                    + " " + String.join("/", s.values("program")) + " -> " + what + " (" + target + ")"
                    + (whatIf == null ? "" : "\n#     what-if: " + whatIf));
        }
        report.map("Sanction", "designations (listed in the scenario)");
    }
}
