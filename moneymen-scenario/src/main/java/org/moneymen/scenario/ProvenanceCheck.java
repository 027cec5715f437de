package org.moneymen.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moneymen.model.config.Provenance;
import org.moneymen.model.config.Scenario;

/**
 * Checks that every parameter rests on a source (its title and date, and the sentence it rests on) or is marked as
 * an assumption with a reason. A provenance key covers a parameter when it is the parameter's path or a prefix of
 * it ({@code deals.border} covers {@code deals.border.value_median_usd}); list indices may be written {@code [*]}.
 */
public final class ProvenanceCheck {

    /** The what-if removals, which need no note: they ask what would happen, they claim nothing of the world. */
    static final String WHAT_IF = "removals";

    private ProvenanceCheck() {
    }

    /** Every problem: notes that are incomplete or name no parameter, and parameters no note covers. */
    public static List<Problem> check(Scenario scenario, Map<String, Location> locations, Location fallback) {
        List<Problem> problems = new ArrayList<>();
        List<Parameter> params = Parameters.of(scenario);
        for (Map.Entry<String, Provenance> e : scenario.provenance().entrySet()) {
            String key = e.getKey();
            Location at = locations.getOrDefault("provenance." + key, fallback);
            Provenance p = e.getValue();
            boolean sourced = present(p.source()) && present(p.quote());
            if (!sourced && !present(p.assumption()) && !present(p.calibrated())) {
                problems.add(new Problem(at, "provenance." + key,
                        "give source and quote (the report and the sentence the value rests on), assumption (why it was"
                                + " assumed), or calibrated (the calibration that set it)"));
            }
            if (params.stream().noneMatch(x -> covers(key, x.path()))) {
                problems.add(new Problem(at, "provenance." + key, "names no parameter of the scenario"));
            }
        }
        List<String> uncovered = new ArrayList<>();
        for (Parameter x : params) {
            if (covers(WHAT_IF, x.path())) {
                continue; // a removal is a question asked of the model, not a value resting on a source
            }
            if (scenario.provenance().keySet().stream().noneMatch(k -> covers(k, x.path()))) {
                uncovered.add(x.path());
            }
        }
        if (!uncovered.isEmpty()) {
            problems.add(new Problem(locations.getOrDefault("provenance", fallback), "provenance",
                    uncovered.size() + " parameters have neither a source nor an assumption note: "
                            + String.join(", ", uncovered)));
        }
        return problems;
    }

    /** Whether a provenance key covers a parameter path. */
    static boolean covers(String key, String path) {
        String k = key.replace("[*]", "[#]");
        String p = path.replaceAll("\\[\\d+]", "[#]");
        boolean wildcard = !k.equals(key);
        String target = wildcard ? p : path;
        return target.equals(k) || target.startsWith(k + ".") || target.startsWith(k + "[");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
