package org.moneymen.io.ftm;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moneymen.model.config.Provenance;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioYaml;

/**
 * {@code moneymen import ftm}: streams FollowTheMoney exports and writes a scenario whose network is the named
 * entities found there, with their FtM ids as {@code external_id}; every rule the data lacks is a moneymen default,
 * marked as an assumption in the provenance. The same files and options give the same text byte for byte.
 */
public final class FtmImport {
    /** The first line of every scenario the importer writes: what lets it replace one it wrote before. */
    public static final String HEADER = "# moneymen scenario, imported from FollowTheMoney data";

    /** What an import produced: the scenario's text and the counts. */
    public record Result(String yaml, ImportReport report, int companies, int officials, int organs) {
    }

    private FtmImport() {
    }

    /** Imports the files into scenario text named {@code name}. */
    public static Result run(List<Path> files, FtmFilter filter, String name) throws IOException, FtmException {
        ImportReport report = new ImportReport();
        FtmSelection sel = FtmSelection.select(files, filter, report);
        String source = "FollowTheMoney export " + files.stream().map(f -> f.getFileName().toString())
                .collect(Collectors.joining(", "));
        FtmMapping m = new FtmMapping(sel, report, source);
        m.map();
        if (m.companies.isEmpty()) {
            throw new FtmException(source + ": no company or organisation"
                    + (filter.country() == null ? "" : " of country " + filter.country())
                    + (filter.dataset() == null ? "" : " in data set " + filter.dataset())
                    + " was found: nothing to import (see --country and --dataset)");
        }
        Scenario d = Scenario.defaults();
        LocalDate start = filter.asOf().withDayOfMonth(1);
        int officials = m.companies.stream().mapToInt(c -> c.officials().size()).sum();
        String description = "Imported from " + source + ": " + m.companies.size() + " companies, " + officials
                + " named officials, as of " + filter.asOf() + ".";
        Scenario s = new Scenario(name, description, start, 36, 0, 1, d.rates(), m.organs, d.patrons(), m.cities,
                m.companies, d.officials(), d.deals(), d.earning(), d.quota(), d.adaptation(), d.staffing(),
                d.approval(), d.rivalry(), List.of(), d.response(), List.of(), List.of(), null, provenance(m, filter));
        StringBuilder yaml = new StringBuilder(ScenarioYaml.write(s, HEADER.substring(2)
                + ".\nSource data is not copied here: names and FtM ids only. Rules are moneymen defaults (see"
                + " provenance)."));
        if (!m.designations.isEmpty()) {
            yaml.append("\n# Designations in the data, each with the what-if it stands for (an organ's purge, an"
                    + " official's removal from his post, a company's accounts frozen), to give to run, sweep or"
                    + " keyplayers; a day outside the run is refused:\n");
            m.designations.stream().sorted().forEach(x -> yaml.append("#   ").append(x).append('\n'));
        }
        return new Result(yaml.toString(), report, m.companies.size(), officials, m.organs.size());
    }

    private static Map<String, Provenance> provenance(FtmMapping m, FtmFilter filter) {
        Map<String, Provenance> p = new LinkedHashMap<>();
        String dflt = "moneymen default (Scenario.defaults, docs/ODD.md): FollowTheMoney data gives no ";
        p.put("name", note("The name given to the import."));
        p.put("description", note("Written by the importer."));
        p.put("start", note("The first of the month of --as-of (" + filter.asOf() + "): the network as the data"
                + " has it then."));
        p.put("months", note("Three years, as purge-2013."));
        p.put("warmup_months", note("None: the named officials are in their posts at the start, as the data has them (a burn-in would"
                + " replace them before the record begins)."));
        p.put("seed", note("Seed 1."));
        p.put("rates", note(dflt + "exchange rates."));
        p.put("organs", note("The model's standard organs, the public bodies of the data as patron organs, and"
                + " Office No. 39 as owner of its companies; standing 1 and no rivals: the data gives none."));
        p.put("patrons", note(dflt + "patron persons."));
        p.put("cities", note("The station cities named in the companies' addresses and notes; counterparts 8 per"
                + " company, at least 20: the data gives none."));
        for (String k : List.of("officials", "deals", "earning", "quota", "adaptation", "staffing", "approval",
                "rivalry", "response")) {
            p.put(k, note(dflt + k + " rules."));
        }
        p.put("purges", note("None: designations are listed at the end of the file to be used as what-ifs."));
        p.put("shocks", note("None."));
        p.put("target_officials", note("Not scaled: the named network as it is."));
        p.putAll(m.provenance);
        return p;
    }

    private static Provenance note(String assumption) {
        return new Provenance(null, null, assumption);
    }
}
