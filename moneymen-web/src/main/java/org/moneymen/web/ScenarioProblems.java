package org.moneymen.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;

/** A refused scenario as the page shows it: each value refused, with its path, why, and where it was written. */
final class ScenarioProblems {

    private ScenarioProblems() {
    }

    static Map<String, Object> of(ScenarioException e) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Problem p : e.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", p.path());
            m.put("message", p.message());
            boolean fromForm = p.location().source().startsWith("--set ");
            m.put("where", fromForm ? "the form" : p.location().toString());
            list.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", list.size() + (list.size() == 1 ? " value was" : " values were")
                + " refused; nothing was run.");
        out.put("problems", list);
        return out;
    }
}
