package org.moneymen.io.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.experiment.sweep.Point;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioValues;

/** Finds the one point of a sweep that has given parameter values ({@code --baseline 'path=value,...'}). */
final class BaselinePoint {
    private BaselinePoint() {
    }

    /** The point matching every given value; without values, the first point. */
    static int select(SweepPlan plan, String spec) throws StoreException {
        if (spec == null || spec.isBlank()) {
            return 0;
        }
        Map<Integer, Object> wanted = parse(plan, spec);
        List<Integer> matches = new ArrayList<>();
        for (Point p : plan.points()) {
            if (wanted.entrySet().stream().allMatch(e -> same(p.values().get(e.getKey()), e.getValue()))) {
                matches.add(p.index());
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            List<String> values = new ArrayList<>();
            for (int i : wanted.keySet()) {
                Set<String> seen = new LinkedHashSet<>();
                plan.points().forEach(p -> seen.add(p.texts().get(i)));
                values.add(plan.params().get(i).path() + ": " + String.join(", ", seen));
            }
            throw new StoreException("--baseline " + spec + ": no point of the sweep has these values; the values"
                    + " swept are " + String.join("; ", values));
        }
        List<String> free = new ArrayList<>();
        for (int i = 0; i < plan.params().size(); i++) {
            if (!wanted.containsKey(i)) {
                free.add(plan.params().get(i).path());
            }
        }
        throw new StoreException("--baseline " + spec + ": " + matches.size() + " points have these values (points "
                + shortList(matches) + "); give one point's values, adding " + String.join(", ", free));
    }

    /** Parameter index to the value wanted, from {@code path=value,path=value} (path or column name). */
    private static Map<Integer, Object> parse(SweepPlan plan, String spec) throws StoreException {
        Map<Integer, Object> out = new LinkedHashMap<>();
        for (String part : split(spec)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new StoreException("--baseline " + spec + ": '" + part + "' is not path=value; write"
                        + " --baseline 'purges[0].date=2016-01-01,officials.family_at_home_share=0.85'");
            }
            String path = part.substring(0, eq).trim();
            int index = -1;
            for (int i = 0; i < plan.params().size(); i++) {
                Param p = plan.params().get(i);
                if (p.path().equals(path) || p.column().equals(path)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new StoreException("--baseline " + spec + ": '" + path + "' is not a parameter of this sweep;"
                        + " its parameters: " + String.join(", ", plan.params().stream().map(Param::path).toList()));
            }
            if (out.containsKey(index)) {
                throw new StoreException("--baseline " + spec + ": '" + path + "' is given twice; give it once");
            }
            try {
                out.put(index, ScenarioValues.read("--baseline", part.substring(eq + 1).trim()));
            } catch (ScenarioException e) {
                throw new StoreException("--baseline " + spec + ": '" + part.substring(eq + 1).trim()
                        + "' is not a value as a sweep file writes one: " + e.problems().get(0).message());
            }
        }
        return out;
    }

    /** The parts between commas that are not inside brackets, braces or quotes (a value may be a list). */
    private static List<String> split(String spec) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            char ch = spec.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ']' || ch == '}') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(spec.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(spec.substring(start).trim());
        return out;
    }

    /** Numbers compare as numbers (1 is 1.0), everything else as its text. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return ScenarioValues.text(a).equals(ScenarioValues.text(b));
    }

    private static String shortList(List<Integer> points) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(10, points.size()); i++) {
            out.add(Integer.toString(points.get(i)));
        }
        return String.join(", ", out) + (points.size() > 10 ? ", ..." : "");
    }
}
