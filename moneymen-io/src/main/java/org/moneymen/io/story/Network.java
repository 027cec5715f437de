package org.moneymen.io.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.model.config.CompanySpec;
import org.moneymen.model.config.OrganSpec;
import org.moneymen.model.config.PatronSpec;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;

/**
 * What the event log does not repeat about the network, read from the run's {@code scenario.resolved.yaml}: each
 * company's city, patron organ and patron person, and its head's and staff's quotas. Companies are numbered from 1
 * in the order the scenario lists them, group by group, as the model numbers them.
 */
public final class Network {

    /** One company as the scenario set it up. */
    public record Company(int id, String city, String organ, String patronPerson, double headQuotaUsd,
                          double staffQuotaUsd) {
    }

    private static final Network EMPTY = new Network(Map.of(), Map.of(), Map.of());

    private final Map<Integer, Company> companies;
    private final Map<String, String> organNames;
    private final Map<String, String> patronNames;

    private Network(Map<Integer, Company> companies, Map<String, String> organNames, Map<String, String> patronNames) {
        this.companies = companies;
        this.organNames = organNames;
        this.patronNames = patronNames;
    }

    /** A network about which nothing is known beyond the event log. */
    public static Network unknown() {
        return EMPTY;
    }

    /** The network of a scenario. */
    public static Network of(Scenario s) {
        Map<Integer, Company> companies = new HashMap<>();
        Map<String, String> organs = new HashMap<>();
        Map<String, String> patrons = new HashMap<>();
        for (OrganSpec o : s.organs()) {
            organs.put(o.id(), o.name());
        }
        for (PatronSpec p : s.patrons()) {
            patrons.put(p.id(), p.name());
        }
        int id = 1;
        for (CompanySpec spec : s.companies()) {
            for (int i = 0; i < spec.count(); i++, id++) {
                companies.put(id, new Company(id, spec.city(), spec.patron(), spec.patronPerson(),
                        spec.headQuotaUsd(), spec.staffQuotaUsd()));
            }
        }
        return new Network(companies, organs, patrons);
    }

    /** The network of a run folder's resolved scenario, or {@link #unknown()} when it cannot be read. */
    public static Network read(Path resolvedYaml) {
        if (!Files.isRegularFile(resolvedYaml)) {
            return EMPTY;
        }
        try {
            return of(ScenarioLoader.load(resolvedYaml, List.of()));
        } catch (Exception | LinkageError e) {
            return EMPTY;
        }
    }

    /** A company, or null when unknown. */
    public Company company(int id) {
        return companies.get(id);
    }

    /** An organ's full name, or its id when unknown. */
    public String organName(String id) {
        return id == null ? null : organNames.getOrDefault(id, id);
    }

    /** A patron person's full name, or its id when unknown. */
    public String patronName(String id) {
        return id == null ? null : patronNames.getOrDefault(id, id);
    }
}
