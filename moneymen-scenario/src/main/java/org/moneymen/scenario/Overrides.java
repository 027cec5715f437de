package org.moneymen.scenario;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.scenario.YamlNode.Entry;
import org.moneymen.scenario.YamlNode.ListNode;
import org.moneymen.scenario.YamlNode.MapNode;
import org.moneymen.scenario.YamlNode.Scalar;
import org.moneymen.scenario.YamlNode.ScalarKind;

/**
 * Applies {@code --set path.to.key=value} overrides to a scenario's YAML tree before it is bound, so an
 * override gets exactly the checks a file value gets, and its errors cite the override. Paths use dots for
 * keys and either {@code [i]} or {@code .i} for list entries: {@code companies[0].count=4}. The value is read
 * as YAML, so {@code 0.8}, {@code true}, {@code 2013-12-01} and {@code [a, b]} mean what they mean in a file.
 */
public final class Overrides {

    private Overrides() {
    }

    /** Applies each override in order onto the tree; later overrides win. */
    public static void apply(MapNode root, List<String> overrides) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        for (String text : overrides) {
            try {
                applyOne(root, text);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    private static void applyOne(MapNode root, String text) throws ScenarioException {
        Location at = Location.commandLine("--set " + text);
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(new Problem(at, "", "expected --set path.to.key=value, such as --set quota.recall_line=1.2"));
        }
        String path = text.substring(0, eq).trim();
        String valueText = text.substring(eq + 1);
        List<Object> segments = segments(path, at);
        YamlNode value = valueText.isBlank() ? new Scalar(at, "null", ScalarKind.NULL)
                : relocate(YamlReader.read("--set " + text, valueText, false), at);
        YamlNode node = root;
        StringBuilder walked = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Object seg = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (seg instanceof String key) {
                if (!(node instanceof MapNode map)) {
                    throw new ScenarioException(new Problem(at, walked.toString(),
                            "is " + node.shape() + ", so it has no key '" + key + "'"));
                }
                walked.append(walked.length() == 0 ? "" : ".").append(key);
                Entry entry = map.entries().get(key);
                if (last) {
                    map.entries().put(key, new Entry(at, value));
                } else if (entry == null) {
                    MapNode created = YamlNode.emptyMap(at);
                    map.entries().put(key, new Entry(at, created));
                    node = created;
                } else {
                    node = entry.value();
                }
            } else {
                int index = (Integer) seg;
                if (!(node instanceof ListNode list)) {
                    throw new ScenarioException(new Problem(at, walked.toString(),
                            "is " + node.shape() + ", not a list, so it has no entry [" + index + "]"));
                }
                if (index >= list.items().size()) {
                    throw new ScenarioException(new Problem(at, walked.toString(), "has " + list.items().size()
                            + " entries, so [" + index + "] does not exist; allowed: 0 to " + (list.items().size() - 1)));
                }
                walked.append('[').append(index).append(']');
                if (last) {
                    list.items().set(index, value);
                } else {
                    node = list.items().get(index);
                }
            }
        }
    }

    private static List<Object> segments(String path, Location at) throws ScenarioException {
        List<Object> out = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            String rest = part;
            int bracket = rest.indexOf('[');
            String key = bracket < 0 ? rest : rest.substring(0, bracket);
            if (key.isEmpty() && bracket != 0) {
                throw new ScenarioException(new Problem(at, path, "empty key in the path; write keys joined by dots"));
            }
            if (!key.isEmpty()) {
                out.add(key.chars().allMatch(Character::isDigit) ? (Object) index(key, path, at) : key);
            }
            while (bracket >= 0) {
                int close = rest.indexOf(']', bracket);
                String idx = close < 0 ? "" : rest.substring(bracket + 1, close);
                if (idx.isEmpty() || !idx.chars().allMatch(Character::isDigit)) {
                    throw new ScenarioException(new Problem(at, path, "a list index is written [0], [1], ..."));
                }
                out.add(index(idx, path, at));
                rest = rest.substring(close + 1);
                bracket = rest.indexOf('[');
                if (bracket < 0 && !rest.isEmpty()) {
                    throw new ScenarioException(new Problem(at, path, "unexpected '" + rest + "' after a list index"));
                }
            }
        }
        return out;
    }

    /** A list index written in digits; one past the largest list a scenario can hold is an error, not a crash. */
    private static int index(String digits, String path, Location at) throws ScenarioException {
        if (digits.length() > 9) {
            throw new ScenarioException(new Problem(at, path, "list index " + digits + " is too large; lists"
                    + " here are indexed from [0] and hold far fewer entries"));
        }
        return Integer.parseInt(digits);
    }

    /** Gives every node of an override's value the override's location (its own line 1 would mislead). */
    private static YamlNode relocate(YamlNode node, Location at) {
        if (node instanceof Scalar s) {
            return new Scalar(at, s.text(), s.kind());
        }
        if (node instanceof ListNode l) {
            List<YamlNode> items = new ArrayList<>();
            l.items().forEach(n -> items.add(relocate(n, at)));
            return new ListNode(at, items);
        }
        MapNode m = (MapNode) node;
        MapNode out = YamlNode.emptyMap(at);
        m.entries().forEach((k, e) -> out.entries().put(k, new Entry(at, relocate(e.value(), at))));
        return out;
    }
}
