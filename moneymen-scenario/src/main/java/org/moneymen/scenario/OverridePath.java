package org.moneymen.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.moneymen.scenario.YamlNode.Entry;
import org.moneymen.scenario.YamlNode.ListNode;
import org.moneymen.scenario.YamlNode.MapNode;

/**
 * A parameter path as {@code --set} writes it, and putting a value at it in a YAML tree.
 *
 * <p>Keys are joined by dots and list entries written {@code [i]} or {@code .i}: {@code companies[0].count}. Putting
 * copies the mappings and lists along the path and shares the rest, so a loaded tree is never changed and may be
 * edited from several threads at once.
 *
 * @param text the path as given
 * @param segments keys (String) and list indices (Integer), in order
 */
record OverridePath(String text, List<Object> segments) {

    /** The tree after a put, and the first segment whose key was missing (created), or the last segment. */
    record Put(MapNode root, int depth) {
    }

    /** Reads a path; problems are reported at {@code at} (the override). */
    static OverridePath parse(String path, Location at) throws ScenarioException {
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
        return new OverridePath(path, List.copyOf(out));
    }

    /** A list index written in digits; one past the largest list a scenario can hold is an error, not a crash. */
    private static int index(String digits, String path, Location at) throws ScenarioException {
        if (digits.length() > 9) {
            throw new ScenarioException(new Problem(at, path, "list index " + digits + " is too large; lists"
                    + " here are indexed from [0] and hold far fewer entries"));
        }
        return Integer.parseInt(digits);
    }

    /** The binder's path of the first {@code n} segments: {@code companies[0].count}. */
    String prefix(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Object seg = segments.get(i);
            if (seg instanceof String key) {
                out.append(out.length() == 0 ? "" : ".").append(key);
            } else {
                out.append('[').append(seg).append(']');
            }
        }
        return out.toString();
    }

    /** A copy of the tree with the value at this path; missing keys on the way are created as empty mappings. */
    Put put(MapNode root, YamlNode value, Location at) throws ScenarioException {
        int[] created = {-1};
        MapNode out = (MapNode) put(root, 0, value, at, new StringBuilder(), created);
        return new Put(out, created[0] >= 0 ? created[0] : segments.size() - 1);
    }

    private YamlNode put(YamlNode node, int i, YamlNode value, Location at, StringBuilder walked, int[] created)
            throws ScenarioException {
        Object seg = segments.get(i);
        boolean last = i == segments.size() - 1;
        if (seg instanceof String key) {
            if (!(node instanceof MapNode map)) {
                throw new ScenarioException(new Problem(at, walked.toString(),
                        "is " + node.shape() + ", so it has no key '" + key + "'"));
            }
            walked.append(walked.length() == 0 ? "" : ".").append(key);
            MapNode copy = new MapNode(map.location(), new LinkedHashMap<>(map.entries()));
            Entry entry = map.entries().get(key);
            if (entry == null && created[0] < 0) {
                created[0] = i;
            }
            if (last) {
                copy.entries().put(key, new Entry(at, value));
            } else if (entry == null) {
                copy.entries().put(key, new Entry(at, put(YamlNode.emptyMap(at), i + 1, value, at, walked, created)));
            } else {
                copy.entries().put(key, new Entry(entry.keyLocation(), put(entry.value(), i + 1, value, at, walked, created)));
            }
            return copy;
        }
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
        List<YamlNode> items = new ArrayList<>(list.items());
        items.set(index, last ? value : put(items.get(index), i + 1, value, at, walked, created));
        return new ListNode(list.location(), items);
    }
}
